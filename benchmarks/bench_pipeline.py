"""Whole-pipeline wall times, each `govreport run` a fresh process as a user runs it:
one report, the corpus, one report added to a warehouse holding the corpus, and
the corpus replicated to 1,000 reports."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import PYTHON, Timed, corpus_files, median, timed_run

STAGE_DONE = re.compile(r"^(?:\[\d+/\d+\] )?(.+?) (?:done|FAILED|set up) in ([\d.]+)s")


@dataclass
class Scenario:
    name: str
    reports: int
    runs: list[Timed] = field(default_factory=list)

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


def govreport_run(raw: Path, workdir: Path, extra_env: dict | None = None) -> Timed:
    """`govreport run` on ``raw`` into ``workdir``/warehouse.duckdb, with its own Dagster home."""
    env = {**os.environ, "DAGSTER_HOME": str(workdir / "dagster_home"),
           "GOVREPORT_WAREHOUSE": str(workdir / "warehouse.duckdb"), "GOVREPORT_RAW_DIR": str(raw),
           **(extra_env or {})}
    (workdir / "dagster_home").mkdir(parents=True, exist_ok=True)
    result = timed_run([PYTHON, "-m", "dagster_project.cli", "run", "--raw-dir", str(raw),
                        "--warehouse", str(workdir / "warehouse.duckdb")], env)
    if not (workdir / "warehouse.duckdb").exists():
        raise RuntimeError(f"the pipeline published nothing (exit {result.returncode}):\n{result.output[-3000:]}")
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


def fresh_runs(name: str, raw: Path, repeats: int, base: Path) -> Scenario:
    scenario = Scenario(name, len(list(raw.glob("*.txt"))))
    for i in range(repeats):
        work = base / f"{name}-{i}"
        scenario.runs.append(govreport_run(raw, work))
        shutil.rmtree(work, ignore_errors=True)
    return scenario


def incremental_runs(corpus: Path, repeats: int, base: Path) -> Scenario:
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
        (raw / "added-report-2099.txt").unlink()
        shutil.rmtree(work, ignore_errors=True)
    return scenario


def pipeline_benchmarks(repeats: int, scale_reports: int, scale_repeats: int) -> dict[str, Scenario]:
    files = corpus_files()
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        base = Path(tmp)
        one = base / "raw-one"
        one.mkdir()
        shutil.copy(files[0], one)
        corpus = base / "raw-corpus"
        corpus.mkdir()
        for f in files:
            shutil.copy(f, corpus)
        # Warm-up: dbt manifest, OS file cache, .pyc files. Not timed.
        govreport_run(one, base / "warmup")
        results = {
            "one": fresh_runs("one", one, repeats, base),
            "corpus": fresh_runs("corpus", corpus, repeats, base),
            "incremental": incremental_runs(corpus, repeats, base),
        }
        if scale_reports:
            scale = replicate(files, scale_reports, base / "raw-scale")
            results["scale"] = fresh_runs("scale", scale, scale_repeats, base)
    return results
