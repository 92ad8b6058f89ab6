"""Raw report files → parsed facts in the landing tables of the build warehouse.

Two steps, so that a run parses only what changed and dbt still sees the whole folder:

- `parsed_reports`, not partitioned: parses every report file whose content, or the
  parser, changed since it was loaded (sha256 and parser digest in the landing tables),
  on every core, and replaces those reports' rows. Unchanged files are hashed, not parsed.
  One materialization and a few log lines per run, whatever the number of reports:
  Dagster's bookkeeping for one dynamic partition per report (what the asset,
  then `parsed_report`, had before) cost ~130 ms of wall and ~40 CPU-ms per report
  (benchmarks/bench_dagster_events.py), most of a run over 1,585 reports, while the
  sha256 test above already decided what to parse.
- `landed_reports` (landing/reports, landing/facts, landing/load_errors, landing/load_warnings),
  also not partitioned: reconciles the landing tables with the raw folder as it is now —
  reports whose file is gone leave, skipped files (no report, a copy) are recorded — and is
  what dbt builds from. It also runs alone (job `govreport_rebuild`) when nothing is to parse.

A Dagster instance used before the change still holds the dynamic partitions set
`reports` (one key per report): nothing reads it any more, and it does no harm.
"""
from pathlib import Path

import dagster as dg

from dagster_project import run_progress, runtime
from dagster_project.defs.resources import WarehouseResource
from dagster_project.loading import catalog, files, landing, parallel
from dagster_project.loading.catalog import RawFile
from dagster_project.loading.ingest import LoadedRows, LoadError

LANDING_ASSET_DESCRIPTIONS = {
    "reports": "One row per loaded report: file, hash, encoding and what the report says about itself.",
    "facts": "One row per fact (docs/facts.md) with its source sentence and section.",
    "load_errors": "Files that could not be loaded, each with the problem.",
    "load_warnings": "What looked odd about a file that loaded all the same, and files that are not reports.",
}


def _raw_dir(warehouse: WarehouseResource) -> Path:
    raw = Path(warehouse.raw_dir)
    if not raw.is_dir():
        raise dg.Failure(f"{raw}: the raw report folder does not exist")
    return raw


def _bullets(items) -> dg.MetadataValue:
    return dg.MetadataValue.md("\n".join(f"- {item}" for item in items) or "none")


# Reports written per DuckDB transaction. One transaction per report cost the main
# process 55 of its 67 s on 1,585 reports, and it paced the parsing pool.
WRITE_BATCH = 64


def _write(con, batch: list[tuple[RawFile, LoadedRows]], digest: str) -> dict[str, int]:
    """Replace the batch's reports in the landing tables; returns report id → facts written."""
    if not batch:
        return {}
    counts = landing.replace_reports(con, [loaded.for_writer(digest) for _, loaded in batch])
    landing.clear_file_errors(con, [raw_file.name for raw_file, _ in batch])
    for (raw_file, loaded), n in zip(batch, counts, strict=True):
        run_progress.report_done(f"{raw_file.name}: {n} facts ({loaded.format})")
    return {loaded.report_id: n for (_, loaded), n in zip(batch, counts, strict=True)}


