"""`govreport`: the command line. Each sub-command lives in dagster_project/commands/."""
from __future__ import annotations

import argparse
import sys

from dagster_project.commands import evaluate, export, facts, panel, quality, query, run
from dagster_project.commands.common import CliError

COMMANDS = [run, facts, query, export, panel, quality, evaluate]


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="govreport", description="A data warehouse of Chinese government work reports.",
                                 epilog="Run 'govreport COMMAND --help' for the options of a command.")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"govreport: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
