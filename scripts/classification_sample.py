#!/usr/bin/env python3
"""Draw classified facts from a warehouse for grading the indicator classification.

Takes the facts of fct_indicator_values that the catalogue classifies
(indicator_code not null) in the reports of one split (--split, by the
relative path of dim_report.source_file, as scripts/spot_check.py splits:
validation is the tenth whose sha1 first byte mod 10 is 0, dev the rest),
orders them by sha1("<seed>:<fact_id>") and keeps the first --size. The order
does not depend on which other facts are classified, so the same draw on a
warehouse built after a catalogue change keeps every fact that is still
classified and fills the places of the others with the next in line: before
and after are graded on the same sample definition.

Writes a CSV (split, report_id, fact_id, indicator, kind, unit, value,
indicator_code, sentence, grade, note) with the number marked 【】 in its
sentence. Grades and notes are carried over from --grades files for the same
fact with the same code; the rest are left blank for a reader to fill in:
grade 1 when the code is right for what the figure measures, 0 when not.

    python scripts/classification_sample.py --db /tmp/cls/val.duckdb --split validation \\
        --seed 2026120703 --out evaluation/classification_sample_seed2026120703.csv \\
        [--grades evaluation/classification_sample_seed2026120703_baseline.csv]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from spot_check import in_validation  # noqa: E402

COLUMNS = ["split", "report_id", "fact_id", "indicator", "kind", "unit", "value",
           "indicator_code", "sentence", "grade", "note"]

FACTS = """
select f.report_id, r.source_file, f.fact_id, f.indicator, f.kind, f.unit, f.value, f.text,
       f.indicator_code, f.sentence, f.char_offset - f.sentence_offset as at
from fct_indicator_values f
inner join dim_report r on r.report_id = f.report_id
where f.indicator_code is not null
"""


def draw_key(seed: int, fact_id: str) -> bytes:
    return hashlib.sha1(f"{seed}:{fact_id}".encode("utf-8")).digest()


def marked(sentence: str, at: int, text: str, before: int = 90, after: int = 40) -> str:
    j = at + len(text)
    return (sentence[max(0, at - before):at] + "【" + sentence[at:j] + "】"
            + sentence[j:j + after]).replace("\n", " ")


def draw(db: Path, split: str, seed: int, size: int) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(FACTS).fetchall()
    finally:
        con.close()
    keep = []
    for rid, source, fid, ind, kind, unit, value, text, code, sentence, at in rows:
        if in_validation(source) != (split == "validation"):
            continue
        keep.append({"split": split, "report_id": rid, "fact_id": fid, "indicator": ind, "kind": kind,
                     "unit": unit, "value": f"{value:g}", "indicator_code": code,
                     "sentence": marked(sentence or "", at or 0, text or ""), "grade": "", "note": ""})
    keep.sort(key=lambda r: draw_key(seed, r["fact_id"]))
    return keep[:size]


def read_grades(paths: list[str]) -> dict[tuple[str, str], tuple[str, str]]:
    grades = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("grade", "") != "":
                    grades[(row["fact_id"], row["indicator_code"])] = (row["grade"], row.get("note", ""))
    return grades


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a built warehouse (govreport run --warehouse)")
    ap.add_argument("--split", choices=("dev", "validation"), required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--grades", action="append", default=[], help="graded CSVs to carry grades from")
    ap.add_argument("--out", required=True, help="CSV to write; rows of other splits in it are kept")
    a = ap.parse_args(argv)
    rows = draw(Path(a.db), a.split, a.seed, a.size)
    grades = read_grades(a.grades)
    for row in rows:
        row["grade"], row["note"] = grades.get((row["fact_id"], row["indicator_code"]), ("", ""))
    out = Path(a.out)
    others = []
    if out.exists():
        with open(out, encoding="utf-8", newline="") as f:
            others = [r for r in csv.DictReader(f) if r["split"] != a.split]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(sorted(others + rows, key=lambda r: (r["split"] != "validation", draw_key(a.seed, r["fact_id"]))))
    ungraded = sum(1 for r in rows if r["grade"] == "")
    print(f"{out}: {len(rows)} {a.split} facts, {len(rows) - ungraded} carried grades, {ungraded} to grade")
    return 0


if __name__ == "__main__":
    sys.exit(main())
