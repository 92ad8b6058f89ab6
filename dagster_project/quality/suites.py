"""Expectation suites, kept as JSON under expectations/suites/.

Each file is a Great Expectations 1.x suite (name, expectations with type,
kwargs, severity and meta) plus `meta.model`: the dbt mart it validates.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dagster_project import settings

SUITES_DIR = settings.EXPECTATIONS_DIR / "suites"


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    model: str
    body: dict  # the suite's JSON as stored


def load_suite_specs(suites_dir: Path = SUITES_DIR) -> list[SuiteSpec]:
    specs = []
    for path in sorted(suites_dir.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        model = (body.get("meta") or {}).get("model")
        if not model:
            raise ValueError(f"{path}: suite has no meta.model naming the mart it validates")
        specs.append(SuiteSpec(name=body["name"], model=model, body=body))
    if not specs:
        raise FileNotFoundError(f"{suites_dir}: no expectation suites found")
    return specs
