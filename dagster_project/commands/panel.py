"""`govreport panel [--indicator CODE] [--place NAME] [--format table|csv|parquet|stata] [--output FILE]`:
the analysts' target panel (main.fct_target_panel; README, "The target panel"),
printed as a table or written as CSV, Parquet or a Stata .dta file."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dagster_project.commands.common import CliError, add_warehouse_option, connect_published
from dagster_project.commands.output import write_cursor

FORMATS = ("table", "csv", "parquet", "stata")
# --output's suffix names the format when --format is not given.
SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".dta": "stata"}
BINARY = ("parquet", "stata")

# The table format: one line per cell, what an analyst scans first (every column
# is in csv, parquet and stata).
FALL = "case when {value} < 0 and kind in ('growth', 'avg_annual_growth') then '下降' else '' end"
QUALIFIER_WORD = ("case target_qualifier when 'about' then '左右' when 'more_than' then '以上' "
                  "when 'less_than' then '以内' else '' end")
TABLE_COLUMNS = f"""place, period_id, headline_code,
       {FALL.format(value='target_value')} || target_text || {QUALIFIER_WORD} as target,
       target_bound, {FALL.format(value='outcome_value')} || outcome_text as outcome, outcome_status, gap, result,
       target_report_id, outcome_report_id"""
# Headline by headline, the nation first, then provinces, cities and below; each
# place's years, then its plan periods.
ORDER = """order by headline_code,
         case level when 'national' then 0 when 'provincial' then 1 when 'prefecture' then 2 else 3 end,
         province, place, period_type desc, period_id"""

EXAMPLES = """\
examples:
  govreport panel --indicator GDP_GROWTH --place 乌鲁木齐
  govreport panel --format csv --output panel.csv
  govreport panel --output panel.dta                  Stata 14+: use panel.dta (Chinese text kept)
  govreport panel --indicator CPI --format parquet --output cpi.parquet

headline indicators: GDP_GROWTH, CPI, UNEMP_SURVEYED, UNEMP_REGISTERED, URBAN_JOBS,
  GPBR_GROWTH, FAI_GROWTH, RETAIL_GROWTH, TRADE_GROWTH, INCOME_GROWTH,
  URBAN_INCOME_GROWTH, RURAL_INCOME_GROWTH, ENERGY_INTENSITY (seed dbt/seeds/headline_indicators.csv);
  a catalogue code (GDP, CPI, FAI …) selects its headline too.
"""


def register(sub) -> None:
    p = sub.add_parser(
        "panel", help="the target panel: each place's headline targets against outcomes, as a table, CSV, "
                      "Parquet or Stata file",
        description="The target panel of the published warehouse (main.fct_target_panel): one row per place, "
                    "period (a year or a five-year plan) and headline indicator, with the target, the outcome a "
                    "later report states, the gap and whether the target was met.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_warehouse_option(p)
    p.add_argument("--indicator", metavar="CODE", default=None,
                   help="only this headline indicator (GDP_GROWTH, CPI …) or catalogue code (GDP …)")
    p.add_argument("--place", metavar="NAME", default=None, help="only places whose name contains NAME")
    p.add_argument("--format", "-f", choices=FORMATS, default=None,
                   help="table (default; the main columns), csv (every column), parquet or stata "
                        "(.dta, Stata 14+, Unicode); default: from --output's suffix, else table")
    p.add_argument("--output", "-o", type=Path, default=None, metavar="FILE",
                   help="write to FILE (.csv, .parquet or .dta; required for parquet and stata, csv prints to "
                        "standard output without it)")
    p.add_argument("--max-rows", type=int, default=200, metavar="N",
                   help="table format: rows to print at most (default 200)")
    p.set_defaults(func=panel)


def output_format(fmt: str | None, output: Path | None) -> str:
    """The format to write: --format, else --output's suffix, else table. The
    table is for the terminal; a binary format needs a file."""
    if fmt is None and output is not None:
        fmt = SUFFIXES.get(output.suffix.lower())
        if fmt is None:
            raise CliError(f"panel: cannot tell the format from {output.name!r}; "
                           "give --format csv, parquet or stata (or name it .csv, .parquet, .dta)")
    fmt = fmt or "table"
    if fmt == "table" and output is not None:
        raise CliError("panel: the table prints to the terminal; for a file give --format csv, parquet or stata")
    if fmt in BINARY and output is None:
        raise CliError(f"panel: --format {fmt} writes a file: give --output FILE")
    return fmt


def panel_query(columns: str, indicator: str | None, place: str | None) -> tuple[str, list]:
    """The panel's rows for the filters, as SQL and its parameters."""
    sql = (f"select {columns} from main.fct_target_panel "
           "where (? is null or headline_code = ? or indicator_code = ?) "
           "and (? is null or strpos(place, ?) > 0) " + ORDER)
    code = indicator.upper() if indicator else None
    return sql, [code, code, code, place, place]


