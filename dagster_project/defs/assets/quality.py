"""Great Expectations validation of the check models: one Dagster asset check per
suite, on the model it validates, and the results kept in the warehouse.

All suites run in one step with one GX context (GX costs seconds to import and
set up), so this is a multi-asset: it materializes `data_quality` (the results
table and Data Docs, which publishing waits for) and reports each suite as an
asset check of its dbt model, so the Dagster UI shows them there.
"""

import json

import dagster as dg
import pandas as pd

from dagster_project import settings
from dagster_project.defs.resources import WarehouseResource
from dagster_project.quality.suites import SuiteSpec, load_suite_specs

SUITE_SPECS = load_suite_specs()
# pipeline.py counts Dagster asset checks as dbt tests except these, whose
# outcome it reads from quality.expectation_results (severity-aware).
CHECK_PREFIX = "gx_"


def _check_spec(spec: SuiteSpec) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"{CHECK_PREFIX}{spec.name}",
        asset=dg.AssetKey(spec.model),
        description=(spec.body.get("meta") or {}).get("description", "Great Expectations suite"),
    )


def _check_result(spec: SuiteSpec, outcomes: list, docs_index) -> dg.AssetCheckResult:
    failed = [o for o in outcomes if not o.success]
    critical = [o for o in failed if o.severity == "critical"]
    rows = max((o.element_count or 0 for o in outcomes), default=0)
    # GX names each failing row by the suite's id column (and the failing value).
    id_column = (spec.body.get("meta") or {}).get("id_column")
    failing_ids = []
    for o in failed:
        rows_ = json.loads(o.details).get("partial_unexpected_index_list") or []
        failing_ids += [r.get(id_column) for r in rows_ if isinstance(r, dict) and r.get(id_column)]
    return dg.AssetCheckResult(
        check_name=f"{CHECK_PREFIX}{spec.name}",
        asset_key=dg.AssetKey(spec.model),
        passed=not failed,
        # A broken parse (critical) is an error; a finding about a report a warning.
        severity=dg.AssetCheckSeverity.ERROR if critical else dg.AssetCheckSeverity.WARN,
        description=(spec.body.get("meta") or {}).get("description"),
        metadata={
            "rows": rows,
            "expectations": len(outcomes),
            "failed": len(failed),
            "failed_critical": len(critical),
            "failures": dg.MetadataValue.md("\n".join(
                f"- **{o.severity}** `{o.expectation}({o.column or ''})`: {o.unexpected_count} of "
                f"{o.element_count} rows — {o.description}" for o in failed) or "none"),
            "failing_rows (first 20 each)": dg.MetadataValue.json(failing_ids[:100]),
            "data_docs": dg.MetadataValue.path(str(docs_index)),
        },
    )


@dg.multi_asset(
    specs=[dg.AssetSpec(
        "data_quality",
        group_name="quality",
        deps=sorted({dg.AssetKey(spec.model) for spec in SUITE_SPECS}),
        description="Every expectation suite (made from the check models' YAML and expectations/templates) run on its check model; results in "
                    "quality.expectation_results, Data Docs HTML beside the warehouse, and one asset "
                    "check per suite on the model it validates.",
    )],
    check_specs=[_check_spec(spec) for spec in SUITE_SPECS],
    # The checks target the dbt models, not this asset.
    allow_arbitrary_check_specs=True,
)
def data_quality(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
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
    yield dg.MaterializeResult(asset_key="data_quality", metadata={
        "expectations": len(outcomes),
        "passed": len(outcomes) - len(failed),
        "failed_critical": sum(o.severity == "critical" for o in failed),
        "failed_warning": sum(o.severity != "critical" for o in failed),
        "data_docs": dg.MetadataValue.path(str(docs_index)),
    })
    for spec in SUITE_SPECS:
        yield _check_result(spec, [o for o in outcomes if o.suite == spec.name], docs_index)
