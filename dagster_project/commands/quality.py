"""`govreport quality [--warehouse FILE] [--format text|json] [filters]`: every
data-quality check result of the published warehouse (main.fct_check_results;
README, "Data quality"). Text is a screen long on any collection: results by
check, the worst reports, then the first findings with their sentences."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published

# The JSON keys, in this order (one object per check result).
KEYS = ("check", "severity", "status", "report_id", "offsets", "stated", "implied", "message", "sentences")
STATUSES = ("pass", "explained", "fail", "quarantined")
# The structural checks run on every fact; only their failures are rows of fct_check_results.
STRUCTURAL = ("has_unit", "has_period", "has_status", "share_in_range", "list_complete", "bounds_ordered")

# The filters every query shares, on r (a result or fact) joined to d (dim_report):
# --report, --check (a name, or a family such as 'structure'), --place (part of its name).
FILTERS = """(? is null or r.report_id = ?)
  and (? is null or r.check_name = ? or r.check_name like ? || '.%')
  and (? is null or strpos(d.place, ?) > 0)"""

RESULTS_QUERY = f"""
select r.check_name as "check", r.severity, r.status, r.report_id, r.offsets, r.stated, r.implied, r.message,
       r.sentences
from main.fct_check_results r join main.dim_report d using (report_id)
where {FILTERS} and (? is null or r.status = ?)
order by r.report_id, r.offsets[1], r.check_name, r.check_id
"""

# Results per check. A structural check ran once per fact and only its failures are
# rows: its passes are the facts without a row.
BY_CHECK_QUERY = f"""
with results as (
    select r.* from main.fct_check_results r join main.dim_report d using (report_id) where {FILTERS}
)
select check_name,
       count(*) filter (where status = 'pass') as passed,
       count(*) filter (where status = 'explained') as explained,
       count(*) filter (where status = 'fail') as failed,
       count(*) filter (where status = 'quarantined') as quarantined
from results group by check_name
order by check_name
"""

BY_REPORT_QUERY = f"""
select r.report_id, any_value(d.place), any_value(d.report_year),
       count(*) filter (where r.severity = 'error') as errors,
       count(*) filter (where r.status = 'fail') as failed,
       count(*) filter (where r.status = 'quarantined') as quarantined
from main.fct_check_results r join main.dim_report d using (report_id)
where {FILTERS}
group by r.report_id
having count(*) filter (where r.status in ('fail', 'quarantined')) > 0
order by errors desc, failed + quarantined desc, r.report_id
"""

FACTS_PER_CHECK_QUERY = """
select count(*) from main.fct_check_fact_structure r join main.dim_report d using (report_id)
where (? is null or r.report_id = ?) and (? is null or strpos(d.place, ?) > 0)
"""


def register(sub) -> None:
    p = sub.add_parser(
        "quality", help="data-quality check results: by check, the worst reports, then the findings",
        description="The results of the data-quality checks of the published warehouse: growth against "
                    "levels, average against cumulative, shares against totals, parts within totals, multiples, "
                    "repeated statements, and the structural checks on the parse (a fact that breaks one is "
                    "quarantined: kept, flagged, left out of targets and attainment). Severity: error (a parse "
                    "broken throughout a report: the run fails), warning (an inconsistency inside a report, a "
                    "quarantined fact), info (consistent or explained).")
    add_warehouse_option(p)
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="text (default: results by check, the worst reports, then the first findings) or json "
                        "(every result: one array of objects with keys " + ", ".join(KEYS) + ")")
    p.add_argument("--report", metavar="ID", default=None, help="only this report")
    p.add_argument("--check", metavar="NAME", default=None,
                   help="only this check (e.g. shares, structure.list_complete) or family (structure)")
    p.add_argument("--status", choices=STATUSES, default=None, help="only results of this status")
    p.add_argument("--place", metavar="NAME", default=None, help="only reports of places whose name contains NAME")
    p.add_argument("--limit", type=int, default=30, metavar="N",
                   help="text: list at most N reports and N findings (default 30; 0 for all)")
    p.set_defaults(func=quality)


def _filters(args) -> list:
    """FILTERS' parameters from anything with report, check and place (None: all)."""
    return [args.report, args.report, args.check, args.check, args.check, args.place, args.place]


