"""The HTML report, written beside the Data Docs once the marts are built and checked."""

import dagster as dg

from dagster_project.defs.resources import WarehouseResource


@dg.asset(
    key="html_report",
    group_name="publish",
    # After the checks, so a run whose data fails them does not replace the report;
    # published_warehouse waits for this asset, so the report matches what is published.
    deps=["data_quality", "dim_report", "fct_indicator_values", "fct_target_panel"],
    description="A static HTML report (report/index.html beside the warehouse): per report its headline "
                "indicators, charts across periods, and every figure highlighted in its source sentence; "
                "panel.html, the target panel (targets against outcomes by place and year, with their sentences).",
)
def html_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    from dagster_project.site import build_site, report_dir

    index = build_site(warehouse.build, report_dir(warehouse.published))
    context.log.info(f"HTML report: {index}")
    return dg.MaterializeResult(metadata={"index": dg.MetadataValue.path(str(index))})
