"""The dbt project's seeds, models and tests, each model an asset and each test a check."""
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from dagster_project.defs.dbt_cli import write_profile
from dagster_project.defs.project import dbt_project
from dagster_project.defs.resources import WarehouseResource


class GroupByFolder(DagsterDbtTranslator):
    """Asset groups named after the dbt project's folders, so the UI shows the
    layers (staging, intermediate, marts, checks, seeds) instead of one 'default'."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        # models/<folder>/<model>.sql → <folder>; seeds/<seed>.csv → seeds
        parts = PurePosixPath(dbt_resource_props["original_file_path"]).parts
        return parts[1] if parts[0] == "models" and len(parts) > 2 else parts[0]


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=GroupByFolder())
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # `warehouse` is required so the run holds the writer lock while dbt writes,
    # and it names the build file dbt writes (a profile beside it).
    profiles = write_profile(warehouse.build)
    yield from dbt.cli(["build", "--profiles-dir", str(profiles)], context=context).stream()
