"""Fixtures for the data-quality tests: the findings of a warehouse as
`govreport quality --format json` prints them, and one pipeline run on altered
reports (a changed figure, an impossible share; the fixture `altered_run` is in
tests/conftest.py, so the quality page's browser test in tests/ux shares the run)."""
from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from dagster_project import settings
from tests.conftest import run_pipeline_on

REPORTS = Path(__file__).parent / "reports"
SEED = settings.DEFAULT_RAW_DIR / "urumqi-2021.txt"
CHANGED_FROM, CHANGED_TO = "增长6.5%", "增长9.5%"


def quality_findings(warehouse: Path) -> list[dict]:
    """Run `govreport quality --format json` in-process on a warehouse."""
    from dagster_project.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["quality", "--warehouse", str(warehouse), "--format", "json"]) == 0
    return json.loads(out.getvalue())


def number_offset(text: str, phrase: str, number: str) -> int:
    """The offset of `number` inside the one occurrence of `phrase` in `text`."""
    assert text.count(phrase) == 1, f"{phrase!r} occurs {text.count(phrase)} times"
    return text.index(phrase) + phrase.index(number)


@pytest.fixture(scope="session")
def seed_findings(seed_warehouse):
    return quality_findings(seed_warehouse[1])


def make_altered_run(tmp_path_factory):
    """One pipeline run on a copy of the seed report with one figure changed
    (增长6.5% → 增长9.5%) and the small reports of tests/quality/reports/.
    The session fixture `altered_run` (tests/conftest.py, shared with tests/ux) runs it once."""
    base = tmp_path_factory.mktemp("altered")
    raw = base / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    assert text.count(CHANGED_FROM) == 1
    (raw / SEED.name).write_text(text.replace(CHANGED_FROM, CHANGED_TO), encoding="utf-8")
    for report in REPORTS.glob("*.txt"):
        shutil.copy(report, raw)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    return outcome, quality_findings(base / "warehouse.duckdb"), raw
