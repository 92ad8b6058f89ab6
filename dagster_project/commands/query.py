"""`govreport query [--warehouse FILE] "SQL"`: a read-only query, printed as a table."""
from __future__ import annotations

import argparse

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published


def register(sub) -> None:
    p = sub.add_parser("query", help="run a read-only SQL query and print a table")
    add_warehouse_option(p)
    p.add_argument("--max-rows", type=int, default=200, help="rows to print at most (default 200)")
    p.add_argument("sql", help="the SQL; the warehouse is opened read-only")
    p.set_defaults(func=query)


def query(args: argparse.Namespace) -> int:
    import duckdb

    con = connect_published(args.warehouse)
    try:
        rel = con.sql(args.sql)
        if rel is not None:
            rel.show(max_rows=args.max_rows, max_width=10_000)
    except duckdb.Error as exc:
        raise CliError(f"query failed: {exc}") from None
    finally:
        con.close()
    return 0
