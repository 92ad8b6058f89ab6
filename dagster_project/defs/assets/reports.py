"""Raw report files → parsed facts in the landing tables of the build warehouse.

Two steps, so that a run parses only what changed and dbt still sees the whole folder:

- `parsed_report`: one Dagster partition per report (key = report_id). For each
  partition of the run it parses the file only if its content, or the parser,
  changed since it was loaded (sha256 and parser digest in the landing tables), and replaces
  that report's rows. Many partitions go through in one run (single-run backfills).
- `landed_reports` (landing/reports, landing/facts, landing/load_errors), not
  partitioned: reconciles the landing tables with the raw folder as it is now — reports whose
  file is gone leave, skipped files (no report, a copy) are recorded — and is what dbt
  builds from. It also runs alone (job `govreport_rebuild`) when only deletions happened.
"""
from pathlib import Path

import dagster as dg

from dagster_project import runtime
from dagster_project.defs.resources import WarehouseResource
from dagster_project.loading import catalog, files, landing, parallel
from dagster_project.loading.ingest import LoadError

report_partitions = dg.DynamicPartitionsDefinition(name=catalog.PARTITIONS_NAME)

STAGING_TABLES = {
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


@dg.asset(
    key="parsed_report",
    group_name="ingest",
    partitions_def=report_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="One report file (partition = report_id) decoded, checked and parsed into the landing "
                "tables; skipped when neither its content nor the parser changed since it was loaded.",
)
def parsed_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    files.start_build(warehouse.published, warehouse.build, context.run.run_id)
    raw = _raw_dir(warehouse)
    digest = catalog.parser_digest()
    parsed, unchanged, gone, errors = [], [], [], []
    n_facts = 0
    with warehouse.connect() as con:
        landing.ensure_schema(con)
        folder = catalog.scan(raw, landing.loaded_hashes(con))
        seen = landing.seen_files(con)
        to_parse = [folder.reports[k] for k in context.partition_keys if k in folder.reports
                    and seen.get(folder.reports[k].name) != (folder.reports[k].sha256, digest)]
        loaded = parallel.load_many(to_parse)  # parsed on every core, in this order
        for key in context.partition_keys:
            raw_file = folder.reports.get(key)
            if raw_file is None:
                gone.append(key)  # deleted or now a duplicate: landed_reports removes it
                continue
            if seen.get(raw_file.name) == (raw_file.sha256, digest):
                unchanged.append(key)
                continue
            sha, result = next(loaded)
            if isinstance(result, LoadError):
                # A report that turned bad must not keep serving its old facts.
                landing.remove_reports(con, [key])
                landing.set_file_error(con, raw_file.name, key, result.problem, sha, digest)
                errors.append(result)
                context.log.error(f"not loaded: {result}")
                continue
            n = landing.replace_report(con, result.staging_row(digest), result.parsed.facts, result.warnings)
            landing.set_file_error(con, raw_file.name, key, None, None, None)
            parsed.append(key)
            n_facts += n
            context.log.info(f"{raw_file.name}: {n} facts ({result.document.format})")
            for warning in result.warnings:
                context.log.warning(f"{raw_file.name}: {warning}")
    context.log.info(f"parsed {len(parsed)}, unchanged {len(unchanged)}, refused {len(errors)}, "
                     f"gone {len(gone)} of {len(context.partition_keys)} partitions")
    return dg.MaterializeResult(metadata={
        "parsed": len(parsed),
        "unchanged": len(unchanged),
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
    specs=[dg.AssetSpec(["landing", table], description=text, deps=[parsed_report])
           for table, text in STAGING_TABLES.items()],
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
