"""What the HTML report shows, read from the marts in one pass."""
from __future__ import annotations

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


@dataclass(frozen=True)
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

    @property
    def anchor(self) -> str:
        """An HTML id for this fact's number in its sentence."""
        return "f-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.fact_id)

    @property
    def series_key(self) -> tuple[str, str, str]:
        """Figures comparable on one chart: same indicator, kind and unit."""
        return (self.indicator, self.kind, self.unit or "")

    @property
    def start_year(self) -> int | None:
        try:
            return int((self.period or "").split("-")[0])
        except ValueError:
            return None


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

    con = duckdb.connect(str(db_path), read_only=True)
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
