"""A sensor that watches the raw folder by content hash and launches runs.

Each tick hashes every report file (sha256; a 10 MB report hashes in milliseconds) and
compares with the published warehouse, not with the sensor's own memory: a run
that failed leaves the warehouse unchanged, so the change is still pending (and
the daily schedule retries it). The run_key (a fingerprint of the folder's
content) keeps one content state from launching twice.
"""
import dagster as dg

from dagster_project import settings
from dagster_project.defs.jobs import pipeline_job, rebuild_job, run_request_for
from dagster_project.loading.plan import plan_run


@dg.sensor(
    name="new_reports_sensor",
    jobs=[pipeline_job, rebuild_job],
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Notices new, changed and deleted report files in the raw folder (by sha256) and "
                "launches one run for all of them.",
)
def new_reports_sensor(context: dg.SensorEvaluationContext):
    raw = settings.raw_dir()
    if not raw.is_dir():
        return dg.SkipReason(f"{raw}: the raw report folder does not exist")
    plan = plan_run(raw, settings.warehouse_path())
    if plan.nothing_to_do:
        return dg.SkipReason(f"no new, changed or deleted reports ({len(plan.folder.reports)} in {raw})")
    fingerprint = plan.fingerprint()
    return dg.SensorResult(run_requests=[run_request_for(plan, run_key=fingerprint)], cursor=fingerprint)
