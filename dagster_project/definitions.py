"""The Dagster code location (`dagster dev` loads this; `govreport run` runs it)."""
import dagster as dg

from dagster_project.defs.assets.dbt import dbt_models
from dagster_project.defs.assets.publish import published_warehouse
from dagster_project.defs.assets.quality import data_quality
from dagster_project.defs.assets.reports import staged_reports
from dagster_project.defs.jobs import pipeline_job
from dagster_project.defs.resources import default_resources

defs = dg.Definitions(
    assets=[staged_reports, dbt_models, data_quality, published_warehouse],
    jobs=[pipeline_job],
    resources=default_resources(),
)
