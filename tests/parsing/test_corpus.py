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
