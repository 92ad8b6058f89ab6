"""Writers never overlap, and a run that fails publishes nothing.

Both start from a copy of the session's seed warehouse (tests/conftest.py), so
they cost one real run each, not two.
"""
from __future__ import annotations

import hashlib
import shutil

import dagster as dg
import duckdb
import pytest
from ops_helpers import fixture_text, run_on

from dagster_project import cli, runtime, settings
from dagster_project.loading import files

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def published_copy(seed_warehouse, tmp_path):
    """A published warehouse (a copy of the seed run's) and its raw folder."""
    outcome, seed = seed_warehouse
    assert outcome.success, outcome.failure
    raw = tmp_path / "raw"
    shutil.copytree(settings.DEFAULT_RAW_DIR, raw)
    warehouse = tmp_path / "warehouse" / "warehouse.duckdb"
    warehouse.parent.mkdir()
    shutil.copy2(seed, warehouse)
    return raw, warehouse


def test_a_second_writer_is_refused_clearly_and_changes_nothing(published_copy, capsys):
    raw, warehouse = published_copy
    (raw / "alpha-2023.txt").write_text(fixture_text("alpha-2023"), encoding="utf-8")
    before = sha(warehouse)
    with files.writer_lock(warehouse):  # another writer holds the warehouse
        code = cli.main(["run", "--quiet", "--raw-dir", str(raw), "--warehouse", str(warehouse)])
    out = capsys.readouterr().out
    assert code != 0
    assert "another run is writing this warehouse" in out and str(warehouse) in out
    assert sha(warehouse) == before
    # Readers were never blocked: the published file opens read-only meanwhile and after.
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("select count(*) from landing.reports where report_id = 'alpha-2023'").fetchone()[0] == 0
    con.close()


def test_a_failed_run_leaves_the_published_warehouse_byte_for_byte(published_copy):
    raw, warehouse = published_copy
    (raw / "alpha-2023.txt").write_text(fixture_text("alpha-2023"), encoding="utf-8")
    # A real obstacle late in the run: where Great Expectations must write its Data
    # Docs there is a file, so the quality step fails after the landing tables and dbt were written.
    settings.data_docs_dir(warehouse).write_text("not a folder")
    before = sha(warehouse)

    outcome = run_on(raw, warehouse)
    assert not outcome.success and not outcome.ok
    assert "data_quality" in (outcome.failure or ""), outcome.failure
    assert sha(warehouse) == before
    # The run did get far: its unpublished build copy holds the new report.
    build = settings.build_path(warehouse)
    con = duckdb.connect(str(build), read_only=True)
    assert con.execute("select count(*) from landing.reports where report_id = 'alpha-2023'").fetchone()[0] == 1
    con.close()
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("select count(*) from landing.reports where report_id = 'alpha-2023'").fetchone()[0] == 0
    con.close()


def test_the_run_queue_starts_one_writer_at_a_time():
    runtime.quiet_environment()
    with dg.DagsterInstance.get() as instance:
        config = instance.get_concurrency_config().run_queue_config
    assert config.max_concurrent_runs == 1
    assert {"key": "govreport/writes", "limit": 1} in [dict(t) for t in config.tag_concurrency_limits]


def test_a_missing_raw_folder_fails_clearly_and_deletes_nothing(published_copy, tmp_path):
    raw, warehouse = published_copy
    before = sha(warehouse)
    outcome = run_on(tmp_path / "no-such-folder", warehouse)
    assert not outcome.success and "raw report folder does not exist" in outcome.failure
    assert sha(warehouse) == before
