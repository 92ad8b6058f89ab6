"""The dbt project's seeds, models and tests, each model an asset and each test a check."""
import json
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from dagster_project import runtime
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


def built_by(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The dbt project digests the incremental models' state in this warehouse was
    recorded under (macros/incremental.sql); empty for a warehouse without it."""
    exists = con.execute("select count(*) from information_schema.tables "
                         "where table_schema = 'transform' and table_name = 'incremental_state'").fetchone()[0]
    if not exists:
        return set()
    return {d for (d,) in con.execute("select distinct project_digest from transform.incremental_state").fetchall()}


def dbt_build_args(profiles: Path, digest: str, built: set[str]) -> list[str]:
    """`dbt build`, incremental by report while the dbt project is the one that built the
    warehouse's incremental models; from scratch (--full-refresh) when it changed (a model,
    macro, seed or var), or when nothing records what built them, so that no model keeps
    rows its old code made."""
    args = ["build", "--profiles-dir", str(profiles), "--vars", json.dumps({"project_digest": digest})]
    return args + ["--full-refresh"] if built != {digest} else args


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=GroupByFolder())
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # `warehouse` is required so the run holds the writer lock while dbt writes,
    # and it names the build file dbt writes (a profile beside it).
    profiles = write_profile(warehouse.build)
    with warehouse.connect() as con:
        built = built_by(con)
    args = dbt_build_args(profiles, runtime.dbt_project_digest(), built)
    context.log.info("dbt build " + ("incremental by report" if "--full-refresh" not in args
                                     else "from scratch (--full-refresh): the dbt project changed"))
    yield from dbt.cli(args, context=context).stream()
