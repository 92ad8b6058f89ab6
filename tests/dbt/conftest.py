"""Fixtures for the warehouse-model tests: the real pipeline run once on the
evaluation corpus (../shared/corpus), shared by every test that needs it."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import run_pipeline_on, shared_path


@pytest.fixture(scope="session")
def corpus_warehouse(tmp_path_factory) -> Path:
    """The published warehouse of one pipeline run on a copy of the corpus.

    One run serves both the attainment and the coverage tests: the corpus has
    the consecutive national (guowuyuan-*) and 海拉尔区 (hailaer-*) reports."""
    corpus = shared_path("corpus")
    base = tmp_path_factory.mktemp("corpus")
    raw = base / "raw"
    raw.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        shutil.copy(path, raw)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    assert outcome.success, outcome.summary()
    return base / "warehouse.duckdb"


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one query on a warehouse opened read-only."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
