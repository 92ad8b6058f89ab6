"""`python -m benchmarks.run_benchmarks`: measure the four performance goals and write
benchmarks/BENCHMARKS.md. Needs ../shared/corpus; says so and stops cleanly without it.

  --repeats N         runs per pipeline scenario (median reported; default 3)
  --scale-reports N   size of the replicated corpus (default 1000; 0 skips it)
  --profile           also profile one full corpus run (cProfile) into benchmarks/profile.txt
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import CORPUS, REPO, corpus_files, machine_description

OUT = Path(__file__).resolve().parent / "BENCHMARKS.md"
FINDINGS = "## Findings"


def _commit() -> str:
    if os.environ.get("GOVREPORT_COMMIT"):  # measuring an exported tree, not a clone
        return os.environ["GOVREPORT_COMMIT"]
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def render(parse: dict, pipe: dict, machine: str, profile_note: str) -> str:
    one, corpus, inc = pipe["one"], pipe["corpus"], pipe["incremental"]
    ratio = corpus.seconds / one.seconds
    inc_share = inc.seconds / corpus.seconds
    rows = [
        ("1. Parsing speed per core", f"{parse['mb_per_cpu_s']:.2f} MB per CPU-second "
         f"({parse['mb_per_s']:.2f} MB/s wall) on {parse['files']} files, {parse['mb']:.2f} MB",
         "≥ 2 MB/s", _met(parse["mb_per_cpu_s"] >= 2)),
        ("2a. Pipeline, 1 report", f"{one.seconds:.1f} s", "", ""),
        (f"2b. Pipeline, corpus ({corpus.reports} reports)", f"{corpus.seconds:.1f} s", "", ""),
        ("2c. Corpus ÷ one report", f"{ratio:.2f}×", "≤ 1.5×", _met(ratio <= 1.5)),
        ("3. One report added to the corpus warehouse", f"{inc.seconds:.1f} s = {inc_share:.0%} of the full corpus run",
         "≤ 50%", _met(inc_share <= 0.5)),
    ]
    if "scale" in pipe:
        sc = pipe["scale"]
        rows.append((f"4. Scale run, {sc.reports} reports", f"{sc.seconds:.1f} s, peak memory {sc.peak_mb:.0f} MB",
                     "< 120 s, < 2048 MB", _met(sc.seconds < 120 and sc.peak_mb < 2048)))
    table = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows)
    stages = "\n".join(
        f"| {s.name if s.name not in ('one', 'corpus', 'scale') else s.name} | {s.reports} | "
        + " | ".join(f"{s.stages().get(k, 0):.1f}" for k in STAGES)
        + f" | {s.seconds:.1f} | {s.cpu_seconds:.1f} | {s.peak_mb:.0f} |"
        for s in pipe.values())
    runs = "\n".join(f"- {key}: " + ", ".join(f"{r.seconds:.1f} s" for r in s.runs) for key, s in pipe.items())
    return f"""# Benchmarks

Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at commit `{_commit()}` by
`python -m benchmarks.run_benchmarks` (options: its module docstring).
Every figure is the median of several runs; each pipeline run is a fresh `govreport run`
process, as a user starts it, with its own warehouse and Dagster home.

**Machine:** {machine}. The machine is shared: other work ran at the same time, so wall
times are upper bounds; parsing speed is also given in CPU time, which contention does not inflate.

## Goals

| what | measured | goal | |
|---|---|---|---|
{table}

## Where the time goes (median seconds per stage)

| run | reports | {' | '.join(STAGE_LABELS.get(k, k) for k in STAGES)} | total wall | CPU s | peak MB |
|---|---|{'---|' * len(STAGES)}---|---|---|
{stages}

Stage times come from the progress lines of `govreport run`; "run set-up" is Dagster's
creation of the run before its first step. The rest of the wall time is process start-up
(importing Dagster and dagster-dbt, loading the definitions, planning the run) and tear-down.
"CPU s" is the user + system time of `govreport run` and its dbt process on both cores
together: less moved by other work on the machine than wall time, though not immune to it.

Individual runs:
{runs}

Parsing runs (s): {', '.join(f'{t:.2f}' for t in parse['runs'])}; {parse['facts']} facts.

## Profile

{profile_note}
"""


# Stage names as `govreport run` prints them; "run" is Dagster's set-up of the run before the first step.
STAGES = ["run", "parse reports", "load staging tables", "dbt build (models and tests)", "Great Expectations",
          "HTML report", "publish"]
STAGE_LABELS = {"run": "run set-up", "dbt build (models and tests)": "dbt build"}


def profile_corpus_run() -> str:
    """cProfile of one full corpus run in this process; the top entries go to profile.txt."""
    import cProfile
    import io
    import os
    import pstats
    import tempfile

    with tempfile.TemporaryDirectory(prefix="govreport-profile-") as tmp:
        os.environ["DAGSTER_HOME"] = str(Path(tmp) / "home")
        os.environ["GOVREPORT_WAREHOUSE"] = str(Path(tmp) / "warehouse.duckdb")
        os.environ["GOVREPORT_RAW_DIR"] = str(CORPUS)
        profiler = cProfile.Profile()
        profiler.enable()
        from dagster_project.pipeline import run_pipeline

        run_pipeline(log_level="WARNING")
        profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    (OUT.parent / "profile.txt").write_text(text.getvalue(), encoding="utf-8")
    return text.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run_benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scale-reports", type=int, default=1000)
    ap.add_argument("--scale-repeats", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not corpus_files():
        print(f"benchmarks: {CORPUS} is absent or empty (../shared is only there for evaluation); nothing measured")
        return 0
    from benchmarks.bench_parse import parse_speed
    from benchmarks.bench_pipeline import pipeline_benchmarks

    machine = machine_description()
    parse = parse_speed(max(args.repeats, 3))
    print(f"parsing: {parse['mb_per_cpu_s']:.2f} MB/CPU-s, {parse['mb_per_s']:.2f} MB/s wall", flush=True)
    pipe = pipeline_benchmarks(args.repeats, args.scale_reports, args.scale_repeats)
    for key, s in pipe.items():
        print(f"{key}: {s.seconds:.1f} s median of {[round(r.seconds, 1) for r in s.runs]}, "
              f"peak {s.peak_mb:.0f} MB, stages {s.stages()}", flush=True)
    note = "Not profiled in this measurement (run with --profile)."
    if args.profile:
        profile_corpus_run()
        note = "See benchmarks/profile.txt (cProfile of one full corpus run, in-process)."
    # The hand-written findings (what the profile showed, what was cut) survive a re-measurement.
    kept = ""
    if args.output.exists() and FINDINGS in (old := args.output.read_text(encoding="utf-8")):
        kept = "\n" + old[old.index(FINDINGS):]
    args.output.write_text(render(parse, pipe, machine, note) + kept, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
