"""A raw folder over real pipeline runs (shared by the tests below, in order):

1. first load: odd encodings and odd texts load (with warnings), every unreadable
   input gets its own error, a file that is no report is named;
2. the same folder again: nothing is parsed, nothing is rebuilt;
3. one report deleted: it leaves, nothing is parsed (the rebuild job);
4. two reports new (one a later report of a place already loaded), one changed,
   one deleted, while `govreport query` runs against the published file the whole time;
5. that later report deleted again: the earlier report's targets lose its outcomes;
6. the final folder from scratch into a new warehouse: row for row the same
   as the incremental result, and the same HTML report.

Runs 3 to 5 go the incremental way: dbt builds only the new and changed reports
(what each incremental model's compiled SQL selects, from dbt's run_results), or
for the models that pair a place's reports, only their places; and the HTML report
renders only their pages.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import pytest
from ops_helpers import (
    BAD_INPUTS,
    GOOD_REPORTS,
    INJECTION,
    NOT_REPORTS,
    ODD_INPUTS,
    fixture_text,
    run_on,
    table_rows,
    warehouse_snapshot,
    write_odd_and_bad_inputs,
)

from dagster_project import runtime, settings

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("incremental")

GOVREPORT = str(Path(sys.executable).with_name("govreport"))
STATE_SQL = "select string_agg(report_id || '=' || sha256, ' ' order by report_id) from landing.reports"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Each run's outcome and warehouse snapshot, filled in by the tests in order."""
    base = tmp_path_factory.mktemp("incremental")
    raw = base / "raw"
    write_odd_and_bad_inputs(raw)
    return {"base": base, "raw": raw, "warehouse": base / "warehouse" / "warehouse.duckdb"}


def last_run(instance: dg.DagsterInstance):
    [record] = instance.get_run_records(limit=1)
    return record.dagster_run


def materializations(instance: dg.DagsterInstance, run_id: str, asset: str) -> int:
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION).records
    return sum(1 for r in records if r.event_log_entry.dagster_event.asset_key == dg.AssetKey(asset))


# The models incremental by report (dbt/macros/incremental.sql).
INCREMENTAL_MODELS = {
    "int_fact_structure", "int_indicator_matches", "fct_indicator_values", "fct_targets",
    "fct_classification_coverage", "int_change_with_levels", "fct_check_fact_structure", "fct_check_quarantine",
    "fct_check_growth_levels", "fct_check_multiples", "fct_check_average_levels", "fct_check_average_cumulative",
    "fct_check_parts_within_totals", "fct_check_repeated_statements", "fct_check_shares", "fct_check_results",
}
# The models incremental by place (dbt/macros/incremental.sql), with what their compiled SQL
# filters on: a target's outcome comes from a later report of the same place.
PLACE_MODELS = {"int_target_outcomes": "reports.place", "fct_target_attainment": "place",
                "fct_target_panel_candidates": "coalesce(admin_code, place, 'unknown')"}
# Tables with a report_id: a deleted report must leave each.
REPORT_TABLES = ("landing.reports", "landing.facts", "dim_report", "fct_indicator_values", "fct_targets",
                 "fct_classification_coverage", "fct_check_quarantine", "fct_check_fact_structure",
                 "fct_check_results", "transform.int_fact_structure")


def dbt_artifact(warehouse: Path, run_id: str, name: str) -> dict:
    """One of dbt's artifacts of this Dagster run, in the warehouse's own dbt target folder
    (settings.dbt_target_dir; the project's manifest may be rewritten meanwhile by a test on
    the other worker), written during the run."""
    path = settings.dbt_target_dir(warehouse) / name
    started = dg.DagsterInstance.get().get_run_record_by_id(run_id).start_time
    assert path.stat().st_mtime >= started, f"{path} is older than run {run_id}"
    return json.loads(path.read_text(encoding="utf-8"))


def dbt_results(warehouse: Path, run_id: str) -> list[dict]:
    """What dbt ran in this Dagster run: its run_results.json."""
    return dbt_artifact(warehouse, run_id, "run_results.json")["results"]


