"""Whole-pipeline wall times, each `govreport run` a fresh process as a user runs it:
one report, the corpus, one report added to a warehouse holding the corpus, the
corpus replicated to 1,000 reports, the real collection ../shared/lawtext
(1,585 Markdown reports) with one report added to its warehouse, and a synthetic
collection of N reports (lawtext replicated under new ids, run once). With ``plain``, the
plain wiring (benchmarks/plain_wiring.py) runs on the same input after each one-report
run and each report-added run, interleaved, so both are timed at the same moment."""
from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import (
    PYTHON,
    Timed,
    corpus_files,
    lawtext_dir,
    lawtext_files,
    lawtext_reports,
    median,
    timed_run,
)

PARSE_STEP = "parsed_reports"  # the ingest asset's step (parsed_report while it was partitioned)
STAGE_DONE = re.compile(r"^(?:\[\d+/\d+\] )?(.+?) (?:done|FAILED|set up) in ([\d.]+)s")
STAGE_STARTED = re.compile(r"^(?:\[\d+/\d+\] )?(.+?) started$")


@dataclass
class Scenario:
    name: str
    reports: int
    runs: list[Timed] = field(default_factory=list)
    failure: str | None = None                        # why the (single) run did not publish, if it did not
    notes: dict = field(default_factory=dict)         # what the scenario measured besides its runs
    staged: bool = True  # prints govreport's progress lines (the plain wiring does not)

    @property
    def seconds(self) -> float:
        return median([r.seconds for r in self.runs])

    @property
    def cpu_seconds(self) -> float:
        return median([r.cpu_seconds for r in self.runs])

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)

    def stages(self) -> dict[str, float]:
        """Median seconds per stage, from the progress lines `govreport run` prints when piped."""
        per_stage: dict[str, list[float]] = {}
        for run in self.runs:
            for line in run.output.splitlines():
                if m := STAGE_DONE.match(line):
                    per_stage.setdefault(m.group(1), []).append(float(m.group(2)))
        return {k: median(v) for k, v in per_stage.items()}

    def stage_peaks(self) -> dict[str, float]:
        """Largest resident memory (MB, process tree) seen during each stage, over the runs."""
        peaks: dict[str, float] = {}
        for run in self.runs:
            for stage, (_, peak) in stage_profile(run).items():
                peaks[stage] = max(peaks.get(stage, 0.0), peak)
        return peaks


def _peak_between(run: Timed, start: float, end: float) -> float:
    return max((mb for t, mb in run.memory if start - 0.05 <= t <= end + 0.05), default=0.0)


def stage_profile(run: Timed) -> dict[str, tuple[float, float]]:
    """stage → (seconds, peak MB while it ran), from the times at which the run printed its
    progress lines ("… done in 12.3s" ends a stage that began 12.3 s before) and the memory
    samples; a stage that started and never ended (the run failed or was killed) runs to the end."""
    stages: dict[str, tuple[float, float]] = {}
    started: tuple[str, float] | None = None
    for t, line in run.lines:
        if m := STAGE_DONE.match(line):
            secs = float(m.group(2))
            stages[m.group(1)] = (secs, _peak_between(run, t - secs, t))
            started = None
        elif m := STAGE_STARTED.match(line):
            started = (m.group(1), t)
    if started and started[0] not in stages:
        stages[started[0]] = (run.seconds - started[1], _peak_between(run, started[1], run.seconds))
    return stages


def failed_stage(run: Timed) -> str:
    """The stage a failed run stopped in: the one reported FAILED, else the last one that started
    and never ended (a killed process prints nothing more), else before or after the stages."""
    last_started, ended = None, set()
    for _, line in run.lines:
        if "FAILED in" in line and (m := STAGE_DONE.match(line)):
            return m.group(1)
        if m := STAGE_DONE.match(line):
            ended.add(m.group(1))
        elif m := STAGE_STARTED.match(line):
            last_started = m.group(1)
    if last_started and last_started not in ended:
        return last_started
    return "after the last stage" if ended else "start-up (before Dagster's run began)"


