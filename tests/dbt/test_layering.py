"""The dbt project's layers read one layer down (from dbt's own manifest, no
database): staging reads the landing tables and the seeds, and nothing else
reads a seed or a source; intermediate models read staging and intermediate
models; marts read what is below them (and the dimensions they join); checks
read the marts and the models below them."""
from __future__ import annotations

import json

import pytest

from dagster_project import runtime

# What each layer (its folder under dbt/models/) may read.
MAY_READ = {
    "staging": {"source", "seed"},
    "intermediate": {"staging", "intermediate"},
    "marts": {"staging", "intermediate", "marts"},
    "checks": {"staging", "intermediate", "marts", "checks"},
}


@pytest.fixture(scope="module")
def nodes() -> dict:
    manifest = json.loads(runtime.ensure_dbt_manifest().read_text(encoding="utf-8"))
    return {**manifest["nodes"], **manifest["sources"]}


def _layer(node: dict) -> str:
    if node["resource_type"] in ("source", "seed"):
        return node["resource_type"]
    return node["original_file_path"].split("/")[1]  # models/<layer>/name.sql


def test_every_model_reads_only_the_layers_below_it(nodes):
    wrong = []
    for node in nodes.values():
        if node["resource_type"] != "model":
            continue
        layer = _layer(node)
        assert layer in MAY_READ, f"{node['original_file_path']}: a model outside the four layers"
        for parent in node["depends_on"]["nodes"]:
            if _layer(nodes[parent]) not in MAY_READ[layer]:
                wrong.append(f"{node['name']} ({layer}) reads {nodes[parent]['name']} ({_layer(nodes[parent])})")
    assert not wrong, "\n".join(wrong)


def test_each_seed_has_one_staging_model(nodes):
    seeds = {n["name"] for n in nodes.values() if n["resource_type"] == "seed"}
    staged = {n["name"].removeprefix("stg_") for n in nodes.values()
              if n["resource_type"] == "model" and _layer(n) == "staging"}
    assert seeds and seeds <= staged, f"seeds without a staging model: {sorted(seeds - staged)}"
