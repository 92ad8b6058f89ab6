"""The dbt project's seeds and models, each an asset; its tests run in the same `dbt build`."""
import json
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from dagster_project import run_progress
from dagster_project.defs.dbt_cli import write_profile
from dagster_project.defs.project import dbt_project
from dagster_project.defs.resources import WarehouseResource
from dagster_project.quality import dbt_tests


class GroupByFolder(DagsterDbtTranslator):
    """Asset groups named after the dbt project's folders, so the UI shows the
    layers (staging, intermediate, marts, checks, seeds) instead of one 'default'."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        # models/<folder>/<model>.sql → <folder>; seeds/<seed>.csv → seeds
        parts = PurePosixPath(dbt_resource_props["original_file_path"]).parts
        return parts[1] if parts[0] == "models" and len(parts) > 2 else parts[0]


# dbt tests are not one Dagster asset check each (quality/dbt_tests.py says why):
# their results go to quality.dbt_test_results, and a failing one to its model's events.
TRANSLATOR = GroupByFolder(settings=DagsterDbtTranslatorSettings(enable_asset_checks=False))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=TRANSLATOR)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # `warehouse` is required so the run holds the writer lock while dbt writes,
    # and it names the build file dbt writes (a profile beside it).
    profiles = write_profile(warehouse.build)
    invocation = dbt.cli(["build", "--profiles-dir", str(profiles)], context=context, raise_on_error=False)
    for event in invocation.stream():
        if isinstance(event, dg.AssetObservation):  # a test's result, on the model it tests
            run_progress.dbt_node_done()
            status = getattr(event.metadata.get("status"), "value", None)
            if status not in (None, "pass"):
                yield event  # a failing test stays in its model's event history in the UI
            continue
        yield event
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    results = dbt_tests.test_results(invocation.get_artifact("run_results.json"), manifest)
    with warehouse.connect() as con:
        dbt_tests.store(con, results)
    for row in dbt_tests.failed(results):
        log = context.log.warning if row["severity"] == "warn" else context.log.error
        log(f"dbt test {row['status']}: {row['model']}: {row['test']}: {row['failures']} rows ({row['message']})")
    if not invocation.is_successful():
        raise dg.Failure(f"dbt build failed: {len(dbt_tests.failed(results))} tests did not pass; "
                         f"quality.dbt_test_results and dbt/logs/dbt.log say which")