def stata_frame(df):
    """The DataFrame as Stata can hold it: booleans as 0/1 bytes, nullable
    integers as doubles (Stata's missing is a float), text as text with '' for
    missing (Stata has no missing string)."""
    import pandas as pd

    out = df.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_bool_dtype(col):
            out[name] = col.astype("int8")
        elif pd.api.types.is_integer_dtype(col) and col.isna().any():
            out[name] = col.astype("float64")
        elif pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col):
            out[name] = col.astype("str").where(col.notna(), "")
    return out


def _require_panel(con, indicator: str | None) -> None:
    """A warehouse built before the panel, or an unknown --indicator (a typo,
    which would print an empty panel): say so instead."""
    # fetchall: DuckDB 2 keeps a half-read result open, blocking the next query.
    built = con.execute("select count(*) from information_schema.tables where table_schema = 'main' "
                        "and table_name = 'fct_target_panel'").fetchall()[0][0]
    if not built:
        raise CliError("panel: this warehouse has no target panel; rebuild it with `govreport run`")
    if indicator is None:
        return
    code = indicator.upper()
    known = con.execute("select headline_code, indicator_code from reference.headline_indicators "
                        "order by sort_order").fetchall()
    if not any(code in row for row in known):
        raise CliError(f"panel: no headline indicator {indicator!r}; one of "
                       + ", ".join(row[0] for row in known))


def _sql_string(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def panel(args: argparse.Namespace) -> int:
    import duckdb

    fmt = output_format(args.format, args.output)
    con = connect_published(args.warehouse)
    try:
        _require_panel(con, args.indicator)
        sql, params = panel_query("*" if fmt != "table" else TABLE_COLUMNS, args.indicator, args.place)
        if fmt == "table":
            con.sql(sql, params=params).show(max_rows=args.max_rows, max_width=10_000)
        elif fmt == "csv" and args.output is None:
            write_cursor(sys.stdout, "csv", con.execute(sql, params))
        elif fmt in ("csv", "parquet"):
            # DuckDB writes the file itself; Parquet keeps the types.
            options = "format parquet, compression zstd" if fmt == "parquet" else "format csv, header true"
            con.execute(f"copy ({sql}) to {_sql_string(args.output.resolve())} ({options})", params)
            _report(args.output, con.execute(f"select count(*) from ({sql})", params).fetchall()[0][0])
        else:
            frame = stata_frame(con.execute(sql, params).df())
            # Version 118 (Stata 14+) stores text as UTF-8: Chinese strings survive.
            frame.to_stata(args.output, version=118, write_index=False,
                           data_label="govreport target panel (fct_target_panel)")
            _report(args.output, len(frame))
    except duckdb.Error as exc:
        raise CliError(f"panel: {exc}") from None
    finally:
        con.close()
    return 0


def _report(path: Path, rows: int) -> None:
    print(f"{path}  {rows} rows", file=sys.stderr)
