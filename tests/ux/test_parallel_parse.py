"""Parsing on every core gives exactly what parsing one file at a time gives."""
from __future__ import annotations

from dagster_project import settings
from dagster_project.loading import parallel


def test_pool_results_match_one_at_a_time_in_order(tmp_path):
    seed = sorted(settings.DEFAULT_RAW_DIR.glob("*.txt"))
    paths = []
    for i in range(parallel.MIN_FILES_FOR_POOL):  # enough files for the pool to be used
        src = seed[i % len(seed)]
        dest = tmp_path / f"{src.stem}-copy{i}.txt"
        dest.write_bytes(src.read_bytes() + f"\n{i}\n".encode())
        paths.append(dest)
    pooled = list(parallel.load_many(paths, workers=2))
    serial = [parallel.load_one(p) for p in paths]
    assert [sha for sha, _ in pooled] == [sha for sha, _ in serial]
    assert [r.report_id for _, r in pooled] == [p.stem for p in paths]
    assert [r.fact_columns for _, r in pooled] == [r.fact_columns for _, r in serial]
    assert pooled[0][1].fact_columns[0], "the seed report has facts"
