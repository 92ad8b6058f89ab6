"""The sensor and the schedule, evaluated with Dagster's test helpers against a
real raw folder and a real (small) published warehouse."""
from __future__ import annotations

import os

import dagster as dg
import duckdb
import pytest
from ops_helpers import fixture_text

from dagster_project import runtime, settings
from dagster_project.loading import catalog, landing
from dagster_project.loading.ingest import load_report

RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"


@pytest.fixture
def defs():
    runtime.quiet_environment()
    runtime.ensure_dbt_manifest()
    from dagster_project.definitions import defs

    return defs


@pytest.fixture
def folder(fixture_raw, tmp_path, monkeypatch):
    """The sensor reads the same settings as every run: point them at a temp folder."""
    warehouse = tmp_path / "warehouse" / "warehouse.duckdb"
    monkeypatch.setenv(settings.RAW_DIR_ENV, str(fixture_raw))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    return fixture_raw, warehouse


def publish_staging(raw, warehouse) -> None:
    """A published warehouse whose landing tables match the folder, as a finished run leaves it."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse))
    try:
        landing.ensure_schema(con)
        for path in sorted(raw.glob("*.txt")):
            report = load_report(path)
            landing.replace_report(con, report.staging_row(catalog.parser_digest()), report.parsed.facts)
    finally:
        con.close()


def evaluate_sensor(defs, instance, cursor=None):
    sensor = defs.get_sensor_def("new_reports_sensor")
    return sensor(dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs))


def apply_partition_requests(instance, result) -> None:
    """What the daemon does with a sensor's dynamic partition requests."""
    for request in result.dynamic_partitions_requests:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)


def test_sensor_and_schedule_are_in_the_code_location(defs):
    assert defs.get_sensor_def("new_reports_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    schedule = defs.get_schedule_def("daily_pipeline_schedule")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.job_name == "govreport_pipeline"


def test_sensor_adds_partitions_and_asks_for_one_run(defs, folder):
    raw, warehouse = folder
    with dg.instance_for_test() as instance:
        result = evaluate_sensor(defs, instance)
        assert isinstance(result, dg.SensorResult)
        [add] = result.dynamic_partitions_requests
        assert list(add.partition_keys) == ["alpha-2023", "beta-2023", "gamma-2024"]
        [run] = result.run_requests  # one run for all three, not one per report
        assert run.job_name == "govreport_pipeline"
        assert (run.tags[RANGE_START], run.tags[RANGE_END]) == ("alpha-2023", "gamma-2024")
        assert run.tags["govreport/writes"] == "warehouse"
        # Evaluated again before the run finished: the same run_key, so Dagster launches it once.
        apply_partition_requests(instance, result)
        again = evaluate_sensor(defs, instance, cursor=result.cursor)
        assert again.run_requests[0].run_key == run.run_key and not again.dynamic_partitions_requests


def test_sensor_notices_content_not_mtime_and_deletions(defs, folder):
    raw, warehouse = folder
    publish_staging(raw, warehouse)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("reports", ["alpha-2023", "beta-2023", "gamma-2024"])
        quiet = evaluate_sensor(defs, instance)
        assert isinstance(quiet, dg.SkipReason), quiet

        # Same size, same mtime, different content: only a hash notices.
        path = raw / "beta-2023.txt"
        stat = path.stat()
        path.write_text(fixture_text("beta-2023").replace("315.2", "319.5"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
        changed = evaluate_sensor(defs, instance)
        [run] = changed.run_requests
        assert (run.tags[RANGE_START], run.tags[RANGE_END]) == ("beta-2023", "beta-2023")

        # A new report and a deleted one: partition added and removed; the run covers the new one.
        (raw / "zeta-2024.txt").write_text(fixture_text("zeta-2024"), encoding="utf-8")
        (raw / "alpha-2023.txt").unlink()
        both = evaluate_sensor(defs, instance)
        kinds = {type(r).__name__: list(r.partition_keys) for r in both.dynamic_partitions_requests}
        assert kinds == {"AddDynamicPartitionsRequest": ["zeta-2024"],
                         "DeleteDynamicPartitionsRequest": ["alpha-2023"]}
        [run] = both.run_requests
        assert (run.tags[RANGE_START], run.tags[RANGE_END]) == ("beta-2023", "zeta-2024")

        # Only a deletion: no parsing, the rebuild job removes its facts.
        (raw / "zeta-2024.txt").unlink()
        path.write_text(fixture_text("beta-2023"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        apply_partition_requests(instance, both)
        deleted = evaluate_sensor(defs, instance)
        [run] = deleted.run_requests
        assert run.job_name == "govreport_rebuild" and RANGE_START not in run.tags


def test_schedule_runs_every_partition_in_one_run(defs, folder):
    raw, warehouse = folder
    publish_staging(raw, warehouse)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("reports", ["old-report"])  # its file is gone
        schedule = defs.get_schedule_def("daily_pipeline_schedule")
        request = schedule(dg.build_schedule_context(instance=instance))
        assert request.job_name == "govreport_pipeline"
        assert (request.tags[RANGE_START], request.tags[RANGE_END]) == ("alpha-2023", "gamma-2024")
        assert list(instance.get_dynamic_partitions("reports")) == ["alpha-2023", "beta-2023", "gamma-2024"]
