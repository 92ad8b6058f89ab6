"""What the quality page shows, read from the warehouse's check results.

`load_quality_data(db)` reads main.fct_check_results (every finding that is not
a pass, with the figures it names), main.dim_report and quality.expectation_results;
the rest is pure Python on those rows (`summarise_reports`, `cap_per_check`), so
the page's logic is tested on small in-memory rows.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# The order a reader wants: what fails the run, then what is wrong, then what is explained.
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
STATUS_ORDER = {"fail": 0, "quarantined": 1, "explained": 2, "pass": 3}
STATUSES = ("pass", "explained", "fail", "quarantined")
PER_CHECK = 200   # findings listed in the HTML per check; `govreport quality --check X` has them all
_NOT_ID = re.compile(r"[^0-9A-Za-z_-]")


def html_id(prefix: str, key: str) -> str:
    """An id safe in HTML and in a URL fragment (site/data.py's fact anchors use the same rule)."""
    return prefix + _NOT_ID.sub("-", key)


@dataclass(frozen=True)
class Figure:
    """A figure a finding names, where it stands in its sentence."""
    offset: int                  # in the report's text
    text: str                    # as printed: 增长9.5%
    sentence_offset: int | None  # where its sentence starts in the text
    fact_id: str
    sentence: str | None = None  # the sentence it was read from


@dataclass(frozen=True)
class Finding:
    check_id: str
    check: str
    severity: str
    status: str
    report_id: str
    offsets: tuple[int, ...]
    stated: float | None
    implied: float | None
    message: str
    sentences: tuple[str, ...]
    figures: tuple[Figure, ...] = ()

    @property
    def anchor(self) -> str:
        return html_id("c-", self.check_id)


@dataclass(frozen=True)
class CheckSummary:
    check: str
    ran: int
    passed: int
    explained: int
    failed: int
    quarantined: int


@dataclass(frozen=True)
class ReportMeta:
    report_id: str
    place: str | None
    year: int | None
    level: str | None


@dataclass(frozen=True)
class ReportSummary:
    report: ReportMeta
    errors: int
    failed: int
    quarantined: int
    explained: int


@dataclass(frozen=True)
class Expectation:
    suite: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    element_count: int | None
    unexpected_count: int | None
    description: str
    failing_ids: tuple[str, ...] = ()   # GX's first failing rows, by the suite's id column


@dataclass
class QualityData:
    checks: list[CheckSummary]
    findings: list[Finding]                  # every result that is not a pass
    reports: dict[str, ReportMeta]           # every report of the warehouse
    expectations: list[Expectation] | None   # None: no GX results in this warehouse
    per_check: int = PER_CHECK
    by_report: list[ReportSummary] = field(init=False)

    def __post_init__(self) -> None:
        self.by_report = summarise_reports(self.findings, self.reports)


def summarise_reports(findings: list[Finding], reports: dict[str, ReportMeta]) -> list[ReportSummary]:
    """Reports with a fail or a quarantined fact, worst first: errors, then fails and
    quarantined facts (as `govreport quality` ranks them)."""
    counts: dict[str, list[int]] = {}
    for f in findings:
        c = counts.setdefault(f.report_id, [0, 0, 0, 0])
        c[0] += f.severity == "error"
        c[1] += f.status == "fail"
        c[2] += f.status == "quarantined"
        c[3] += f.status == "explained"
    out = [ReportSummary(reports.get(rid) or ReportMeta(rid, None, None, None), *c)
           for rid, c in counts.items() if c[1] + c[2] > 0]
    out.sort(key=lambda r: (-r.errors, -(r.failed + r.quarantined), r.report.report_id))
    return out


def cap_per_check(findings: list[Finding], per_check: int,
                  rank: dict[str, int] | None = None) -> tuple[dict[str, list[Finding]], dict[str, int]]:
    """Per check, the findings to list (errors first, then fails, quarantined,
    explained; the worst reports first, then by offset) and how many are left out."""
    rank = rank or {}
    by_check: dict[str, list[Finding]] = {}
    for f in findings:
        by_check.setdefault(f.check, []).append(f)
    listed, unlisted = {}, {}
    for check in sorted(by_check):
        fs = sorted(by_check[check], key=lambda f: (
            SEVERITY_ORDER.get(f.severity, 9), STATUS_ORDER.get(f.status, 9),
            rank.get(f.report_id, len(rank)), f.report_id, f.offsets, f.check_id))
        listed[check] = fs[:per_check]
        unlisted[check] = max(0, len(fs) - per_check)
    return listed, unlisted


def _failing_ids(details: str | None) -> tuple[str, ...]:
    try:
        result = json.loads(details or "{}")
    except ValueError:
        return ()
    columns = result.get("unexpected_index_column_names") or []
    ids = []
    for row in result.get("partial_unexpected_index_list") or []:
        if isinstance(row, dict):
            ids += [str(row[c]) for c in columns if row.get(c) is not None]
    return tuple(ids)


FINDINGS_SQL = """
select check_id, check_name, severity, status, report_id, offsets, stated, implied, message, sentences
from main.fct_check_results where status <> 'pass'
"""
# The figures a finding names (its offsets are fact offsets), to mark them in their sentences.
FIGURES_SQL = """
with named as (
    select check_id, report_id, unnest(offsets) as char_offset from main.fct_check_results where status <> 'pass'
)
select n.check_id, f.char_offset, f.text, f.sentence_offset, min(f.fact_id), f.sentence
from named n join main.fct_indicator_values f using (report_id, char_offset)
group by all order by n.check_id, f.char_offset
"""
EXPECTATIONS_SQL = """
select suite, expectation, "column", severity, success, element_count, unexpected_count, description, details
from quality.expectation_results
"""


def _tables(con) -> set[str]:
    return {f"{s}.{t}" for s, t in con.execute(
        "select table_schema, table_name from information_schema.tables").fetchall()}


def load_quality_data(db_path: Path, per_check: int = PER_CHECK) -> QualityData | None:
    """The check results of the warehouse at ``db_path``; None if it has none (built before the checks)."""
    import duckdb

    from dagster_project.commands.quality import check_counts

    con = duckdb.connect(str(db_path), read_only=True)
    con.execute("set enable_progress_bar = false")
    try:
        tables = _tables(con)
        if not {"main.fct_check_results", "main.dim_report"} <= tables:
            return None
        reports = {rid: ReportMeta(rid, place, year, level) for rid, place, year, level in con.execute(
            "select report_id, place, report_year, level from main.dim_report").fetchall()}
        figures: dict[str, list[Figure]] = {}
        if "main.fct_indicator_values" in tables:
            for check_id, offset, text, sentence_offset, fact_id, sentence in con.execute(FIGURES_SQL).fetchall():
                figures.setdefault(check_id, []).append(Figure(offset, text, sentence_offset, fact_id, sentence))
        findings = [Finding(check_id, check, sev, status, rid, tuple(offsets or ()), stated, implied, message or "",
                            tuple(sentences or ()), tuple(figures.get(check_id, ())))
                    for check_id, check, sev, status, rid, offsets, stated, implied, message, sentences
                    in con.execute(FINDINGS_SQL).fetchall()]
        # The same counts as `govreport quality` prints (structural checks ran on every fact).
        checks = [CheckSummary(*row) for row in check_counts(con)]
        expectations = None
        if "quality.expectation_results" in tables:
            expectations = [Expectation(suite, exp, column, sev, bool(ok), n, bad, desc or "", _failing_ids(details))
                            for suite, exp, column, sev, ok, n, bad, desc, details
                            in con.execute(EXPECTATIONS_SQL).fetchall()]
    finally:
        con.close()
    return QualityData(checks, findings, reports, expectations, per_check)
