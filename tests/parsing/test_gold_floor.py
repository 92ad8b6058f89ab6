"""Score the three gold reports with ../shared/eval/score.py and hold the line:
each figure must stay at or above what the parser reached when this floor was set."""
import importlib.util
from pathlib import Path

import pytest

from dagster_project.parsing.decode import decode_bytes
from dagster_project.parsing.report import parse_report

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "eval" / "score.py"

# report: (recall, precision, exact facts) reached, rounded down to 0.01
FLOORS = {
    "urumqi-2021": (1.00, 1.00, 0.95),
    "guowuyuan-2021": (1.00, 1.00, 0.96),
    "hailaer-2016": (1.00, 1.00, 0.95),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("gov_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold_and_text(rid):
    """The report's gold file and decoded text, or skip the test where either is absent."""
    gold_path = SHARED / "eval" / "gold" / f"{rid}.jsonl"
    report = SHARED / "reports" / f"{rid}.txt"
    if not gold_path.exists() or not report.exists():
        pytest.skip(f"{rid}: gold or report absent")
    return gold_path, decode_bytes(report.read_bytes()).text


def _assert_floor(r, rid, recall_margin=0.0, precision_margin=0.0, exact_margin=0.0):
    recall, precision, exact = FLOORS[rid]
    assert r["recall"] >= recall - recall_margin
    assert r["precision"] >= precision - precision_margin
    assert r["exact_facts"] >= exact - exact_margin


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is absent")
@pytest.mark.parametrize("rid", sorted(FLOORS))
def test_gold_floor(rid):
    gold_path, text = _gold_and_text(rid)
    score = _scorer()
    preds = [f.to_contract() for f in parse_report(rid, text).facts]
    _assert_floor(score.score(score.load([str(gold_path)]), preds), rid)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is absent")
@pytest.mark.parametrize("rid", sorted(FLOORS))
def test_gold_floor_without_line_breaks(rid):
    """The same reports with every line break turned into a space (offsets unchanged):
    structure must come from the text, not from the lines."""
    gold_path, text = _gold_and_text(rid)
    score = _scorer()
    text = text.replace("\r", " ").replace("\n", " ")
    preds = [f.to_contract() for f in parse_report(rid, text).facts]
    _assert_floor(score.score(score.load([str(gold_path)]), preds), rid, exact_margin=0.05)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is absent")
@pytest.mark.parametrize("rid", sorted(FLOORS))
@pytest.mark.parametrize("artefact", ["\n", "\n\u200b\n", "\u200b"])
def test_gold_floor_with_source_artefacts(rid, artefact):
    """Words split across lines and zero-width characters dropped at random places
    (never next to a digit) must not change the facts; gold offsets move along."""
    import bisect
    import random

    gold_path, text = _gold_and_text(rid)
    score = _scorer()
    rnd = random.Random(7)
    pos = sorted(p for p in rnd.sample(range(1, len(text)), 120)
                 if not (text[p].isdigit() or text[p - 1].isdigit() or text[p] in "\r\n"
                         or text[p - 1] in "\r\n。！？：;；"))
    parts, last = [], 0
    for p in pos:
        parts += [text[last:p], artefact]
        last = p
    parts.append(text[last:])
    moved = "".join(parts)
    gold = []
    for g in score.load([str(gold_path)]):
        g = dict(g)
        g["offset"] = int(g["offset"]) + len(artefact) * bisect.bisect_right(pos, int(g["offset"]))
        gold.append(g)
    preds = [f.to_contract() for f in parse_report(rid, moved).facts]
    _assert_floor(score.score(gold, preds), rid, recall_margin=0.01, precision_margin=0.01, exact_margin=0.03)
