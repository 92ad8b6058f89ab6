"""`govreport query [--format F] "SQL"`: a read-only query, printed as a table, CSV or JSON."""
from __future__ import annotations

import argparse
import sys

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published
from dagster_project.commands.output import FORMATS, write_cursor

EXAMPLES = """\
examples:
  govreport query "select report_id, title, n_facts from dim_report order by report_id"
  govreport query --format csv "select * from fct_targets" > targets.csv
  govreport query --format json "select indicator, value, unit from fct_indicator_values limit 5"
  echo "select count(*) from fct_indicator_values" | govreport query
"""


class HelpWithTables(argparse.Action):
    """-h/--help that ends with every table and view to query (commands/tables.py).
    Built only when asked for: it reads dbt's manifest and opens the warehouse."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from dagster_project.commands import tables
        from dagster_project.commands.common import use_warehouse

        # --warehouse counts when given before --help; else the setting's default.
        db = use_warehouse(getattr(namespace, "warehouse", None))
        parser.epilog = EXAMPLES + "\n" + tables.listing(db)
        parser.print_help()
        parser.exit()


def register(sub) -> None:
    p = sub.add_parser(
        "query", help="run a read-only SQL query; print a table, CSV or JSON",
        description="Run one SQL query (DuckDB dialect) on the published warehouse, opened read-only, "
                    "and print the result. Reads the SQL from standard input when none is given.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter, add_help=False)
    p.add_argument("-h", "--help", action=HelpWithTables,
                   help="show this help message, with every table and view to query, and exit")
    add_warehouse_option(p)
    p.add_argument("--format", "-f", choices=FORMATS, default="table",
                   help="table (default, like the DuckDB shell), csv with a header row, "
                        "json (one array of objects) or jsonl (one object per line)")
    p.add_argument("--max-rows", type=int, default=200, metavar="N",
                   help="table format: rows to print at most (default 200); other formats print every row")
    p.add_argument("sql", nargs="?", help="the SQL; '-' or nothing reads it from standard input")
    p.set_defaults(func=query)


def _read_sql(arg: str | None) -> str:
    if arg and arg != "-":
        return arg
    if sys.stdin is None or sys.stdin.isatty():
        raise CliError("query: give the SQL as an argument or on standard input (see `govreport query --help`)")
    return sys.stdin.read()


def query(args: argparse.Namespace) -> int:
    import duckdb

    sql = _read_sql(args.sql)
    if not sql.strip():
        raise CliError("query: the SQL is empty")
    con = connect_published(args.warehouse)
    try:
        if args.format == "table":
            rel = con.sql(sql)
            if rel is not None:
                rel.show(max_rows=args.max_rows, max_width=10_000)
        else:
            cursor = con.execute(sql)
            if cursor.description:
                write_cursor(sys.stdout, args.format, cursor)
    except duckdb.Error as exc:
        raise CliError(f"query failed: {exc}") from None
    finally:
        con.close()
    return 0
