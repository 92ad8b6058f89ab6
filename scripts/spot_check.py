#!/usr/bin/env python3
"""Draw random facts from a folder of reports for a spot check by reading.

Picks --reports reports (any format dagster_project.reading reads, at any depth)
from --corpus (default ../shared/corpus) with random.Random(--seed), then
--per-report facts from each, and prints every fact's fields with its number
marked 【】 in the sentence, ready to be graded field by field by a reader.
--split keeps the reports whose relative path hashes into the validation tenth
(sha1 of the path, first byte mod 10 == 0) or the other nine tenths (dev): rules
are written from dev only; validation is only scored. Skips cleanly when the
folder is absent. --fresh leaves out the reports of every graded draw committed in
evaluation/ (spot_check_seed*.csv): their graded errors have been read and have
guided the mechanisms fixed since, so they are no longer unseen; and those of the draws
saved there not graded yet (val_SEED.txt), so the draws of one check share no report.

    python scripts/spot_check.py --seed 20261127 [--reports 5] [--per-report 4]
    python scripts/spot_check.py --corpus ../shared/lawtext --split validation --fresh --seed 2026120502
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dagster_project.loading.provenance import year_hint  # noqa: E402
from dagster_project.loading.report_ids import is_collection_doc  # noqa: E402
from dagster_project.parsing.report import parse_report  # noqa: E402
from dagster_project.reading import SUFFIXES, read_document  # noqa: E402


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
    ap.add_argument("--split", choices=("all", "dev", "validation"), default="all")
    ap.add_argument("--fresh", action="store_true", help="leave out the reports of graded and saved draws")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"skipped: {corpus} is absent")
        return 0
    rng = random.Random(a.seed)
    reports = _reports(corpus, a.split)
    if a.fresh:
        graded = graded_reports(ROOT / "evaluation") | drawn_reports(ROOT / "evaluation")
        reports = [p for p in reports if p.relative_to(corpus).as_posix() not in graded]
    for path in rng.sample(reports, a.reports):
        facts = parse_as_pipeline(corpus, path)
        for f in rng.sample(facts, min(a.per_report, len(facts))):
            print(f"{f.report_id}@{f.offset} {f.text} | {f.indicator} | {f.kind} {f.value:g} {f.unit} | "
                  f"period {f.period} base {f.base_period} | {f.status} {f.qualifier}")
            print("    " + marked(f))
    return 0


def parse_as_pipeline(corpus: Path, path: Path) -> list:
    """The facts of one report file as the pipeline parses it: read in its format,
    with the year the file is filed under as the hint (loading/ingest.py)."""
    rel = path.relative_to(corpus).as_posix()
    document = read_document(path, path.read_bytes())
    hint, _ = year_hint(rel, document.metadata)
    return parse_report(rel, document.text, year_hint=hint).facts


def graded_reports(folder: Path) -> set[str]:
    """The reports (paths relative to their folder) of the graded draws in ``folder``."""
    found = set()
    for grades in folder.glob("spot_check_seed*.csv"):
        with grades.open(encoding="utf-8", newline="") as f:
            found |= {row["report"] for row in csv.DictReader(f) if row.get("report")}
    return found


def drawn_reports(folder: Path) -> set[str]:
    """The reports of the draws saved in ``folder`` (val_SEED.txt, dev_SEED.txt), graded or not yet:
    a check of several draws must not draw a report twice."""
    found = set()
    for draw in folder.glob("*_[0-9]*.txt"):
        found |= {m.group(1) for m in _DRAWN.finditer(draw.read_text(encoding="utf-8"))}
    return found


_DRAWN = re.compile(r"^(\S+)@\d+ ", re.M)  # a draw's fact line: REPORT@OFFSET TEXT | …


def in_validation(relpath: str) -> bool:
    """The validation tenth: the first byte of sha1(relative path) mod 10 is 0."""
    return hashlib.sha1(relpath.encode("utf-8")).digest()[0] % 10 == 0


def _reports(corpus: Path, split: str) -> list[Path]:
    paths = sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES and not is_collection_doc(p))
    if split == "all":
        return paths
    return [p for p in paths if in_validation(p.relative_to(corpus).as_posix()) == (split == "validation")]


if __name__ == "__main__":
    sys.exit(main())
