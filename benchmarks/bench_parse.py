"""Parsing speed: MB of report text per second on one core (decode + parse_report);
and a cProfile of reading and parsing a sample of the lawtext collection."""
from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.common import corpus_files, lawtext_files, median


def parse_speed(repeats: int = 5) -> dict:
    from dagster_project.parsing.decode import decode_bytes
    from dagster_project.parsing.noun_phrase import clear_parser_caches
    from dagster_project.parsing.report import parse_report

    files = [(p.stem, p.read_bytes()) for p in corpus_files()]
    total_bytes = sum(len(b) for _, b in files)
    parse_report(files[0][0], decode_bytes(files[0][1]).text)  # load the lexicons before timing
    times, cpu = [], []
    for _ in range(repeats):
        clear_parser_caches()  # each pass parses cold, as a fresh run does: no help from the pass before
        start, start_cpu = time.perf_counter(), time.process_time()
        n_facts = 0
        for rid, data in files:
            n_facts += len(parse_report(rid, decode_bytes(data).text).facts)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    seconds = median(times)
    # One process, one thread: CPU seconds are seconds of one core, unaffected by
    # other processes competing for the cores (wall time is).
    return {"files": len(files), "mb": total_bytes / 1e6, "seconds": seconds, "runs": times,
            "mb_per_s": total_bytes / 1e6 / seconds, "mb_per_cpu_s": total_bytes / 1e6 / median(cpu),
            "facts": n_facts}


def profile_lawtext_parse(n: int = 100, seed: int = 16, out: Path | None = None) -> dict:
    """cProfile of read_document + parse_report on ``n`` lawtext files (a seeded sample), in
    this one process, cold parser caches; the top functions by cumulative and own time go to ``out``."""
    import cProfile
    import io
    import pstats

    from dagster_project.parsing.noun_phrase import clear_parser_caches
    from dagster_project.parsing.report import parse_report
    from dagster_project.reading import read_document

    files = sorted(random.Random(seed).sample(lawtext_files(), n))
    data = [(p, p.read_bytes()) for p in files]
    parse_report("warm-up", read_document(data[0][0], data[0][1]).text)  # the lexicons load outside the profile
    clear_parser_caches()
    profiler = cProfile.Profile()
    start, start_cpu = time.perf_counter(), time.process_time()
    profiler.enable()
    n_facts = 0
    for path, raw in data:
        n_facts += len(parse_report(path.stem, read_document(path, raw).text).facts)
    profiler.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    mb = sum(len(raw) for _, raw in data) / 1e6
    text = io.StringIO()
    text.write(f"cProfile of read_document + parse_report on {n} lawtext files (random.Random({seed}).sample), "
               f"{mb:.2f} MB, {n_facts} facts: {seconds:.1f} s wall, {cpu:.1f} CPU-s under the profiler\n\n")
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(30)
    if out:
        out.write_text(text.getvalue(), encoding="utf-8")
    return {"files": n, "mb": mb, "facts": n_facts, "seconds": seconds, "cpu": cpu, "text": text.getvalue()}


if __name__ == "__main__":
    print(parse_speed(3))
