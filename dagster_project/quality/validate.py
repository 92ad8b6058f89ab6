"""Run the expectation suites against the marts and build Data Docs.

Great Expectations' SQL datasource loses results on DuckDB, so each mart is
read into pandas and validated as a DataFrame. GX is imported here, lazily,
because importing it costs seconds.
"""
from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dagster_project.quality.suites import SuiteSpec, load_suite_specs


@dataclass(frozen=True)
class ExpectationOutcome:
    suite: str
    model: str
    expectation: str
    column: str | None
    severity: str           # critical | warning | info
    success: bool
    element_count: int | None
    unexpected_count: int | None
    description: str
    details: str            # JSON: GX's result dict


# The expectation arguments that name a column of the validated model.
_COLUMN_KWARGS = ("column", "column_A", "column_B", "column_list")


def suite_columns(spec: SuiteSpec) -> list[str]:
    """The columns a suite's expectations read, with the id column that names a failing row.

    Only these are read into pandas: fct_check_fact_structure has a row per fact with its
    sentence, and the sentences, which no expectation reads, were most of the step's memory."""
    names = [(spec.body.get("meta") or {}).get("id_column")]
    for expectation in spec.body["expectations"]:
        for key in _COLUMN_KWARGS:
            value = expectation.get("kwargs", {}).get(key)
            names += value if isinstance(value, list) else [value]
    return list(dict.fromkeys(n for n in names if n))


def _select(spec: SuiteSpec) -> str:
    """In a fixed order (the id column first): GX's first failing rows, which the quality
    page shows, are the first in the frame, and a table an incremental run rebuilt holds
    its rows in another order than a table built from scratch."""
    columns = ", ".join(f'"{c}"' for c in suite_columns(spec))
    return f'select {columns} from main."{spec.model}" order by all'


def _read_models(db_path: Path, specs: list[SuiteSpec]):
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return {spec.model: con.execute(_select(spec)).df() for spec in specs}
    finally:
        con.close()


def _suite(gx, spec: SuiteSpec):
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    expectations = [ExpectationConfiguration(**e).to_domain_obj() for e in spec.body["expectations"]]
    return gx.ExpectationSuite(name=spec.name, expectations=expectations, meta=spec.body.get("meta") or {})


def import_in_background() -> threading.Thread:
    """Import Great Expectations (~5 CPU-seconds, most of a small run's validation step) on a
    daemon thread. The dbt step starts it: while dbt works in its own process this one mostly
    waits for its output, so the import costs the run no time, and run_validations finds the
    modules loaded (an import still under way is waited for by Python's import lock)."""
    thread = threading.Thread(target=_import_gx, name="import great_expectations", daemon=True)
    thread.start()
    return thread


def _import_gx() -> None:
    import great_expectations  # noqa: F401
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration  # noqa: F401


def run_validations(db_path: Path, docs_dir: Path, specs: list[SuiteSpec] | None = None) -> tuple[list[ExpectationOutcome], Path]:
    """Validate each suite's mart; returns every expectation's outcome and the Data Docs index."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    specs = specs if specs is not None else load_suite_specs()
    frames = _read_models(db_path, specs)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    # Pages of earlier runs would linger beside this run's index: start clean.
    shutil.rmtree(docs_dir / "validations", ignore_errors=True)
    docs_dir.mkdir(parents=True, exist_ok=True)
    # An ephemeral context is new each run, so adding the site once is safe.
    ctx.add_data_docs_site(site_name="warehouse", site_config={
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    })
    source = ctx.data_sources.add_pandas("marts")
    validations = []
    for spec in specs:
        asset = source.add_dataframe_asset(spec.name)
        batch = asset.add_batch_definition_whole_dataframe(spec.model)
        suite = ctx.suites.add(_suite(gx, spec))
        vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=spec.name, data=batch, suite=suite))
        validations.append((spec, vd))

    outcomes: list[ExpectationOutcome] = []
    for spec, vd in validations:
        # Name failing rows by their id column, so a failure says which checks failed.
        id_column = (spec.body.get("meta") or {}).get("id_column")
        result_format = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
        if id_column:
            result_format["unexpected_index_column_names"] = [id_column]
        # Each suite has its own DataFrame, so each runs alone; the results are
        # stored and Data Docs are built once at the end (per-run docs cost seconds).
        result = vd.run(batch_parameters={"dataframe": frames[spec.model]}, result_format=result_format)
        for er in result.results:
            cfg = er.expectation_config
            res = er.result or {}
            outcomes.append(ExpectationOutcome(
                suite=spec.name,
                model=spec.model,
                expectation=cfg.type,
                column=cfg.kwargs.get("column"),
                severity=str(getattr(cfg, "severity", "critical")).split(".")[-1].lower(),
                success=bool(er.success),
                element_count=res.get("element_count"),
                unexpected_count=res.get("unexpected_count"),
                description=(cfg.meta or {}).get("description", ""),
                details=json.dumps(res, ensure_ascii=False, default=str),
            ))
    ctx.build_data_docs(site_names=["warehouse"])
    return outcomes, docs_dir / "index.html"
