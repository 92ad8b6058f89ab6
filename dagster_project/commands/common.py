"""What the commands share: the --warehouse option and a read-only connection."""
from __future__ import annotations

import argparse
from pathlib import Path

from dagster_project import settings


class CliError(Exception):
    """A problem to report in one line, without a traceback."""


def add_warehouse_option(p: argparse.ArgumentParser) -> None:
    default = settings.DEFAULT_WAREHOUSE.relative_to(settings.REPO_ROOT)
    p.add_argument("--warehouse", type=Path, default=None, metavar="FILE",
                   help=f"DuckDB file (default: ${settings.WAREHOUSE_ENV} or {default})")


def use_warehouse(path: Path | None) -> Path:
    """The warehouse file a command reads: --warehouse, else the setting."""
    return settings.Settings.resolve(warehouse=path).warehouse


def connect_published(path: Path | None):
    """A read-only connection to the published warehouse (never the build copy)."""
    import duckdb

    db = use_warehouse(path)
    if not db.exists():
        raise CliError(f"{db}: no warehouse there yet; build it with `govreport run`")
    return duckdb.connect(str(db), read_only=True)
