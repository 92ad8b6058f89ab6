"""`python -m benchmarks.run_benchmarks`: measure the four performance goals and write
benchmarks/BENCHMARKS.md. Needs ../shared/corpus for the corpus scenarios and
../shared/lawtext (1,585 Markdown reports) for the lawtext ones; skips what is absent
and stops cleanly when both are.

  --repeats N         runs per pipeline scenario (median reported; default 3)
  --scale-reports N   size of the replicated corpus (default 1000; 0 skips it)
  --no-corpus         skip parsing speed and the corpus scenarios (one, corpus, incremental, scale)
  --no-lawtext        skip the lawtext scenarios (full run, one report added)
  --synthetic-reports N
                      one run over N reports: ../shared/lawtext replicated under new ids
                      (copy k of a report is 副本kk/<its path>, with a line of its own appended);
                      ONE run whatever --repeats says, with a growth table against the 1,585
                      lawtext reports (default 15000; 0 skips it). Disk, in $TMPDIR: ~0.35 MB
                      per report (raw folder ~50 KB, warehouse ~165 KB, HTML report ~105 KB at
                      300 reports), ~5 GB at 15,000
  --only-synthetic    run only the synthetic scenario (and one lawtext run as its baseline), and
                      replace only its section in --output, keeping everything else there
  --no-plain          skip the plain wiring: a five-model Dagster + dagster-dbt + dbt-duckdb + GE
                      project the benchmark writes itself (benchmarks/plain_wiring.py), run after
                      each one-report and each report-added run (interleaved: same machine, same
                      moment) and reported as the ratio of the product's run to it
  --only-plain        only the one-report runs and the plain wiring's, interleaved (no parsing
                      speed, corpus, scale or lawtext scenarios): the ratio alone
  A partial invocation (--only-plain, --no-lawtext, --no-corpus) rewrites the rows it measures and
  keeps the others from the file, each marked with the commit it was measured at.
  --profile           also profile one full corpus run (cProfile) into benchmarks/profile.txt
  --profile-parse N   also profile reading + parsing N lawtext files into
                      benchmarks/profile_lawtext_parse.txt (default 0: not)
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.common import CORPUS, REPO, corpus_files, lawtext_dir, lawtext_files, machine_description, median

OUT = Path(__file__).resolve().parent / "BENCHMARKS.md"
FINDINGS = "## Findings"
# The synthetic run's section: "## 15,000 reports measured (synthetic …)", up to the next "## ".
SYNTHETIC_SECTION = re.compile(r"^## [\d,]+ reports measured \(synthetic.*?(?=^## |\Z)", re.M | re.S)
SEPARATE = ("synthetic", "lawtext-baseline")  # rendered in the synthetic section, not the median tables


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


def _goal_rows(parse: dict | None, pipe: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    if parse:
        rows.append(("1. Parsing speed per core", f"{parse['mb_per_cpu_s']:.2f} MB per CPU-second "
                     f"({parse['mb_per_s']:.2f} MB/s wall) on {parse['files']} files, {parse['mb']:.2f} MB",
                     "≥ 2 MB/s", _met(parse["mb_per_cpu_s"] >= 2)))
    if "one" in pipe and "corpus" in pipe:
        one, corpus, inc = pipe["one"], pipe["corpus"], pipe["incremental"]
        ratio = corpus.seconds / one.seconds
        inc_share = inc.seconds / corpus.seconds
        rows += [
            ("2a. Pipeline, 1 report", f"{one.seconds:.1f} s", "", ""),
            (f"2b. Pipeline, corpus ({corpus.reports} reports)", f"{corpus.seconds:.1f} s", "", ""),
            ("2c. Corpus ÷ one report", f"{ratio:.2f}×", "≤ 1.5×", _met(ratio <= 1.5)),
            ("3. One report added to the corpus warehouse",
             f"{inc.seconds:.1f} s = {inc_share:.0%} of the full corpus run", "≤ 50%", _met(inc_share <= 0.5)),
        ]
    rows += _plain_rows(pipe)
    if "scale" in pipe:
        sc = pipe["scale"]
        rows.append((f"4. Scale run, {sc.reports} reports", f"{sc.seconds:.1f} s, peak memory {sc.peak_mb:.0f} MB",
                     "< 120 s, < 2048 MB", _met(sc.seconds < 120 and sc.peak_mb < 2048)))
    if "lawtext" in pipe and "lawtext-incremental" in pipe:
        law, added = pipe["lawtext"], pipe["lawtext-incremental"]
        share = added.seconds / law.seconds
        rows += [
            (f"5. Lawtext, {law.reports:,} Markdown files", f"{law.seconds:.1f} s ({law.cpu_seconds:.0f} CPU-s), "
             f"peak memory {law.peak_mb:.0f} MB", "< 60 s, < 1536 MB",
             _met(law.seconds < 60 and law.peak_mb < 1536)),
            ("6. One report added to the lawtext warehouse",
             f"{added.seconds:.1f} s = {share:.0%} of the full lawtext run", "≤ 10%", _met(share <= 0.10)),
        ]
    return rows


def _plain_rows(pipe: dict) -> list[tuple[str, str, str, str]]:
    """The product's one-report runs as a ratio of the plain wiring's, timed alternately."""
    rows = []
    for key, plain_key, what in (("one", "plain-one", "7a. One-report ratio against the plain wiring"),
                                 ("incremental", "plain-incremental",
                                  "7b. One report added to the corpus warehouse, ratio against the plain "
                                  "wiring on its own corpus warehouse")):
        if key in pipe and plain_key in pipe:
            ours, plain = pipe[key], pipe[plain_key]
            rows.append((what, f"govreport ÷ plain: {ours.seconds / plain.seconds:.2f}× (govreport {ours.seconds:.1f} s / plain "
                         f"{plain.seconds:.1f} s, medians of {len(plain.runs)}); CPU {ours.cpu_seconds:.0f} / "
                         f"{plain.cpu_seconds:.0f} CPU-s = {ours.cpu_seconds / plain.cpu_seconds:.2f}×; peak "
                         f"{ours.peak_mb:.0f} / {plain.peak_mb:.0f} MB", "—", ""))
    return rows


def _stage(s, key: str) -> str:
    """A stage's median seconds; a dash for a run that prints no stages (the plain wiring)."""
    return f"{s.stages().get(key, 0):.1f}" if s.staged else "—"


