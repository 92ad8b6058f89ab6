"""Whole-pipeline wall times, each `govreport run` a fresh process as a user runs it:
one report, the corpus, one report added to a warehouse holding the corpus, the
corpus replicated to 1,000 reports, and the real collection ../shared/lawtext
(1,585 Markdown reports) with one report added to its warehouse. With ``plain``, the
plain wiring (benchmarks/plain_wiring.py) runs on the same input after each one-report
run and each report-added run, interleaved, so both are timed at the same moment."""
from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import PYTHON, REPO, Timed, corpus_files, lawtext_dir, lawtext_files, median, timed_run

PARSE_STEP = "parsed_reports"  # the ingest asset's step (parsed_report while it was partitioned)
STAGE_DONE = re.compile(r"^(?:\[\d+/\d+\] )?(.+?) (?:done|FAILED|set up) in ([\d.]+)s")


@dataclass
class Scenario:
    name: str
    reports: int
    runs: list[Timed] = field(default_factory=list)
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


def _last_run_id(workdir: Path) -> str | None:
    """The latest run in the Dagster home in ``workdir`` (a copied warehouse brings its earlier runs)."""
    try:
        with sqlite3.connect(workdir / "dagster_home" / "history" / "runs.db") as db:
            row = db.execute("select run_id from runs order by id desc limit 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def dbt_node_times(workdir: Path) -> dict[str, float]:
    """Seconds per dbt node (model, seed, test) of the last run whose Dagster home is in ``workdir``,
    from the run_results.json dagster-dbt leaves in dbt/target/<step>-<run id[:7]>-<uuid>/."""
    times: dict[str, float] = {}
    for run_id in filter(None, [_last_run_id(workdir)]):
        for results in (REPO / "dbt" / "target").glob(f"*-{run_id[:7]}-*/run_results.json"):
            for node in json.loads(results.read_text(encoding="utf-8")).get("results", []):
                times[node["unique_id"]] = times.get(node["unique_id"], 0.0) + float(node.get("execution_time") or 0)
    return times


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


def govreport_run(raw: Path, workdir: Path, extra_env: dict | None = None, details: bool = False) -> Timed:
    """`govreport run` on ``raw`` into ``workdir``/warehouse.duckdb, with its own Dagster home."""
    env = {**os.environ, "DAGSTER_HOME": str(workdir / "dagster_home"),
           "GOVREPORT_WAREHOUSE": str(workdir / "warehouse.duckdb"), "GOVREPORT_RAW_DIR": str(raw),
           **(extra_env or {})}
    (workdir / "dagster_home").mkdir(parents=True, exist_ok=True)
    result = timed_run([PYTHON, "-m", "dagster_project.cli", "run", "--raw-dir", str(raw),
                        "--warehouse", str(workdir / "warehouse.duckdb")], env)
    if not (workdir / "warehouse.duckdb").exists():
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
    seeded = base / "incremental-seed"
    raw = base / "incremental-raw"
    shutil.copytree(corpus, raw)
    govreport_run(raw, seeded)
    new_file = corpus_files()[0]
    scenario = Scenario("one report added to the corpus", 1)
    for i in range(repeats):
        work = base / f"incremental-{i}"
        shutil.copytree(seeded, work)
        (raw / "added-report-2099.txt").write_bytes(new_file.read_bytes() + f"\n（新增 {i}）\n".encode())
        scenario.runs.append(govreport_run(raw, work))
        if after_each:  # on the same raw folder, the added report still in it
            after_each(i, raw)
        (raw / "added-report-2099.txt").unlink()
        shutil.rmtree(work, ignore_errors=True)
    return scenario


def lawtext_benchmarks(repeats: int, base: Path) -> dict[str, Scenario]:
    """The whole collection, fresh, ``repeats`` times; then one report added to the warehouse
    the first fresh run left (a copy of a collection report under a new name, with a marker
    line so its hash is its own), ``repeats`` times, each on a fresh copy of that warehouse."""
    files = lawtext_files()
    raw = base / "raw-lawtext"  # a copy: the added report must not go into ../shared
    shutil.copytree(lawtext_dir(), raw)
    full = Scenario("lawtext", len(files))
    seeded = base / "lawtext-0"
    for i in range(repeats):
        work = base / f"lawtext-{i}"
        full.runs.append(govreport_run(raw, work, details=True))
        print(f"  lawtext run {i + 1}/{repeats}: {full.runs[-1].seconds:.1f} s", flush=True)
        if i:
            shutil.rmtree(work, ignore_errors=True)
    added = Scenario("one report added to lawtext", 1)
    new_file = raw / "基准测试" / "added-report-2099.md"
    new_file.parent.mkdir()
    for i in range(repeats):
        work = base / f"lawtext-added-{i}"
        shutil.copytree(seeded, work)
        new_file.write_bytes(files[0].read_bytes() + f"\n（新增 {i}）\n".encode())
        added.runs.append(govreport_run(raw, work, details=True))
        print(f"  lawtext + 1 run {i + 1}/{repeats}: {added.runs[-1].seconds:.1f} s", flush=True)
        new_file.unlink()
        shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(seeded, ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    return {"lawtext": full, "lawtext-incremental": added}


def pipeline_benchmarks(repeats: int, scale_reports: int, scale_repeats: int, corpus_scenarios: bool = True,
                        lawtext: bool = True, plain: bool = False, one_only: bool = False) -> dict[str, Scenario]:
    """The corpus scenarios (needs ../shared/corpus) and the lawtext ones (../shared/lawtext),
    each set skipped when its folder is absent or it is turned off. ``plain`` interleaves the
    plain wiring with the one-report and report-added runs; ``one_only`` stops after the
    one-report runs (and the plain wiring's)."""
    files = corpus_files() if corpus_scenarios else []
    laws = lawtext_files() if lawtext else []
    results: dict[str, Scenario] = {}
    if not (files or laws):
        return results
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        base = Path(tmp)
        # Warm-up: dbt manifest, OS file cache, .pyc files. Not timed.
        warm = base / "raw-warmup"
        warm.mkdir()
        shutil.copy((files or laws)[0], warm)
        govreport_run(warm, base / "warmup")
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
        if laws:
            results.update(lawtext_benchmarks(repeats, base))
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
