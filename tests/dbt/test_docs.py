"""`dbt docs generate` works on the warehouse `make run` builds (the README's
command), and the docs describe the marts and checks, column by column."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dagster_project import settings

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

# The models an analyst reads (dbt/models/marts/, dbt/models/checks/): every
# column they have must say what it is.
DOCUMENTED_FOLDERS = ("models/marts/", "models/checks/")


@pytest.fixture(scope="module")
def docs_target(seed_warehouse, tmp_path_factory) -> Path:
    """dbt's target folder after `dbt docs generate` on a copy of the seed warehouse."""
    _, published = seed_warehouse
    work = tmp_path_factory.mktemp("dbt_docs")
    # dbt opens its database for writing: work on a copy, the fixture is read-only.
    database = work / "docs.duckdb"
    shutil.copy(published, database)
    target = work / "target"
    env = {**os.environ, "GOVREPORT_BUILD_DB": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False"}
    dbt = Path(sys.executable).with_name("dbt")
    result = subprocess.run(
        [str(dbt), "docs", "generate", "--static", "--project-dir", ".", "--profiles-dir", ".",
         "--target-path", str(target), "--log-path", str(work / "logs")],
        cwd=settings.DBT_DIR, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    return target


def _read(target: Path, name: str) -> dict:
    return json.loads((target / name).read_text(encoding="utf-8"))


def test_dbt_docs_generate(docs_target):
    assert (docs_target / "static_index.html").stat().st_size > 0
    catalog = _read(docs_target, "catalog.json")
    tables = {node["metadata"]["name"] for node in catalog["nodes"].values()}
    assert {"dim_report", "dim_indicator", "dim_period", "dim_sector", "dim_domain", "dim_unit",
            "fct_indicator_values", "fct_targets", "fct_target_attainment"} <= tables
    manifest = _read(docs_target, "manifest.json")
    described = {n["name"]: n["description"] for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    assert described["fct_target_attainment"]


def undescribed_columns(manifest: dict, catalog: dict) -> dict[str, list[str]]:
    """model → its columns in the warehouse (the catalog) that the yml files leave
    without a description (the manifest), for the marts and checks. The catalog is
    what the warehouse has, so a new column the yml does not name is caught too."""
    missing = {}
    for unique_id, node in catalog["nodes"].items():
        model = manifest["nodes"].get(unique_id)
        if not model or not model["original_file_path"].startswith(DOCUMENTED_FOLDERS):
            continue
        described = {name.lower(): col.get("description", "").strip() for name, col in model["columns"].items()}
        bare = [name for name in node["columns"] if not described.get(name.lower())]
        if bare:
            missing[model["name"]] = bare
    return missing


def test_every_mart_and_check_column_is_described(docs_target):
    manifest, catalog = _read(docs_target, "manifest.json"), _read(docs_target, "catalog.json")
    checked = {manifest["nodes"][uid]["name"] for uid in catalog["nodes"] if uid in manifest["nodes"]
               and manifest["nodes"][uid]["original_file_path"].startswith(DOCUMENTED_FOLDERS)}
    # Not vacuous: the catalog has the warehouse's marts and checks.
    assert {"fct_indicator_values", "dim_report", "fct_check_results", "int_check_fact_bounds"} <= checked
    assert undescribed_columns(manifest, catalog) == {}


def test_an_undocumented_column_is_caught():
    """The check itself: a column the warehouse has and the yml does not describe."""
    manifest = {"nodes": {"model.govreport.m": {"name": "m", "original_file_path": "models/marts/m.sql",
                                                "columns": {"a": {"description": "A."}, "b": {"description": " "}}}}}
    catalog = {"nodes": {"model.govreport.m": {"columns": {"a": {}, "b": {}, "c": {}}}}}
    assert undescribed_columns(manifest, catalog) == {"m": ["b", "c"]}
