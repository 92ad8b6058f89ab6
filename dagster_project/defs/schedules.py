"""The daily run of the whole pipeline, for a scheduler that runs unattended.

It brings the report partitions in line with the raw folder and runs every
partition in ONE run; the ingest step still parses only files whose content (or
the parser) changed, so the daily run mostly rebuilds and re-validates the marts.
The Dagster daemon fires it: `dagster dev` starts one, or run `dagster-daemon run`.
"""
import dagster as dg

from dagster_project import settings
from dagster_project.defs.assets.reports import report_partitions
from dagster_project.defs.jobs import pipeline_job, run_request_for
from dagster_project.loading.plan import plan_run


def _sync_partitions(instance: dg.DagsterInstance, plan) -> None:
    # Schedules cannot return partition requests as sensors do: apply them here.
    if plan.add_partitions:
        instance.add_dynamic_partitions(report_partitions.name, plan.add_partitions)
    for key in plan.delete_partitions:
        instance.delete_dynamic_partition(report_partitions.name, key)


@dg.schedule(
    name="daily_pipeline_schedule",
    cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai",
    job=pipeline_job,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 03:00 (Beijing time): the whole pipeline over every report partition "
                "in one run.",
)
def daily_pipeline_schedule(context: dg.ScheduleEvaluationContext):
    raw = settings.raw_dir()
    if not raw.is_dir():
        return dg.SkipReason(f"{raw}: the raw report folder does not exist")
    partitions = list(context.instance.get_dynamic_partitions(report_partitions.name))
    plan = plan_run(raw, settings.warehouse_path(), partitions, force=True)
    _sync_partitions(context.instance, plan)
    if plan.partition_range is None:
        return dg.SkipReason(f"no reports in {raw}; the sensor publishes removals")
    return run_request_for(plan)
