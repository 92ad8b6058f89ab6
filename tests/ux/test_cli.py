"""The command line as an analyst uses it: a real warehouse built by the
pipeline on the seed report, queried through `govreport` in a subprocess."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import unicodedata

import duckdb
import pytest

from dagster_project import settings
from dagster_project.cli import build_parser
from tests.conftest import shared_path

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")


def govreport(*args: str, stdin: str | None = None, env: dict | None = None,
              timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dagster_project.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def warehouse(seed_warehouse):
    outcome, path = seed_warehouse
    assert path.exists(), outcome.summary()
    return str(path)


def test_every_command_has_help_with_a_description():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    assert {"run", "facts", "query", "export", "eval"} <= set(commands)
    for name in commands:  # one process per command: each --help as a person runs it
        result = govreport(name, "--help")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"usage: govreport {name}")
        description = result.stdout.split("\n\n")[1]  # after the usage paragraph
        assert not description.startswith(("options:", "positional arguments:")), f"{name} has no description"
        if name == "eval":
            assert "gold" in result.stdout.split("options:")[0]
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


def test_facts_filter_on_how_far_a_name_is_trusted(warehouse):
    every = [json.loads(line) for line in govreport("facts", "--warehouse", warehouse).stdout.splitlines()]
    assert {f["name_confidence"] for f in every} == {"high", "medium", "low"}
    assert all(f["name_rules"] for f in every if f["name_confidence"] == "high")
    high = [json.loads(line) for line in
            govreport("facts", "--warehouse", warehouse, "--min-confidence", "high").stdout.splitlines()]
    assert high == [f for f in every if f["name_confidence"] == "high"]
    medium = govreport("facts", "--warehouse", warehouse, "--min-confidence", "medium").stdout.splitlines()
    assert len(medium) == sum(f["name_confidence"] != "low" for f in every)


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


def _display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def test_facts_table_shows_the_columns_an_analyst_needs(warehouse):
    result = govreport("facts", "--warehouse", warehouse, "--format", "table", "--status", "target")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = [cell.strip() for cell in lines[1].strip("│").split("│")]
    assert header == ["report_id", "indicator", "kind", "value", "value_high", "unit", "period", "status",
                      "qualifier", "text"]
    assert "columns (" not in result.stdout  # DuckDB's footer when it drops columns: "16 columns (7 shown)"
    # The first row is the first target fact, its figures all in view.
    first = json.loads(govreport("facts", "--warehouse", warehouse, "--status", "target").stdout.splitlines()[0])
    row = [cell.strip() for cell in lines[4].strip("│").split("│")]
    assert (row[0], row[2], float(row[3]), row[5], row[6], row[7], row[8], row[9]) == (
        first["report_id"], first["kind"], first["value"], first["unit"], first["period"], "target",
        first["qualifier"], first["text"])
    # Readable: long indicator names are cut, so a row fits a wide terminal.
    assert max(_display_width(line) for line in lines) <= 160


def test_query_help_lists_every_table_and_view(warehouse, tmp_path):
    result = govreport("query", "--warehouse", warehouse, "--help")
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("  ") and line.split()}
    con = duckdb.connect(warehouse, read_only=True)
    tables = con.execute("select table_schema, table_name from information_schema.tables "
                         "where table_schema in ('main', 'landing', 'reference', 'quality')").fetchall()
    con.close()
    assert len(tables) > 20
    for schema, name in tables:
        shown = name if schema == "main" else f"{schema}.{name}"
        assert shown in listed, f"{shown} missing from `govreport query --help`"
        assert "(no description)" not in listed[shown]
    # Before the first run the list is what a run builds (dbt's manifest).
    none_yet = govreport("query", "--warehouse", str(tmp_path / "none-yet.duckdb"), "--help")
    assert none_yet.returncode == 0 and "a run builds" in none_yet.stdout
    assert "  fct_indicator_values " in none_yet.stdout and "  landing.facts " in none_yet.stdout


def test_quality_of_an_unknown_report_fails(warehouse):
    result = govreport("quality", "--warehouse", warehouse, "--report", "nonexistent")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "'nonexistent' is not in the warehouse" in result.stderr and "Traceback" not in result.stderr
    known = govreport("quality", "--warehouse", warehouse, "--report", "urumqi-2021")
    assert known.returncode == 0 and known.stdout.startswith("check")


def test_eval_output_is_plain_text(tmp_path):
    """`make eval` on a terminal or in a log: dbt's echo without colour codes."""
    gold = shared_path("eval", "gold", "urumqi-2021.jsonl")
    shared = tmp_path / "shared"
    (shared / "eval" / "gold").mkdir(parents=True)
    (shared / "reports").mkdir()
    for scorer in gold.parent.parent.glob("*.py"):
        shutil.copy(scorer, shared / "eval")
    shutil.copy(gold, shared / "eval" / "gold")
    shutil.copy(settings.DEFAULT_RAW_DIR / "urumqi-2021.txt", shared / "reports")
    env = {k: v for k, v in os.environ.items() if k != "DBT_USE_COLORS"}
    result = govreport("eval", "--shared", str(shared), "--workdir", str(tmp_path / "work"), env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "== urumqi-2021" in result.stdout
    assert "PASS" in result.stderr  # dbt's log is there, on standard error …
    assert "\x1b[" not in result.stdout + result.stderr  # … as plain text
    assert (tmp_path / "work" / "facts.jsonl").stat().st_size > 0
