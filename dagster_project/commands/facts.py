"""`govreport facts [--warehouse FILE]`: every fact as JSON Lines (the fact contract)."""
from __future__ import annotations

import argparse
import json
import sys

from dagster_project.commands.common import add_warehouse_option, connect_published

# The contract's fields first (spec/facts.md), then provenance.
CONTRACT_QUERY = """
select report_id, char_offset as "offset", text, indicator, kind, value, value_high, unit,
       period_id as period, base_period_id as base_period, status, qualifier,
       fact_id, sentence, section, section_role
from main.fct_indicator_values
order by report_id, char_offset, fact_id
"""


def register(sub) -> None:
    p = sub.add_parser("facts", help="every fact in the warehouse as JSON Lines (the fact contract)")
    add_warehouse_option(p)
    p.set_defaults(func=facts)


def facts(args: argparse.Namespace) -> int:
    con = connect_published(args.warehouse)
    try:
        cur = con.execute(CONTRACT_QUERY)
        cols = [d[0] for d in cur.description]
        while rows := cur.fetchmany(5000):
            sys.stdout.write("".join(json.dumps(dict(zip(cols, r)), ensure_ascii=False) + "\n" for r in rows))
    finally:
        con.close()
    return 0
