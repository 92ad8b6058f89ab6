"""Every report of ../shared/corpus parses without exception into a sensible number of facts."""
from pathlib import Path

import pytest

from dagster_project.parsing.decode import decode_bytes
from dagster_project.parsing.report import parse_report

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_report_parses(path):
    text = decode_bytes(path.read_bytes()).text
    parsed = parse_report(path.stem, text)
    n = len(parsed.facts)
    # roughly one fact per 50-400 characters of report
    assert 20 <= n <= len(text) / 30, n
    assert parsed.meta.year is not None
    for f in parsed.facts:
        assert 0 <= f.offset < len(text)
        assert text[f.offset].isdigit() or text[f.offset] == "翻"
        assert f.indicator, f
        assert f.status in ("actual", "expected", "target")


def test_corpus_absent_skips_cleanly():
    if not FILES:
        pytest.skip("../shared/corpus is absent")
    assert FILES


@pytest.mark.skipif(not FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("path", FILES[::4], ids=[p.stem for p in FILES[::4]])
def test_corpus_report_without_line_breaks_keeps_its_structure(path):
    """With every line break turned into a space, the same numbers keep the same
    section role, period and status (structure comes from the words)."""
    text = decode_bytes(path.read_bytes()).text
    a = {f.offset: (f.section_role, f.period, f.status) for f in parse_report(path.stem, text).facts}
    flat = text.replace("\r", " ").replace("\n", " ")
    b = {f.offset: (f.section_role, f.period, f.status) for f in parse_report(path.stem, flat).facts}
    same = sum(1 for k, v in a.items() if b.get(k) == v)
    assert same >= 0.9 * len(a)
