"""Resources: the warehouse (build copy, writer lock, publishing) and dbt."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource

from dagster_project import settings
from dagster_project.defs.project import dbt_project
from dagster_project.warehouse import files


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse as a run sees it.

    Holding this resource holds the writer lock for the whole run, so runs that
    write never overlap; assets write the build copy, and `publish_build` renames
    it over the published file.
    """

    published_path: str
    raw_dir: str
    lock_wait_seconds: float = 0.0

    @property
    def published(self) -> Path:
        return Path(self.published_path)

    @property
    def build(self) -> Path:
        return settings.build_path(self.published)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build file, closed on exit so dbt can open it next."""
        con = duckdb.connect(str(self.build), read_only=read_only)
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["WarehouseResource"]:
        with files.writer_lock(self.published, self.lock_wait_seconds):
            yield self


def default_resources() -> dict:
    return {
        "warehouse": WarehouseResource(
            published_path=str(settings.warehouse_path()),
            raw_dir=str(settings.raw_dir()),
        ),
        # The venv's own dbt, found without relying on PATH (the venv may not be activated).
        "dbt": DbtCliResource(project_dir=dbt_project, profiles_dir=str(settings.DBT_DIR),
                              dbt_executable=str(Path(sys.executable).with_name("dbt"))),
    }
