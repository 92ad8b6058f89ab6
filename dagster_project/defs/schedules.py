"""The daily run of the whole pipeline, for a scheduler that runs unattended.

One run of the pipeline job; its ingest step parses only files whose content (or
the parser) changed, so the daily run mostly rebuilds and re-validates the marts,
and retries whatever a failed run left pending.
The Dagster daemon fires it: `dagster dev` starts one, or run `dagster-daemon run`.
"""
import dagster as dg

from dagster_project import settings
from dagster_project.defs.jobs import WRITER_TAGS, pipeline_job
from dagster_project.loading.plan import plan_run


@dg.schedule(
    name="daily_pipeline_schedule",
    cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai",
    job=pipeline_job,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 03:00 (Beijing time): the whole pipeline in one run (changed reports parsed).",
)
def daily_pipeline_schedule(context: dg.ScheduleEvaluationContext):
    raw = settings.raw_dir()
    if not raw.is_dir():
        return dg.SkipReason(f"{raw}: the raw report folder does not exist")
    plan = plan_run(raw, settings.warehouse_path())
    if not plan.folder.reports:
        return dg.SkipReason(f"no reports in {raw}; the sensor publishes removals")
    return dg.RunRequest(job_name=pipeline_job.name, tags=dict(WRITER_TAGS))
