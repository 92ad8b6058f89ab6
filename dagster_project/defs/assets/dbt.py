"""The dbt project's seeds and models, each an asset; its tests run in the same `dbt build`,
incremental by report (macros/incremental.sql) while the dbt project is unchanged."""
import json
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from dagster_project import run_progress, runtime, settings
from dagster_project.defs.dbt_cli import write_profile
from dagster_project.defs.project import dbt_project
from dagster_project.defs.resources import WarehouseResource
from dagster_project.quality import dbt_tests, validate


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


# dbt/selectors.yml: what the landing tables feed. dbt takes --selector over the
# `--select fqn:*` dagster-dbt adds to every run (a second --select would be a union).
FROM_LANDING = "from_landing"


def dbt_build_args(profiles: Path, digest: str, built: set[str]) -> list[str]:
    """`dbt build`, incremental by report while the dbt project is the one that built the
    warehouse's incremental models; from scratch (--full-refresh) when it changed (a model,
    macro, seed or var), or when nothing records what built them, so that no model keeps
    rows its old code made.

    An incremental build also leaves out the seeds, what is built from seeds alone and
    their tests (63 of 235 nodes): the same project built them from the same files, so
    loading and testing them again would only repeat the last run."""
    args = ["build", "--profiles-dir", str(profiles), "--vars", json.dumps({"project_digest": digest})]
    if built != {digest}:
        return args + ["--full-refresh"]
    return args + ["--selector", FROM_LANDING]


def is_selective(args: list[str]) -> bool:
    """The build runs part of the project (the rest is as the last run left it)."""
    return "--selector" in args


def nodes_to_build(manifest: Mapping[str, Any], selective: bool) -> set[str]:
    """The models, seeds and tests `dbt build` runs: all of them, or (selective) what
    descends from a source, tests included: the from_landing selector's nodes."""
    kinds = {"model", "seed", "snapshot", "test"}
    if not selective:
        return {uid for uid, node in manifest["nodes"].items() if node["resource_type"] in kinds}
    children, found = manifest["child_map"], set()
    todo = [child for source in manifest["sources"] for child in children.get(source, [])]
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, []))
    return {uid for uid in found if manifest["nodes"].get(uid, {}).get("resource_type") in kinds}


# dbt tests are not one Dagster asset check each (quality/dbt_tests.py says why):
# their results go to quality.dbt_test_results, and a failing one to its model's events.
TRANSLATOR = GroupByFolder(settings=DagsterDbtTranslatorSettings(enable_asset_checks=False))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=TRANSLATOR)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # `warehouse` is required so the run holds the writer lock while dbt writes,
    # and it names the build file dbt writes (a profile beside it).
    profiles = write_profile(warehouse.build)
    with warehouse.connect() as con:
        built = built_by(con)
    args = dbt_build_args(profiles, runtime.dbt_project_digest(), built)
    context.log.info("dbt build " + ("incremental by report" if "--full-refresh" not in args
                                     else "from scratch (--full-refresh): the dbt project changed"))
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    run_progress.dbt_nodes_planned(len(nodes_to_build(manifest, is_selective(args))))
    validate.import_in_background()  # the next step's library loads while dbt works
    invocation = dbt.cli(args, context=context, raise_on_error=False,
                         target_path=settings.dbt_target_dir(warehouse.published))
    tests_done = set()
    for event in invocation.stream():
        if isinstance(event, dg.AssetObservation):  # a test's result, on each model it reads
            test = getattr(event.metadata.get("unique_id"), "value", None)
            if test not in tests_done:  # a relationships test reads two models: one test done
                tests_done.add(test)
                run_progress.dbt_node_done()
            status = getattr(event.metadata.get("status"), "value", None)
            if status not in (None, "pass"):
                yield event  # a failing test stays in its model's event history in the UI
            continue
        yield event
    _record_tests(context, warehouse, invocation, manifest, keep_others=is_selective(args))


def _record_tests(context: dg.AssetExecutionContext, warehouse: WarehouseResource, invocation,
                  manifest: Mapping[str, Any], keep_others: bool) -> None:
    """Every test's outcome to quality.dbt_test_results; fail the step if dbt failed.
    ``keep_others``: the tests this build did not run keep their last outcome."""
    results = dbt_tests.test_results(invocation.get_artifact("run_results.json"), manifest)
    with warehouse.connect() as con:
        dbt_tests.store(con, results, keep_others=keep_others)
    for row in dbt_tests.failed(results):
        log = context.log.warning if row["severity"] == "warn" else context.log.error
        log(f"dbt test {row['status']}: {row['model']}: {row['test']}: {row['failures']} rows ({row['message']})")
    if not invocation.is_successful():
        log_file = settings.dbt_target_dir(warehouse.published) / "dbt.log"
        raise dg.Failure(f"dbt build failed: {len(dbt_tests.failed(results))} tests did not pass; "
                         f"quality.dbt_test_results and {log_file} say which")