PLAIN_NOTE = """The plain wiring rows are benchmarks/plain_wiring.py: a Dagster + dagster-dbt + dbt-duckdb + Great
Expectations project the benchmark writes itself, wired as a tutorial wires one (one Python asset reading
the reports into DuckDB with a naive regex, one row per number and unit; `@dbt_assets` over five models and
eight generic tests, `dbt build`; one asset validating a mart with GE on a pandas DataFrame; Dagster's
default multiprocess executor). Each of its runs is a fresh `dagster asset materialize --select '*'`
process with its own warehouse and Dagster home, on the same input, started right after the product's run
it is compared with (alternating). On an existing warehouse it has no incremental path: it rebuilds everything.

"""


def _dbt_section(pipe: dict) -> str:
    """The slowest dbt nodes of the lawtext runs (run_results.json), and the HTML report's size."""
    return "\n".join(_dbt_nodes(pipe[key], "###") for key in ("lawtext", "lawtext-incremental") if key in pipe)


def _dbt_nodes(sc, level: str) -> str:
    """One scenario's slowest dbt nodes, Dagster's bookkeeping and HTML report size ("" if none)."""
    if not sc or not any(r.details.get("dbt") for r in sc.runs):
        return ""
    runs = [r.details["dbt"] for r in sc.runs if r.details.get("dbt")]
    nodes = {n: median([r.get(n, 0.0) for r in runs]) for n in set().union(*runs)}
    kinds: dict[str, list[float]] = {}
    for n, t in nodes.items():
        kinds.setdefault(n.split(".")[0], []).append(t)
    summary = ", ".join(f"{len(v)} {k}s {sum(v):.1f} s" for k, v in sorted(kinds.items()))
    top = sorted(nodes.items(), key=lambda kv: -kv[1])[:12]
    table = "\n".join(f"| `{n.split('.', 2)[-1]}` | {n.split('.')[0]} | {t:.1f} |" for n, t in top)
    pages = median([r.details.get("site_pages", 0) for r in sc.runs])
    mb = median([r.details.get("site_mb", 0.0) for r in sc.runs])
    phases = [r.details.get("dagster", {}) for r in sc.runs]
    dagster = "; ".join(f"{k} {median([p.get(k, 0.0) for p in phases]):.1f} s"
                        for k in dict.fromkeys(k for p in phases for k in p))
    count = "one run" if len(runs) == 1 else f"median of {len(runs)} runs"
    return f"""{level} {sc.name}: dbt nodes and Dagster's bookkeeping ({count})

Dagster's event log of the run (wall seconds): {dagster or 'not read'}.
The HTML report beside the warehouse: {pages:,.0f} files, {mb:.0f} MB.

Per dbt node, from dbt's run_results.json (`execution_time`; with `threads: 4` nodes overlap, so
these add up to more than the stage's wall time): {summary}.

| node | kind | s |
|---|---|---|
{table}
"""


