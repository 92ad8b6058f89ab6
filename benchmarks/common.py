"""What the benchmarks share: where the corpus is, medians, timing a command
with the peak memory of its whole process tree, and the machine's description."""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
LAWTEXT = SHARED / "lawtext"  # 1,585 Markdown reports in Chinese folders (collection/place/year.md)


def lawtext_dir() -> Path:
    """The lawtext collection, beside the corpus in ../shared (wherever CORPUS points)."""
    return CORPUS.parent / LAWTEXT.name
PYTHON = sys.executable


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def lawtext_files() -> list[Path]:
    return sorted(lawtext_dir().rglob("*.md")) if lawtext_dir().is_dir() else []


def lawtext_reports() -> list[Path]:
    """The reports of the lawtext collection: its Markdown files in sub-folders (SOURCES.md,
    at its top, is about the collection; the loader skips it)."""
    return [p for p in lawtext_files() if p.parent != lawtext_dir()]


def median(values: list[float]) -> float:
    return statistics.median(values)


def _tree_usage(root: int, cpu_ticks: dict[int, int]) -> int:
    """Resident memory (kB) of a process and all its descendants, from /proc; records each
    one's CPU ticks (user + system) in ``cpu_ticks`` on the way."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
                cpu_ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError, ValueError):
            continue
    return total


@dataclass
class Timed:
    seconds: float
    peak_mb: float
    returncode: int
    output: str
    cpu_seconds: float = 0.0  # user + system time of the whole process tree, on all cores
    load: tuple[float, float, float] = (0.0, 0.0, 0.0)  # load average when the command started
    details: dict = field(default_factory=dict)  # what a scenario learned from the run's files
    memory: list[tuple[float, float]] = field(default_factory=list)  # (seconds from start, MB) per sample
    lines: list[tuple[float, str]] = field(default_factory=list)     # (seconds from start, line) as printed


def timed_run(args: list[str], env: dict[str, str], cwd: Path = REPO) -> Timed:
    """Run a command; wall time and the peak summed RSS of its process tree (sampled every 50 ms),
    with the time of each sample and of each line it prints (for the memory of each stage)."""
    load = os.getloadavg()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace")
    peak = 0
    ticks: dict[int, int] = {}
    memory: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            kb = _tree_usage(proc.pid, ticks)
            peak = max(peak, kb)
            memory.append((time.perf_counter() - start, kb / 1024))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    lines: list[tuple[float, str]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.perf_counter() - start, line.rstrip("\n")))
    proc.wait()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    # Children's usage includes their own waited-for children (dbt's process); a process
    # nobody waits for (a pool's forkserver) is only in the samples of the tree.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(cpu, sum(ticks.values()) / os.sysconf("SC_CLK_TCK"))
    output = "\n".join(text for _, text in lines) + ("\n" if lines else "")
    return Timed(elapsed, peak / 1024, proc.returncode, output, cpu, load, memory=memory, lines=lines)


def machine_description() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    return (f"{platform.system()} {platform.release()} ({platform.machine()}), {os.cpu_count()} cores "
            f"({cpu}), {mem_gb:.0f} GB RAM, Python {platform.python_version()}; "
            f"load average at start {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}")
