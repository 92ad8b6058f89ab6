"""The dbt resource knows dbt's version without asking the executable each run,
and dbt still runs through it (the pipeline tests build every model with it)."""
from __future__ import annotations

import re
import subprocess

from dagster_project.defs import dbt_cli


def test_version_from_metadata_is_the_executables():
    from dagster_project.defs.resources import default_resources

    resource = default_resources()["dbt"]
    assert isinstance(resource, dbt_cli.DbtCli)
    printed = subprocess.run([resource.dbt_executable, "--version"], capture_output=True, text=True).stdout
    assert str(resource._cli_version) == re.search(r"(\d+\.\d+\.\d+)", printed).group(1)
    assert resource._initialize_dbt_core_adapter(["build"]) is None
