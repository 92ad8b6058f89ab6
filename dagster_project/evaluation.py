"""`govreport eval` / `make eval`: run the pipeline over the reports that have
gold answers and print the scorer's figures per report.

Needs ../shared (eval/score.py, eval/gold/, reports/); says so and stops when
it is absent.
"""
from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from dagster_project import settings


def evaluate(shared: Path, workdir: Path) -> int:
    scorer = shared / "eval" / "score.py"
    gold_dir = shared / "eval" / "gold"
    reports = shared / "reports"
    if not (scorer.exists() and gold_dir.is_dir() and reports.is_dir()):
        print(f"govreport eval: {shared} has no eval/score.py, eval/gold/ and reports/; nothing to score")
        return 0
    from dagster_project.pipeline import run_pipeline

    workdir.mkdir(parents=True, exist_ok=True)
    config = settings.Settings.resolve(warehouse=workdir / "eval.duckdb", raw_dir=reports)
    # The scores are what this command is for: dbt's console echo (which
    # dagster-dbt prints) goes to stderr, Dagster logs only warnings (and dbt
    # writes no colour codes where stdout is no terminal: runtime.quiet_environment).
    with contextlib.redirect_stdout(sys.stderr):
        outcome = run_pipeline(config, log_level="WARNING")
    print(outcome.summary())
    if not outcome.success:
        return 1
    facts_file = workdir / "facts.jsonl"
    with open(facts_file, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "dagster_project.cli", "facts", "--warehouse", str(config.warehouse)], stdout=out, check=True)
    status = 0
    for gold in sorted(gold_dir.glob("*.jsonl")):
        print(f"\n== {gold.stem}")
        status |= subprocess.run(
            [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(facts_file)]
        ).returncode
    print(f"\nfacts: {facts_file}")
    return status
