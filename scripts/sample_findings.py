#!/usr/bin/env python3
"""Draw a random sample of failed consistency findings for grading by reading.

Reads main.fct_check_results of a warehouse (opened read-only) and keeps the
failed consistency findings: status 'fail', not a structural check
(structure.*) and not the per-report quarantine verdict. The sample is
stratified over the three main checks (growth_levels, shares,
repeated_statements): --size split evenly between them (the remainder to the
first); a check with fewer failures than its share gives all it has, and the
shortfall is filled at random from the remaining failures of every consistency
check (average_cumulative, average_levels, multiples, parts_within_totals and
the main checks' unsampled rows). The draw depends only on --seed and the
warehouse's contents (failures are ordered by check_id before sampling).

Writes a CSV with one row per finding: check, check_id, report_id, place,
year, offsets, stated, implied, message, the sentences (joined by ' ‖ '), a
context excerpt of the report's text around the first offset, and empty
columns grade (real / parse / unclear) and note, to be filled by a reader.
An existing file is not overwritten (it may hold grades) unless --force.

    python scripts/sample_findings.py --seed 2026120501 \\
        --db /tmp/lawtext/warehouse.duckdb [--size 60] [--out evaluation/quality_sample_seed2026120501.csv]
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
MAIN_CHECKS = ("growth_levels", "shares", "repeated_statements")
COLUMNS = ["check", "check_id", "report_id", "place", "year", "offsets", "stated", "implied",
           "message", "sentences", "context", "grade", "note"]

FAILURES = """
    select r.check_name, r.check_id, r.report_id, d.place, d.report_year, r.offsets,
           r.stated, r.implied, r.message, r.sentences
    from main.fct_check_results as r
    left join main.dim_report as d using (report_id)
    where r.status = 'fail'
      and r.check_name not like 'structure.%'
      and r.check_name <> 'quarantine'
    order by r.check_id
"""


def draw(rows: list[tuple], size: int, seed: int) -> list[tuple]:
    """The stratified sample: size // 3 of each main check, the shortfall from the rest."""
    rng = random.Random(seed)
    quotas = {c: size // len(MAIN_CHECKS) + (i < size % len(MAIN_CHECKS)) for i, c in enumerate(MAIN_CHECKS)}
    picked: list[tuple] = []
    for check in MAIN_CHECKS:
        stratum = [r for r in rows if r[0] == check]
        picked += rng.sample(stratum, min(quotas[check], len(stratum)))
    chosen = {r[1] for r in picked}
    rest = [r for r in rows if r[1] not in chosen]
    picked += rng.sample(rest, min(size - len(picked), len(rest)))
    order = {c: i for i, c in enumerate(MAIN_CHECKS)}
    return sorted(picked, key=lambda r: (order.get(r[0], len(order)), r[0], r[2], r[1]))


def fmt(x) -> str:
    return "" if x is None else f"{x:.6g}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=60)
    ap.add_argument("--db", default=str(ROOT / "warehouse" / "warehouse.duckdb"))
    ap.add_argument("--out", help="default evaluation/quality_sample_seed<seed>.csv")
    ap.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    ap.add_argument("--context", type=int, default=80, help="characters of report text either side of the first offset")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else ROOT / "evaluation" / f"quality_sample_seed{a.seed}.csv"
    if out.exists() and not a.force:
        print(f"{out} exists (it may hold grades): pass --force to overwrite, or --out elsewhere", file=sys.stderr)
        return 2

    con = duckdb.connect(a.db, read_only=True)
    rows = con.execute(FAILURES).fetchall()
    sample = draw(rows, a.size, a.seed)
    texts = dict(con.execute(
        "select report_id, text from landing.reports where report_id in (select unnest(?))",
        [sorted({r[2] for r in sample})]).fetchall())
    con.close()

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for check, check_id, report_id, place, year, offsets, stated, implied, message, sentences in sample:
            text = texts.get(report_id, "")
            first = min(o for o in offsets if o is not None) if offsets else 0
            context = text[max(0, first - a.context):first + a.context].replace("\n", " ")
            w.writerow([check, check_id, report_id, place, year, " ".join(str(o) for o in offsets or []),
                        fmt(stated), fmt(implied), message,
                        " ‖ ".join(s.replace("\n", " ") for s in sentences or []), context, "", ""])

    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    drawn = {}
    for r in sample:
        drawn[r[0]] = drawn.get(r[0], 0) + 1
    print(f"{len(rows)} failed consistency findings; {len(sample)} drawn (seed {a.seed}) → {out}")
    for check in sorted(counts, key=lambda c: -counts[c]):
        print(f"  {check:22} {counts[check]:6} failed, {drawn.get(check, 0):3} drawn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