def _growth_rows(base, syn) -> str:
    """Seconds and peak MB per stage at 1,585 reports and at N, and the ratio of each."""
    linear = syn.reports / base.reports
    b_s, s_s = base.stages(), syn.stages()
    b_m, s_m = base.stage_peaks(), syn.stage_peaks()

    def ratio(a: float, b: float) -> str:
        if not a or not b:
            return "–"
        r = b / a
        flag = " **faster than linear**" if linear > 1 and r > 1.25 * linear else ""
        return f"{r:.1f}×{flag}"

    rows = []
    for k in [*STAGES, *(k for k in s_s if k not in STAGES)]:
        if k not in b_s and k not in s_s:
            continue
        rows.append(f"| {STAGE_LABELS.get(k, k)} | {b_s.get(k, 0):.1f} | {b_m.get(k, 0):.0f} | "
                    + (f"{s_s[k]:.1f} | {s_m.get(k, 0):.0f} | " if k in s_s else "not reached | | ")
                    + f"{ratio(b_s.get(k, 0), s_s.get(k, 0))} | {ratio(b_m.get(k, 0), s_m.get(k, 0))} |")
    rows.append(f"| **whole run** (wall) | {base.seconds:.1f} | {base.peak_mb:.0f} | {syn.seconds:.1f} | "
                f"{syn.peak_mb:.0f} | {ratio(base.seconds, syn.seconds)} | {ratio(base.peak_mb, syn.peak_mb)} |")
    rows.append(f"| CPU seconds (process tree) | {base.cpu_seconds:.0f} | | {syn.cpu_seconds:.0f} | | "
                f"{ratio(base.cpu_seconds, syn.cpu_seconds)} | |")
    return "\n".join(rows)


def render_synthetic(pipe: dict, machine: str | None = None) -> str:
    """The section of the synthetic run: how it was built, whether it finished, its growth table;
    ``machine`` as described when the measurement began."""
    syn = pipe.get("synthetic")
    if syn is None:
        return ""
    base = pipe.get("lawtext") or pipe.get("lawtext-baseline")
    raw = syn.notes.get("raw", {})
    landing = syn.notes.get("landing", {})
    head = f"## {syn.reports:,} reports measured (synthetic: ../shared/lawtext replicated under new ids)\n"
    when = (f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at commit `{_commit()}` by "
            f"`python -m benchmarks.run_benchmarks --synthetic-reports {syn.reports}` on {machine or machine_description()}.")
    if not syn.runs:
        return head + f"\n{when}\n\n**Not measured: {syn.failure}.**\n\n"
    run = syn.runs[0]
    outcome = (f"**The run FAILED: {syn.failure}.** That is where one machine stopped being enough "
               "for this many reports (or where the pipeline broke at this size: see the output below)."
               if syn.failure else
               f"**The run completed**: {run.seconds:,.1f} s wall, {run.cpu_seconds:,.0f} CPU-s, "
               f"peak memory {run.peak_mb:,.0f} MB (process tree).")
    loaded = (f"The published warehouse holds {landing.get('reports', 0):,} reports in `landing.reports` "
              f"({landing.get('facts', 0):,} facts; {landing.get('load_errors', 0):,} rows in "
              f"`landing.load_errors`); the warehouse file is {syn.notes.get('warehouse_mb', 0):,.0f} MB, "
              f"the run's folder (warehouse, Dagster home, HTML report) {syn.notes.get('workdir_mb', 0):,.0f} MB."
              if landing else "No warehouse was published.")
    parts = [head, f"**One run, not a median**: a run of this size takes too long to repeat, so this scenario runs "
             f"once whatever `--repeats` says; treat its figures as one sample on a shared machine (load "
             f"average {run.load[0]:.1f} at its start). {when}\n",
             f"**How the reports were made.** {raw.get('files', 0):,} files ({raw.get('mb', 0):,.0f} MB, written in "
             f"{raw.get('build_seconds', 0):.1f} s): "
             + (f"the {raw.get('sources', 0):,} lawtext reports and {raw.get('copies', 1) - 1} more copies of them"
                if raw.get("copies", 1) > 1 else f"the first {raw.get('files', 0):,} of the "
                f"{raw.get('sources', 0):,} lawtext reports (no copies at this size)")
             + ", copy k of a report at `副本kk/<its path>` "
             "(so it gets a report_id of its own) with the line `（基准测试副本…）` appended, letters and no "
             "figure (so its sha256 is its own and the loader does not skip it as a duplicate, and it adds no "
             "fact). Copies keep their place and year: models that pair reports of the same place "
             "(`int_target_outcomes`, `fct_target_panel_candidates`) see about as many reports per place "
             "and year as there are copies, where a real collection of this size would have more places; "
             "for them the figures below are an upper bound.\n",
             outcome + " " + loaded + "\n"]
    if base is not None:
        label = base.name if base.name != "lawtext" else f"lawtext (median of {len(base.runs)})"
        parts.append(f"""### Growth from {base.reports:,} to {syn.reports:,} reports

Linear growth would be {syn.reports / base.reports:.1f}× (a ratio above 1.25 times that is marked
**faster than linear**). Seconds per stage from the progress lines;
peak MB is the largest resident memory of the process tree sampled while the stage ran. The
{base.reports:,}-report column is {label}, measured in the same invocation.

| stage | {base.reports:,}: s | {base.reports:,}: peak MB | {syn.reports:,}: s | {syn.reports:,}: peak MB | × time | × memory |
|---|---|---|---|---|---|---|
{_growth_rows(base, syn)}
""")
    parts.append(_dbt_nodes(syn, "###"))
    if syn.failure and syn.notes.get("output_tail"):
        parts.append(f"The run's last lines:\n\n```\n{syn.notes['output_tail']}\n```\n")
    return "\n".join(p for p in parts if p) + "\n"


