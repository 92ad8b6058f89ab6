"""Great Expectations validation of the marts, results kept in the warehouse."""

import dagster as dg
import pandas as pd

from dagster_project import settings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.quality.suites import load_suite_specs

SUITE_SPECS = load_suite_specs()


@dg.asset(
    key="data_quality",
    group_name="quality",
    deps=sorted({dg.AssetKey(spec.model) for spec in SUITE_SPECS}),
    description="Every expectation suite in expectations/suites run on its mart; results in "
                "quality.expectation_results and Data Docs HTML beside the warehouse.",
)
def data_quality(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    from dagster_project.quality.validate import run_validations

    outcomes, docs_index = run_validations(warehouse.build, settings.data_docs_dir(warehouse.published), SUITE_SPECS)
    frame = pd.DataFrame([o.__dict__ for o in outcomes])
    with warehouse.connect() as con:
        con.execute("create schema if not exists quality")
        con.register("_outcomes", frame)
        con.execute("create or replace table quality.expectation_results as select * from _outcomes")
        con.unregister("_outcomes")
    failed = [o for o in outcomes if not o.success]
    for o in failed:
        log = context.log.error if o.severity == "critical" else context.log.warning
        log(f"{o.suite}: {o.expectation}({o.column}) failed: {o.unexpected_count} of {o.element_count} rows")
    return dg.MaterializeResult(metadata={
        "expectations": len(outcomes),
        "passed": len(outcomes) - len(failed),
        "failed_critical": sum(o.severity == "critical" for o in failed),
        "failed_warning": sum(o.severity != "critical" for o in failed),
        "data_docs": dg.MetadataValue.path(str(docs_index)),
    })
