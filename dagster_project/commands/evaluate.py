"""`govreport eval [--shared DIR]`: score the pipeline's facts on the gold reports."""
from __future__ import annotations

import argparse
from pathlib import Path

from dagster_project import settings


def register(sub) -> None:
    p = sub.add_parser("eval", help="run the pipeline on ../shared/reports and score the facts against the gold answers")
    p.add_argument("--shared", type=Path, default=settings.REPO_ROOT.parent / "shared", metavar="DIR")
    p.set_defaults(func=evaluate)


def evaluate(args: argparse.Namespace) -> int:
    from dagster_project.evaluation import evaluate as run_eval

    return run_eval(args.shared.resolve(), settings.REPO_ROOT / "warehouse" / "eval")
