"""The published warehouse file, its private build copy, and the writer lock.

DuckDB allows one writing process per file, and a writer blocks even read-only
opens. So a run never writes the published file: it copies it to a build file,
writes there, and renames the build file over the published one at the end
(`os.replace`, atomic on POSIX). Readers see the old file or the new one, never
a mix; a run that fails publishes nothing. A lock file keeps writers one at a time.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusyError(RuntimeError):
    """Another run holds the warehouse's writer lock."""


@contextmanager
def writer_lock(published: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's writer lock, waiting up to ``wait_seconds`` for it."""
    lock_path = published.parent / ".build" / "writer.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise WarehouseBusyError(
                        f"{published}: another run is writing this warehouse (pid {holder}); "
                        "wait for it to finish, or use another --warehouse"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare_build(published: Path, build: Path) -> None:
    """Start a run's build file as a copy of the published warehouse (or empty)."""
    build.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (build, build.with_name(build.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if published.exists():
        shutil.copy2(published, build)


def _run_marker(build: Path) -> Path:
    return build.with_name(build.name + ".run")


def start_build(published: Path, build: Path, run_id: str) -> None:
    """`prepare_build` once per run, whichever step writes first: a run may start
    with the ingest step or, when nothing is to be parsed, without it."""
    marker = _run_marker(build)
    if marker.exists() and marker.read_text() == run_id:
        return
    prepare_build(published, build)
    marker.write_text(run_id)


def publish(build: Path, published: Path) -> None:
    """Atomically replace the published warehouse with the finished build file."""
    wal = build.with_name(build.name + ".wal")
    if wal.exists():
        raise RuntimeError(f"{build}: a connection is still open (write-ahead log present); not publishing")
    published.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build, published)
    _run_marker(build).unlink(missing_ok=True)