@dg.asset(
    key="parsed_reports",
    group_name="ingest",
    description="Every report file in the raw folder decoded, checked and parsed into the landing tables — "
                "only those whose content or the parser changed since they were loaded.",
)
def parsed_reports(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    files.start_build(warehouse.published, warehouse.build, context.run.run_id)
    raw = _raw_dir(warehouse)
    digest = catalog.parser_digest()
    written: dict[str, int] = {}
    errors, warnings = [], []
    with warehouse.connect() as con:
        landing.ensure_schema(con)
        landing.defer_checkpoints(con)
        loaded_before = landing.loaded_hashes(con)
        folder = catalog.scan(raw, loaded_before)
        seen = landing.seen_files(con)
        # The same test as plan.plan_run, against the build copy: only new or changed files.
        to_parse = [f for f in folder.reports.values() if seen.get(f.name) != (f.sha256, digest)]
        # landed_reports removes these: files deleted, or now a copy of another report.
        gone = sorted(set(loaded_before) - set(folder.reports))
        # Parsed on every core, in this order; written here in batches.
        batch: list[tuple[RawFile, LoadedRows]] = []
        for raw_file, (sha, result) in zip(to_parse, parallel.load_many(to_parse), strict=True):
            if isinstance(result, LoadError):
                # A report that turned bad must not keep serving its old facts.
                landing.remove_reports(con, [raw_file.report_id])
                landing.set_file_error(con, raw_file.name, raw_file.report_id, result.problem, sha, digest)
                errors.append(result)
                run_progress.report_done(f"not loaded: {result}")
                continue
            batch.append((raw_file, result))
            warnings += [f"{raw_file.name}: {w}" for w in result.warnings]
            if len(batch) == WRITE_BATCH:
                written.update(_write(con, batch, digest))
                batch = []
        written.update(_write(con, batch, digest))
    parsed, n_facts = list(written), sum(written.values())
    unchanged = len(folder.reports) - len(to_parse)
    # A few log lines per run, not one per report: each is an event Dagster stores.
    context.log.info(f"parsed {len(parsed)} ({n_facts} facts), unchanged {unchanged}, refused {len(errors)}, "
                     f"gone {len(gone)} of {len(folder.reports)} reports in {raw}")
    if errors:
        context.log.error("not loaded:\n" + "\n".join(f"- {e}" for e in errors))
    if warnings:
        context.log.warning(f"{len(warnings)} load warnings:\n" + "\n".join(f"- {w}" for w in warnings))
    return dg.MaterializeResult(metadata={
        "parsed": len(parsed),
        "unchanged": unchanged,
        "refused": len(errors),
        "gone": len(gone),
        "facts_loaded": n_facts,
        "parser_digest": digest,
        "parsed_reports": dg.MetadataValue.json(parsed),
        "errors": _bullets(errors),
    })


@dg.multi_asset(
    name="landed_reports",
    group_name="ingest",
    specs=[dg.AssetSpec(["landing", table], description=text, deps=[parsed_reports])
           for table, text in LANDING_ASSET_DESCRIPTIONS.items()],
    description="The landing tables reconciled with the raw folder: reports whose file left it removed, "
                "files that are no reports and copies of a report recorded in landing.load_warnings.",
)
def landed_reports(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    files.start_build(warehouse.published, warehouse.build, context.run.run_id)
    raw = _raw_dir(warehouse)
    with warehouse.connect() as con:
        landing.ensure_schema(con)
        folder = catalog.scan(raw, landing.loaded_hashes(con))
        stale = sorted(set(landing.loaded_hashes(con)) - set(folder.reports))
        landing.remove_reports(con, stale)
        landing.sync_errors(con, [f.name for f in folder.reports.values()])
        landing.sync_folder_warnings(con, folder.ignored)
        landing.set_code_digest(con, runtime.code_digest())
        n_reports = con.execute("select count(*) from landing.reports").fetchone()[0]
        n_facts = con.execute("select count(*) from landing.facts").fetchone()[0]
        errors = landing.load_errors(con)
    for rid in stale:
        context.log.info(f"{rid}: its file left the raw folder (or is now a duplicate); facts removed")
    for src, problem in errors:
        context.log.error(f"not loaded: {src}: {problem}")
    for src, why in folder.ignored.items():
        context.log.warning(f"{src}: {why}")

    yield dg.MaterializeResult(asset_key=["landing", "reports"], metadata={
        "files": len(folder.files), "reports": n_reports, "removed": len(stale),
        "removed_reports": _bullets(stale)})
    yield dg.MaterializeResult(asset_key=["landing", "facts"], metadata={"facts": n_facts})
    yield dg.MaterializeResult(asset_key=["landing", "load_errors"], metadata={
        "load_errors": len(errors),
        "errors": _bullets(f"{src}: {problem}" for src, problem in errors),
    })
    yield dg.MaterializeResult(asset_key=["landing", "load_warnings"], metadata={
        "not_reports": len(folder.ignored),
        "ignored_files": _bullets(f"{src}: {why}" for src, why in folder.ignored.items()),
    })
