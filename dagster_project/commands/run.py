"""`govreport run [--raw-dir DIR] [--warehouse FILE]`: the whole pipeline."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dagster_project import settings
from dagster_project.commands.common import add_warehouse_option

EXAMPLES = """\
examples:
  govreport run                                    raw/ into warehouse/warehouse.duckdb
  govreport run --raw-dir ../shared/corpus --warehouse /tmp/corpus.duckdb
  govreport run --verbose 2> run.log               Dagster's and dbt's full log

Progress goes to standard error (a bar on a terminal, one line per step when
piped); the summary goes to standard output. Exit status 0 when every report
loaded and every critical check passed, 1 otherwise; the summary's last line
says which (succeeded, or FAILED and why).
"""


def register(sub) -> None:
    p = sub.add_parser("run", help="run the whole pipeline on a folder of reports",
                       description="Read every report in the raw folder and its subfolders (.txt, .md, .html, .docx, .pdf), "
                                   "parse it, load the landing tables, "
                                   "build the dbt marts and tests, validate them with Great Expectations, "
                                   "write the HTML report and publish the warehouse. Exits non-zero if anything failed.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--raw-dir", type=Path, default=None, metavar="DIR",
                   help=f"folder of reports, read recursively (default: ${settings.RAW_DIR_ENV} or raw/)")
    add_warehouse_option(p)
    noise = p.add_mutually_exclusive_group()
    noise.add_argument("--verbose", "-v", action="store_true",
                       help="print Dagster's and dbt's log (INFO) instead of the progress display")
    noise.add_argument("--quiet", "-q", action="store_true",
                       help="no progress; only warnings, errors and the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dagster_project import run_progress
    from dagster_project.pipeline import run_pipeline

    config = settings.Settings.resolve(warehouse=args.warehouse, raw_dir=args.raw_dir)
    if not (args.verbose or args.quiet):
        run_progress.enable(sys.stderr)
    outcome = run_pipeline(config, log_level="INFO" if args.verbose else "WARNING")
    print(outcome.summary())
    return 0 if outcome.ok else 1
