"""What is in the raw folder, by content: one entry per report file (any depth,
any readable format: .txt, .md, .html, .docx, .pdf) with its hash and report_id,
and the files it skips, each with the reason: files that are no reports, and a
second copy of a report's content (the same content twice stays one report).

The sensor, the schedule, `govreport run` and the ingest assets all decide from
this one scan, so they agree on which files are reports.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from dagster_project.loading import report_ids
from dagster_project.reading import SUFFIXES

PARSING_DIR = Path(__file__).resolve().parent.parent / "parsing"
# Code whose change can change what a file loads as (besides the parser itself).
_LOADING_CODE = [Path(__file__).with_name("checks.py"), Path(__file__).with_name("ingest.py"),
                 Path(__file__).with_name("report_ids.py")]
_READING_DIR = Path(__file__).resolve().parent.parent / "reading"
_PLACES_DIR = Path(__file__).resolve().parent.parent / "places"


@dataclass(frozen=True)
class RawFile:
    path: Path
    relpath: str        # relative to the raw folder, with '/': the file's name in the warehouse
    sha256: str
    size_bytes: int
    report_id: str = ""

    @property
    def name(self) -> str:
        """The file as the warehouse names it (landing.*.source_file)."""
        return self.relpath

    @property
    def format(self) -> str:
        return SUFFIXES[self.path.suffix.lower()]


@dataclass
class RawFolder:
    files: list[RawFile]                                         # every report file, by path
    reports: dict[str, RawFile] = field(default_factory=dict)     # report_id → file to load
    ignored: dict[str, str] = field(default_factory=dict)         # file skipped (no report, a copy) → why


def file_sha256(path: Path) -> str:
    """The file's content hash; read again only when its stat says it may have changed."""
    st = path.stat()
    # ctime and the inode too: a write or a replacement changes them even where a tool
    # restores the mtime and the size stays (rsync -t, cp -p).
    return _sha256_of(str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


# A run scans the folder three times (plan, parse step, landing check) and the sensor
# every few seconds: unchanged files are not read again. Bounded, for a long-lived daemon.
@lru_cache(maxsize=100_000)
def _sha256_of(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _walk(raw_dir: Path) -> Iterator[Path]:
    """Every file below ``raw_dir``, at any depth, in a stable order; hidden files
    and folders (.git, .DS_Store, editors' swap files) are not the user's reports."""
    for path in sorted(raw_dir.rglob("*")):
        rel = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield path


def _not_a_report(path: Path) -> str | None:
    """Why a file in the raw folder is not read as a report, or None if it is one."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(SUFFIXES))
        return f"not a report format ({suffix or 'no suffix'}): ignored; reports are {known}"
    if report_ids.is_collection_doc(path):
        return "the collection's own documentation (README, SOURCES, LICENSE …), not a report: ignored"
    return None


def scan(raw_dir: Path, loaded: Mapping[str, str] | None = None) -> RawFolder:
    """Hash every report file below ``raw_dir``; ``loaded`` maps report_id → sha256
    already in the warehouse, so that of two identical files the one loaded first stays."""
    loaded = loaded or {}
    found, ignored = [], {}
    for path in _walk(raw_dir):
        rel = path.relative_to(raw_dir).as_posix()
        why = _not_a_report(path)
        if why:
            ignored[rel] = why
            continue
        try:
            found.append(RawFile(path, rel, file_sha256(path), path.stat().st_size))
        except OSError:
            continue  # removed while scanning: the next scan will not see it either
    ids = report_ids.assign([f.relpath for f in found])
    files = [replace(f, report_id=ids[f.relpath]) for f in found]
    folder = RawFolder(files, ignored=ignored)
    by_hash: dict[str, list[RawFile]] = {}
    for f in files:
        if f.size_bytes == 0:
            folder.reports[f.report_id] = f  # the ingest step reports it as empty
        else:
            by_hash.setdefault(f.sha256, []).append(f)
    for group in by_hash.values():
        # The loaded one stays; else the first by id (an unhashed id before its hashed twin).
        first = min(group, key=lambda f: (f.report_id, f.relpath))
        keeper = next((f for f in group if loaded.get(f.report_id) == f.sha256), first)
        folder.reports[keeper.report_id] = keeper
        for f in group:
            if f is not keeper:
                folder.ignored[f.name] = (f"same content as {keeper.name} (a duplicate under another name): "
                                          "only that one is loaded")
    folder.reports = dict(sorted(folder.reports.items()))
    return folder


@lru_cache(maxsize=1)
def parser_digest() -> str:
    """A digest of the parser's code and lexicon: when it changes, every report is
    parsed again, so the warehouse never mixes facts from two parser versions.

    Computed once per process: a process parses with the code it imported, so
    that is the version its rows come from."""
    paths = sorted(p for d in (PARSING_DIR, _READING_DIR, _PLACES_DIR) for p in d.rglob("*")
                   if p.is_file() and p.suffix in (".py", ".json", ".csv"))
    paths += [p for p in _LOADING_CODE if p.exists()]
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
