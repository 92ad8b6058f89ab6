"""Dagster's own cost of the parse step for N reports, without any parsing, on a SQLite
instance in a temporary folder. Kept as the measurement that motivated unpartitioned
ingest, with the new shape beside it for comparison:

- ``partitioned`` (the old `parsed_report`): one asset with N dynamic partitions, run as
  `govreport run` ran it (one single-run backfill over the partition range, a log line
  per partition). Measured 1,585 partitions: 211.5 s wall / 66.1 CPU-s, ~130 ms and
  ~40 CPU-ms per report (benchmarks/BENCHMARKS.md).
- ``unpartitioned`` (today's `parsed_reports`): one asset, not partitioned, that handles
  N reports in one materialization with one summary log line.

  python -m benchmarks.bench_dagster_events N [partitioned|unpartitioned|both]

Prints wall and CPU seconds of each run (planned events, log lines, materializations).
"""
import os
import sys
import tempfile
import time

import dagster as dg


def dagster_event_cost(n: int, partitioned: bool = True) -> dict:
    keys = [f"r{i:05d}" for i in range(n)]
    if partitioned:
        parts = dg.DynamicPartitionsDefinition(name="reports")

        @dg.asset(partitions_def=parts, backfill_policy=dg.BackfillPolicy.single_run())
        def parsed(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
            for key in context.partition_keys:
                context.log.info(f"{key}: parsed")
            return dg.MaterializeResult()

        tags = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
    else:
        @dg.asset
        def parsed(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
            context.log.info(f"parsed {len(keys)}")  # one summary line for all reports
            return dg.MaterializeResult(metadata={"parsed": len(keys)})

        tags = {}
    defs = dg.Definitions(assets=[parsed], jobs=[dg.define_asset_job("parse", [parsed])])
    with tempfile.TemporaryDirectory() as home, dg.instance_for_test(temp_dir=home) as instance:
        if partitioned:
            instance.add_dynamic_partitions("reports", keys)
        load = os.getloadavg()[0]
        start, start_cpu = time.perf_counter(), time.process_time()
        result = defs.resolve_job_def("parse").execute_in_process(instance=instance, tags=tags)
        return {"reports": n, "shape": "partitioned" if partitioned else "unpartitioned",
                "success": result.success, "seconds": time.perf_counter() - start,
                "cpu_seconds": time.process_time() - start_cpu, "load": load}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    mode = sys.argv[2] if len(sys.argv) > 2 else "both"
    shapes = {"partitioned": [True], "unpartitioned": [False], "both": [True, False]}[mode]
    for partitioned in shapes:
        r = dagster_event_cost(n, partitioned)
        print(f"{r['reports']} reports, {r['shape']}: {r['seconds']:.1f} s wall, {r['cpu_seconds']:.1f} CPU-s "
              f"(load {r['load']:.1f} at start), success {r['success']}")
