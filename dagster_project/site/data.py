"""What the HTML report shows, read from the marts in one pass."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPORTS_SQL = """
select report_id, coalesce(title, report_id), place, report_year, delivered_on, n_facts
from main.dim_report order by place nulls last, report_year nulls last, report_id
"""
FACTS_SQL = """
select fact_id, report_id, indicator, period_id, kind, status, qualifier, text, value::double, unit,
       char_offset, sentence, sentence_offset, section
from main.fct_indicator_values
order by report_id, char_offset, fact_id
"""


KIND_LABELS = {
    "value": "amount", "percent": "rate", "growth": "growth", "avg_annual_growth": "average annual growth",
    "multiple": "multiple", "percentage_points": "change in points",
}
STATUS_LABELS = {"actual": "outcome", "expected": "expected outcome", "target": "target"}
_NOT_ID = re.compile(r"[^0-9A-Za-z_-]")


@dataclass(slots=True)
class Fact:
    fact_id: str
    report_id: str
    indicator: str
    period: str | None
    kind: str
    status: str
    qualifier: str
    text: str
    value: float | None
    unit: str | None
    offset: int
    sentence: str | None
    sentence_offset: int | None
    section: str | None
    # Worked out once here: a 1,000-report site shows each several times.
    anchor: str = ""    # an HTML id for this fact's number in its sentence
    context: str = ""   # "growth · 2024 · outcome", as a reader sees it

    def __post_init__(self) -> None:
        self.anchor = "f-" + _NOT_ID.sub("-", self.fact_id)
        bits = [KIND_LABELS.get(self.kind, self.kind), self.period or "period unknown",
                STATUS_LABELS.get(self.status, self.status)]
        if self.qualifier and self.qualifier != "exact":
            bits.append(self.qualifier.replace("_", " "))
        self.context = " · ".join(bits)

    @property
    def series_key(self) -> tuple[str, str, str]:
        """Figures comparable on one chart: same indicator, kind and unit."""
        return (self.indicator, self.kind, self.unit or "")


@dataclass
class Report:
    report_id: str
    title: str
    place: str | None
    year: int | None
    delivered_on: object
    n_facts: int
    facts: list[Fact] = field(default_factory=list)


@dataclass
class SiteData:
    reports: list[Report]
    # How many reports mention each indicator: the headline ranking.
    report_frequency: dict[str, int]

    def by_place(self) -> dict[str, list[Report]]:
        places: dict[str, list[Report]] = defaultdict(list)
        for r in self.reports:
            places[r.place or r.report_id].append(r)
        return places

    def headline_rank(self, indicator: str) -> tuple:
        return (-self.report_frequency.get(indicator, 0), indicator)


def load_site_data(db_path: Path) -> SiteData:
    import duckdb

    # No progress bar: DuckDB would draw one on the terminal mid-run for a slow query.
    con = duckdb.connect(str(db_path), read_only=True)
    con.execute("set enable_progress_bar = false")
    try:
        reports = [Report(rid, title, place, year, delivered, n or 0)
                   for rid, title, place, year, delivered, n in con.execute(REPORTS_SQL).fetchall()]
        by_id = {r.report_id: r for r in reports}
        cursor = con.execute(FACTS_SQL)
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                fact = Fact(*row)
                if fact.report_id in by_id:
                    by_id[fact.report_id].facts.append(fact)
    finally:
        con.close()
    frequency: dict[str, int] = defaultdict(int)
    for r in reports:
        for name in {f.indicator for f in r.facts}:
            frequency[name] += 1
    return SiteData(reports, dict(frequency))
