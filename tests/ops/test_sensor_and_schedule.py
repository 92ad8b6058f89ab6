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

WRITER_TAGS = {"govreport/writes": "warehouse"}


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


def test_sensor_and_schedule_are_in_the_code_location(defs):
    assert defs.get_sensor_def("new_reports_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    schedule = defs.get_schedule_def("daily_pipeline_schedule")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.job_name == "govreport_pipeline"


def test_sensor_asks_for_one_run_for_all_new_reports(defs, folder):
    raw, warehouse = folder
    with dg.instance_for_test() as instance:
        result = evaluate_sensor(defs, instance)
        assert isinstance(result, dg.SensorResult)
        [run] = result.run_requests  # one run for all three, not one per report
        assert run.job_name == "govreport_pipeline" and run.run_key
        assert run.tags == WRITER_TAGS and run.partition_key is None  # no partitions: the run parses what changed
        assert not result.dynamic_partitions_requests
        # Evaluated again before the run finished: the same run_key, so Dagster launches it once.
        again = evaluate_sensor(defs, instance, cursor=result.cursor)
        assert again.run_requests[0].run_key == run.run_key


def test_sensor_notices_content_not_mtime_and_deletions(defs, folder):
    raw, warehouse = folder
    publish_staging(raw, warehouse)
    with dg.instance_for_test() as instance:
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
        assert run.job_name == "govreport_pipeline" and run.tags == WRITER_TAGS

        # A new report and a deleted one besides: still one run, a new content state, a new run_key.
        (raw / "zeta-2024.txt").write_text(fixture_text("zeta-2024"), encoding="utf-8")
        (raw / "alpha-2023.txt").unlink()
        both = evaluate_sensor(defs, instance)
        [run_both] = both.run_requests
        assert run_both.job_name == "govreport_pipeline" and run_both.run_key != run.run_key

        # Only a deletion: no parsing, the rebuild job removes its facts.
        (raw / "zeta-2024.txt").unlink()
        path.write_text(fixture_text("beta-2023"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        deleted = evaluate_sensor(defs, instance)
        [run] = deleted.run_requests
        assert run.job_name == "govreport_rebuild" and run.tags == WRITER_TAGS


def test_sensor_notices_a_new_skipped_file(defs, folder):
    """A file that is no report (or a copy of one) changes what the warehouse records
    as skipped: a run without parsing records it."""
    raw, warehouse = folder
    publish_staging(raw, warehouse)
    with dg.instance_for_test() as instance:
        assert isinstance(evaluate_sensor(defs, instance), dg.SkipReason)
        (raw / "notes.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
        [run] = evaluate_sensor(defs, instance).run_requests
        assert run.job_name == "govreport_rebuild"


def test_schedule_launches_one_run_of_the_pipeline(defs, folder, tmp_path, monkeypatch):
    raw, warehouse = folder
    publish_staging(raw, warehouse)
    with dg.instance_for_test() as instance:
        # A Dagster home from before parsing was unpartitioned: its partitions are left alone.
        instance.add_dynamic_partitions("reports", ["old-report"])
        schedule = defs.get_schedule_def("daily_pipeline_schedule")
        # Nothing changed: the daily run still runs (it rebuilds, validates and retries).
        request = schedule(dg.build_schedule_context(instance=instance))
        assert request.job_name == "govreport_pipeline" and request.tags == WRITER_TAGS
        assert request.partition_key is None
        assert list(instance.get_dynamic_partitions("reports")) == ["old-report"]
        # No reports at all: nothing to run.
        empty = tmp_path / "empty"
        empty.mkdir()
        monkeypatch.setenv(settings.RAW_DIR_ENV, str(empty))
        assert isinstance(schedule(dg.build_schedule_context(instance=instance)), dg.SkipReason)