def _last_run_id(workdir: Path) -> str | None:
    """The latest run in the Dagster home in ``workdir`` (a copied warehouse brings its earlier runs)."""
    try:
        with sqlite3.connect(workdir / "dagster_home" / "history" / "runs.db") as db:
            row = db.execute("select run_id from runs order by id desc limit 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def dbt_node_times(workdir: Path) -> dict[str, float]:
    """Seconds per dbt node (model, seed, test) of the last run into ``workdir``/warehouse.duckdb,
    from the run_results.json in that warehouse's dbt target folder (settings.dbt_target_dir)."""
    from dagster_project.settings import dbt_target_dir

    results = dbt_target_dir(workdir / "warehouse.duckdb") / "run_results.json"
    if not results.is_file():
        return {}
    times: dict[str, float] = {}
    for node in json.loads(results.read_text(encoding="utf-8")).get("results", []):
        times[node["unique_id"]] = times.get(node["unique_id"], 0.0) + float(node.get("execution_time") or 0)
    return times


def restore(pristine: Path, work: Path) -> None:
    """``work`` as the run into it left it (``pristine`` is a copy): each repeat adds its
    report to the same warehouse at the same path, as a user's next run does (dbt's
    partial parse depends on the build file's path in its profile)."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)


def dagster_phases(workdir: Path) -> dict[str, float]:
    """Seconds of Dagster's own bookkeeping, from the run's event log in its Dagster home:
    creating the run (a planned event per asset and per dbt node, before the run starts),
    and, in the parse step, its work and the materialization event(s) after it (one since
    ingest is unpartitioned; one per report partition before)."""
    home = workdir / "dagster_home" / "history" / "runs"
    phases: dict[str, float] = {}
    for db_path in [home / f"{run_id}.db" for run_id in filter(None, [_last_run_id(workdir)])]:
        if not db_path.exists():
            continue
        with sqlite3.connect(db_path) as db:
            rows = db.execute("select dagster_event_type, step_key, min(timestamp), max(timestamp) from event_logs "
                              "group by 1, 2").fetchall()
        spans = {(kind, step): (_ts(a), _ts(b)) for kind, step, a, b in rows}
        planned = [v for (kind, _), v in spans.items() if kind and kind.endswith("_PLANNED")]
        if planned and ("PIPELINE_START", None) in spans:
            phases["run creation (planned events)"] = (spans[("PIPELINE_START", None)][0]
                                                       - min(a for a, _ in planned))
        step = PARSE_STEP
        if ("ASSET_MATERIALIZATION", step) in spans and ("STEP_OUTPUT", step) in spans:
            phases["parse step: materialization events"] = (spans[("ASSET_MATERIALIZATION", step)][1]
                                                            - spans[("STEP_OUTPUT", step)][0])
        if ("STEP_START", step) in spans and ("STEP_OUTPUT", step) in spans:
            phases["parse step: parsing and loading"] = (spans[("STEP_OUTPUT", step)][0]
                                                         - spans[("STEP_START", step)][0])
    return phases


def _ts(text: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(text).timestamp()


def site_size(workdir: Path) -> tuple[int, float]:
    """Pages and megabytes of the HTML report beside the warehouse."""
    files = [f for f in (workdir / "report").rglob("*") if f.is_file()]
    return len(files), sum(f.stat().st_size for f in files) / 1e6


def govreport_run(raw: Path, workdir: Path, extra_env: dict | None = None, details: bool = False,
                  must_publish: bool = True) -> Timed:
    """`govreport run` on ``raw`` into ``workdir``/warehouse.duckdb, with its own Dagster home;
    raises if nothing was published, unless ``must_publish`` is false (the caller records it)."""
    env = {**os.environ, "DAGSTER_HOME": str(workdir / "dagster_home"),
           "GOVREPORT_WAREHOUSE": str(workdir / "warehouse.duckdb"), "GOVREPORT_RAW_DIR": str(raw),
           **(extra_env or {})}
    (workdir / "dagster_home").mkdir(parents=True, exist_ok=True)
    result = timed_run([PYTHON, "-m", "dagster_project.cli", "run", "--raw-dir", str(raw),
                        "--warehouse", str(workdir / "warehouse.duckdb")], env)
    if must_publish and not (workdir / "warehouse.duckdb").exists():
        raise RuntimeError(f"the pipeline published nothing (exit {result.returncode}):\n{result.output[-3000:]}")
    if details:
        pages, mb = site_size(workdir)
        result.details = {"dbt": dbt_node_times(workdir), "site_pages": pages, "site_mb": mb,
                          "dagster": dagster_phases(workdir)}
    return result


def replicate(files: list[Path], n: int, dest: Path) -> Path:
    """``n`` reports from ``files`` under new report_ids; each copy gets a marker line at
    its end so its content (and hash) is its own, while every offset stays the same."""
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = files[i % len(files)]
        copy = i // len(files)
        data = src.read_bytes()
        if copy:
            data += f"\n（基准测试副本 {copy}）\n".encode("utf-8" if _is_utf8(data) else "gb18030")
        (dest / f"{src.stem}-r{copy:03d}.txt").write_bytes(data)
    return dest


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def replica_mark(copy: int) -> str:
    """The line that makes copy ``copy`` of a report its own file: letters, no digit, no
    Markdown markup (so no figure is read from it and the fast plain-text reader still applies)."""
    letters = ""
    while True:
        copy, rest = divmod(copy, 26)
        letters = chr(ord("a") + rest) + letters
        if not copy:
            break
    return f"\n（基准测试副本{letters}）\n"


def synthetic_raw(root: Path, n: int, dest: Path) -> dict:
    """A raw folder of ``n`` reports from the collection at ``root`` (its reports are the files
    in its sub-folders; files at its top are about the collection): copy k of every report is
    ``副本kk/<its path>``, in order k = 0, 1, … until n files. Copy 0 is the file itself (a hard
    link where the file system allows); copy k > 0 has replica_mark(k) appended, so its sha256
    is its own (the loader skips a second file of the same content) while every character
    offset of the report stays where it was. Copies keep their place and year."""
    files = sorted(p for p in root.rglob("*.md") if len(p.relative_to(root).parts) > 1)
    if not files:
        raise FileNotFoundError(f"no reports under {root}")
    start, written, size = time.perf_counter(), 0, 0
    for i in range(n):
        src, copy = files[i % len(files)], i // len(files)
        out = dest / f"副本{copy:02d}" / src.relative_to(root)
        out.parent.mkdir(parents=True, exist_ok=True)
        if copy == 0:
            try:
                os.link(src, out)
            except OSError:
                shutil.copyfile(src, out)
            size += out.stat().st_size
        else:
            data = src.read_bytes() + replica_mark(copy).encode("utf-8")
            out.write_bytes(data)
            size += len(data)
        written += 1
    return {"files": written, "sources": len(files), "copies": -(-n // len(files)), "mb": size / 1e6,
            "build_seconds": time.perf_counter() - start}


def warehouse_counts(path: Path) -> dict[str, int]:
    """Rows of the landing tables in a published warehouse (empty if there is none)."""
    if not path.exists():
        return {}
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from landing.{t}").fetchone()[0]
                for t in ("reports", "facts", "load_errors")}
    except duckdb.Error:
        return {}
    finally:
        con.close()


def _tree_mb(path: Path) -> float:
    """Megabytes of a file, or of every file below a folder."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6 if path.exists() else 0.0


def synthetic_benchmark(n: int, base: Path) -> Scenario:
    """ONE `govreport run` over ``n`` reports built by synthetic_raw from ../shared/lawtext, whatever
    --repeats says (a run this size takes long). A failed run is recorded, not raised: where it
    stopped and its peak memory are the finding."""
    scenario = Scenario("synthetic", n)
    raw, work = base / "raw-synthetic", base / "synthetic-0"
    try:
        scenario.notes["raw"] = synthetic_raw(lawtext_dir(), n, raw)
    except OSError as exc:
        scenario.failure = f"building the raw folder of {n:,} reports failed: {exc}"
        shutil.rmtree(raw, ignore_errors=True)
        return scenario
    print(f"  synthetic raw folder: {n:,} files, {scenario.notes['raw']['mb']:.0f} MB in "
          f"{scenario.notes['raw']['build_seconds']:.1f} s; running once", flush=True)
    run = govreport_run(raw, work, details=True, must_publish=False)
    scenario.runs.append(run)
    scenario.notes["landing"] = warehouse_counts(work / "warehouse.duckdb")
    scenario.notes["warehouse_mb"] = _tree_mb(work / "warehouse.duckdb")
    scenario.notes["workdir_mb"] = _tree_mb(work)
    if run.returncode != 0 or not (work / "warehouse.duckdb").exists():
        stage = failed_stage(run)
        how = (f"killed by signal {-run.returncode}" if run.returncode < 0
               else f"exit status {run.returncode}")
        scenario.failure = (f"{how} in stage \"{stage}\" after {run.seconds:.0f} s; peak memory {run.peak_mb:.0f} MB "
                            f"(in that stage {stage_profile(run).get(stage, (0, 0))[1]:.0f} MB)")
        scenario.notes["output_tail"] = "\n".join(run.output.splitlines()[-25:])
    print(f"  synthetic run: {run.seconds:.1f} s, {run.cpu_seconds:.0f} CPU-s, peak {run.peak_mb:.0f} MB, "
          f"landing {scenario.notes['landing']}" + (f"; FAILED: {scenario.failure}" if scenario.failure else ""),
          flush=True)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    return scenario


def lawtext_baseline(base: Path) -> Scenario:
    """One fresh run over ../shared/lawtext as it is, the 1,585-report point of the growth table
    when the lawtext scenarios are not measured in the same invocation."""
    files = lawtext_reports()
    scenario = Scenario("lawtext (baseline, 1 run)", len(files))
    work = base / "lawtext-baseline"
    scenario.runs.append(govreport_run(lawtext_dir(), work, details=True))
    print(f"  lawtext baseline run: {scenario.runs[-1].seconds:.1f} s", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return scenario


def fresh_runs(name: str, raw: Path, repeats: int, base: Path,
               after_each: Callable[[int], None] | None = None) -> Scenario:
    """``repeats`` fresh runs on ``raw``; ``after_each(i)`` runs after the i-th (the plain
    wiring's turn, so the two alternate)."""
    scenario = Scenario(name, len(list(raw.glob("*.txt"))))
    for i in range(repeats):
        work = base / f"{name}-{i}"
        scenario.runs.append(govreport_run(raw, work))
        shutil.rmtree(work, ignore_errors=True)
        if after_each:
            after_each(i)
    return scenario


def incremental_runs(corpus: Path, repeats: int, base: Path,
                     after_each: Callable[[int, Path], None] | None = None) -> Scenario:
    """A warehouse holding the corpus, then one new report: time the second run only."""
    work, pristine = base / "incremental", base / "incremental-seed"
    raw = base / "incremental-raw"
    shutil.copytree(corpus, raw)
    govreport_run(raw, work)
    shutil.copytree(work, pristine)
    new_file = corpus_files()[0]
    scenario = Scenario("one report added to the corpus", 1)
    for i in range(repeats):
        restore(pristine, work)
        (raw / "added-report-2099.txt").write_bytes(new_file.read_bytes() + f"\n（新增 {i}）\n".encode())
        scenario.runs.append(govreport_run(raw, work))
        if after_each:  # on the same raw folder, the added report still in it
            after_each(i, raw)
        (raw / "added-report-2099.txt").unlink()
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(pristine, ignore_errors=True)
    return scenario


def lawtext_benchmarks(repeats: int, base: Path) -> dict[str, Scenario]:
    """The whole collection, fresh, ``repeats`` times; then one report added to the warehouse
    the first fresh run left (a copy of a collection report under a new name, with a marker
    line so its hash is its own), ``repeats`` times, each on a fresh copy of that warehouse."""
    files = lawtext_reports()
    raw = base / "raw-lawtext"  # a copy: the added report must not go into ../shared
    shutil.copytree(lawtext_dir(), raw)
    full = Scenario("lawtext", len(files))
    seeded, pristine = base / "lawtext-0", base / "lawtext-seed"
    for i in range(repeats):
        work = base / f"lawtext-{i}"
        full.runs.append(govreport_run(raw, work, details=True))
        print(f"  lawtext run {i + 1}/{repeats}: {full.runs[-1].seconds:.1f} s", flush=True)
        if i:
            shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(seeded, pristine)
    added = Scenario("one report added to lawtext", 1)
    new_file = raw / "基准测试" / "added-report-2099.md"
    new_file.parent.mkdir()
    for i in range(repeats):
        restore(pristine, seeded)
        new_file.write_bytes(files[0].read_bytes() + f"\n（新增 {i}）\n".encode())
        added.runs.append(govreport_run(raw, seeded, details=True))
        print(f"  lawtext + 1 run {i + 1}/{repeats}: {added.runs[-1].seconds:.1f} s", flush=True)
        new_file.unlink()
    shutil.rmtree(seeded, ignore_errors=True)
    shutil.rmtree(pristine, ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    return {"lawtext": full, "lawtext-incremental": added}


def pipeline_benchmarks(repeats: int, scale_reports: int, scale_repeats: int, corpus_scenarios: bool = True,
                        lawtext: bool = True, synthetic_reports: int = 0, only_synthetic: bool = False,
                        plain: bool = False, one_only: bool = False) -> dict[str, Scenario]:
    """The corpus scenarios (needs ../shared/corpus) and the lawtext ones (../shared/lawtext),
    each set skipped when its folder is absent or it is turned off; then the synthetic run of
    ``synthetic_reports`` reports (needs lawtext). ``only_synthetic``: the synthetic run and one
    lawtext run as its baseline, nothing else. ``plain`` interleaves the
    plain wiring with the one-report and report-added runs; ``one_only`` stops after the
    one-report runs (and the plain wiring's)."""
    files = corpus_files() if corpus_scenarios and not only_synthetic else []
    laws = lawtext_files() if lawtext or only_synthetic else []
    results: dict[str, Scenario] = {}
    if not (files or laws):
        return results
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        base = Path(tmp)
        # Warm-up: dbt manifest, OS file cache, .pyc files. Not timed.
        warm = base / "raw-warmup"
        warm.mkdir()
        shutil.copy((files or lawtext_reports())[0], warm)
        govreport_run(warm, base / "warmup")
        shutil.rmtree(base / "warmup", ignore_errors=True)
        plain_project = _plain_project(base, warm) if plain and files else None
        if files:
            one = base / "raw-one"
            one.mkdir()
            shutil.copy(files[0], one)
            corpus = base / "raw-corpus"
            corpus.mkdir()
            for f in files:
                shutil.copy(f, corpus)
            plain_one = Scenario("plain wiring, one report", 1, staged=False)
            results["one"] = fresh_runs("one", one, repeats, base,
                                        _plain_turn(plain_project, plain_one, one, base) if plain_project else None)
            if plain_project:
                results["plain-one"] = plain_one
            if one_only:
                return results
            results["corpus"] = fresh_runs("corpus", corpus, repeats, base)
            plain_added = Scenario("plain wiring, one report added to the corpus", 1, staged=False)
            turn = _plain_added_turn(plain_project, plain_added, corpus, base) if plain_project else None
            results["incremental"] = incremental_runs(corpus, repeats, base, turn)
            if plain_project:
                results["plain-incremental"] = plain_added
            if scale_reports:
                scale = replicate(files, scale_reports, base / "raw-scale")
                results["scale"] = fresh_runs("scale", scale, scale_repeats, base)
        if laws and not only_synthetic:
            results.update(lawtext_benchmarks(repeats, base))
        if laws and synthetic_reports:
            if "lawtext" not in results:
                results["lawtext-baseline"] = lawtext_baseline(base)
            results["synthetic"] = synthetic_benchmark(synthetic_reports, base)
    return results


def _plain_project(base: Path, warm: Path):
    """The plain wiring written under ``base`` and warmed up (not timed) like the product."""
    from benchmarks.plain_wiring import plain_run, write_project

    project = write_project(base / "plain-project")
    plain_run(project, warm, base / "plain-warmup")
    return project


def _plain_turn(project, scenario: Scenario, raw: Path, base: Path) -> Callable[[int], None]:
    """The plain wiring's fresh run on ``raw``, to follow each of the product's."""
    from benchmarks.plain_wiring import plain_run

    def turn(i: int) -> None:
        work = base / f"plain-{i}"
        scenario.runs.append(plain_run(project, raw, work))
        _say(scenario, i)
        shutil.rmtree(work, ignore_errors=True)
    return turn


def _plain_added_turn(project, scenario: Scenario, corpus: Path, base: Path) -> Callable[[int, Path], None]:
    """The plain wiring's run on a copy of its warehouse built from ``corpus``, with the
    report the product's run just added: the plain counterpart of 'one report added'.
    The plain project has no incremental path, so this is what it costs there."""
    from benchmarks.plain_wiring import plain_run, seed_existing

    seeded = seed_existing(project, corpus, base / "plain-seed")

    def turn(i: int, raw: Path) -> None:
        work = base / f"plain-added-{i}"
        shutil.copytree(seeded, work)
        scenario.runs.append(plain_run(project, raw, work))
        _say(scenario, i)
        shutil.rmtree(work, ignore_errors=True)
    return turn


def _say(scenario: Scenario, i: int) -> None:
    """What the plain wiring's run did (checked by plain_run), beside its time."""
    run = scenario.runs[-1]
    d = run.details
    print(f"  {scenario.name} run {i + 1}: {run.seconds:.1f} s, {run.cpu_seconds:.0f} CPU-s; "
          f"{len(d['materialized'])} assets materialized (GE validation included), "
          f"{d['checks_passed']} of {d['checks']} dbt tests passed", flush=True)
