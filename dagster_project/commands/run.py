"""`govreport run [--raw-dir DIR] [--warehouse FILE]`: the whole pipeline."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from dagster_project import settings
from dagster_project.commands.common import add_warehouse_option, use_warehouse


def register(sub) -> None:
    p = sub.add_parser("run", help="run the whole pipeline on a folder of reports",
                       description="Parse every *.txt report in the raw folder, load the staging tables, "
                                   "build the dbt marts and tests, validate them with Great Expectations "
                                   "and publish the warehouse. Exits non-zero if anything failed.")
    p.add_argument("--raw-dir", type=Path, default=None, metavar="DIR",
                   help=f"folder of *.txt reports (default: ${settings.RAW_DIR_ENV} or raw/)")
    add_warehouse_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dagster_project.pipeline import run_pipeline

    if args.raw_dir is not None:
        os.environ[settings.RAW_DIR_ENV] = str(args.raw_dir.resolve())
    use_warehouse(args.warehouse)
    outcome = run_pipeline()
    print(outcome.summary())
    return 0 if outcome.ok else 1
