"""Expectation suites, made from the dbt checks' own YAML.

Each check model in dbt/models/checks/_checks.yml says in `config.meta.expectations`
which template of expectations validates it (expectations/templates/<template>.json),
its title (filled in for ${title}), the column that identifies a row and what the
check claims. So adding a consistency check is its SQL and its YAML entry; the
suite (a Great Expectations 1.x suite: name, expectations with type, kwargs,
severity and meta) follows from them. The suite is named after the model.
"""
from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path

from dagster_project import runtime, settings

TEMPLATES_DIR = settings.EXPECTATIONS_DIR / "templates"


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    model: str
    body: dict  # the suite, as Great Expectations reads it


def load_suite_specs(manifest_path: Path | None = None, templates_dir: Path = TEMPLATES_DIR) -> list[SuiteSpec]:
    """One suite per dbt model that names an expectation template, in model order."""
    manifest = json.loads((manifest_path or runtime.ensure_dbt_manifest()).read_text(encoding="utf-8"))
    models = sorted((node for node in manifest["nodes"].values() if node["resource_type"] == "model"),
                    key=lambda node: node["name"])
    specs = [suite_for(node["name"], node["config"]["meta"]["expectations"], templates_dir)
             for node in models if "expectations" in node["config"].get("meta", {})]
    if not specs:
        raise FileNotFoundError("no dbt model names an expectation template (config.meta.expectations)")
    return specs


def suite_for(model: str, meta: dict, templates_dir: Path = TEMPLATES_DIR) -> SuiteSpec:
    """The suite of one check model from its `meta.expectations` (template, id_column, claim, title)."""
    missing = {"template", "id_column", "claim"} - set(meta)
    if missing:
        raise ValueError(f"dbt model {model}: meta.expectations lacks {', '.join(sorted(missing))}")
    path = templates_dir / f"{meta['template']}.json"
    if not path.is_file():
        raise FileNotFoundError(f"dbt model {model}: no expectation template {path}")
    template = json.loads(path.read_text(encoding="utf-8"))
    expectations = json.loads(string.Template(json.dumps(template["expectations"], ensure_ascii=False))
                              .substitute(title=meta.get("title", model)))
    body = {
        "name": model,
        "meta": {"model": model, "id_column": meta["id_column"], "description": meta["claim"]},
        "expectations": expectations,
    }
    return SuiteSpec(name=model, model=model, body=body)
