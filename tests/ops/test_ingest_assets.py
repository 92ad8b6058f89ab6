"""The two ingest assets materialized by Dagster on their own (no dbt: seconds),
published with the real `files.publish` between runs."""
from __future__ import annotations

import dagster as dg
import pytest
from ops_helpers import FIXTURE_REPORTS, fixture_text, table_rows

from dagster_project.defs.assets.reports import landed_reports, parsed_reports
from dagster_project.defs.resources import WarehouseResource
from dagster_project.loading import files


@pytest.fixture
def ingest(fixture_raw, tmp_path):
    """Materialize the ingest assets over the whole raw folder, publish; returns
    (run, published path, instance); run() returns parsed_reports' metadata."""
    warehouse = WarehouseResource(published_path=str(tmp_path / "wh" / "warehouse.duckdb"),
                                  raw_dir_path=str(fixture_raw))
    instance = dg.DagsterInstance.ephemeral()

    def run() -> dict:
        result = dg.materialize([parsed_reports, landed_reports], instance=instance,
                                resources={"warehouse": warehouse})
        assert result.success
        files.publish(warehouse.build, warehouse.published)
        [mat] = result.asset_materializations_for_node("parsed_reports")
        return {k: v.value for k, v in mat.metadata.items()}

    return run, warehouse.published, instance


def test_only_new_or_changed_files_are_parsed(ingest, fixture_raw):
    run, published, _ = ingest
    first = run()
    assert first["parsed"] == 3 and first["parsed_reports"] == ["alpha-2023", "beta-2023", "gamma-2024"]
    again = run()
    assert again["parsed"] == 0 and again["unchanged"] == 3 and again["parsed_reports"] == []
    (fixture_raw / "beta-2023.txt").write_text(fixture_text("beta-2023").replace("4.8%", "4.9%"), encoding="utf-8")
    changed = run()
    assert changed["parsed_reports"] == ["beta-2023"] and changed["unchanged"] == 2
    # A new file and a deleted one: only the new one is parsed; the deleted one leaves.
    (fixture_raw / "zeta-2024.txt").write_text(fixture_text("zeta-2024"), encoding="utf-8")
    (fixture_raw / "alpha-2023.txt").unlink()
    both = run()
    assert both["parsed_reports"] == ["zeta-2024"] and both["unchanged"] == 2 and both["gone"] == 1
    assert table_rows(published, "select report_id from landing.reports order by 1") == [
        ("beta-2023",), ("gamma-2024",), ("zeta-2024",)]
    assert table_rows(published, "select count(*) from landing.facts where report_id = 'alpha-2023'")[0][0] == 0


def test_a_report_that_turns_bad_stops_serving_its_old_facts(ingest, fixture_raw):
    run, published, _ = ingest
    run()
    assert table_rows(published, "select count(*) from landing.facts where report_id = 'beta-2023'")[0][0] > 0
    (fixture_raw / "beta-2023.txt").write_bytes(b"")
    bad = run()
    assert bad["refused"] == 1 and bad["parsed"] == 0 and bad["unchanged"] == 2
    assert table_rows(published, "select count(*) from landing.facts where report_id = 'beta-2023'")[0][0] == 0
    assert table_rows(published, "select source_file, problem from landing.load_errors") == [
        ("beta-2023.txt", "the file is empty")]
    # Unchanged and still bad: not parsed again, the error stays.
    assert run()["refused"] == 0 and table_rows(published, "select count(*) from landing.load_errors")[0][0] == 1
    # Fixed again: loads, and the error is gone.
    (fixture_raw / "beta-2023.txt").write_text(fixture_text("beta-2023"), encoding="utf-8")
    assert run()["parsed_reports"] == ["beta-2023"]
    assert table_rows(published, "select count(*) from landing.load_errors")[0][0] == 0
    assert table_rows(published, "select count(*) from landing.reports")[0][0] == 3


def test_parsing_is_one_unpartitioned_step_with_one_materialization_per_run(ingest, fixture_raw):
    """Dagster stores every event in its own transaction (~130 ms a report with one
    partition per report): a run over N reports must not write events per report."""
    run, published, instance = ingest
    assert parsed_reports.partitions_def is None and landed_reports.partitions_def is None
    # Every fixture report, and two copies of each with a marker line of their own.
    fixtures = sorted(FIXTURE_REPORTS.glob("*.txt"))
    assert len(fixtures) >= 6
    for path in fixtures:
        for copy in ("", "-r1", "-r2"):
            marker = f"\n（副本{copy}）\n" if copy else ""
            (fixture_raw / f"{path.stem}{copy}.txt").write_text(path.read_text(encoding="utf-8") + marker,
                                                                 encoding="utf-8")
    # A Dagster home from before parsing was unpartitioned keeps its report partitions: unused, harmless.
    instance.add_dynamic_partitions("reports", ["alpha-2023", "old-report"])
    meta = run()
    assert meta["parsed"] == 3 * len(fixtures)
    assert table_rows(published, "select count(*) from landing.reports")[0][0] == 3 * len(fixtures)
    [run_record] = instance.get_run_records()
    materializations = instance.get_records_for_run(
        run_record.dagster_run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION).records
    assert [r.event_log_entry.dagster_event.asset_key for r in materializations].count(
        dg.AssetKey("parsed_reports")) == 1
    # The step's whole event stream is a handful of events, whatever the number of reports
    # (7 here: planned, start, a summary line, a line of load warnings, output, materialization, success).
    step_events = [e for e in instance.all_logs(run_record.dagster_run.run_id) if e.step_key == "parsed_reports"]
    assert len(step_events) <= 10, [e.message for e in step_events]
    assert list(instance.get_dynamic_partitions("reports")) == ["alpha-2023", "old-report"]


def test_reports_written_in_batches_land_like_one_by_one(ingest, fixture_raw, monkeypatch):
    """Reports are written several per transaction; a batch boundary or a bad file
    at the end of the folder loses no report and mixes no facts between reports."""
    run, published, _ = ingest
    one_by_one_query = "select report_id, count(*), sum(value) from landing.facts group by 1 order by 1"
    monkeypatch.setattr("dagster_project.defs.assets.reports.WRITE_BATCH", 1)
    run()
    one_by_one = table_rows(published, one_by_one_query)
    # The same folder again, parsed anew in batches of two, with an unreadable file sorted last.
    for path in fixture_raw.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (fixture_raw / "zz-broken-2024.txt").write_bytes(b"")
    monkeypatch.setattr("dagster_project.defs.assets.reports.WRITE_BATCH", 2)
    meta = run()
    assert meta["parsed"] == len(one_by_one) == 3 and meta["refused"] == 1
    assert table_rows(published, one_by_one_query) == one_by_one
    assert table_rows(published, "select count(*) from landing.reports")[0][0] == 3
    assert [src for src, _ in table_rows(published, "select source_file, problem from landing.load_errors")] == [
        "zz-broken-2024.txt"]
