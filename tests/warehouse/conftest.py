"""A small raw folder of fixture reports (tests/fixtures/reports)."""
import shutil
from pathlib import Path

import pytest

FIXTURE_REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


@pytest.fixture
def fixture_raw(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for rid in ("alpha-2023", "beta-2023", "gamma-2024"):
        shutil.copy(FIXTURE_REPORTS / f"{rid}.txt", raw)
    return raw
