"""The least dbt can cost when one report of a lawtext warehouse changed (issue 16's floor).

Issue 16 asks that adding one report to a warehouse of 1,585 cost <= 10% of a full run
(~5 s of ~52 s). This measures dbt alone on that change, three ways, interleaved:

- ``subprocess``: `dbt build --selector from_landing` as its own process, as the pipeline
  runs it (dagster-dbt 0.29 always starts one): interpreter, dbt's imports, partial parse;
- ``in-process``: the same build through dbt's Python API (`dbtRunner`) in a process that
  has already imported dbt and parsed the project once, and passes the parsed manifest to
  every invocation: what a resident process (a daemon's code server) could at best do;
- ``in-process, models only``: the same without the tests (`--exclude-resource-type test`):
  what the build costs if its 140 tests cost nothing.

Each invocation is timed after one report's landing row changed (its ``loaded_at`` moved by
a second), so dbt's incremental models rebuild that report's rows, as after an add or a
change. Nothing else of the pipeline runs (no parsing, Great Expectations, HTML report):
the figures are a lower bound for a one-report run.

Run (needs a lawtext warehouse; without ``--warehouse`` it makes one with `govreport run`,
~1 minute):

    python -m benchmarks.bench_dbt_floor [--warehouse PATH] [--repeats 3]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import PYTHON, lawtext_dir, machine_description, median

MODES = ("subprocess", "in-process", "in-process, models only")


def _dbt_args(profiles: Path, target: Path, digest: str, models_only: bool) -> list[str]:
    """The pipeline's own incremental `dbt build` (defs/assets/dbt.py dbt_build_args), in this
    benchmark's target folder and quiet; models_only: the same nodes without the tests."""
    from dagster_project.defs.assets.dbt import dbt_build_args

    args = dbt_build_args(profiles, digest, {digest}) + _where(target)
    if models_only:  # (--selector FROM_LANDING, the incremental build's selection, replaced)
        at = args.index("--selector")
        args[at:at + 2] = ["--select", "source:*+", "--exclude-resource-type", "test"]
    return args


def _where(target: Path) -> list[str]:
    from dagster_project import settings

    return ["--project-dir", str(settings.DBT_DIR), "--target-path", str(target), "--log-level", "none"]


def _touch_report(build: Path, i: int) -> None:
    """Move one report's landing row by a second: dbt's incremental models rebuild it."""
    import duckdb

    con = duckdb.connect(str(build))
    try:
        (rid,), = con.execute("select report_id from landing.reports order by report_id "
                              "limit 1 offset ?", [i]).fetchall()
        con.execute("update landing.reports set loaded_at = loaded_at + interval 1 second "
                    "where report_id = ?", [rid])
    finally:
        con.close()


def _close_dbt_database() -> None:
    """dbt-duckdb keeps its database open after an in-process invocation; the next
    pipeline step (or this benchmark's next change) needs the file free."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    if DuckDBConnectionManager._ENV is not None:
        DuckDBConnectionManager._ENV.close()
    DuckDBConnectionManager.close_all_connections()


class Runner:
    """The three ways of running the build, each timed in wall and CPU seconds."""

    def __init__(self, build: Path, work: Path):
        from dbt.cli.main import dbtRunner

        from dagster_project import runtime
        from dagster_project.defs.dbt_cli import write_profile

        self.profiles, self.target = write_profile(build), work / "target"
        self.digest = runtime.dbt_project_digest()
        parsed = dbtRunner().invoke(["parse", "--profiles-dir", str(self.profiles), *_where(self.target)])
        if not parsed.success:
            raise RuntimeError(f"dbt parse failed: {parsed.exception}")
        self.in_process = dbtRunner(manifest=parsed.result)  # parsed once, reused by every build

    def run(self, mode: str) -> tuple[float, float, int]:
        """(wall s, CPU s, nodes) of one build."""
        args = _dbt_args(self.profiles, self.target, self.digest, models_only=mode.endswith("models only"))
        start, cpu = time.perf_counter(), os.times()
        if mode == "subprocess":
            done = subprocess.run([str(Path(PYTHON).with_name("dbt")), *args], capture_output=True, text=True)
            ok, nodes = done.returncode == 0, len(json.loads((self.target / "run_results.json").read_text())["results"])
        else:
            result = self.in_process.invoke(args)
            _close_dbt_database()
            ok, nodes = result.success, len(result.result.results)
        end = os.times()
        if not ok:
            raise RuntimeError(f"dbt build ({mode}) failed; see {self.target / 'dbt.log'}")
        used = (end.user - cpu.user + end.system - cpu.system
                + end.children_user - cpu.children_user + end.children_system - cpu.children_system)
        return time.perf_counter() - start, used, nodes


def _lawtext_warehouse(work: Path) -> Path:
    from benchmarks.bench_pipeline import govreport_run

    print("building a lawtext warehouse with `govreport run` (~1 minute)", flush=True)
    govreport_run(lawtext_dir(), work / "seed")
    return work / "seed" / "warehouse.duckdb"


def measure(warehouse: Path | None, repeats: int) -> dict:
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    with tempfile.TemporaryDirectory(prefix="bench-dbt-floor-") as tmp:
        work = Path(tmp)
        source = warehouse or _lawtext_warehouse(work)
        build = work / "build.duckdb"
        shutil.copy2(source, build)
        runner, times = Runner(build, work), {mode: [] for mode in MODES}
        for i in range(repeats + 1):  # the first round warms the caches and is not counted
            for mode in MODES:
                _touch_report(build, len(MODES) * i + MODES.index(mode))
                wall, cpu, nodes = runner.run(mode)
                print(f"  round {i}{' (warm-up)' if i == 0 else ''}, {mode}: {wall:.2f} s, "
                      f"{cpu:.2f} CPU-s, {nodes} nodes", flush=True)
                if i:
                    times[mode].append((wall, cpu, nodes))
    return times


def report(times: dict, repeats: int) -> str:
    lines = [f"dbt alone, one report changed in a lawtext warehouse; medians of {repeats} "
             f"interleaved runs ({machine_description()}):", "",
             "| dbt build | nodes | wall s | CPU s |", "|---|---|---|---|"]
    for mode, runs in times.items():
        lines.append(f"| {mode} | {runs[0][2]} | {median([r[0] for r in runs]):.2f} | "
                     f"{median([r[1] for r in runs]):.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, help="a published lawtext warehouse (copied, not changed)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if args.warehouse is None and not lawtext_dir().is_dir():
        print(f"skipped: {lawtext_dir()} is absent and no --warehouse was given", file=sys.stderr)
        return 0
    print(report(measure(args.warehouse, args.repeats), args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
