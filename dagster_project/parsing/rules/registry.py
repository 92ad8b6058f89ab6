"""The registry of naming rules: every construct that builds or changes an indicator
name is a rule with a name (recorded per fact in ``Fact.name_rules`` and graded by
naming_confidence.py), a stage and place in the cascade, a one-line description of the
construct and examples (real sentences with the name of one figure), the last two in
naming.yaml beside this module so that examples can be added without Python."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

NAMING_YAML = Path(__file__).with_name("naming.yaml")

# How a stage's rules apply (clause_naming.name_clause runs the first three):
STAGES = {
    "primary": "the first rule that applies names the clause's numbers",
    "follow-up": "refines the names one primary rule built, in order",
    "refinement": "refines any clause's names after the primary rule, in order",
    "step": "a later naming step outside the clause cascade (sentence_facts)",
}


@dataclass(frozen=True)
class Example:
    sentence: str   # a whole sentence, as a report writes it
    figure: str     # the figure as written (its first occurrence in the sentence)
    indicator: str  # the indicator name the parser gives that figure
    section: str = "review_year"  # the section of tests/parsing/helpers.report it is put in
    source: str = ""  # where the sentence comes from: a code comment, a test, a dev lawtext report


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    order: int  # the rule's place among its stage's rules, in the order they apply
    apply: Callable | None = None  # names -> new names, or None when the construct is absent
    after: str | None = None  # a follow-up's primary rule

    @property
    def construct(self) -> str:
        return _declarations().get(self.name, {}).get("construct", "")

    @property
    def examples(self) -> tuple[Example, ...]:
        return tuple(Example(**e) for e in _declarations().get(self.name, {}).get("examples") or ())


REGISTRY: dict[str, Rule] = {}


def declare(stage: str, functions, after: str | None = None) -> tuple[Rule, ...]:
    """The functions as the rules of one stage, in order, each named by its function."""
    return tuple(_add(Rule(fn.__name__, stage, _next_in(stage), fn, after)) for fn in functions)


def declare_step(name: str) -> str:
    """A later naming step's rule name (sentence_facts records it when it changes a name)."""
    return _add(Rule(name, "step", _next_in("step"))).name


def _next_in(stage: str) -> int:
    return sum(1 for rule in REGISTRY.values() if rule.stage == stage)


def _add(rule: Rule) -> Rule:
    if rule.stage not in STAGES:
        raise ValueError(f"unknown stage {rule.stage!r} of rule {rule.name}")
    if rule.name in REGISTRY:
        raise ValueError(f"naming rule {rule.name} declared twice")
    REGISTRY[rule.name] = rule
    return rule


@cache
def _declarations() -> dict[str, dict]:
    with open(NAMING_YAML, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def declared_in_yaml() -> list[str]:
    """The rule names naming.yaml describes, in its order."""
    return list(_declarations())
