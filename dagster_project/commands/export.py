"""`govreport export --format parquet|csv DIR`: every mart as one file, for pandas, R or Excel."""
from __future__ import annotations

import argparse
from pathlib import Path

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published

EXAMPLES = """\
examples:
  govreport export --format parquet out/       pandas.read_parquet("out/fct_indicator_values.parquet")
  govreport export --format csv out/           R: read.csv("out/dim_report.csv", encoding = "UTF-8")
  govreport export --format csv --bom out/     Excel opens UTF-8 Chinese text correctly only with a BOM
"""

# Marts are the tables dbt builds in schema main; landing, reference seeds and
# transform views are internal and not exported.
MARTS_QUERY = """
select table_name from information_schema.tables
where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name
"""


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write every mart to a folder as Parquet or CSV files",
        description="Write each mart of the published warehouse (the tables in schema main: "
                    "dim_*, fct_*) to DIR/<mart>.parquet or DIR/<mart>.csv, replacing files of the same name.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_warehouse_option(p)
    p.add_argument("--format", "-f", choices=("parquet", "csv"), default="parquet",
                   help="parquet (default; keeps types) or csv (UTF-8, header row)")
    p.add_argument("--bom", action="store_true", help="csv: start each file with a UTF-8 byte-order mark, for Excel")
    p.add_argument("dir", type=Path, metavar="DIR", help="folder to write into (created if missing)")
    p.set_defaults(func=export)


def _sql_string(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _prepend_bom(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + data)


def export(args: argparse.Namespace) -> int:
    con = connect_published(args.warehouse)
    try:
        marts = [row[0] for row in con.execute(MARTS_QUERY).fetchall()]
        if not marts:
            raise CliError("export: the warehouse has no marts; run `govreport run` first")
        out_dir = args.dir.resolve()
        out_dir.mkdir(parents=True, exist_ok=True)
        options = "format parquet, compression zstd" if args.format == "parquet" else "format csv, header true"
        for mart in marts:
            target = out_dir / f"{mart}.{args.format}"
            # DuckDB writes the file itself: no pandas round trip, types kept in Parquet.
            con.execute(f'copy (select * from main."{mart}") to {_sql_string(target)} ({options})')
            if args.format == "csv" and args.bom:
                _prepend_bom(target)
            rows = con.execute(f'select count(*) from main."{mart}"').fetchone()[0]
            print(f"{target}  {rows} rows")
    finally:
        con.close()
    return 0
