"""The command line as an analyst uses it: a real warehouse built by the
pipeline on the seed report, queried through `govreport` in a subprocess."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import duckdb
import pytest

from dagster_project.cli import build_parser


def govreport(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dagster_project.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def warehouse(seed_warehouse):
    outcome, path = seed_warehouse
    assert path.exists(), outcome.summary()
    return str(path)


def test_every_command_has_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    assert {"run", "facts", "query", "export"} <= set(commands)
    for name in commands:
        result = govreport(name, "--help")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"usage: govreport {name}")
    top = govreport("--help")
    assert "govreport COMMAND --help" in top.stdout


def test_facts_default_output_is_the_contract(warehouse):
    result = govreport("facts", "--warehouse", warehouse)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines, "the seed report yields facts"
    first = json.loads(lines[0])
    contract = ["report_id", "offset", "text", "indicator", "kind", "value", "value_high", "unit",
                "period", "base_period", "status", "qualifier"]
    assert list(first)[:len(contract)] == contract
    con = duckdb.connect(warehouse, read_only=True)
    n = con.execute("select count(*) from main.fct_indicator_values").fetchone()[0]
    con.close()
    assert len(lines) == n


def test_facts_filters_keep_only_matching_facts(warehouse):
    every = [json.loads(line) for line in govreport("facts", "--warehouse", warehouse).stdout.splitlines()]
    targets = [json.loads(line) for line in
               govreport("facts", "--warehouse", warehouse, "--status", "target").stdout.splitlines()]
    assert targets == [f for f in every if f["status"] == "target"]
    growth_or_percent = govreport("facts", "--warehouse", warehouse, "-k", "growth", "-k", "percent").stdout
    assert {json.loads(x)["kind"] for x in growth_or_percent.splitlines()} <= {"growth", "percent"}
    name = every[0]["indicator"]
    exact = [json.loads(x) for x in govreport("facts", "--warehouse", warehouse, "--indicator", name).stdout.splitlines()]
    assert exact == [f for f in every if f["indicator"] == name]
    pattern = govreport("facts", "--warehouse", warehouse, "--report", every[0]["report_id"][:3] + "*").stdout
    assert len(pattern.splitlines()) == len([f for f in every if f["report_id"].startswith(every[0]["report_id"][:3])])
    nothing = govreport("facts", "--warehouse", warehouse, "--report", "no-such-report")
    assert nothing.returncode == 0 and nothing.stdout == ""
    bad = govreport("facts", "--warehouse", warehouse, "--kind", "banana")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_query_formats(warehouse):
    sql = "select report_id, n_facts from dim_report order by report_id"
    table = govreport("query", "--warehouse", warehouse, sql)
    assert table.returncode == 0 and "report_id" in table.stdout and "│" in table.stdout
    rows = list(csv.DictReader(io.StringIO(govreport("query", "--warehouse", warehouse, "--format", "csv", sql).stdout)))
    as_json = json.loads(govreport("query", "--warehouse", warehouse, "--format", "json", sql).stdout)
    jsonl = [json.loads(x) for x in govreport("query", "--warehouse", warehouse, "-f", "jsonl", sql).stdout.splitlines()]
    assert rows and [r["report_id"] for r in rows] == [r["report_id"] for r in as_json] == [r["report_id"] for r in jsonl]
    assert [int(r["n_facts"]) for r in rows] == [r["n_facts"] for r in as_json]
    from_stdin = govreport("query", "--warehouse", warehouse, "-f", "csv", stdin="select 6*7 as answer")
    assert from_stdin.stdout.splitlines() == ["answer", "42"]


def test_query_errors_are_one_line_and_read_only(warehouse):
    bad = govreport("query", "--warehouse", warehouse, "select no_such_column from dim_report")
    assert bad.returncode == 2 and bad.stderr.startswith("govreport: query failed") and "Traceback" not in bad.stderr
    write = govreport("query", "--warehouse", warehouse, "create table main.x as select 1")
    assert write.returncode == 2 and "read-only" in write.stderr.lower()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_mart(warehouse, tmp_path, fmt):
    result = govreport("export", "--warehouse", warehouse, "--format", fmt, str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(warehouse, read_only=True)
    marts = {r[0]: con.execute(f"select count(*) from main.{r[0]}").fetchone()[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema='main' and table_type='BASE TABLE'").fetchall()}
    con.close()
    assert {"dim_report", "fct_indicator_values", "fct_targets"} <= set(marts)
    written = {p.stem: p for p in (tmp_path / "out").iterdir()}
    assert set(written) == set(marts)
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    for mart, n in marts.items():
        assert duckdb.execute(f"select count(*) from {reader}('{written[mart]}')").fetchone()[0] == n
