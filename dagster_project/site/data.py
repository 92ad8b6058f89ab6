"""What the HTML report shows, read from the marts: the reports, then their figures one place at a time."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# The order of the reports, and so of the places (SiteData.by_place): FACTS_SQL follows it.
REPORT_ORDER = "place nulls last, report_year nulls last, report_id"
REPORTS_SQL = f"""
select report_id, coalesce(title, report_id), place, report_year, delivered_on, n_facts, coalesce(figures.n, 0)
from main.dim_report
left join (select report_id, count(*) as n from main.fct_indicator_values group by report_id) as figures
    using (report_id)
order by {REPORT_ORDER}
"""
# The indicators each report states: what its page and its place's charts are sorted by
# (SiteData.headline_rank), known before any figure is read.
INDICATORS_SQL = """
select report_id, list(distinct indicator order by indicator)
from main.fct_indicator_values
group by report_id
"""
# How many periods a series needs to be charted on a report's page, and in its place's section
# of the index (report_page.charts_for's min_periods; the series SQL below selects by them).
PAGE_CHART_PERIODS = 2
PLACE_CHART_PERIODS = 3
# A report's place for the index: its place, or itself where it has none (SiteData.by_place).
_PLACE_KEY = "coalesce(nullif(place, ''), report_id)"
# The series (indicator, kind, unit) each report states for PAGE_CHART_PERIODS+ periods: what
# its page's charts choose from (report_page.charts_for), known before any figure is read.
REPORT_SERIES_SQL = f"""
select report_id, list(series order by series)
from (
    select report_id, (indicator, kind, coalesce(unit, '')) as series
    from main.fct_indicator_values
    group by all
    having count(distinct period_id) >= {PAGE_CHART_PERIODS}
)
group by report_id
"""
# The same for each place (index_page.place_section), stated for PLACE_CHART_PERIODS+ periods
# across its reports.
PLACE_SERIES_SQL = f"""
with places as (
    select report_id, {_PLACE_KEY} as place_key
    from main.dim_report
)
select place_key, list(series order by series)
from (
    select places.place_key, (values_.indicator, values_.kind, coalesce(values_.unit, '')) as series
    from main.fct_indicator_values as values_
    inner join places on places.report_id = values_.report_id
    group by all
    having count(distinct values_.period_id) >= {PLACE_CHART_PERIODS}
)
group by place_key
"""
# How many reports state each indicator: the headline ranking.
FREQUENCY_SQL = """
select values_.indicator, count(distinct values_.report_id)
from main.fct_indicator_values as values_
inner join main.dim_report as reports on reports.report_id = values_.report_id
group by values_.indicator
"""
# Every figure (of the places in $places, or all if null), place by place in REPORT_ORDER
# (SiteData.by_place), so that one place's figures are in memory at a time.
FACTS_SQL = f"""
with reports as (
    select report_id, {_PLACE_KEY} as place_key,
           row_number() over (order by {REPORT_ORDER}) as report_rank
    from main.dim_report
),
places as (
    select report_id, place_key, min(report_rank) over (partition by place_key) as place_rank
    from reports
)
select places.place_key, values_.fact_id, values_.report_id, values_.indicator, values_.period_id, values_.kind,
       values_.status, values_.qualifier, values_.text, values_.value::double, values_.unit, values_.char_offset,
       values_.sentence, values_.sentence_offset, values_.section
from main.fct_indicator_values as values_
inner join places on places.report_id = values_.report_id
where $places::varchar[] is null or list_contains($places, places.place_key)
order by places.place_rank, values_.report_id, values_.char_offset, values_.fact_id
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
    n_figures: int = 0  # its rows in fct_indicator_values, whether or not its facts are loaded
    facts: list[Fact] = field(default_factory=list)
    indicators: tuple[str, ...] = ()  # those its figures state, whether or not its facts are loaded
    series: tuple[tuple[str, str, str], ...] = ()  # those its page may chart (REPORT_SERIES_SQL)


@dataclass
class SiteData:
    reports: list[Report]
    # How many reports mention each indicator: the headline ranking.
    report_frequency: dict[str, int]
    # place → the series its index section may chart (PLACE_SERIES_SQL)
    place_series: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)

    def by_place(self) -> dict[str, list[Report]]:
        places: dict[str, list[Report]] = defaultdict(list)
        for r in self.reports:
            places[r.place or r.report_id].append(r)
        return places

    def headline_rank(self, indicator: str) -> tuple:
        return (-self.report_frequency.get(indicator, 0), indicator)


def _connect(db_path: Path):
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    # No progress bar: DuckDB would draw one on the terminal mid-run for a slow query.
    con.execute("set enable_progress_bar = false")
    return con


def load_site_data(db_path: Path) -> SiteData:
    """Every report and the headline ranking, without the reports' facts
    (places_with_facts reads those one place at a time)."""
    con = _connect(db_path)
    try:
        indicators = dict(con.execute(INDICATORS_SQL).fetchall())
        series = _series(con, REPORT_SERIES_SQL)
        reports = [Report(rid, title, place, year, delivered, n or 0, n_figures,
                          indicators=tuple(indicators.get(rid, ())), series=series.get(rid, ()))
                   for rid, title, place, year, delivered, n, n_figures in con.execute(REPORTS_SQL).fetchall()]
        frequency = dict(con.execute(FREQUENCY_SQL).fetchall())
        place_series = _series(con, PLACE_SERIES_SQL)
    finally:
        con.close()
    return SiteData(reports, frequency, place_series)


def _series(con, sql: str) -> dict[str, tuple[tuple[str, str, str], ...]]:
    return {key: tuple(map(tuple, series)) for key, series in con.execute(sql).fetchall()}


def places_with_facts(db_path: Path, data: SiteData,
                      only: set[str] | None = None) -> Iterator[tuple[str, list[Report]]]:
    """Each place of ``data.by_place()`` in its order (those in ``only``, if given), its
    reports' facts loaded, and released again when the next place is read: the HTML
    report's memory is one place's figures, not all of them (650 MB for the 282,131 of
    lawtext), and a run reads the figures of the places it renders again, no others."""
    places = {p: r for p, r in data.by_place().items() if only is None or p in only}
    con = _connect(db_path)
    try:
        rows = _rows(con.execute(FACTS_SQL, {"places": None if only is None else sorted(places)}))
        row = next(rows, None)
        for place, reports in places.items():
            by_id = {r.report_id: r for r in reports}
            while row is not None and row[0] == place:
                by_id[row[2]].facts.append(Fact(*row[1:]))
                row = next(rows, None)
            yield place, reports
            for report in reports:
                report.facts = []
        if row is not None:  # the two orders disagree: never drop figures silently
            raise RuntimeError(f"the HTML report's figures of {row[2]} (place {row[0]}) came out of place order")
    finally:
        con.close()


def _rows(cursor) -> Iterator[tuple]:
    while batch := cursor.fetchmany(10_000):
        yield from batch
