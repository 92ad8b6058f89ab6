"""dbt's test outcomes as rows (quality/dbt_tests.py), from small run_results and manifests."""
from __future__ import annotations

import duckdb

from dagster_project.quality import dbt_tests

MANIFEST = {"nodes": {
    "test.p.unique_fct_x_id.1": {"resource_type": "test", "name": "unique_fct_x_id",
                                 "attached_node": "model.p.fct_x", "config": {"severity": "ERROR"}},
    "test.p.rel_y.2": {"resource_type": "test", "name": "rel_y", "attached_node": None,
                       "depends_on": {"nodes": ["model.p.fct_y", "model.p.dim_z"]}, "config": {"severity": "warn"}},
    "model.p.fct_x": {"resource_type": "model", "name": "fct_x"},
}}
RUN_RESULTS = {"results": [
    {"unique_id": "model.p.fct_x", "status": "success", "failures": None, "message": "OK"},
    {"unique_id": "test.p.unique_fct_x_id.1", "status": "fail", "failures": 2, "message": "Got 2 results"},
    {"unique_id": "test.p.rel_y.2", "status": "pass", "failures": 0, "message": None},
]}


def test_one_row_per_test_with_the_model_it_tests():
    rows = dbt_tests.test_results(RUN_RESULTS, MANIFEST)
    assert [(r["test"], r["model"], r["severity"], r["status"], r["failures"]) for r in rows] == [
        ("rel_y", "fct_y", "warn", "pass", 0),
        ("unique_fct_x_id", "fct_x", "error", "fail", 2),
    ]
    assert [r["test"] for r in dbt_tests.failed(rows)] == ["unique_fct_x_id"]


def test_stored_and_counted_back(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    assert dbt_tests.counts(con) == (0, [])  # before any build
    dbt_tests.store(con, dbt_tests.test_results(RUN_RESULTS, MANIFEST))
    assert dbt_tests.counts(con) == (1, ["fct_x: unique_fct_x_id (fail)"])
    dbt_tests.store(con, [])  # a later build replaces the rows
    assert dbt_tests.counts(con) == (0, [])
    con.close()


def test_a_partial_build_replaces_only_the_tests_it_ran(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    dbt_tests.store(con, dbt_tests.test_results(RUN_RESULTS, MANIFEST))
    rerun = {"results": [{"unique_id": "test.p.unique_fct_x_id.1", "status": "pass", "failures": 0, "message": None}]}
    dbt_tests.store(con, dbt_tests.test_results(rerun, MANIFEST), keep_others=True)
    # unique_fct_x_id now passes; rel_y, not run, keeps its last outcome (a pass).
    assert dbt_tests.counts(con) == (2, [])
    assert con.execute(f"select count(*) from {dbt_tests.TABLE}").fetchone()[0] == 2
    con.close()
