"""Read one report file from the raw folder: read its text, parse it, say who said it.

A file that cannot be read at all (empty, binary, undecodable, a PDF without
text) never stops the others: it comes back as a `LoadError` naming the file
and the problem. Anything merely odd (an unusual ending, no figures, an unknown
place) loads, with its warnings: no report is lost to a heuristic.
"""
from __future__ import annotations

import hashlib
import json
import traceback
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from dagster_project.loading import landing, provenance
from dagster_project.loading.checks import looks_like_html, text_warnings
from dagster_project.parsing.model import ParsedReport
from dagster_project.parsing.report import parse_report
from dagster_project.reading import Document, UnreadableError, read_document

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
    document: Document
    parsed: ParsedReport
    about: provenance.Provenance
    warnings: list[str]

    @property
    def report_id(self) -> str:
        return self.parsed.meta.report_id

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def encoding(self) -> str | None:
        return self.document.encoding

    def staging_row(self, parser_digest: str | None = None) -> dict:
        return _stamped(self._report_row(), parser_digest)

    def landing_rows(self) -> LoadedRows:
        """What the writer needs of this report, and no more (see LoadedRows)."""
        return LoadedRows(self._report_row(), landing.fact_columns(self.parsed.facts), self.warnings)

    def _report_row(self) -> dict:
        place = self.about.place
        return {
            "report_id": self.report_id,
            "source_file": self.source_file,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "format": self.document.format,
            "encoding": self.document.encoding or "",
            "n_chars": len(self.text),
            "text": self.text,
            "title": self.about.title,
            "place": place.name,
            "level": place.level,
            "admin_code": place.code,
            "parent_place": place.parent_name,
            "parent_code": place.parent_code,
            "province": place.province_name,
            "province_code": place.province_code,
            "place_source": self.about.place_source,
            "report_year": self.about.year,
            "year_source": self.about.year_source,
            "delivered_on": self.about.delivered_on,
            "source_url": self.about.source_url,
            "metadata": json.dumps(self.document.metadata, ensure_ascii=False, sort_keys=True),
        }


def _stamped(report_row: dict, parser_digest: str | None) -> dict:
    """A landing.reports row with the parser version and the time it is written."""
    return {**report_row, "parser_digest": parser_digest,
            "loaded_at": datetime.now(timezone.utc).replace(tzinfo=None)}


@dataclass(frozen=True)
class LoadedRows:
    """A loaded report as its landing rows: what a pool worker sends the writing process.

    Not the LoadedReport: its Fact objects and Document cost the writer 1.7 CPU-s to
    unpickle on lawtext (column lists: 0.8) and 0.5 CPU-s more to turn into rows, while
    the two workers that parse compete with it for two cores."""
    report_row: dict           # landing.reports, but parser_digest, loaded_at and n_facts
    fact_columns: list[list]   # landing.fact_columns
    warnings: list[str]

    @property
    def report_id(self) -> str:
        return self.report_row["report_id"]

    @property
    def format(self) -> str:
        return self.report_row["format"]

    def for_writer(self, parser_digest: str | None) -> landing.ReportRows:
        return _stamped(self.report_row, parser_digest), self.fact_columns, self.warnings


def _read(path: Path, data: bytes) -> Document:
    """The file's text; a web page saved under .txt is read as the page it is."""
    document = read_document(path, data)
    if document.format == "txt" and looks_like_html(document.text):
        page = read_document(path.with_suffix(".html"), data)
        return replace(page, warnings=[*page.warnings, "an HTML page saved as .txt: its article text was "
                                       "extracted as from a web page"])
    return document


def _parse(source_file: str, report_id: str, document: Document) -> ParsedReport | LoadError:
    hint, _ = provenance.year_hint(source_file, document.metadata)
    try:
        return parse_report(report_id, document.text, year_hint=hint)
    except Exception as exc:  # a parser bug on one file must not stop the others
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return LoadError(source_file, report_id, f"the parser failed: {type(exc).__name__}: {exc} "
                         f"(at {Path(where.filename).name}:{where.lineno})")


def load_report(path: Path, data: bytes | None = None, report_id: str | None = None,
                source_file: str | None = None, sha256: str | None = None) -> LoadedReport | LoadError:
    """Read, decode and parse one file, or say precisely why it cannot be read at all.

    ``source_file`` is the file's path relative to the raw folder (its name in the
    warehouse) and ``report_id`` the id the folder scan gave it; both default to
    the file's own name, for a file read on its own; ``sha256``, the hash of ``data``
    if the caller has it."""
    source_file = source_file or path.name
    report_id = report_id or path.stem
    data = path.read_bytes() if data is None else data
    if not data.strip():
        return LoadError(source_file, report_id, "the file is empty" if not data else "the file holds only whitespace")
    if len(data) > MAX_BYTES:
        return LoadError(source_file, report_id, f"the file is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
    try:
        document = _read(path, data)
    except UnreadableError as exc:
        return LoadError(source_file, report_id, str(exc))
    if not document.text.strip():
        return LoadError(source_file, report_id, f"no text: the {document.format} file holds no readable text")
    parsed = _parse(source_file, report_id, document)
    if isinstance(parsed, LoadError):
        return parsed
    about = provenance.describe(source_file, document.metadata, parsed.meta, document.text)
    warnings = [*document.warnings, *text_warnings(document.text), *about.warnings]
    if not parsed.facts:
        warnings.append("no figures found: loaded with zero facts")
    return LoadedReport(
        source_file=source_file,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        document=document,
        parsed=parsed,
        about=about,
        warnings=warnings,
    )