def reports_built(warehouse: Path, run_id: str) -> dict[str, list[str] | None]:
    """Per incremental model, the reports dbt built in this Dagster run, read from the
    SQL it ran (dbt's run_results.json in the run's target folder): the report ids of its
    `report_id in (…)` filter, [] for `in (null)`, None where it built every report."""
    built = {}
    for result in dbt_results(warehouse, run_id):
        name = result["unique_id"].split(".")[-1]
        if result["unique_id"].startswith("model.") and name in INCREMENTAL_MODELS:
            assert result["status"] == "success", result
            lists = re.findall(r"report_id in \(([^)]*)\)", result["compiled_code"])
            built[name] = None if not lists else sorted(
                {rid for listed in lists for rid in re.findall(r"'([^']*)'", listed)})
    assert built.keys() == INCREMENTAL_MODELS
    return built


def places_built(warehouse: Path, run_id: str) -> dict[str, list[str]]:
    """Per model incremental by place, the places dbt built in this Dagster run (its
    `<place> in (…)` filter, [] for `in (null)`)."""
    built = {}
    for result in dbt_results(warehouse, run_id):
        name = result["unique_id"].split(".")[-1]
        if result["unique_id"].startswith("model.") and name in PLACE_MODELS:
            assert result["status"] == "success", result
            [listed] = set(re.findall(re.escape(PLACE_MODELS[name]) + r" in \(([^)]*)\)", result["compiled_code"]))
            built[name] = sorted(re.findall(r"'([^']*)'", listed))
    assert built.keys() == PLACE_MODELS.keys()
    return built


def attainment(warehouse: Path, report_id: str) -> dict[str, tuple]:
    """A report's targets: indicator → (outcome report, attainment)."""
    return {indicator: (outcome, verdict) for indicator, outcome, verdict in table_rows(
        warehouse, "select indicator, outcome_report_id, attainment from fct_target_attainment where report_id = ?",
        [report_id])}


def report_pages(warehouse: Path) -> dict[str, tuple[int, int, bytes]]:
    """Each report's HTML page: (inode, mtime in ns, content)."""
    pages = {}
    for page in (warehouse.parent / "report" / "reports").glob("*.html"):
        stat = page.stat()
        pages[page.stem] = (stat.st_ino, stat.st_mtime_ns, page.read_bytes())
    return pages


def test_first_run_loads_odd_input_and_names_each_bad_file(runs):
    # A Dagster home used before parsing was unpartitioned holds a partition per report:
    # nothing reads them now, and they must not get in the way.
    runtime.quiet_environment()
    dg.DagsterInstance.get().add_dynamic_partitions("reports", ["alpha-2023", "delta-2024", "gone-2020"])
    outcome = run_on(runs["raw"], runs["warehouse"])
    runs["first"] = outcome
    runs["first_loaded_at"] = dict(table_rows(runs["warehouse"], "select report_id, loaded_at from landing.reports"))
    assert outcome.success, outcome.failure
    assert sorted(outcome.parsed) == GOOD_REPORTS
    instance = dg.DagsterInstance.get()
    run = last_run(instance)
    assert run.job_name == "govreport_pipeline" and materializations(instance, run.run_id, "parsed_reports") == 1
    assert list(instance.get_dynamic_partitions("reports")) == ["alpha-2023", "delta-2024", "gone-2020"]
    # A first build builds every report, as tables.
    assert set(reports_built(runs["warehouse"], run.run_id).values()) == {None}
    encodings = dict(table_rows(runs["warehouse"], "select report_id, encoding from dim_report"))
    assert {rid: encodings[rid] for rid in ("alpha-2023", "beta-2023", "big-2024", "delta-2024", "epsilon-2024",
                                             "gamma-2024")} == {
        "alpha-2023": "utf-8", "beta-2023": "gb18030", "big-2024": "utf-8",
        "delta-2024": "utf-8", "epsilon-2024": "utf-16-be", "gamma-2024": "utf-16-le"}
    # A file name that is no usable id still loads, under a derived id.
    assert table_rows(runs["warehouse"], "select source_file from dim_report where report_id = 'bad-name-2024'") == [
        ("Bad Name 2024.txt",)]
    # Odd but readable: loaded, each with its warning.
    warnings = table_rows(runs["warehouse"], "select report_id, warning from landing.load_warnings")
    for rid, phrase in ODD_INPUTS.items():
        assert any(r == rid and phrase in w for r, w in warnings), f"{rid}: {warnings}"
    for name, phrase in NOT_REPORTS.items():
        assert any(r is None and phrase in w for r, w in table_rows(
            runs["warehouse"], "select report_id, warning from landing.load_warnings where source_file = ?", [name]))
        assert name in outcome.summary()
    # Every good report has facts in the marts, the 10 MB one included.
    with_facts = {rid for (rid,) in table_rows(runs["warehouse"],
                                               "select distinct report_id from fct_indicator_values")}
    assert with_facts >= set(GOOD_REPORTS) - {"big-2024"} and "big-2024" in {
        rid for (rid,) in table_rows(runs["warehouse"], "select distinct report_id from landing.facts")}
    errors = dict(table_rows(runs["warehouse"], "select source_file, problem from landing.load_errors"))
    assert set(errors) == set(BAD_INPUTS)
    for name, phrase in BAD_INPUTS.items():
        assert phrase in errors[name], f"{name}: {errors[name]}"
    # The command line fails so that a scheduler notices, names each file, and says so last.
    assert not outcome.ok
    assert sorted(e.split(":")[0] for e in outcome.load_errors) == sorted(BAD_INPUTS)
    assert outcome.summary().splitlines()[-1].startswith("govreport run FAILED: 2 files refused")


