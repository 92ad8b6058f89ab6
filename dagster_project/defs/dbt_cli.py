"""dbt's CLI resource without the start-up work a run does not use.

On every invocation dagster-dbt (0.29) asks the dbt executable for its version
(a whole Python process importing dbt: ~2 CPU-seconds) and builds a dbt adapter
in this process (~1.7 CPU-seconds) that only serves opt-in column metadata and
row counts. The executable is the venv's own dbt, so its version is the
installed dbt-core's; and the pipeline streams dbt's events without those extras.
"""
import importlib.metadata
from functools import cached_property
from pathlib import Path

import yaml
from dagster_dbt import DbtCliResource
from packaging import version

from dagster_project import settings


class DbtCli(DbtCliResource):
    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        # No adapter: `.fetch_column_metadata()` / `.fetch_row_counts()` would need one.
        return None


def write_profile(build: Path) -> Path:
    """A dbt profiles folder whose profile names ``build``, beside it: dbt gets the
    run's build file as a value (``--profiles-dir``), not through this process's
    environment. Everything else comes from the project's dbt/profiles.yml."""
    profiles = yaml.safe_load((settings.DBT_DIR / "profiles.yml").read_text(encoding="utf-8"))
    for output in profiles["govreport"]["outputs"].values():
        output["path"] = str(build)
    folder = build.parent / "dbt_profile"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profiles.yml").write_text(yaml.safe_dump(profiles, allow_unicode=True), encoding="utf-8")
    return folder
