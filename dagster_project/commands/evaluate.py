"""`govreport eval [--shared DIR] [--workdir DIR]`: score the pipeline's facts on the gold reports."""
from __future__ import annotations

import argparse
from pathlib import Path

from dagster_project import settings

EXAMPLES = """\
examples:
  govreport eval                          ../shared beside the clone (what `make eval` runs)
  govreport eval --shared /data/shared    another evaluation folder

The scores go to standard output; the pipeline's progress and dbt's log go to
standard error. Exit status 0 when the run succeeded and every scorer run did
(a missing evaluation folder is said and exits 0), non-zero otherwise.
"""


def register(sub) -> None:
    p = sub.add_parser(
        "eval", help="run the pipeline on ../shared/reports and score the facts against the gold answers",
        description="Run the whole pipeline on the reports of an evaluation folder (DIR/reports) into a "
                    "warehouse of its own, write its facts in the fact contract (docs/facts.md) to "
                    "WORKDIR/facts.jsonl, and score them with DIR/eval/score.py against each gold file in "
                    "DIR/eval/gold/: recall, precision, field accuracy and exact facts per report. "
                    "The published warehouse is not touched.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shared", type=Path, default=settings.REPO_ROOT.parent / "shared", metavar="DIR",
                   help="the evaluation folder with reports/, eval/score.py and eval/gold/ (default: ../shared)")
    p.add_argument("--workdir", type=Path, default=settings.REPO_ROOT / "warehouse" / "eval", metavar="DIR",
                   help="where the evaluation's warehouse and facts.jsonl go (default: warehouse/eval)")
    p.set_defaults(func=evaluate)


def evaluate(args: argparse.Namespace) -> int:
    from dagster_project.evaluation import evaluate as run_eval

    return run_eval(args.shared.resolve(), args.workdir.resolve())