def test_report_text_is_stored_as_data(runs):
    rows = table_rows(runs["warehouse"], "select count(*) from landing.facts where sentence like ?",
                      [f"%{INJECTION}%"])
    assert rows[0][0] >= 1, f"the sentence with {INJECTION!r} should be stored verbatim"


def test_unchanged_folder_parses_nothing_and_changes_nothing(runs):
    assert "first" in runs, "needs the first run"
    before = hashlib.sha256(runs["warehouse"].read_bytes()).hexdigest()
    outcome = run_on(runs["raw"], runs["warehouse"])
    assert outcome.success, outcome.failure
    # Same files, same code: the published build is what a run would make; no run.
    assert outcome.up_to_date and outcome.planned == [] and outcome.parsed == []
    assert hashlib.sha256(runs["warehouse"].read_bytes()).hexdigest() == before
    assert not outcome.ok, "the bad files are still there: a scheduler must keep noticing"


def test_a_deleted_report_leaves_without_parsing_anything(runs):
    assert "first" in runs, "needs the first run"
    (runs["raw"] / "delta-2024.txt").unlink()
    outcome = run_on(runs["raw"], runs["warehouse"])
    assert outcome.success, outcome.failure
    assert outcome.parsed == [] and outcome.removed == ["delta-2024"] and not outcome.up_to_date
    for table in REPORT_TABLES:
        assert table_rows(runs["warehouse"], f"select count(*) from {table} where report_id = 'delta-2024'")[0][0] == 0
    loaded_at = dict(table_rows(runs["warehouse"], "select report_id, loaded_at from landing.reports"))
    assert loaded_at == {k: v for k, v in runs["first_loaded_at"].items() if k != "delta-2024"}
    # The rebuild job: the parse step did not even start.
    run = last_run(dg.DagsterInstance.get())
    assert run.job_name == "govreport_rebuild"
    # dbt built no report again: the deleted one's rows were only deleted.
    assert reports_built(runs["warehouse"], run.run_id) == {model: [] for model in INCREMENTAL_MODELS}


def _query_loop(warehouse: Path, stop: threading.Event, results: list) -> None:
    """`govreport query` against the published file, again and again, until stopped."""
    marker = warehouse.parent / ".build" / (warehouse.name + ".run")
    env = {**os.environ, "GOVREPORT_WAREHOUSE": str(warehouse)}
    while not stop.is_set():
        during_run = marker.exists()
        proc = subprocess.run([GOVREPORT, "query", "--format", "csv", STATE_SQL],
                              capture_output=True, text=True, env=env, timeout=60)
        results.append((during_run and marker.exists(), proc.returncode, proc.stdout.strip().splitlines()[-1:],
                        proc.stderr.strip()[-300:]))


