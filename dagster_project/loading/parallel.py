"""Parse many report files on every core: a process pool inside the ingest step.

One run pays Dagster's and dbt's start-up once; within it, parsing is pure
Python (no shared state), so worker processes parse files while the step's
own process writes the results to DuckDB (one writer per file) as they arrive.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from dagster_project.loading.catalog import RawFile
from dagster_project.loading.ingest import LoadedReport, LoadedRows, LoadError, load_report

# Below this many files a pool's start-up (~0.5 s) costs more than it saves.
MIN_FILES_FOR_POOL = 8


def load_one(raw: RawFile | Path) -> tuple[str, LoadedRows | LoadError]:
    """(sha256 of the bytes read, the report's landing rows or why it cannot be loaded)."""
    path = raw if isinstance(raw, Path) else raw.path
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if isinstance(raw, Path):  # a file on its own: named by itself
        result = load_report(path, data, sha256=sha)
    else:
        result = load_report(path, data, raw.report_id, raw.relpath, sha256=sha)
    return sha, result.landing_rows() if isinstance(result, LoadedReport) else result


def load_many(paths: Iterable[RawFile | Path], workers: int | None = None
              ) -> Iterator[tuple[str, LoadedRows | LoadError]]:
    """(sha256, result) for each file of the raw folder (or path), in the order given."""
    paths = list(paths)
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < MIN_FILES_FOR_POOL:
        yield from map(load_one, paths)
        return
    # forkserver: workers start from a clean process that has imported the parser,
    # not from a fork of this one (which runs Dagster's threads).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["dagster_project.loading.ingest"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(load_one, paths, chunksize=4)
