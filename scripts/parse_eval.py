#!/usr/bin/env python3
"""Quick iteration tool for the fact parser.

Parses ../shared/reports/*.txt (decoding with decode_bytes), writes each report's
facts as JSON Lines under --out, scores them with ../shared/eval/score.py and
times parsing of ../shared/corpus (MB/s). Skips cleanly when ../shared is absent.
First prints the measured precision of the indicator classification: the share of
graded facts whose catalogue code is right, from the committed samples
evaluation/classification_sample_seed*.csv (scripts/classification_sample.py; no
../shared needed), per split and sample (`_baseline`: before issue 14 part 4).

    python scripts/parse_eval.py [--misses 30] [--only urumqi-2021] [--out /tmp/parse_eval]
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
EVALUATION = ROOT / "evaluation"

from dagster_project.parsing.decode import decode_bytes  # noqa: E402
from dagster_project.parsing.report import parse_report  # noqa: E402


def classification_precision(evaluation: Path = EVALUATION) -> list[tuple[str, str, int, int]]:
    """(sample file stem, split, graded facts, right codes) of each committed graded sample."""
    out = []
    for path in sorted(evaluation.glob("classification_sample_seed*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f) if r.get("grade", "") != ""]
        for split in sorted({r["split"] for r in rows}, key=lambda s: s != "validation"):
            grades = [int(r["grade"]) for r in rows if r["split"] == split]
            out.append((path.stem, split, len(grades), sum(grades)))
    return out


def print_classification_precision(evaluation: Path = EVALUATION) -> None:
    for stem, split, n, right in classification_precision(evaluation):
        print(f"classification precision {stem} {split}: {right}/{n} = {right / n:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=30)
    ap.add_argument("--only", help="report id to score (default: all with gold)")
    ap.add_argument("--out", default="/tmp/parse_eval")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus timing run")
    ap.add_argument("--shared", default=str(SHARED), help="the shared folder (reports, eval, corpus)")
    a = ap.parse_args(argv)
    print_classification_precision()
    shared = Path(a.shared)
    reports = shared / "reports"
    gold_dir = shared / "eval" / "gold"
    if not reports.is_dir() or not (shared / "eval" / "score.py").exists():
        print(f"skipped: {shared} is absent (no reports or scorer to evaluate against)")
        return 0
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(reports.glob("*.txt")):
        rid = path.stem
        if a.only and rid != a.only:
            continue
        text = decode_bytes(path.read_bytes()).text
        parsed = parse_report(rid, text)
        pred = out / f"{rid}.jsonl"
        with open(pred, "w", encoding="utf-8") as f:
            for fact in parsed.facts:
                f.write(json.dumps(fact.to_contract(), ensure_ascii=False) + "\n")
        m = parsed.meta
        print(f"== {rid}: {len(parsed.facts)} facts; meta: {m.title} | {m.place} | {m.level} | {m.year} | {m.delivered_on}")
        gold = gold_dir / f"{rid}.jsonl"
        if gold.exists():
            subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                            "--pred", str(pred), "--misses", str(a.misses)], check=False)
    corpus = shared / "corpus"
    if corpus.is_dir() and not a.no_corpus:
        texts = [(p.stem, decode_bytes(p.read_bytes()).text) for p in sorted(corpus.glob("*.txt"))]
        size = sum(len(t.encode("utf-8")) for _, t in texts)
        dt = dc = float("inf")
        for _ in range(3):  # best of three: the machine may be busy
            t0, c0 = time.perf_counter(), time.process_time()
            n = 0
            for rid, t in texts:
                n += len(parse_report(rid, t).facts)
            dt, dc = min(dt, time.perf_counter() - t0), min(dc, time.process_time() - c0)
        print(f"corpus: {len(texts)} reports, {size / 1e6:.2f} MB (UTF-8), {n} facts in {dt:.2f} s wall = "
              f"{size / 1e6 / dt:.2f} MB/s; {dc:.2f} s CPU = {size / 1e6 / dc:.2f} MB/s per core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
