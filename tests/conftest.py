"""Shared fixtures. Tests never touch the repository's own warehouse or Dagster
home: each session works in temporary folders."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from dagster_project import settings

REPO = settings.REPO_ROOT
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test cleanly where a clone has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only there for evaluation)")
    return path


# Dagster's SQLite storage opens, commits and closes a database per event (about 600
# events in a run of this pipeline): on a disk that other work is writing to, the fsyncs
# were half the wall time of a job of 200 asset checks (63 s; 33 s in memory). The tests'
# Dagster homes are the same SQLite storage, kept in RAM (tmpfs) where the machine has it.
RAM_DISK = Path("/dev/shm")


def dagster_home_dir(tmp_path_factory, name: str = "dagster_home") -> Path:
    """A new, empty folder for a DAGSTER_HOME: in RAM if the machine has a tmpfs, else a temp folder."""
    if RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK):
        path = Path(tempfile.mkdtemp(prefix=f"govreport-{name}-", dir=RAM_DISK))
        atexit.register(shutil.rmtree, path, True)
        return path
    return tmp_path_factory.mktemp(name)


@pytest.fixture(scope="session", autouse=True)
def isolated_environment(tmp_path_factory):
    """A private DAGSTER_HOME and default warehouse for the whole session."""
    base = tmp_path_factory.mktemp("env")
    saved = {k: os.environ.get(k) for k in ("DAGSTER_HOME", settings.WAREHOUSE_ENV, settings.RAW_DIR_ENV)}
    os.environ["DAGSTER_HOME"] = str(dagster_home_dir(tmp_path_factory))
    os.environ[settings.WAREHOUSE_ENV] = str(base / "default" / "warehouse.duckdb")
    os.environ.pop(settings.RAW_DIR_ENV, None)
    yield base
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def run_pipeline_on(raw_dir: Path, warehouse: Path):
    """Run the whole Dagster job in-process on `raw_dir` into `warehouse`."""
    from dagster_project.pipeline import run_pipeline

    return run_pipeline(settings.Settings.resolve(warehouse=warehouse, raw_dir=raw_dir), log_level="WARNING")


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory):
    """The pipeline run once on the repository's raw/ folder (the seed report);
    yields (outcome, warehouse path). Tests must only read it. Every test that uses
    it, or compares with it (the altered run), is in xdist_group "seed", so that one
    worker runs it once."""
    base = tmp_path_factory.mktemp("seed")
    raw = base / "raw"
    shutil.copytree(settings.DEFAULT_RAW_DIR, raw)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    return outcome, base / "warehouse.duckdb"


@pytest.fixture(scope="session")
def altered_run(tmp_path_factory):
    """One pipeline run on altered reports with a failing growth check and a
    quarantined share (tests/quality/conftest.py make_altered_run); yields
    (outcome, findings as `govreport quality --format json`, raw folder). Here,
    not in tests/quality, so tests/ux shares the one run."""
    from tests.quality.conftest import make_altered_run

    return make_altered_run(tmp_path_factory)


@pytest.fixture
def fixture_raw(tmp_path) -> Path:
    """A raw folder with three plain UTF-8 fixture reports (tests/fixtures/reports)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for rid in ("alpha-2023", "beta-2023", "gamma-2024"):
        shutil.copy(FIXTURES / "reports" / f"{rid}.txt", raw)
    return raw


@pytest.fixture(scope="session")
def cjk_font() -> str:
    """reportlab's built-in Adobe CID font: Chinese text without a font file."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


@pytest.fixture(scope="session")
def panel_run(tmp_path_factory) -> Path:
    """The pipeline run once on tests/dbt/panel_reports (新疆, 乌鲁木齐市, 昌吉州 over
    consecutive years): the warehouse path. The panel's dbt tests and its browser
    test share it; they must only read it."""
    base = tmp_path_factory.mktemp("panel")
    raw = base / "raw"
    raw.mkdir()
    for report in (FIXTURES.parent / "dbt" / "panel_reports").glob("*.txt"):
        shutil.copy(report, raw)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    assert outcome.success, outcome.summary()
    return base / "warehouse.duckdb"