def _results(con, args: argparse.Namespace) -> list[dict]:
    try:
        cur = con.execute(RESULTS_QUERY, _filters(args) + [args.status, args.status])
    except Exception as exc:  # duckdb.CatalogException: a warehouse built before the checks existed
        raise CliError(f"quality: no check results in this warehouse ({exc.__class__.__name__}); "
                       "rebuild it with `govreport run`") from exc
    return [dict(zip(KEYS, row, strict=True)) for row in cur.fetchall()]


def _require_report(con, report: str | None) -> None:
    """An unknown --report (a typo) would print an empty summary that reads as
    'no problems': say so instead, and fail."""
    if report is None:
        return
    if not con.execute("select 1 from main.dim_report where report_id = ?", [report]).fetchone():
        raise CliError(f"quality: report {report!r} is not in the warehouse; list the reports with "
                       "`govreport query \"select report_id from dim_report\"`")


@dataclass(frozen=True)
class Selection:
    """Which results to count: one report, a check or family, a place (None: all)."""
    report: str | None = None
    check: str | None = None
    place: str | None = None


def check_counts(con, args: Selection | argparse.Namespace = Selection()) -> list[tuple]:
    """(check, ran, pass, explained, fail, quarantined) for every check the filters select;
    the quality page (site/quality_data.py) prints the same counts."""
    rows = {name: (p, e, f, q) for name, p, e, f, q in con.execute(BY_CHECK_QUERY, _filters(args)).fetchall()}
    n_facts = con.execute(FACTS_PER_CHECK_QUERY, [args.report, args.report, args.place, args.place]).fetchone()[0]
    table = []
    for name in sorted(set(rows) | {f"structure.{s}" for s in STRUCTURAL}):
        if args.check and name != args.check and not name.startswith(args.check + "."):
            continue
        passed, explained, failed, quarantined = rows.get(name, (0, 0, 0, 0))
        if name.startswith("structure."):
            passed = n_facts - failed - quarantined
        table.append((name, passed + explained + failed + quarantined, passed, explained, failed, quarantined))
    return table


def _write_text(out, con, results: list[dict], args: argparse.Namespace) -> None:
    limit = args.limit or None
    out.write(f"{'check':<30} {'ran':>7} {'pass':>7} {'explained':>9} {'fail':>6} {'quarantined':>11}\n")
    for name, ran, passed, explained, failed, quarantined in check_counts(con, args):
        out.write(f"{name:<30} {ran:>7} {passed:>7} {explained:>9} {failed:>6} {quarantined:>11}\n")
    worst = con.execute(BY_REPORT_QUERY, _filters(args)).fetchall()
    out.write(f"\nreports with findings: {len(worst)} (worst first)\n")
    out.write(f"  {'report':<28} {'place':<12} {'year':>4} {'errors':>6} {'fail':>6} {'quarantined':>11}\n")
    for rid, place, year, errors, failed, quarantined in worst[:limit]:
        out.write(f"  {rid:<28} {place or '?':<12} {year or '':>4} {errors:>6} {failed:>6} {quarantined:>11}\n")
    _more(out, len(worst), limit, "reports")
    findings = [r for r in results if r["status"] != "pass"] if args.status is None else results
    out.write(f"\nfindings: {len(findings)}\n")
    for r in findings[:limit]:
        where = ",".join(str(o) for o in r["offsets"])
        out.write(f"{r['severity']:<7} {r['status']:<11} {r['check']:<22} {r['report_id']} @{where}: {r['message']}\n")
        for sentence in r["sentences"] if r["status"] != "pass" else []:
            out.write(f"        “{sentence.strip()}”\n")
    _more(out, len(findings), limit, "findings")


def _more(out, n: int, limit: int | None, what: str) -> None:
    if limit and n > limit:
        out.write(f"  … and {n - limit} more {what} (narrow with --report/--check/--status/--place, "
                  "or --limit 0 for all; --format json lists every result)\n")


def quality(args: argparse.Namespace) -> int:
    con = connect_published(args.warehouse)
    try:
        results = _results(con, args)
        _require_report(con, args.report)
        if args.format == "json":
            json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _write_text(sys.stdout, con, results, args)
    finally:
        con.close()
    return 0
