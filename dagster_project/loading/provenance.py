"""Who said it, when, and where it was published: a report's place (with its
administrative code and parent), year, title and source address.

Three witnesses, in order of trust: the file's front matter or page metadata
(what its publisher says), its path in the collection (how a researcher filed
it: 政府工作报告-主要城市/乌鲁木齐市/2021.md), and the text itself (the parser's
reading of its title and delivery line). A place the division catalogue cannot
place stays unknown; it is never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from dagster_project import places
from dagster_project.parsing.model import ReportMeta

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_URL = re.compile(r"^https?://\S+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Provenance:
    title: str | None
    place: places.Place
    place_source: str | None          # front matter | path | text
    year: int | None
    year_source: str | None           # front matter | path | text
    delivered_on: date | None
    source_url: str | None
    warnings: list[str] = field(default_factory=list)


def _front_matter_year(metadata: dict[str, str]) -> int | None:
    for key in ("year", "date", "delivered_on"):
        m = _YEAR.search(str(metadata.get(key, "")))
        if m:
            return int(m.group(1))
    return None


def path_year(relpath: str) -> int | None:
    """The year a path files the report under: in its name, else the nearest folder."""
    path = PurePosixPath(relpath)
    for part in (path.stem, *reversed(path.parts[:-1])):
        m = _YEAR.search(part)
        if m:
            return int(m.group(1))
    return None


def year_hint(relpath: str, metadata: dict[str, str]) -> tuple[int | None, str | None]:
    """The year the file is filed under, before its text is read."""
    for source, year in (("front matter", _front_matter_year(metadata)), ("path", path_year(relpath))):
        if year is not None:
            return year, source
    return None, None


def report_year(meta: ReportMeta, filed: int | None = None) -> int | None:
    """The year a report is for. A report delivered in November or December
    reviews that year and sets the next one's targets, so either year may name it
    (长春市's 2014 report was delivered on 2013-12-18; the State Council's of
    1982 on 1982-11-30): the year it is filed under decides where it is one of the
    two, else it is the next year's. Without a delivery date, the parser's year."""
    delivered = meta.delivered_on
    if delivered is None or delivered.month < 11:
        return meta.year
    return filed if filed in (delivered.year, delivered.year + 1) else delivered.year + 1


def _year(relpath: str, metadata: dict[str, str], meta: ReportMeta) -> tuple[int | None, str | None, list[str]]:
    """The report's year (a delivery date in the text beats the file's year, which
    beats a guess from the text), with where it came from."""
    filed, filed_source = year_hint(relpath, metadata)
    year = report_year(meta, filed)
    if year is None:
        return None, None, ["no year: neither the file's metadata, its path nor its text gives one"]
    if meta.delivered_on is not None:
        source = "text"
    else:
        source = filed_source if filed == year else "text"
    warnings = []
    if filed is not None and filed != year:
        warnings.append(f"the {filed_source} says {filed}, the text's delivery date "
                        f"{meta.delivered_on}: {year} is used" if meta.delivered_on else
                        f"the {filed_source} says {filed}, the text {year}: {year} is used")
    return year, source, warnings


def _place(relpath: str, metadata: dict[str, str], meta: ReportMeta, head: str) -> tuple[places.Place, str | None]:
    path = PurePosixPath(relpath)
    witnesses = [
        ("front matter", [metadata.get(k, "") for k in ("place", "title")]),
        ("path", [path.stem, *reversed(path.parts[:-1])]),
        ("text", [meta.place or "", meta.title or "", *places.head_hints(head)]),
    ]
    for source, hints in witnesses:
        hints = [_SPACES.sub("", h) for h in hints if h and h.strip()]
        if hints:
            found = places.resolve_place(hints, head)
            if found.level != "unknown":
                return found, source
    return places.resolve_place([], head), None


def describe(relpath: str, metadata: dict[str, str], meta: ReportMeta, text: str) -> Provenance:
    """The report's provenance from its path, its file's metadata and the parser's reading."""
    year, year_source, warnings = _year(relpath, metadata, meta)
    place, place_source = _place(relpath, metadata, meta, text[:3000])
    if place.level == "unknown":
        warnings.append(f"place unknown: the division catalogue cannot place {meta.place or 'it'} "
                        "(from the front matter, the path or the text)")
    title = _SPACES.sub("", metadata.get("title", "")) or meta.title
    source = metadata.get("source", "").strip()
    return Provenance(title=title, place=place, place_source=place_source, year=year,
                      year_source=year_source, delivered_on=meta.delivered_on,
                      source_url=source if _URL.match(source) else None, warnings=warnings)
