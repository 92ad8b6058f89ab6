"""Where things live. One setting, GOVREPORT_WAREHOUSE, names the DuckDB file
for Dagster, dbt and the command line alike; everything else derives from it.

The pipeline never writes the published file in place: it builds a copy under
``<warehouse dir>/.build/`` and atomically renames it over the published file at
the end (see README, "Readers are never hurt by writers").
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_DIR = REPO_ROOT / "dbt"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
DEFAULT_RAW_DIR = REPO_ROOT / "raw"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "warehouse.duckdb"

WAREHOUSE_ENV = "GOVREPORT_WAREHOUSE"
RAW_DIR_ENV = "GOVREPORT_RAW_DIR"
# Derived from WAREHOUSE_ENV by build_path() and exported for dbt's profiles.yml.
BUILD_DB_ENV = "GOVREPORT_BUILD_DB"


def warehouse_path() -> Path:
    """The published warehouse file that readers query."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).resolve()


def raw_dir() -> Path:
    return Path(os.environ.get(RAW_DIR_ENV) or DEFAULT_RAW_DIR).resolve()


def build_dir(published: Path | None = None) -> Path:
    published = published or warehouse_path()
    return published.parent / ".build"


def build_path(published: Path | None = None) -> Path:
    """The private copy a run writes into before publishing it."""
    published = published or warehouse_path()
    return build_dir(published) / published.name


def data_docs_dir(published: Path | None = None) -> Path:
    """Great Expectations Data Docs, published beside the warehouse."""
    published = published or warehouse_path()
    return published.parent / "data_docs"


def export_build_env() -> Path:
    """Point dbt (a subprocess reading profiles.yml) at the build file."""
    path = build_path()
    os.environ[BUILD_DB_ENV] = str(path)
    return path
