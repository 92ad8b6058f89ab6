"""Dagster's SQLite run history kept open at commit speed (dagster_project/run_history.py),
exercised the way Dagster's storage connects: a new NullPool engine per event."""
import sqlite3

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from dagster_project import run_history


@pytest.fixture(autouse=True)
def _installed():
    run_history.keep_run_history_open()
    run_history.close_kept()  # files earlier tests' Dagster instances left open in this process
    yield
    run_history.close_kept()


def _store_events(path, n, wal=True):
    """n events, each on its own engine and connection, as Dagster's SqliteEventLogStorage does."""
    url = f"sqlite:///{path}"
    with sa.create_engine(url, poolclass=NullPool).connect() as con:
        if wal:
            con.execute(sa.text("pragma journal_mode=wal"))
        con.execute(sa.text("create table if not exists events (body text)"))
        con.commit()
    modes = []
    for i in range(n):
        engine = sa.create_engine(url, poolclass=NullPool)
        with engine.connect() as con, con.begin():
            con.execute(sa.text("insert into events values (:b)"), {"b": f"event {i}"})
            modes.append(con.exec_driver_sql("pragma synchronous").scalar())
        engine.dispose()
    return modes


def test_a_wal_file_is_kept_open_once_and_commits_without_fsync(tmp_path):
    db = tmp_path / "run.db"
    modes = _store_events(db, 20)
    assert modes == [1] * 20                      # synchronous = normal
    assert run_history.kept_open() == [str(db)]   # one idle connection, not one per event
    run_history.close_kept()
    assert not (tmp_path / "run.db-wal").exists()  # the last close checkpointed the WAL into the file
    assert sqlite3.connect(db).execute("select count(*) from events").fetchone()[0] == 20


def test_a_file_not_in_wal_mode_is_left_alone(tmp_path):
    db = tmp_path / "plain.db"
    assert _store_events(db, 3, wal=False) == [2] * 3   # synchronous = full, SQLite's default
    assert run_history.kept_open() == []


def test_idle_connections_are_bounded(tmp_path):
    for k in range(run_history.MAX_KEPT_OPEN + 4):
        _store_events(tmp_path / f"run{k}.db", 1)
    kept = run_history.kept_open()
    assert len(kept) == run_history.MAX_KEPT_OPEN
    assert kept[-1] == str(tmp_path / f"run{run_history.MAX_KEPT_OPEN + 3}.db")  # the newest stay