def splice_synthetic(old: str, section: str) -> str:
    """``old`` with its synthetic section replaced by ``section`` (or it inserted before the
    profile, else the findings, else at the end)."""
    if SYNTHETIC_SECTION.search(old):
        return SYNTHETIC_SECTION.sub(lambda _: section, old, count=1)
    for anchor in ("## Profile", FINDINGS):
        if anchor in old:
            i = old.index(anchor)
            return old[:i] + section + old[i:]
    return old.rstrip("\n") + "\n\n" + section


def _table_rows(text: str, heading: str) -> list[str]:
    """The body rows of the first Markdown table under ``heading`` (header and rule left out)."""
    if heading not in text:
        return []
    rows = []
    for line in text[text.index(heading):].splitlines()[1:]:
        if line.startswith("|"):
            rows.append(line)
        elif rows:
            break
    return rows[2:]


def _row_key(row: str) -> str:
    """What a row measures: a goal's number ("5."), else a stage row's run name."""
    first = row.split("|")[1].strip()
    return first.split(" ", 1)[0] if re.match(r"\d+[a-z]?\.", first) else re.sub(r" \(at `\w+`\)$", "", first)


def _marked(row: str, commit: str) -> str:
    """A carried row with the commit it was measured at after its first cell (once)."""
    if " (at `" in row.split("|")[1]:
        return row
    return re.sub(r"^\| ([^|]+?) \|", lambda m: f"| {m.group(1)} (at `{commit}`) |", row, count=1)


def carry_unmeasured(old: str, new: str) -> str:
    """``new`` with the goal and stage rows and individual runs of ``old`` that ``new`` did not
    measure (an --only-plain or --no-lawtext invocation measures a part), each marked with the
    commit it was measured at: a partial re-measurement loses no figure."""
    commit = m.group(1) if (m := re.search(r"at commit `(\w+)`", old)) else "earlier"
    for heading in ("## Goals", "## Where the time goes"):
        have = {_row_key(r) for r in _table_rows(new, heading)}
        carried = [_marked(r, commit) for r in _table_rows(old, heading) if _row_key(r) not in have]
        if carried and (rows := _table_rows(new, heading)):
            new = new.replace(rows[-1], "\n".join([rows[-1], *carried]), 1)
    run_line = re.compile(r"^- (\S+) \(\d+ runs?\):.*$", re.M)
    have_runs = {m.group(1) for m in run_line.finditer(new)}
    carried = [m.group(0) + ("" if "(at `" in m.group(0) else f" (at `{commit}`)")
               for m in run_line.finditer(old) if m.group(1) not in have_runs]
    if carried and (last := [m.group(0) for m in run_line.finditer(new)]):
        new = new.replace(last[-1], "\n".join([last[-1], *carried]), 1)
    new = _carry_dbt_nodes(SYNTHETIC_SECTION.sub("", old), new)
    if f"(at `{commit}`)" in new:
        new = new.replace("## Goals\n", f"## Goals\n\nRows marked (at `{commit}`) were not measured by this "
                          "invocation: they are carried from the previous version of this file.\n", 1)
    return new


