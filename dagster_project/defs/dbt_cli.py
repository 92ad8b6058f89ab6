"""dbt's CLI resource without the start-up work a run does not use.

On every invocation dagster-dbt (0.29) asks the dbt executable for its version
(a whole Python process importing dbt: ~2 CPU-seconds) and builds a dbt adapter
in this process (~1.7 CPU-seconds) that only serves opt-in column metadata and
row counts. The executable is the venv's own dbt, so its version is the
installed dbt-core's; and the pipeline streams dbt's events without those extras.
"""
import importlib.metadata
from functools import cached_property

from dagster_dbt import DbtCliResource
from packaging import version


class DbtCli(DbtCliResource):
    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        # No adapter: `.fetch_column_metadata()` / `.fetch_row_counts()` would need one.
        return None