def test_new_changed_and_deleted_reports_while_readers_query(runs):
    assert "first" in runs, "needs the first run"
    raw, warehouse = runs["raw"], runs["warehouse"]
    before = table_rows(warehouse, STATE_SQL)[0][0]
    (raw / "zeta-2024.txt").write_text(fixture_text("zeta-2024"), encoding="utf-8")          # new
    (raw / "epsilon-2025.txt").write_text(fixture_text("epsilon-2025"), encoding="utf-8")    # new: 克拉玛依市 again
    beta = fixture_text("beta-2023").replace("315.2亿元", "318.9亿元").replace("\n", "\r\n")
    (raw / "beta-2023.txt").write_bytes(beta.encode("gb18030"))                              # changed
    (raw / "gamma-2024.txt").unlink()                                                        # deleted

    pages_before = report_pages(warehouse)
    stop, results, outcome = threading.Event(), [], {}
    readers = threading.Thread(target=_query_loop, args=(warehouse, stop, results))
    readers.start()
    try:
        outcome["value"] = run_on(raw, warehouse)
    finally:
        time.sleep(0.5)
        stop.set()
        readers.join()
    outcome = outcome["value"]
    runs["third"] = outcome
    assert outcome.success, outcome.failure
    assert sorted(outcome.parsed) == ["beta-2023", "epsilon-2025", "zeta-2024"]
    assert outcome.removed == ["gamma-2024"]

    after = table_rows(warehouse, STATE_SQL)[0][0]
    assert after != before
    # Readers never failed and saw the old or the new state, never a mix; some of
    # them queried while the run was writing its build copy.
    assert results and all(code == 0 for _, code, _, _ in results), results
    seen = {rows[0] if rows else None for _, _, rows, _ in results}
    assert seen <= {before, after}, seen
    assert any(during for during, *_ in results), "no query overlapped the run"

    # The deleted report left every table; the changed one has only its new figures.
    for table in REPORT_TABLES:
        assert table_rows(warehouse, f"select count(*) from {table} where report_id = 'gamma-2024'")[0][0] == 0
    texts = {t for (t,) in table_rows(warehouse, "select text from landing.facts where report_id = 'beta-2023'")}
    assert "318.9亿元" in texts and "315.2亿元" not in texts
    # Unchanged reports were not touched.
    loaded_at = dict(table_rows(warehouse, "select report_id, loaded_at from landing.reports"))
    for rid in ("alpha-2023", "big-2024", "epsilon-2024"):
        assert loaded_at[rid] == runs["first_loaded_at"][rid]
    # One run of the pipeline, with one materialization of the parse step for both reports.
    instance = dg.DagsterInstance.get()
    run = last_run(instance)
    assert run.job_name == "govreport_pipeline" and materializations(instance, run.run_id, "parsed_reports") == 1
    # dbt built the new and the changed report only, in every incremental model.
    assert reports_built(warehouse, run.run_id) == {
        model: ["beta-2023", "epsilon-2025", "zeta-2024"] for model in INCREMENTAL_MODELS}
    # Models that pair a place's reports built the places of the new, changed and deleted
    # reports (the other fixtures' places are fictitious: unknown), the panel by division
    # code: 克拉玛依市's 2024 targets, in a report unchanged, now meet their outcomes in
    # the new 2025 report.
    assert places_built(warehouse, run.run_id) == {
        "int_target_outcomes": ["unknown", "克拉玛依市"], "fct_target_attainment": ["unknown", "克拉玛依市"],
        "fct_target_panel_candidates": ["650200", "unknown"]}
    assert attainment(warehouse, "epsilon-2024") == {"地区生产总值": ("epsilon-2025", "met"),
                                                     "进出口总额": ("epsilon-2025", "missed")}
    # In the warehouse's one dbt target folder, whose partial parse the next run reuses; none of its own.
    assert (settings.dbt_target_dir(warehouse) / "partial_parse.msgpack").is_file()
    assert not list((settings.DBT_DIR / "target").glob(f"dbt_models-{run.run_id[:7]}-*"))
    # Nor did it load the seeds again or rebuild what seeds alone make (the same dbt project
    # made them last run); every test keeps a row in quality.dbt_test_results.
    ran = {result["unique_id"] for result in dbt_results(warehouse, run.run_id)}
    assert not {uid for uid in ran if uid.startswith("seed.")} and "model.govreport.dim_sector" not in ran
    manifest = dbt_artifact(warehouse, run.run_id, "manifest.json")
    tests = {uid for uid, node in manifest["nodes"].items() if node["resource_type"] == "test"}
    assert tests - ran, "the seeds' own tests were not run again"
    assert {uid for (uid,) in table_rows(warehouse, "select unique_id from quality.dbt_test_results")} == tests

    # The HTML report: the changed report's page is rewritten, the deleted one's gone, the
    # new one's there; unchanged reports' pages are kept as they were (the same file), unless
    # what they show moved with the others (how many reports state each of their indicators).
    pages_after = report_pages(warehouse)
    assert "gamma-2024" not in pages_after and "zeta-2024" in pages_after
    assert pages_after["beta-2023"][:2] != pages_before["beta-2023"][:2]
    assert "318.9亿元" in pages_after["beta-2023"][2].decode() and "318.9亿元" not in pages_before["beta-2023"][2].decode()
    unchanged = sorted(set(pages_before) - {"beta-2023", "gamma-2024"})
    kept = [rid for rid in unchanged if pages_after[rid][:2] == pages_before[rid][:2]]
    assert "recipe-2024" in kept, (kept, unchanged)
    assert all(pages_after[rid][2] == pages_before[rid][2] for rid in kept)


