"""The Dagster code location (`dagster dev` loads this; `govreport run` runs it)."""
import dagster as dg

from dagster_project.defs.assets.dbt import dbt_models
from dagster_project.defs.assets.publish import published_warehouse
from dagster_project.defs.assets.quality import data_quality
from dagster_project.defs.assets.reports import landed_reports, parsed_reports
from dagster_project.defs.assets.site import html_report
from dagster_project.defs.jobs import pipeline_job, rebuild_job
from dagster_project.defs.resources import default_resources
from dagster_project.defs.schedules import daily_pipeline_schedule
from dagster_project.defs.sensors import new_reports_sensor
from dagster_project.run_history import keep_run_history_open

# Every process that runs these jobs (`govreport run`, a run the daemon launches)
# stores their events in Dagster's SQLite files: at the cost of a commit (run_history.py).
keep_run_history_open()

defs = dg.Definitions(
    assets=[parsed_reports, landed_reports, dbt_models, data_quality, html_report, published_warehouse],
    jobs=[pipeline_job, rebuild_job],
    sensors=[new_reports_sensor],
    schedules=[daily_pipeline_schedule],
    resources=default_resources(),
)
