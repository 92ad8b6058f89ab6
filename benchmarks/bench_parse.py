"""Parsing speed: MB of report text per second on one core (decode + parse_report)."""
from __future__ import annotations

import time

from benchmarks.common import corpus_files, median


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


if __name__ == "__main__":
    print(parse_speed(3))
