"""A report's id from its path in the raw folder: readable, stable, unique.

A report_id becomes a file name, a URL path and a SQL value, so it
is plain ASCII. It is derived from the file's path alone (never its content or
the time), so the same folder gives the same ids on every run and machine:

    urumqi-2021.txt                          → urumqi-2021     (a usable name is kept)
    政府工作报告-主要城市/乌鲁木齐市/2021.md     → wulumuqi-2021   (place in pinyin + year)
    政府工作报告-国务院/1964-part.md            → guowuyuan-1964-part
    乌鲁木齐市2021年政府工作报告.docx            → wulumuqi-2021

A name that starts with a year or number is not a name (1964-part.md, 2021.md):
folders are added, deepest first, until the id has letters. Where two files would get the same id (2021.md beside
2021.pdf), each gets a short hash of its path, so both stay readable and unique
(a file whose own name is the id keeps it).
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path, PurePosixPath

from dagster_project import places

REPORT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_LENGTH = 64
# Words every report's file or folder may carry: they say nothing about which report.
_BOILERPLATE = re.compile(r"政府工作报告|工作报告|报告全文|全文|报告")
_YEAR_SUFFIX = re.compile(r"((?:19|20)\d\d)年")
# A run of Chinese characters, or of anything else: 乌鲁木齐市2022 -> 乌鲁木齐市 | 2022.
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")
# Files a collection carries about itself (lawtext's SOURCES.md, a README).
_COLLECTION_DOCS = {"readme", "sources", "license", "licence", "changelog", "contributing", "notice",
                    "authors", "copying"}


def is_collection_doc(path: Path) -> bool:
    return path.stem.lower() in _COLLECTION_DOCS


def _path_hash(relpath: str) -> str:
    return hashlib.sha1(relpath.encode("utf-8")).hexdigest()[:6]


def _slug_part(part: str) -> str:
    """One path component as id words: each place by its short pinyin, the rest as pinyin."""
    text = _YEAR_SUFFIX.sub(r"\1", _BOILERPLATE.sub("", part)).strip(" -_")
    words = (_slug_words(run) for run in _HAN_RUN.findall(text))
    return "-".join(w for w in words if w)


def _slug_words(run: str) -> str:
    if "\u3400" <= run[0] <= "\u9fff":
        place = places.resolve_place([run])
        if place.name and place.matched == run:
            return places.short_slug(place.name)
    return places.slug(run)


@lru_cache(maxsize=100_000)  # the pinyin of a path is the run's costliest part of a scan
def derive(relpath: str) -> str:
    """The id a file's path asks for, before collisions are resolved."""
    path = PurePosixPath(relpath)
    if REPORT_ID.match(path.stem) and (len(path.parts) == 1 or path.stem[0].isalpha()):
        return path.stem
    words = [_slug_part(path.stem)]
    for folder in reversed(path.parts[:-1]):
        if "".join(words)[:1].isalpha():
            break
        words.insert(0, _slug_part(folder))
    base = "-".join(w for w in words if w)
    if not base:
        return f"report-{_path_hash(relpath)}"
    if len(base) > MAX_LENGTH:
        base = f"{base[:MAX_LENGTH - 7].rstrip('-')}-{_path_hash(relpath)}"
    return base


def assign(relpaths: list[str]) -> dict[str, str]:
    """relpath → report_id for every file of a folder, unique among them."""
    wanted = {rel: derive(rel) for rel in relpaths}
    by_id: dict[str, list[str]] = defaultdict(list)
    for rel, rid in wanted.items():
        by_id[rid].append(rel)
    ids = {}
    for rid, rels in by_id.items():
        # A file named exactly by the id keeps it (a new "Gamma 2024.txt" must not
        # rename the loaded gamma-2024.txt); the others are told apart by a hash.
        owners = [rel for rel in rels if PurePosixPath(rel).stem == rid]
        keeper = owners[0] if len(owners) == 1 else None
        for rel in rels:
            ids[rel] = rid if len(rels) == 1 or rel == keeper else f"{rid[:MAX_LENGTH - 7]}-{_path_hash(rel)}"
    return ids
