"""The outcome of every dbt test of a `dbt build`, as rows of quality.dbt_test_results.

dbt's tests run inside `dbt build` as before (an error-severity failure fails the
step). They are not one Dagster asset check each: a check costs three event-log
writes per run (planned, output, evaluation), ~600 SQLite transactions for the 188
tests, measured at a quarter of the CPU of a one-report run. Their results are kept
here instead, queryable with SQL, and summed up by `govreport run`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import duckdb
import pandas as pd

TABLE = "quality.dbt_test_results"
COLUMNS = ["test", "model", "severity", "status", "failures", "message", "unique_id"]
PASSED = {"pass"}
# dbt skips a test whose model failed: the model's error is the failure, not the test.
NOT_FAILED = PASSED | {"skipped"}


def test_results(run_results: Mapping[str, Any], manifest: Mapping[str, Any]) -> list[dict]:
    """One row per test in dbt's run_results.json: its name, the model it tests (the node it
    is attached to, else the first it reads), severity, status (pass/warn/fail/error/skipped),
    failing rows and dbt's message."""
    nodes = manifest.get("nodes", {})
    rows = []
    for result in run_results.get("results", []):
        node = nodes.get(result["unique_id"], {})
        if node.get("resource_type") != "test":
            continue
        tested = node.get("attached_node") or next(iter(node.get("depends_on", {}).get("nodes", [])), "")
        rows.append({
            "test": node.get("name", result["unique_id"]),
            "model": tested.rsplit(".", 1)[-1],
            "severity": str(node.get("config", {}).get("severity", "ERROR")).lower(),
            "status": result.get("status"),
            "failures": result.get("failures"),
            "message": result.get("message"),
            "unique_id": result["unique_id"],
        })
    return sorted(rows, key=lambda r: r["unique_id"])


def failed(rows: Iterable[dict]) -> list[dict]:
    """The tests that did not pass (dbt's warn, fail, error)."""
    return [r for r in rows if r["status"] not in NOT_FAILED]


def store(con: duckdb.DuckDBPyConnection, rows: list[dict], keep_others: bool = False) -> None:
    """Replace quality.dbt_test_results with ``rows``; with ``keep_others``, only the rows
    of these tests (a build that ran part of the project: the rest stand as they were)."""
    frame = pd.DataFrame(rows, columns=COLUMNS).astype({"failures": "Int64"})
    con.execute("create schema if not exists quality")
    con.register("_dbt_tests", frame)
    try:
        if keep_others and _exists(con):
            con.execute(f"delete from {TABLE} where unique_id in (select unique_id from _dbt_tests)")
            con.execute(f"insert into {TABLE} select * from _dbt_tests")
        else:
            con.execute(f"create or replace table {TABLE} as select * from _dbt_tests")
    finally:
        con.unregister("_dbt_tests")


def _exists(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("select count(*) from information_schema.tables "
                       "where table_schema = 'quality' and table_name = 'dbt_test_results'").fetchone()[0] > 0


def counts(con: duckdb.DuckDBPyConnection) -> tuple[int, list[str]]:
    """(tests passed, 'model: test' of each that did not), from the warehouse; (0, []) before any build."""
    if not _exists(con):
        return 0, []
    rows = con.execute(f"select model, test, status from {TABLE} order by model, test").fetchall()
    passed = sum(1 for _, _, status in rows if status in PASSED)
    return passed, [f"{model}: {test} ({status})" for model, test, status in rows
                    if status not in NOT_FAILED]
