"""Dagster's run history (SQLite files under $DAGSTER_HOME) written at the speed of
a commit, not of a checkpoint.

Dagster's SQLite storage opens a new connection for every event it stores and
closes it after (SQLAlchemy's NullPool), and the files are in WAL mode. SQLite
checkpoints the WAL into the database and fsyncs both whenever the *last*
connection to a file closes, so every event paid a checkpoint: ~25 ms on this
machine's disk, for the ~600 events and asset-index rows of a one-report run
(~15 s of its wall time). Two settings remove that, as SQLite recommends for WAL:

- one idle connection per file stays open for the life of the process, so the
  event's connection is never the last one and closing it is free;
- ``synchronous=NORMAL`` on Dagster's connections: a commit appends to the WAL
  without an fsync. A power cut may lose the last events; it cannot corrupt the
  file, and an application crash loses nothing.

The WAL is checkpointed as usual (every 1,000 pages, and when the process ends
and the idle connections close), so the files Dagster's UI reads stay current.
"""
from __future__ import annotations

import atexit
import sqlite3
import threading
from collections import OrderedDict

import sqlalchemy as sa

# A long-lived process (a code server) touches few run files; a run touches four
# (runs, index, schedules, its own events). Older idle connections close first.
MAX_KEPT_OPEN = 16

_kept: OrderedDict[str, sqlite3.Connection] = OrderedDict()
_lock = threading.Lock()
_installed = False


def keep_run_history_open() -> None:
    """Install the two settings above for every SQLite file Dagster opens in WAL mode
    in this process (once; later calls do nothing)."""
    global _installed
    with _lock:
        if _installed:
            return
        sa.event.listen(sa.engine.Engine, "connect", _on_connect)
        atexit.register(close_kept)
        _installed = True


def _on_connect(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return  # another database behind SQLAlchemy: not ours to tune
    path = dbapi_connection.execute("pragma database_list").fetchone()[2]
    # A file Dagster has just created is not yet in WAL mode: it is tuned on its next connection.
    if not path or dbapi_connection.execute("pragma journal_mode").fetchone()[0] != "wal":
        return
    dbapi_connection.execute("pragma synchronous = normal")
    _keep_open(path)


def _keep_open(path: str) -> None:
    with _lock:
        if path in _kept:
            _kept.move_to_end(path)
            return
        idle = sqlite3.connect(path, check_same_thread=False)
        idle.execute("select count(*) from sqlite_master").fetchone()  # opens the WAL index: now a reader
        _kept[path] = idle
        while len(_kept) > MAX_KEPT_OPEN:
            _kept.popitem(last=False)[1].close()


def kept_open() -> list[str]:
    """The files held open now (for tests and diagnostics)."""
    with _lock:
        return list(_kept)


def close_kept() -> None:
    """Close the idle connections: the last one to each file checkpoints it."""
    with _lock:
        while _kept:
            _kept.popitem(last=False)[1].close()