def test_a_deleted_outcome_report_takes_its_outcomes_from_the_targets_of_its_place(runs):
    assert "third" in runs, "needs the incremental run"
    (runs["raw"] / "epsilon-2025.txt").unlink()
    outcome = run_on(runs["raw"], runs["warehouse"])
    runs["fourth"] = outcome
    assert outcome.success, outcome.failure
    assert outcome.removed == ["epsilon-2025"]
    run = last_run(dg.DagsterInstance.get())
    # Only 克拉玛依市 again: the deleted report's rows named it (its outcomes of epsilon-2024's targets).
    assert places_built(runs["warehouse"], run.run_id) == {
        "int_target_outcomes": ["克拉玛依市"], "fct_target_attainment": ["克拉玛依市"],
        "fct_target_panel_candidates": ["650200"]}
    assert attainment(runs["warehouse"], "epsilon-2024") == {"地区生产总值": (None, "no outcome yet"),
                                                            "进出口总额": (None, "no outcome yet")}


def test_incremental_result_equals_a_run_from_scratch(runs):
    assert "fourth" in runs, "needs the incremental runs"
    raw = runs["base"] / "raw-copy"
    shutil.copytree(runs["raw"], raw)
    scratch = runs["base"] / "scratch" / "warehouse.duckdb"
    outcome = run_on(raw, scratch)
    assert outcome.success, outcome.failure
    incremental, fresh = warehouse_snapshot(runs["warehouse"]), warehouse_snapshot(scratch)
    assert incremental.keys() == fresh.keys()
    # Every mart and check table, and what Great Expectations found.
    assert {"main.fct_indicator_values", "main.fct_targets", "main.fct_target_panel", "main.fct_check_results",
            "main.fct_check_quarantine", "transform.int_indicator_matches", "quality.expectation_results"} <= set(fresh)
    for table in incremental:
        assert incremental[table] == fresh[table], f"{table} differs between incremental and from-scratch runs"
    # The same HTML report, page for page (only the pages of changed reports were rendered again).
    site, fresh_site = runs["warehouse"].parent / "report", scratch.parent / "report"
    pages = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert pages == sorted(p.relative_to(fresh_site) for p in fresh_site.rglob("*") if p.is_file())
    for page in pages:
        assert (site / page).read_bytes() == (fresh_site / page).read_bytes(), f"{page} differs"
