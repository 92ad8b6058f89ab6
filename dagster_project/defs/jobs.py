"""The one job that materializes the whole pipeline."""
import dagster as dg

pipeline_job = dg.define_asset_job(
    name="govreport_pipeline",
    selection=dg.AssetSelection.all(),
    description="Raw reports → staging → dbt marts and tests → Great Expectations → publish.",
    # One process: start-up (imports, dbt) is the cost to cut, and DuckDB takes
    # one writer at a time anyway.
    executor_def=dg.in_process_executor,
)
