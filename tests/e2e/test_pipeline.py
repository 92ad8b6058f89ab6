"""End to end: the real Dagster job (landing tables, dbt build with its tests, Great
Expectations, publish) on the seed report, into a temporary warehouse."""
from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from dagster_project import settings

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

MARTS = ["dim_report", "dim_indicator", "dim_period", "fct_indicator_values", "fct_targets"]
CONTRACT = ["report_id", "offset", "text", "indicator", "kind", "value", "value_high", "unit",
            "period", "base_period", "status", "qualifier"]


def test_a_run_takes_its_settings_as_values(seed_warehouse, isolated_environment):
    """The run got its warehouse and raw folder as values (run_pipeline's Settings,
    the resource's run config, dbt's profile beside the build file): it wrote none
    of them into this process's environment, which still names the session's default."""
    import os

    from dagster_project import settings

    _, path = seed_warehouse
    assert os.environ[settings.WAREHOUSE_ENV] == str(isolated_environment / "default" / "warehouse.duckdb")
    assert settings.RAW_DIR_ENV not in os.environ and "GOVREPORT_BUILD_DB" not in os.environ
    assert not (isolated_environment / "default").exists()  # nothing went to the default warehouse
    profile = path.parent / ".build" / "dbt_profile" / "profiles.yml"
    assert str(settings.build_path(path)) in profile.read_text(encoding="utf-8")


def test_run_succeeds_and_publishes(seed_warehouse):
    outcome, path = seed_warehouse
    assert outcome.success, outcome.summary()
    assert outcome.ok, outcome.summary()
    assert path.exists()
    # The build copy was renamed over the published file: nothing is left behind.
    assert not (path.parent / ".build" / path.name).exists()
    assert outcome.reports == 1
    assert outcome.dbt_checks_passed > 0 and not outcome.dbt_checks_failed
    assert outcome.expectations_passed > 0
    assert (outcome.data_docs / "index.html").exists()


def test_every_dbt_test_outcome_is_in_the_warehouse(seed_warehouse):
    outcome, path = seed_warehouse
    manifest = json.loads((settings.DBT_DIR / "target" / "manifest.json").read_text(encoding="utf-8"))
    tests = {uid for uid, node in manifest["nodes"].items() if node["resource_type"] == "test"}
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("select unique_id, model, status from quality.dbt_test_results").fetchall()
    con.close()
    assert {uid for uid, _, _ in rows} == tests
    assert outcome.dbt_checks_passed == len(tests) == sum(status == "pass" for *_, status in rows)
    assert ("test.govreport.unique_fct_indicator_values_fact_id" in {uid.rsplit(".", 1)[0] for uid in tests})
    assert {model for uid, model, _ in rows if "fct_indicator_values_fact_id" in uid} == {"fct_indicator_values"}


@pytest.mark.parametrize("mart", MARTS)
def test_marts_have_rows(seed_warehouse, mart):
    _, path = seed_warehouse
    con = duckdb.connect(str(path), read_only=True)
    try:
        n = con.execute(f"select count(*) from main.{mart}").fetchone()[0]
    finally:
        con.close()
    assert n > 0, f"{mart} is empty"


def test_seed_report_metadata(seed_warehouse):
    _, path = seed_warehouse
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute(
            "select report_id, place, report_year, encoding, length(sha256) from main.dim_report").fetchone()
    finally:
        con.close()
    assert row == ("urumqi-2021", "乌鲁木齐市", 2021, "utf-8", 64)


def test_values_are_normalised_to_base_units(seed_warehouse):
    _, path = seed_warehouse
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "select value, value_base, base_unit from main.fct_indicator_values "
            "where unit = '亿元' order by char_offset limit 5").fetchall()
    finally:
        con.close()
    assert rows
    for value, value_base, base_unit in rows:
        assert base_unit == "元"
        assert value_base == pytest.approx(value * 1e8)


def _govreport(*args: str, warehouse) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dagster_project.cli", *args, "--warehouse", str(warehouse)],
                          capture_output=True, text=True, timeout=120)


def test_facts_command_prints_the_contract(seed_warehouse):
    _, path = seed_warehouse
    done = _govreport("facts", warehouse=path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) > 100
    for row in rows:
        assert set(CONTRACT) <= set(row)
    gdp = [r for r in rows if r["text"] == "3500亿元"]
    assert gdp and gdp[0]["kind"] == "value" and gdp[0]["value"] == 3500 and gdp[0]["period"] == "2020"


def test_query_command_is_read_only(seed_warehouse):
    _, path = seed_warehouse
    done = _govreport("query", "select count(*) as n from dim_report", warehouse=path)
    assert done.returncode == 0, done.stderr
    assert "1" in done.stdout
    refused = _govreport("query", "delete from main.dim_report", warehouse=path)
    assert refused.returncode != 0
    assert "read-only" in refused.stderr.lower()
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("select count(*) from main.dim_report").fetchone()[0] == 1
    finally:
        con.close()


def test_query_on_a_missing_warehouse_says_so(tmp_path):
    done = _govreport("query", "select 1", warehouse=tmp_path / "none.duckdb")
    assert done.returncode == 2
    assert "no warehouse there yet" in done.stderr
