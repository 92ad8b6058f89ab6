"""The jobs: the whole pipeline (parsing only new or changed reports), and a rebuild without parsing.

Both write the warehouse, so both carry WRITER_TAGS: the run queue (dagster.yaml,
written by runtime.py) starts at most one run with that tag at a time, and the
writer lock (warehouse/files.py) refuses any other writer that bypasses the queue.
"""
import dagster as dg

from dagster_project.defs.assets.reports import parsed_reports

WRITER_TAG = "govreport/writes"
WRITER_TAGS = {WRITER_TAG: "warehouse"}

pipeline_job = dg.define_asset_job(
    name="govreport_pipeline",
    selection=dg.AssetSelection.all(),
    description="Raw reports (new or changed files only) → landing tables → dbt marts and tests "
                "→ Great Expectations → publish, in one run however many reports changed.",
    tags=WRITER_TAGS,
    # One process: start-up (imports, dbt) is the cost to cut, and DuckDB takes
    # one writer at a time anyway.
    executor_def=dg.in_process_executor,
)

rebuild_job = dg.define_asset_job(
    name="govreport_rebuild",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(parsed_reports),
    description="Everything but parsing: reconcile the landing tables with the raw folder (deleted reports leave), "
                "rebuild the marts, validate, publish. Used when no report is new or changed.",
    tags=WRITER_TAGS,
    executor_def=dg.in_process_executor,
)


def job_for(plan):
    """The job for a `loading.plan.RunPlan`: the pipeline when a report is new or
    changed, else the rebuild without parsing (deletions, skipped files, new code)."""
    return pipeline_job if plan.to_parse else rebuild_job


def run_request_for(plan, run_key: str | None = None) -> dg.RunRequest:
    """One run for a `loading.plan.RunPlan`, whatever the number of reports in it."""
    return dg.RunRequest(run_key=run_key, job_name=job_for(plan).name, tags=dict(WRITER_TAGS))
