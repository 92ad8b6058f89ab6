"""What is in the raw folder, by content: one entry per *.txt file with its hash,
and the problems that belong to the folder rather than to one file's text
(a name that cannot be a report_id, the same content under two names).

The sensor, the schedule, `govreport run` and the ingest assets all decide from
this one scan, so they agree on which files are reports.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# The Dagster dynamic partitions: one per report, keyed by report_id.
PARTITIONS_NAME = "reports"
# A report_id becomes a partition key, a file name and a SQL value: keep it plain.
REPORT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
PARSING_DIR = Path(__file__).resolve().parent.parent / "parsing"
# Code whose change can change what a file loads as (besides the parser itself).
_LOADING_CODE = [Path(__file__).with_name("checks.py"), Path(__file__).with_name("ingest.py")]


@dataclass(frozen=True)
class RawFile:
    path: Path
    sha256: str
    size_bytes: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def report_id(self) -> str:
        return self.path.stem


@dataclass
class RawFolder:
    files: list[RawFile]                                         # every *.txt, by name
    reports: dict[str, RawFile] = field(default_factory=dict)     # report_id → file to load
    problems: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # name → (id, problem)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def name_problem(report_id: str) -> str | None:
    if REPORT_ID.match(report_id):
        return None
    return (f"file name {report_id!r} is not a usable report_id: use lower-case letters, digits, "
            "'-' and '_' (at most 64), starting with a letter or digit, e.g. urumqi-2021.txt")


def scan(raw_dir: Path, loaded: Mapping[str, str] | None = None) -> RawFolder:
    """Hash every *.txt in ``raw_dir``; ``loaded`` maps report_id → sha256 already
    in the warehouse, so that of two identical files the one loaded first stays."""
    loaded = loaded or {}
    files = []
    for path in sorted(p for p in raw_dir.glob("*.txt") if p.is_file() and not p.name.startswith(".")):
        try:
            files.append(RawFile(path, file_sha256(path), path.stat().st_size))
        except OSError:
            continue  # removed while scanning: the next scan will not see it either
    folder = RawFolder(files)
    by_hash: dict[str, list[RawFile]] = {}
    for f in files:
        problem = name_problem(f.report_id)
        if problem:
            folder.problems[f.name] = (None, problem)
        elif f.size_bytes == 0:
            folder.reports[f.report_id] = f  # the ingest step reports it as empty
        else:
            by_hash.setdefault(f.sha256, []).append(f)
    for group in by_hash.values():
        keeper = next((f for f in group if loaded.get(f.report_id) == f.sha256), group[0])
        folder.reports[keeper.report_id] = keeper
        for f in group:
            if f is not keeper:
                folder.problems[f.name] = (f.report_id, f"same content as {keeper.name} "
                                           "(a duplicate under another name): only that one is loaded")
    folder.reports = dict(sorted(folder.reports.items()))
    return folder


@lru_cache(maxsize=1)
def parser_digest() -> str:
    """A digest of the parser's code and lexicon: when it changes, every report is
    parsed again, so the warehouse never mixes facts from two parser versions.

    Computed once per process: a process parses with the code it imported, so
    that is the version its rows come from."""
    paths = sorted(p for p in PARSING_DIR.rglob("*") if p.is_file() and p.suffix in (".py", ".json"))
    paths += [p for p in _LOADING_CODE if p.exists()]
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