DBT_NODES = re.compile(r"^### (\S+): dbt nodes.*?(?=^##)", re.M | re.S)


def _carry_dbt_nodes(old: str, new: str) -> str:
    """The dbt node tables of ``old``'s scenarios that ``new`` has none of, before its synthetic
    section (or profile)."""
    have = {m.group(1) for m in DBT_NODES.finditer(SYNTHETIC_SECTION.sub("", new))}
    carried = "".join(m.group(0) for m in DBT_NODES.finditer(old) if m.group(1) not in have)
    if not carried:
        return new
    anchor = m.start() if (m := SYNTHETIC_SECTION.search(new)) else new.index("## Profile")
    return new[:anchor] + carried + new[anchor:]


def render(parse: dict | None, pipe: dict, machine: str, profile_note: str, options: str = "") -> str:
    synthetic = render_synthetic(pipe, machine)
    pipe = {k: v for k, v in pipe.items() if k not in SEPARATE}
    table = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _goal_rows(parse, pipe))
    stages = "\n".join(
        f"| {s.name} | {s.reports:,} | "
        + " | ".join(_stage(s, k) for k in STAGES)
        + f" | {s.seconds:.1f} | {s.cpu_seconds:.1f} | {s.peak_mb:.0f} |"
        for s in pipe.values())
    runs = "\n".join(f"- {key} ({len(s.runs)} run{'s' if len(s.runs) > 1 else ''}): "
                      + ", ".join(f"{r.seconds:.1f} s / {r.cpu_seconds:.0f} CPU-s at load {r.load[0]:.1f}"
                                  for r in s.runs) for key, s in pipe.items())
    parsing = (f"Parsing runs (s): {', '.join(f'{t:.2f}' for t in parse['runs'])}; {parse['facts']} facts.\n"
               if parse else "")
    repeats = sorted({len(s.runs) for s in pipe.values()})
    return f"""# Benchmarks

Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at commit `{_commit()}` by
`python -m benchmarks.run_benchmarks{" " + options if options else ""}` (options: its module docstring).
Every pipeline figure is the median of {' or '.join(map(str, repeats))} run(s) (the count per scenario is under
"Individual runs"); each pipeline run is a fresh `govreport run` process, as a user starts it, with its own
warehouse and Dagster home. Peak memory is the largest summed resident memory of the run's process tree
(sampled every 50 ms), the maximum over the runs.

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
"CPU s" is the user + system time of `govreport run` and every process under it (dbt, the
parsing pool's workers) on both cores together: less moved by other work on the machine than
wall time, though not immune to it.

{PLAIN_NOTE if any(not s.staged for s in pipe.values()) else ""}Individual runs (wall / CPU, load average at the start of each):
{runs}

{parsing}
{_dbt_section(pipe)}
{synthetic}## Profile

{profile_note}
"""


