"""Read one report file from the raw folder: check, decode and parse it.

A bad file never stops the others: it comes back as a `LoadError` naming the
file and the problem, which the pipeline records and reports.
"""
from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from dagster_project.parsing.decode import DecodeError, decode_bytes
from dagster_project.parsing.model import ParsedReport
from dagster_project.parsing.report import parse_report
from dagster_project.warehouse.catalog import name_problem
from dagster_project.warehouse.checks import text_problem

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

    def staging_row(self, parser_digest: str | None = None) -> dict:
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
            "parser_digest": parser_digest,
            "loaded_at": datetime.now(timezone.utc).replace(tzinfo=None),
        }


def load_report(path: Path, data: bytes | None = None) -> LoadedReport | LoadError:
    """Read, decode and parse one file, or say precisely why it cannot be loaded."""
    name = path.name
    report_id = path.stem
    problem = name_problem(report_id)
    if problem:
        return LoadError(name, None, problem)
    data = path.read_bytes() if data is None else data
    if not data.strip():
        return LoadError(name, report_id, "the file is empty" if not data else "the file holds only whitespace")
    if len(data) > MAX_BYTES:
        return LoadError(name, report_id, f"the file is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return LoadError(name, report_id, str(exc))
    problem = text_problem(decoded.text)
    if problem:
        return LoadError(name, report_id, problem)
    try:
        parsed = parse_report(report_id, decoded.text)
    except Exception as exc:  # a parser bug on one file must not stop the others
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return LoadError(name, report_id, f"the parser failed: {type(exc).__name__}: {exc} "
                         f"(at {Path(where.filename).name}:{where.lineno})")
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
