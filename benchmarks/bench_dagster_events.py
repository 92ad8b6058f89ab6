"""Dagster's cost per report partition, without any parsing: a job over one asset with N
dynamic partitions, run as `govreport run` runs the parse step (one single-run backfill over
the partition range, a log line per partition), on a SQLite instance in a temporary folder.

  python -m benchmarks.bench_dagster_events N

Prints wall and CPU seconds of the run (planned events, log lines, materializations).
"""
import os
import sys
import tempfile
import time

import dagster as dg


def dagster_event_cost(n: int) -> dict:
    parts = dg.DynamicPartitionsDefinition(name="reports")

    @dg.asset(partitions_def=parts, backfill_policy=dg.BackfillPolicy.single_run())
    def parsed(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        for key in context.partition_keys:
            context.log.info(f"{key}: parsed")
        return dg.MaterializeResult()

    defs = dg.Definitions(assets=[parsed], jobs=[dg.define_asset_job("parse", [parsed])])
    keys = [f"r{i:05d}" for i in range(n)]
    with tempfile.TemporaryDirectory() as home, dg.instance_for_test(temp_dir=home) as instance:
        instance.add_dynamic_partitions("reports", keys)
        load = os.getloadavg()[0]
        start, start_cpu = time.perf_counter(), time.process_time()
        result = defs.resolve_job_def("parse").execute_in_process(
            instance=instance, tags={"dagster/asset_partition_range_start": keys[0],
                                     "dagster/asset_partition_range_end": keys[-1]})
        return {"partitions": n, "success": result.success, "seconds": time.perf_counter() - start,
                "cpu_seconds": time.process_time() - start_cpu, "load": load}


if __name__ == "__main__":
    r = dagster_event_cost(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    print(f"{r['partitions']} partitions: {r['seconds']:.1f} s wall, {r['cpu_seconds']:.1f} CPU-s "
          f"(load {r['load']:.1f} at start), success {r['success']}")
