"""Resources: the warehouse (build copy, writer lock, publishing) and dbt."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from dagster_project import settings
from dagster_project.defs.dbt_cli import DbtCli
from dagster_project.defs.project import dbt_project
from dagster_project.loading import files


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse as a run sees it.

    Holding this resource holds the writer lock for the whole run, so runs that
    write never overlap; assets write the build copy, and `publish_build` renames
    it over the published file.
    """

    # Set per run by run config (pipeline.run_pipeline passes its Settings); empty
    # means the deployment's setting (GOVREPORT_WAREHOUSE, GOVREPORT_RAW_DIR), as
    # for runs the sensor, the schedule or the Dagster UI launch.
    published_path: str = ""
    raw_dir_path: str = ""
    lock_wait_seconds: float = 0.0

    @property
    def published(self) -> Path:
        return Path(self.published_path).resolve() if self.published_path else settings.warehouse_path()

    @property
    def raw_dir(self) -> Path:
        return Path(self.raw_dir_path).resolve() if self.raw_dir_path else settings.raw_dir()

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
        "warehouse": WarehouseResource(),
        # The venv's own dbt, found without relying on PATH (the venv may not be activated).
        "dbt": DbtCli(project_dir=dbt_project, profiles_dir=str(settings.DBT_DIR),
                      dbt_executable=str(Path(sys.executable).with_name("dbt"))),
    }
