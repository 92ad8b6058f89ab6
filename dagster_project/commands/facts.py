"""`govreport facts [filters]`: facts as JSON Lines in the fact contract (docs/facts.md).

With no options the output is every fact, exactly as the contract and the
scorer expect it; scripts depend on that, so filters only remove lines.
"""
from __future__ import annotations

import argparse
import sys

from dagster_project.commands.common import add_warehouse_option, connect_published
from dagster_project.commands.output import FORMATS, write_cursor
from dagster_project.parsing.model import KINDS, STATUSES
from dagster_project.parsing.naming_confidence import CONFIDENCES

# The contract's fields first (docs/facts.md), then provenance.
CONTRACT_SELECT = """
select report_id, char_offset as "offset", text, indicator, kind, value, value_high, unit,
       period_id as period, base_period_id as base_period, status, qualifier,
       fact_id, sentence, section, section_role, name_confidence, name_rules
"""
# --format table: what an analyst reads in a terminal; the sentence and section
# would push the figures off the screen (jsonl and csv keep them). A long
# indicator name is cut here, not by DuckDB, which wraps it onto extra lines.
INDICATOR_WIDTH = 16
TABLE_SELECT = f"""
select report_id,
       case when length(indicator) > {INDICATOR_WIDTH} then left(indicator, {INDICATOR_WIDTH - 1}) || '…'
            else indicator end as indicator,
       kind, value, value_high, unit, period_id as period, status, qualifier, text
"""
FROM = "from main.fct_indicator_values\n"
ORDER = "order by report_id, char_offset, fact_id"

EXAMPLES = """\
examples:
  govreport facts > facts.jsonl                       every fact (the contract's JSON Lines)
  govreport facts --report urumqi-2021 --status target
  govreport facts --indicator 地区生产总值 --kind growth
  govreport facts --indicator '*可支配收入' --format csv > income.csv
  govreport facts --min-confidence high               names built from the figure's own clause only

--report and --indicator take exact values or shell-style patterns (* and ?);
each option may be repeated, and facts matching any of its values are kept.
"""


def register(sub) -> None:
    p = sub.add_parser(
        "facts", help="facts as JSON Lines (the fact contract), optionally filtered",
        description="Print the warehouse's facts, one JSON object per line with the fields of the fact "
                    "contract (docs/facts.md) followed by their provenance (fact_id, sentence, section) and how far "
                    "to trust the indicator's name (name_confidence, name_rules).",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_warehouse_option(p)
    p.add_argument("--report", "-r", action="append", metavar="ID", help="only this report_id (or pattern)")
    p.add_argument("--indicator", "-i", action="append", metavar="NAME", help="only this indicator (or pattern)")
    p.add_argument("--kind", "-k", action="append", choices=KINDS, help="only facts of this kind")
    p.add_argument("--status", "-s", action="append", choices=STATUSES, help="only facts with this status")
    p.add_argument("--min-confidence", choices=CONFIDENCES, default=None,
                   help="only facts whose indicator name is trusted at least this much (name_confidence: "
                        "high = the clause's own words; medium = with what came just before; low = carried "
                        "from earlier, a generic head, or the fallback)")
    p.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                   help="jsonl (default: the contract), json, csv, or table (report_id, indicator, kind, "
                        "value, value_high, unit, period, status, qualifier, text)")
    p.set_defaults(func=facts)


def _any_of(column: str, values: list[str] | None, params: list, patterns: bool) -> str | None:
    """`(column = ? or column glob ?)` for the given values, or None when no filter."""
    if not values:
        return None
    terms = []
    for v in values:
        op = "glob" if patterns and any(ch in v for ch in "*?[") else "="
        terms.append(f"{column} {op} ?")
        params.append(v)
    return "(" + " or ".join(terms) + ")"


def _at_least(confidence: str | None) -> list[str] | None:
    """The confidence levels at or above ``confidence`` (CONFIDENCES runs high → low)."""
    return list(CONFIDENCES[:CONFIDENCES.index(confidence) + 1]) if confidence else None


def build_query(args: argparse.Namespace, select: str = CONTRACT_SELECT) -> tuple[str, list]:
    params: list = []
    conditions = [c for c in (
        _any_of("report_id", args.report, params, patterns=True),
        _any_of("indicator", args.indicator, params, patterns=True),
        _any_of("kind", args.kind, params, patterns=False),
        _any_of("status", args.status, params, patterns=False),
        _any_of("name_confidence", _at_least(getattr(args, "min_confidence", None)), params, patterns=False),
    ) if c]
    where = ("where " + " and ".join(conditions) + "\n") if conditions else ""
    return select + FROM + where + ORDER + "\n", params


def facts(args: argparse.Namespace) -> int:
    con = connect_published(args.warehouse)
    try:
        if args.format == "table":
            sql, params = build_query(args, TABLE_SELECT)
            # Off a terminal DuckDB fits a table to 80 characters by dropping
            # columns: give it room, so every column of TABLE_SELECT shows.
            con.sql(sql, params=params).show(max_rows=200, max_width=10_000, null_value="")
        else:
            sql, params = build_query(args)
            write_cursor(sys.stdout, args.format, con.execute(sql, params))
    finally:
        con.close()
    return 0
