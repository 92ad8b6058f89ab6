"""What an incremental `dbt build` runs (defs/assets/dbt.py): the nodes the landing tables
feed, by the dbt project's own selector, and every node when the project changed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dagster_project import runtime, settings
from dagster_project.defs.assets.dbt import FROM_LANDING, dbt_build_args, is_selective, nodes_to_build

DBT = str(Path(sys.executable).with_name("dbt"))


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(runtime.ensure_dbt_manifest().read_text(encoding="utf-8"))


def test_from_scratch_when_the_project_changed_else_only_what_landing_feeds(tmp_path):
    scratch = dbt_build_args(tmp_path, "new", {"old"})
    assert "--full-refresh" in scratch and not is_selective(scratch)
    assert "--full-refresh" in dbt_build_args(tmp_path, "new", set())  # nothing recorded
    incremental = dbt_build_args(tmp_path, "same", {"same"})
    assert "--full-refresh" not in incremental and is_selective(incremental)
    assert incremental[incremental.index("--selector") + 1] == FROM_LANDING


def test_the_selector_leaves_out_only_what_seeds_alone_make(manifest):
    everything, landing_fed = nodes_to_build(manifest, False), nodes_to_build(manifest, True)
    left_out = everything - landing_fed
    nodes = manifest["nodes"]
    assert {uid for uid in everything if uid.startswith("seed.")} <= left_out
    # Every mart and check a report's figures reach is built, with each of its tests,
    # relationships into the seeds and seed-made dimensions included.
    assert not any(nodes[uid]["resource_type"] == "seed" for uid in landing_fed)
    for uid in left_out:  # reads neither a landing table nor anything built from one
        parents = nodes[uid].get("depends_on", {}).get("nodes", [])
        assert not any(p.startswith("source.") or p in landing_fed for p in parents), uid
    tests_into_seeds = [uid for uid in landing_fed if nodes[uid]["name"].startswith("relationships")
                        and any(p.startswith("seed.") for p in nodes[uid]["depends_on"]["nodes"])]
    assert tests_into_seeds, "a fact's indicator code must still be tested against the catalogue seed"


def test_dbt_selects_what_the_pipeline_counts(manifest, tmp_path):
    """dbt's own reading of the selector (`dbt ls`, which also gets dagster-dbt's
    `--select fqn:*`, as a run does: --selector wins) is the set the progress counts."""
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "GOVREPORT_BUILD_DB": str(tmp_path / "b.duckdb")}
    out = subprocess.run(
        # Its own target folder: the project's manifest is read by tests running beside this one.
        [DBT, "ls", "--profiles-dir", str(settings.DBT_DIR), "--target-path", str(tmp_path / "target"),
         "--selector", FROM_LANDING, "--select", "fqn:*",
         "--output", "json", "--output-keys", "unique_id", "--resource-types", "model", "seed", "snapshot", "test",
         "-q"], cwd=settings.DBT_DIR, env=env, capture_output=True, text=True, check=True).stdout
    listed = {json.loads(line)["unique_id"] for line in out.splitlines() if line.startswith("{")}
    assert listed == nodes_to_build(manifest, True)
