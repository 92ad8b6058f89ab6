"""The naming rules' registry (dagster_project/parsing/rules): every rule has examples in
rules/naming.yaml that the real parser names as expected with that rule; every rule name
a fact can record is declared; no naming function is over 60 lines."""
import ast
import importlib.util
from pathlib import Path

import pytest

from dagster_project.parsing.naming_confidence import CARRIED, OWN_WORDS
from dagster_project.parsing.report import parse_report
from dagster_project.parsing.rules.registry import REGISTRY, declared_in_yaml
from tests.parsing.helpers import report

ROOT = Path(__file__).resolve().parents[2]
PARSING = ROOT / "dagster_project" / "parsing"
# every module of the parser (the sentence's reading, sentence_facts, included); the lexicon's loader
# (lexicon/__init__.py, one assignment per word class) is data, not a rule
NAMING_MODULES = sorted(PARSING.glob("*.py")) + sorted((PARSING / "rules").glob("*.py"))
EXAMPLES = [(rule.name, k, e) for rule in REGISTRY.values() for k, e in enumerate(rule.examples)]


def _spot_check():
    spec = importlib.util.spec_from_file_location("spot_check", ROOT / "scripts" / "spot_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_rule_has_a_construct_and_examples(name):
    assert REGISTRY[name].construct, f"{name}: no construct in naming.yaml"
    assert REGISTRY[name].examples, f"{name}: no examples in naming.yaml"


def test_naming_yaml_describes_exactly_the_registered_rules():
    assert sorted(declared_in_yaml()) == sorted(REGISTRY)


@pytest.mark.parametrize("name, k, example", EXAMPLES, ids=[f"{n}-{k}" for n, k, _ in EXAMPLES])
def test_example_is_named_by_its_rule(name, k, example):
    text = report(**{example.section: example.sentence})
    at = text.index(example.sentence) + example.sentence.index(example.figure)
    found = [f for f in parse_report("test-2021", text).facts if f.offset == at]
    assert found, f"{example.figure}: no fact"
    named = [f for f in found if f.indicator == example.indicator]
    assert named, f"{example.figure}: named {[f.indicator for f in found]}, not {example.indicator}"
    assert name in named[0].name_rules.split(","), f"{name} did not fire: {named[0].name_rules}"


def test_examples_come_from_no_validation_report():
    in_validation = _spot_check().in_validation
    for name, _, example in EXAMPLES:
        assert example.source, f"{name}: an example without its source"
        if example.source.startswith("../shared/lawtext/"):
            rel = example.source.removeprefix("../shared/lawtext/").removesuffix(" (dev)")
            assert not in_validation(rel), f"{name}: {rel} is a validation report"


def test_a_fresh_draw_leaves_out_the_reports_already_graded(tmp_path):
    spot_check = _spot_check()
    (tmp_path / "spot_check_seed1.csv").write_text(
        "sample,report,offset,all_ok\nvalidation,a/2001.md,5,1\nvalidation,b/2002.md,9,0\n", encoding="utf-8")
    (tmp_path / "spot_check_seed2.csv").write_text("sample,report,offset,all_ok\ndev,c/2003.md,1,1\n",
                                                   encoding="utf-8")
    (tmp_path / "notes.csv").write_text("report\nd/2004.md\n", encoding="utf-8")  # not a graded draw
    assert spot_check.graded_reports(tmp_path) == {"a/2001.md", "b/2002.md", "c/2003.md"}
    # a draw saved and not graded yet (val_SEED.txt) is left out too, so a check's draws share no report
    (tmp_path / "val_7.txt").write_text("e/2005.md@12 5个 | 项目 | value 5 个 | period 2004 base None | actual exact\n"
                                        "    建成【5个】项目。\n", encoding="utf-8")
    assert spot_check.drawn_reports(tmp_path) == {"e/2005.md"}
    # The committed draws are graded: a fresh draw has fewer validation reports to pick from.
    assert len(spot_check.graded_reports(ROOT / "evaluation")) >= 60


def _calls(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
            yield node


def test_every_recorded_rule_name_is_declared():
    """A fact's name_rules come from the registry's rules (clause_naming) and the steps
    sentence_facts declares: no rule name is written as a bare string anywhere else."""
    for path in sorted(PARSING.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree, "append"):
            owner = call.func.value
            if getattr(owner, "id", getattr(owner, "attr", None)) == "rules":
                assert not isinstance(call.args[0], ast.Constant), f"{path.name}:{call.lineno} appends a bare rule name"
        for call in _calls(tree, "_traced"):
            assert isinstance(call.args[1], ast.Name), f"{path.name}:{call.lineno} traces an undeclared rule name"
        for call in _calls(tree, "declare_step"):
            assert call.args[0].value in REGISTRY


def test_rule_names_of_the_corpus_are_declared():
    corpus = ROOT.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*.txt"))[::4] if corpus.is_dir() else []
    if not files:
        pytest.skip("../shared/corpus is absent")
    spot_check = _spot_check()
    names = {r for p in files for f in spot_check.parse_as_pipeline(corpus, p) for r in f.name_rules.split(",") if r}
    assert names <= set(REGISTRY), names - set(REGISTRY)


@pytest.mark.parametrize("path", NAMING_MODULES, ids=[p.name for p in NAMING_MODULES])
def test_no_naming_function_is_over_60_lines(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = {node.name: node.end_lineno - node.lineno + 1 for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 60}
    assert not long, long


def test_confidence_grades_only_declared_rules():
    assert (OWN_WORDS | CARRIED) <= set(REGISTRY), (OWN_WORDS | CARRIED) - set(REGISTRY)


def test_follow_ups_follow_primary_rules():
    for rule in REGISTRY.values():
        assert (rule.stage == "follow-up") == (rule.after is not None), rule.name
        assert rule.after is None or REGISTRY[rule.after].stage == "primary", rule.name
