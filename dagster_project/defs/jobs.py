"""The jobs: the whole pipeline over some report partitions, and a rebuild without parsing.

Both write the warehouse, so both carry WRITER_TAGS: the run queue (dagster.yaml,
written by runtime.py) starts at most one run with that tag at a time, and the
writer lock (warehouse/files.py) refuses any other writer that bypasses the queue.
"""
import dagster as dg

from dagster_project.defs.assets.reports import parsed_report

WRITER_TAG = "govreport/writes"
WRITER_TAGS = {WRITER_TAG: "warehouse"}

pipeline_job = dg.define_asset_job(
    name="govreport_pipeline",
    selection=dg.AssetSelection.all(),
    description="Raw reports (the run's partitions, changed files only) → landing tables → dbt marts and tests "
                "→ Great Expectations → publish. Many partitions go in one run.",
    tags=WRITER_TAGS,
    # One process: start-up (imports, dbt) is the cost to cut, and DuckDB takes
    # one writer at a time anyway.
    executor_def=dg.in_process_executor,
)

rebuild_job = dg.define_asset_job(
    name="govreport_rebuild",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(parsed_report),
    description="Everything but parsing: reconcile the landing tables with the raw folder (deleted reports leave), "
                "rebuild the marts, validate, publish. Used when no report is new or changed.",
    tags=WRITER_TAGS,
    executor_def=dg.in_process_executor,
)


def partition_range_tags(first: str, last: str) -> dict[str, str]:
    """Run tags that make one run cover the partitions first..last (a single-run backfill)."""
    return {
        "dagster/asset_partition_range_start": first,
        "dagster/asset_partition_range_end": last,
    }


def run_request_for(plan, run_key: str | None = None) -> dg.RunRequest:
    """One run for a `warehouse.plan.RunPlan`: the pipeline over the partition range
    holding every new or changed report, or, with none, the rebuild without parsing."""
    span = plan.partition_range
    if span is None:
        return dg.RunRequest(run_key=run_key, job_name=rebuild_job.name, tags=dict(WRITER_TAGS))
    return dg.RunRequest(run_key=run_key, job_name=pipeline_job.name,
                         tags={**WRITER_TAGS, **partition_range_tags(*span)})


def partition_requests(plan) -> list:
    """Dynamic-partition changes that make Dagster's report partitions match the folder."""
    from dagster_project.defs.assets.reports import report_partitions

    requests = []
    if plan.add_partitions:
        requests.append(report_partitions.build_add_request(plan.add_partitions))
    if plan.delete_partitions:
        requests.append(report_partitions.build_delete_request(plan.delete_partitions))
    return requests
