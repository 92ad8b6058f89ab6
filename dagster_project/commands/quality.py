"""`govreport quality [--warehouse FILE] [--format text|json]`: every data-quality
check result of the published warehouse (main.fct_check_results; README, "Data quality")."""
from __future__ import annotations

import argparse
import json
import sys

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published

# The JSON keys, in this order (one object per check result).
KEYS = ("check", "severity", "status", "report_id", "offsets", "stated", "implied", "message", "sentences")

RESULTS_QUERY = """
select check_name as "check", severity, status, report_id, offsets, stated, implied, message, sentences
from main.fct_check_results
where (? is null or report_id = ?) and (? is null or status = ?)
order by report_id, offsets[1], check_name, check_id
"""

# How many checks of each kind ran: the consistency checks have a row each;
# the structural checks one per fact and check (6 per fact), failures only in results.
COUNTS_QUERY = """
select check_name, count(*) as ran,
       count(*) filter (where status = 'pass') as passed,
       count(*) filter (where status = 'explained') as explained,
       count(*) filter (where status = 'fail') as failed
from main.fct_check_results
where check_name not like 'structure.%' and (? is null or report_id = ?)
group by check_name
union all
select 'structure (6 per fact)', 6 * count(*), 6 * count(*) - (select count(*) from main.fct_check_results
       where check_name like 'structure.%' and (? is null or report_id = ?)), 0,
       (select count(*) from main.fct_check_results where check_name like 'structure.%' and (? is null or report_id = ?))
from main.fct_check_fact_structure
where (? is null or report_id = ?)
order by 1
"""


def register(sub) -> None:
    p = sub.add_parser(
        "quality", help="list every data-quality check result (percentages and totals agree?)",
        description="List the results of the data-quality checks of the published warehouse: growth against "
                    "levels, average against cumulative, shares against totals, parts within totals, multiples, "
                    "repeated statements and the structural checks on the parse. Severity: error (a broken "
                    "parse), warning (an inconsistency inside a report), info (consistent or explained).")
    add_warehouse_option(p)
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="text (default: a summary, then one line per result) or json (one array of objects "
                        "with keys " + ", ".join(KEYS) + ")")
    p.add_argument("--report", metavar="ID", default=None, help="only this report")
    p.add_argument("--status", choices=("pass", "explained", "fail"), default=None, help="only results of this status")
    p.set_defaults(func=quality)


def _results(con, report: str | None, status: str | None) -> list[dict]:
    try:
        cur = con.execute(RESULTS_QUERY, [report, report, status, status])
    except Exception as exc:  # duckdb.CatalogException: a warehouse built before the checks existed
        raise CliError(f"quality: no check results in this warehouse ({exc.__class__.__name__}); "
                       "rebuild it with `govreport run`") from exc
    return [dict(zip(KEYS, row)) for row in cur.fetchall()]


def _write_text(out, con, results: list[dict], report: str | None) -> None:
    out.write(f"{'check':<26} {'ran':>6} {'pass':>6} {'explained':>9} {'fail':>6}\n")
    for name, ran, passed, explained, failed in con.execute(COUNTS_QUERY, [report, report] * 4).fetchall():
        out.write(f"{name:<26} {ran:>6} {passed:>6} {explained:>9} {failed:>6}\n")
    out.write("\n")
    for r in results:
        where = ",".join(str(o) for o in r["offsets"])
        out.write(f"{r['severity']:<7} {r['status']:<9} {r['check']:<22} {r['report_id']} @{where}: {r['message']}\n")
        if r["status"] != "pass":
            for sentence in r["sentences"]:
                out.write(f"        “{sentence.strip()}”\n")


def quality(args: argparse.Namespace) -> int:
    con = connect_published(args.warehouse)
    try:
        results = _results(con, args.report, args.status)
        if args.format == "json":
            json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _write_text(sys.stdout, con, results, args.report)
    finally:
        con.close()
    return 0
