"""The dbt project's seeds, models and tests, each model an asset and each test a check."""
import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from dagster_project.defs.project import dbt_project
from dagster_project.defs.resources import WarehouseResource


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # `warehouse` is required so the run holds the writer lock while dbt writes.
    yield from dbt.cli(["build"], context=context).stream()
