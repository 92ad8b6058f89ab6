"""How well does a fact's name_confidence predict a right indicator name?

Re-parses the reports of committed strict spot checks (evaluation/spot_check_seed*.csv,
graded field by field by a reader) as the pipeline parses them, finds each graded
fact by its offset, and prints, per confidence level, how many graded facts have it
and the share whose indicator was graded right. Needs the corpus the spot checks
were drawn from (../shared/lawtext); without it, says so and stops.

    .venv/bin/python scripts/naming_confidence_eval.py [--corpus ../shared/lawtext]
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spot_check import parse_as_pipeline  # noqa: E402  (scripts/ is on sys.path when run as a script)

from dagster_project.parsing.naming_confidence import CONFIDENCES  # noqa: E402

EVALUATION = Path(__file__).resolve().parent.parent / "evaluation"


def _facts_by_offset(corpus: Path, rel: str) -> dict[int, object]:
    return {f.offset: f for f in parse_as_pipeline(corpus, corpus / rel)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/lawtext"))
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: absent; the spot checks' reports are needed to re-parse them")
        return 0
    tally: dict[tuple[str, str], list[int]] = defaultdict(list)  # (sample, confidence) → indicator grades
    cache: dict[str, dict] = {}
    for sheet in sorted(EVALUATION.glob("spot_check_seed*.csv")):
        for row in csv.DictReader(sheet.open(encoding="utf-8")):
            facts = cache.setdefault(row["report"], _facts_by_offset(args.corpus, row["report"]))
            fact = facts.get(int(row["offset"]))
            confidence = fact.name_confidence if fact else "not found"
            tally[(row["sample"], confidence)].append(int(row["indicator_ok"]))
    print("sample      confidence   facts  indicator right")
    for sample in sorted({s for s, _ in tally}):
        for confidence in (*CONFIDENCES, "not found"):
            grades = tally.get((sample, confidence))
            if grades:
                print(f"{sample:<11} {confidence:<12} {len(grades):>5}  {sum(grades) / len(grades):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
