#!/usr/bin/env python3
"""Draw random facts from the corpus for a spot check by reading.

Picks --reports reports from ../shared/corpus with random.Random(--seed), then
--per-report facts from each, and prints every fact's fields with its number
marked 【】 in the sentence, ready to be graded field by field by a reader.
Skips cleanly when ../shared is absent.

    python scripts/spot_check.py --seed 20261127 [--reports 5] [--per-report 4]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dagster_project.parsing.decode import decode_bytes  # noqa: E402
from dagster_project.parsing.report import parse_report  # noqa: E402


def marked(fact, before: int = 60, after: int = 30) -> str:
    """The fact's sentence around its number, the number in 【】."""
    s, i = fact.sentence, fact.offset - fact.sentence_offset
    j = i + len(fact.text)
    return (s[max(0, i - before):i] + "【" + s[i:j] + "】" + s[j:j + after]).replace("\n", " ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--reports", type=int, default=5)
    ap.add_argument("--per-report", type=int, default=4)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"skipped: {corpus} is absent")
        return 0
    rng = random.Random(a.seed)
    for path in rng.sample(sorted(corpus.glob("*.txt")), a.reports):
        facts = parse_report(path.stem, decode_bytes(path.read_bytes()).text).facts
        for f in rng.sample(facts, min(a.per_report, len(facts))):
            print(f"{f.report_id}@{f.offset} {f.text} | {f.indicator} | {f.kind} {f.value:g} {f.unit} | "
                  f"period {f.period} base {f.base_period} | {f.status} {f.qualifier}")
            print("    " + marked(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
