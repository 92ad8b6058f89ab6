"""Read report files from the raw folder: check, decode and parse each one.

A bad file never stops the others: it comes back as a `LoadError` naming the
file and the problem, which the pipeline records and reports.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from dagster_project.parsing.decode import DecodeError, decode_bytes
from dagster_project.parsing.model import ParsedReport
from dagster_project.parsing.report import parse_report

# A report_id becomes a partition key, a file name and a SQL value: keep it plain.
REPORT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class LoadError:
    source_file: str
    report_id: str | None
    problem: str

    def __str__(self) -> str:
        return f"{self.source_file}: {self.problem}"


@dataclass(frozen=True)
class LoadedReport:
    source_file: str
    sha256: str
    size_bytes: int
    encoding: str
    text: str
    parsed: ParsedReport

    @property
    def report_id(self) -> str:
        return self.parsed.meta.report_id

    def staging_row(self) -> dict:
        meta = self.parsed.meta
        return {
            "report_id": meta.report_id,
            "source_file": self.source_file,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "encoding": self.encoding,
            "n_chars": len(self.text),
            "title": meta.title,
            "place": meta.place,
            "level": meta.level,
            "report_year": meta.year,
            "delivered_on": meta.delivered_on,
            "loaded_at": datetime.now(timezone.utc).replace(tzinfo=None),
        }


def report_files(raw_dir: Path) -> list[Path]:
    """The candidate report files, in a stable order."""
    return sorted(p for p in raw_dir.glob("*.txt") if p.is_file())


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_report(path: Path) -> LoadedReport | LoadError:
    """Read, decode and parse one file, or say precisely why it cannot be loaded."""
    name = path.name
    report_id = path.stem
    if not REPORT_ID.match(report_id):
        return LoadError(name, None, f"file name {report_id!r} is not a usable report_id "
                         "(lower-case letters, digits, '-' and '_', e.g. urumqi-2021)")
    data = path.read_bytes()
    if not data.strip():
        return LoadError(name, report_id, "the file is empty")
    if len(data) > MAX_BYTES:
        return LoadError(name, report_id, f"the file is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return LoadError(name, report_id, str(exc))
    parsed = parse_report(report_id, decoded.text)
    if not parsed.facts:
        return LoadError(name, report_id, "no figures found: this does not read as a government work report")
    return LoadedReport(
        source_file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        encoding=decoded.encoding,
        text=decoded.text,
        parsed=parsed,
    )
