"""Where things live. One setting, the warehouse file (--warehouse, else
GOVREPORT_WAREHOUSE), names the DuckDB file for Dagster, dbt and the command
line alike; everything else derives from it.

The pipeline never writes the published file in place: it builds a copy under
``<warehouse dir>/.build/`` and atomically renames it over the published file at
the end (see README, "Readers are never hurt by writers").
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_DIR = REPO_ROOT / "dbt"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
DEFAULT_RAW_DIR = REPO_ROOT / "raw"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "warehouse.duckdb"

WAREHOUSE_ENV = "GOVREPORT_WAREHOUSE"
RAW_DIR_ENV = "GOVREPORT_RAW_DIR"


@dataclass(frozen=True)
class Settings:
    """Where a run reads and writes: the published warehouse file and the raw folder.

    Made once where the program starts (the command line's flags, else the
    environment, else the defaults) and passed on as a value: to the run, its
    resources (run config) and dbt (a profile naming the build file). Nothing
    downstream reads the environment for it or writes it there.
    """
    warehouse: Path
    raw_dir: Path

    @classmethod
    def resolve(cls, warehouse: Path | None = None, raw_dir: Path | None = None) -> Settings:
        return cls(
            warehouse=Path(warehouse or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).resolve(),
            raw_dir=Path(raw_dir or os.environ.get(RAW_DIR_ENV) or DEFAULT_RAW_DIR).resolve(),
        )

    @property
    def build(self) -> Path:
        return build_path(self.warehouse)

    @property
    def data_docs(self) -> Path:
        return data_docs_dir(self.warehouse)


def warehouse_path() -> Path:
    """The published warehouse file as the deployment configures it (the Dagster
    code location's sensor, schedule and resource defaults read this)."""
    return Settings.resolve().warehouse


def raw_dir() -> Path:
    return Settings.resolve().raw_dir


def build_dir(published: Path) -> Path:
    return published.parent / ".build"


def build_path(published: Path) -> Path:
    """The private copy a run writes into before publishing it."""
    return build_dir(published) / published.name


def dbt_target_dir(published: Path) -> Path:
    """dbt's target folder for the runs that build this warehouse: one, reused, so dbt
    parses the project partially (its partial_parse.msgpack matches the profile naming
    this build file; ~7 CPU-s a run) and a scheduled run leaves no folder behind (dagster-dbt
    makes a new dbt/target/<step>-<run>-<uuid>/ of ~9 MB per run by default)."""
    return build_dir(published) / "dbt_target"


def data_docs_dir(published: Path) -> Path:
    """Great Expectations Data Docs, published beside the warehouse."""
    return published.parent / "data_docs"