# Stage names as `govreport run` prints them; "run" is Dagster's set-up of the run before the first step.
STAGES = ["run", "parse reports", "load landing tables", "dbt build (models and tests)", "Great Expectations",
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
        profiler = cProfile.Profile()
        profiler.enable()
        from dagster_project.pipeline import run_pipeline
        from dagster_project.settings import Settings

        run_pipeline(Settings.resolve(warehouse=Path(tmp) / "warehouse.duckdb", raw_dir=CORPUS), log_level="WARNING")
        profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    (OUT.parent / "profile.txt").write_text(text.getvalue(), encoding="utf-8")
    return text.getvalue()


def _plain_available() -> bool:
    from benchmarks.plain_wiring import missing

    if reason := missing():
        print(f"benchmarks: the plain wiring is skipped ({reason})")
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run_benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scale-reports", type=int, default=1000)
    ap.add_argument("--scale-repeats", type=int, default=3)
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--no-lawtext", action="store_true")
    ap.add_argument("--synthetic-reports", type=int, default=15000, metavar="N")
    ap.add_argument("--only-synthetic", action="store_true")
    ap.add_argument("--no-plain", action="store_true")
    ap.add_argument("--only-plain", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--profile-parse", type=int, default=0, metavar="N")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.only_synthetic:
        args.no_corpus = True
        if not args.synthetic_reports or not lawtext_files():
            print(f"benchmarks: --only-synthetic needs --synthetic-reports N > 0 and {lawtext_dir()}; nothing measured")
            return 0
    if args.only_plain:
        args.no_lawtext, args.scale_reports, args.no_plain = True, 0, False
    plain = not args.no_plain and _plain_available()
    if args.only_plain and not plain:
        print("benchmarks: nothing measured (--only-plain without the plain wiring)")
        return 0
    corpus = not args.no_corpus and bool(corpus_files())
    lawtext = not args.no_lawtext and bool(lawtext_files())
    if not args.no_corpus and not corpus:
        print(f"benchmarks: {CORPUS} is absent or empty (../shared is only there for evaluation); corpus scenarios skipped")
    if not args.no_lawtext and not lawtext:
        print(f"benchmarks: {lawtext_dir()} is absent or empty; lawtext scenarios skipped")
    if not (corpus or lawtext):
        print("benchmarks: nothing measured")
        return 0
    from benchmarks.bench_parse import parse_speed, profile_lawtext_parse
    from benchmarks.bench_pipeline import pipeline_benchmarks

    machine = machine_description()
    parse = None
    if corpus and not args.only_plain:
        parse = parse_speed(max(args.repeats, 3))
        print(f"parsing: {parse['mb_per_cpu_s']:.2f} MB/CPU-s, {parse['mb_per_s']:.2f} MB/s wall", flush=True)
    from benchmarks.plain_wiring import PlainWiringFailed

    try:
        pipe = pipeline_benchmarks(args.repeats, args.scale_reports, args.scale_repeats, corpus,
                                   lawtext or args.only_synthetic,
                                   args.synthetic_reports if lawtext or args.only_synthetic else 0,
                                   args.only_synthetic, plain=plain, one_only=args.only_plain)
    except PlainWiringFailed as exc:  # no ratio against a run that failed: stop, write nothing
        print(f"benchmarks: FAILED, the plain wiring did not run through: {exc}", file=sys.stderr)
        return 1
    for key, s in pipe.items():
        if not s.runs:
            print(f"{key}: not measured: {s.failure}", flush=True)
            continue
        print(f"{key}: {s.seconds:.1f} s median of {[round(r.seconds, 1) for r in s.runs]}, "
              f"{s.cpu_seconds:.0f} CPU-s, peak {s.peak_mb:.0f} MB, stages {s.stages()}", flush=True)
    notes = []
    if args.profile and corpus:
        profile_corpus_run()
        notes.append("See benchmarks/profile.txt (cProfile of one full corpus run, in-process).")
    if args.profile_parse and lawtext:
        prof = profile_lawtext_parse(args.profile_parse, out=OUT.parent / "profile_lawtext_parse.txt")
        notes.append(f"See benchmarks/profile_lawtext_parse.txt: cProfile of read_document + parse_report on "
                     f"{prof['files']} lawtext files ({prof['mb']:.2f} MB, {prof['facts']} facts) in one "
                     f"process: {prof['cpu']:.1f} CPU-s under the profiler.")
    if args.only_synthetic:
        old = args.output.read_text(encoding="utf-8") if args.output.exists() else "# Benchmarks\n\n"
        args.output.write_text(splice_synthetic(old, render_synthetic(pipe, machine)), encoding="utf-8")
        print(f"wrote the synthetic section of {args.output}")
        return 0
    if args.only_plain:
        notes.append("Only the one-report runs and the plain wiring's were measured (--only-plain).")
    note = "\n".join(notes) or "Not profiled in this measurement (run with --profile / --profile-parse N)."
    # The hand-written findings (what the profile showed, what was cut) survive a re-measurement.
    # So does the synthetic run's section when this measurement did not include one.
    given = list(sys.argv[1:] if argv is None else argv)
    if "--output" in given:  # where the file went is not how it was measured
        del given[given.index("--output"):given.index("--output") + 2]
    options = " ".join(given)
    kept, text = "", render(parse, pipe, machine, note, options)
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if FINDINGS in old:
        kept = "\n" + old[old.index(FINDINGS):]
    top = old[:old.find(FINDINGS)] if FINDINGS in old else old
    if "synthetic" not in pipe and (earlier := SYNTHETIC_SECTION.search(top)):
        text = splice_synthetic(text, earlier.group(0))
    text = carry_unmeasured(top, text)
    args.output.write_text(text + kept, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
