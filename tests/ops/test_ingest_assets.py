"""The two ingest assets materialized by Dagster on their own (no dbt: seconds),
published with the real `files.publish` between runs."""
from __future__ import annotations

import dagster as dg
import pytest
from ops_helpers import fixture_text, table_rows

from dagster_project.defs.assets.reports import landed_reports, parsed_report, report_partitions
from dagster_project.defs.jobs import partition_range_tags
from dagster_project.defs.resources import WarehouseResource
from dagster_project.loading import files


@pytest.fixture
def ingest(fixture_raw, tmp_path):
    """Materialize ingest over partitions first..last, publish, return parsed_report's metadata."""
    warehouse = WarehouseResource(published_path=str(tmp_path / "wh" / "warehouse.duckdb"),
                                  raw_dir_path=str(fixture_raw))
    instance = dg.DagsterInstance.ephemeral()

    def run(first: str, last: str) -> dict:
        keys = sorted(p.stem for p in fixture_raw.glob("*.txt"))
        instance.add_dynamic_partitions(report_partitions.name,
                                        [k for k in keys if not instance.has_dynamic_partition(report_partitions.name, k)])
        result = dg.materialize([parsed_report, landed_reports], instance=instance,
                                resources={"warehouse": warehouse}, tags=partition_range_tags(first, last))
        assert result.success
        files.publish(warehouse.build, warehouse.published)
        [mat, *_] = [m for m in result.asset_materializations_for_node("parsed_report")]
        return {k: v.value for k, v in mat.metadata.items()}

    return run, warehouse.published


def test_a_range_parses_only_changed_files(ingest, fixture_raw):
    run, published = ingest
    first = run("alpha-2023", "gamma-2024")
    assert first["parsed"] == 3 and first["parsed_reports"] == ["alpha-2023", "beta-2023", "gamma-2024"]
    again = run("alpha-2023", "gamma-2024")
    assert again["parsed"] == 0 and again["unchanged"] == 3
    (fixture_raw / "beta-2023.txt").write_text(fixture_text("beta-2023").replace("4.8%", "4.9%"), encoding="utf-8")
    changed = run("alpha-2023", "gamma-2024")
    assert changed["parsed_reports"] == ["beta-2023"] and changed["unchanged"] == 2


def test_a_report_that_turns_bad_stops_serving_its_old_facts(ingest, fixture_raw):
    run, published = ingest
    run("alpha-2023", "gamma-2024")
    assert table_rows(published, "select count(*) from landing.facts where report_id = 'beta-2023'")[0][0] > 0
    (fixture_raw / "beta-2023.txt").write_bytes(b"")
    bad = run("beta-2023", "beta-2023")
    assert bad["refused"] == 1
    assert table_rows(published, "select count(*) from landing.facts where report_id = 'beta-2023'")[0][0] == 0
    assert table_rows(published, "select source_file, problem from landing.load_errors") == [
        ("beta-2023.txt", "the file is empty")]
    # Fixed again: loads, and the error is gone.
    (fixture_raw / "beta-2023.txt").write_text(fixture_text("beta-2023"), encoding="utf-8")
    run("beta-2023", "beta-2023")
    assert table_rows(published, "select count(*) from landing.load_errors")[0][0] == 0
    assert table_rows(published, "select count(*) from landing.reports")[0][0] == 3
