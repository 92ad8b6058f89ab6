"""`dbt docs generate` works on the warehouse `make run` builds (the README's
command), and the docs describe the marts."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from dagster_project import settings


def test_dbt_docs_generate(seed_warehouse, tmp_path):
    _, published = seed_warehouse
    # dbt opens its database for writing: work on a copy, the fixture is read-only.
    database = tmp_path / "docs.duckdb"
    shutil.copy(published, database)
    target = tmp_path / "target"
    env = {**os.environ, "GOVREPORT_BUILD_DB": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False"}
    dbt = Path(sys.executable).with_name("dbt")
    result = subprocess.run(
        [str(dbt), "docs", "generate", "--static", "--project-dir", ".", "--profiles-dir", ".",
         "--target-path", str(target), "--log-path", str(tmp_path / "logs")],
        cwd=settings.DBT_DIR, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert (target / "static_index.html").stat().st_size > 0
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    tables = {node["metadata"]["name"] for node in catalog["nodes"].values()}
    assert {"dim_report", "dim_indicator", "dim_period", "dim_sector", "dim_domain", "dim_unit",
            "fct_indicator_values", "fct_targets", "fct_target_attainment"} <= tables
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    described = {n["name"]: n["description"] for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    assert described["fct_target_attainment"]
