"""Fixtures of the operations tests (helpers live in ops_helpers.py)."""
import shutil
from pathlib import Path

import pytest

from ops_helpers import FIXTURE_REPORTS


@pytest.fixture
def fixture_raw(tmp_path) -> Path:
    """A raw folder with three plain UTF-8 fixture reports."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for rid in ("alpha-2023", "beta-2023", "gamma-2024"):
        shutil.copy(FIXTURE_REPORTS / f"{rid}.txt", raw)
    return raw
