"""Raw report files → parsed facts in the staging tables of the build warehouse."""

import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.warehouse import files, staging
from dagster_project.warehouse.ingest import LoadError, load_report, report_files


STAGING_TABLES = {
    "reports": "One row per loaded report: file, hash, encoding and what the report says about itself.",
    "facts": "One row per fact (spec/facts.md) with its source sentence and section.",
    "load_errors": "Files that could not be loaded, each with the problem.",
}


@dg.multi_asset(
    name="staged_reports",
    group_name="ingest",
    specs=[dg.AssetSpec(["staging", table], description=text) for table, text in STAGING_TABLES.items()],
    description="Every raw/*.txt report decoded, parsed into facts and loaded into the staging tables.",
)
def staged_reports(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    files.prepare_build(warehouse.published, warehouse.build)
    raw = warehouse.raw_dir
    if not raw.is_dir():
        raise dg.Failure(f"{raw}: the raw report folder does not exist")
    paths = report_files(raw)
    loaded, errors = [], []
    for path in paths:
        result = load_report(path)
        (errors if isinstance(result, LoadError) else loaded).append(result)
    for err in errors:
        context.log.error(f"not loaded: {err}")

    with warehouse.connect() as con:
        staging.ensure_schema(con)
        present = {r.report_id for r in loaded}
        stale = [row[0] for row in con.execute("select report_id from staging.reports").fetchall()
                 if row[0] not in present]
        staging.remove_reports(con, stale)
        n_facts = 0
        for report in loaded:
            n = staging.replace_report(con, report.staging_row(), report.parsed.facts)
            n_facts += n
            context.log.info(f"{report.source_file}: {n} facts ({report.encoding})")
        staging.record_errors(con, [(e.source_file, e.report_id, e.problem) for e in errors])

    yield dg.MaterializeResult(asset_key=["staging", "reports"], metadata={
        "files": len(paths), "reports_loaded": len(loaded)})
    yield dg.MaterializeResult(asset_key=["staging", "facts"], metadata={"facts": n_facts})
    yield dg.MaterializeResult(asset_key=["staging", "load_errors"], metadata={
        "load_errors": len(errors),
        "errors": dg.MetadataValue.md("\n".join(f"- {e}" for e in errors) or "none"),
    })
