"""The plain wiring the product is measured against (issue 16): a minimal but real
Dagster + dagster-dbt + dbt-duckdb + Great Expectations project, wired as the
Dagster University "dagster_and_dbt" course wires one, that the benchmark writes
into a temporary directory and runs the way `govreport run` is run: a fresh
`dagster asset materialize` process per run, with its own warehouse and Dagster home.

The project imports nothing of govreport. It has one Python asset that reads the
.txt/.md reports of a raw folder into DuckDB with a deliberately naive extraction
(one row per number-and-unit a regex finds: report, number, unit, sentence),
`@dbt_assets` over five dbt models with a few generic tests (`dbt build`), and one
asset that validates a mart with Great Expectations on a pandas DataFrame.

`python -m benchmarks.plain_wiring [RAW_DIR]` writes the project, runs it once on
RAW_DIR (default: the report of the product's one-report scenario) and prints the
timings and what the run materialized.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import PYTHON, Timed, corpus_files, timed_run

DEFS_MODULE = "plain_wiring_defs"
NEEDED_MODULES = ("dagster", "dagster_dbt", "dbt.adapters.duckdb", "duckdb", "great_expectations", "pandas")
# What a successful run must have materialized: the raw table, five dbt models, the validation.
EXPECTED_ASSETS = {"raw/figures", "stg_reports", "stg_figures", "int_figures_classified", "fct_figures",
                   "mart_report_summary", "validated_report_summary"}

DEFINITIONS = r'''
"""Plain wiring: raw reports -> DuckDB -> dbt (five models, tests) -> Great Expectations."""
import os
import re
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

RAW_DIR = Path(os.environ["PLAIN_RAW_DIR"])
WAREHOUSE = os.environ["PLAIN_WAREHOUSE"]
DBT_DIR = Path(__file__).parent / "dbt_project"
dbt_project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR)

SENTENCE = re.compile(r"[^。！？；\n]+")
FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|％|[\u4e00-\u9fff]{1,2})")


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _figures(path: Path) -> list[dict]:
    rows = []
    for sentence in SENTENCE.findall(_read(path)):
        for m in FIGURE.finditer(sentence):
            rows.append({"report": path.stem, "figure_no": len(rows) + 1, "number": m.group(1),
                         "unit": m.group(2), "sentence": sentence.strip()})
    return rows


@dg.asset(key=["raw", "figures"], compute_kind="python")
def raw_figures(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    files = sorted(p for p in RAW_DIR.rglob("*") if p.suffix in (".txt", ".md"))
    frame = pd.DataFrame([row for f in files for row in _figures(f)],
                         columns=["report", "figure_no", "number", "unit", "sentence"])
    with duckdb.connect(WAREHOUSE) as con:
        con.execute("create schema if not exists raw")
        con.execute("create or replace table raw.figures as select * from frame")
    return dg.MaterializeResult(metadata={"reports": len(files), "figures": len(frame)})


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project)
def plain_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()


@dg.asset(deps=[dg.AssetKey("mart_report_summary")], compute_kind="great_expectations")
def validated_report_summary(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    import great_expectations as gx

    with duckdb.connect(WAREHOUSE, read_only=True) as con:
        frame = con.execute("select * from mart_report_summary").df()
    gx_context = gx.get_context(mode="ephemeral")
    batch = (gx_context.data_sources.add_pandas("warehouse").add_dataframe_asset("mart_report_summary")
             .add_batch_definition_whole_dataframe("all"))
    suite = gx_context.suites.add(gx.ExpectationSuite(name="mart_report_summary", expectations=[
        gx.expectations.ExpectColumnValuesToNotBeNull(column="report"),
        gx.expectations.ExpectColumnValuesToBeUnique(column="report"),
        gx.expectations.ExpectColumnValuesToBeBetween(column="figures", min_value=1),
    ]))
    validation = gx_context.validation_definitions.add(
        gx.ValidationDefinition(name="mart_report_summary", data=batch, suite=suite))
    result = validation.run(batch_parameters={"dataframe": frame})
    stats = result.statistics
    context.log.info(f"GE validation: {stats['successful_expectations']} of {stats['evaluated_expectations']} "
                     f"expectations met on {len(frame)} rows")
    if not result.success:
        raise dg.Failure(f"Great Expectations: {stats}")
    return dg.MaterializeResult(metadata={"expectations": stats["evaluated_expectations"], "rows": len(frame)})


defs = dg.Definitions(
    assets=[raw_figures, plain_dbt_models, validated_report_summary],
    resources={"dbt": DbtCliResource(project_dir=dbt_project, dbt_executable=os.environ["PLAIN_DBT"])},
)
'''

DBT_FILES = {
    "dbt_project.yml": """\
name: plain
version: "1.0.0"
profile: plain
models:
  plain:
    staging:
      +materialized: view
    intermediate:
      +materialized: view
    marts:
      +materialized: table
""",
    "profiles.yml": """\
plain:
  target: dev
  outputs:
    dev:
      type: duckdb
      path: "{{ env_var('PLAIN_WAREHOUSE') }}"
      threads: 4
""",
    "models/staging/sources.yml": """\
version: 2
sources:
  - name: raw
    schema: raw
    tables:
      - name: figures
""",
    "models/staging/stg_reports.sql": """\
select report,
       try_cast(nullif(regexp_extract(report, '(\\d{4})', 1), '') as integer) as year,
       count(*) as figures
from {{ source('raw', 'figures') }}
group by report
""",
    "models/staging/stg_figures.sql": """\
select report, figure_no, try_cast(number as double) as value, unit, sentence
from {{ source('raw', 'figures') }}
""",
    "models/intermediate/int_figures_classified.sql": """\
select f.report, r.year, f.figure_no, f.value, f.unit, f.sentence,
       case when f.unit in ('%', '％') then 'percent'
            when f.unit like '%元%' then 'money'
            when f.unit like '%人%' then 'people'
            else 'other' end as unit_kind
from {{ ref('stg_figures') }} f
join {{ ref('stg_reports') }} r using (report)
""",
    "models/marts/fct_figures.sql": """\
select report, year, figure_no, value, unit, unit_kind, sentence
from {{ ref('int_figures_classified') }}
""",
    "models/marts/mart_report_summary.sql": """\
select report, any_value(year) as year, count(*) as figures,
       count(*) filter (where unit_kind = 'percent') as percent_figures,
       count(*) filter (where unit_kind = 'money') as money_figures,
       max(value) as largest_value
from {{ ref('fct_figures') }}
group by report
""",
    "models/schema.yml": """\
version: 2
models:
  - name: stg_reports
    columns:
      - name: report
        data_tests: [unique, not_null]
  - name: stg_figures
    columns:
      - name: report
        data_tests:
          - not_null
          - relationships:
              arguments: {to: "ref('stg_reports')", field: report}
      - name: value
        data_tests: [not_null]
  - name: int_figures_classified
    columns:
      - name: unit_kind
        data_tests:
          - accepted_values:
              arguments: {values: [percent, money, people, other]}
  - name: mart_report_summary
    columns:
      - name: report
        data_tests: [unique, not_null]
""",
}

# Nothing may reach the network: Dagster telemetry off in the run's own home.
DAGSTER_YAML = "telemetry:\n  enabled: false\nnux:\n  enabled: false\n"


class PlainWiringFailed(RuntimeError):
    """The plain project's run failed: no number may be reported for it."""


@dataclass
class PlainProject:
    root: Path

    def env(self, raw: Path, workdir: Path) -> dict[str, str]:
        """The run's environment: its own warehouse and Dagster home, nothing sent out, and
        only the plain project importable (not govreport: PYTHONPATH is replaced)."""
        return {**os.environ, "PYTHONPATH": str(self.root), "DAGSTER_HOME": str(workdir / "dagster_home"),
                "PLAIN_RAW_DIR": str(raw), "PLAIN_WAREHOUSE": str(workdir / "warehouse.duckdb"),
                "PLAIN_DBT": str(dbt_executable()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
                "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False", "DBT_USE_COLORS": "False"}


def dbt_executable() -> Path:
    return Path(PYTHON).with_name("dbt")


def missing() -> str | None:
    """Why the plain project cannot be built here, or None when it can."""
    absent = [m for m in NEEDED_MODULES if _no_module(m)]
    if absent:
        return f"modules not installed: {', '.join(absent)}"
    if not dbt_executable().exists():
        return f"no dbt executable at {dbt_executable()}"
    return None


def _no_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is None
    except ModuleNotFoundError:  # the parent package is absent
        return True


def write_project(root: Path) -> PlainProject:
    """Write the definitions module and the dbt project, then `dbt parse` (dagster-dbt
    reads the manifest when the definitions are imported)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{DEFS_MODULE}.py").write_text(DEFINITIONS.lstrip(), encoding="utf-8")
    for rel, text in DBT_FILES.items():
        path = root / "dbt_project" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    project = PlainProject(root)
    dbt_dir = root / "dbt_project"
    parse = subprocess.run([str(dbt_executable()), "parse", "--quiet", "--project-dir", str(dbt_dir),
                            "--profiles-dir", str(dbt_dir)], env=project.env(root, root / "parse"),
                           cwd=dbt_dir, capture_output=True, text=True)
    if parse.returncode:
        raise PlainWiringFailed(f"dbt parse of the plain project failed:\n{parse.stdout[-3000:]}{parse.stderr[-3000:]}")
    return project


def plain_run(project: PlainProject, raw: Path, workdir: Path) -> Timed:
    """One `dagster asset materialize --select '*'` of the plain project on ``raw``, in a
    fresh process with its own Dagster home; raises unless every asset materialized
    and the dbt tests ran."""
    home = workdir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")
    result = timed_run([PYTHON, "-m", "dagster", "asset", "materialize", "-m", DEFS_MODULE, "--select", "*"],
                       project.env(raw, workdir), cwd=project.root)
    result.details = run_summary(home)
    done = set(result.details.get("materialized", []))
    checks, passed = result.details.get("checks", 0), result.details.get("checks_passed", 0)
    if result.returncode or done != EXPECTED_ASSETS or not checks or passed != checks:
        raise PlainWiringFailed(f"the plain wiring's run failed (exit {result.returncode}; materialized "
                                f"{sorted(done)}; {passed} of {checks} dbt tests passed):\n"
                                f"{result.output[-4000:]}")
    return result


def run_summary(home: Path) -> dict:
    """What the last run in a Dagster home did, from its event log: the asset keys it
    materialized and how many asset checks (dbt tests) it evaluated and passed."""
    try:
        with sqlite3.connect(home / "history" / "runs.db") as db:
            run_id = db.execute("select run_id from runs order by id desc limit 1").fetchone()[0]
        with sqlite3.connect(home / "history" / "runs" / f"{run_id}.db") as db:
            keys = db.execute("select distinct asset_key from event_logs "
                              "where dagster_event_type = 'ASSET_MATERIALIZATION'").fetchall()
            checks = db.execute("select event from event_logs "
                                "where dagster_event_type = 'ASSET_CHECK_EVALUATION'").fetchall()
    except (sqlite3.Error, TypeError):  # no run recorded: the process died before starting one
        return {}
    paths = [json.loads(k) for (k,) in keys if k]  # stored as a JSON list (older Dagster: {"path": [...]})
    materialized = sorted("/".join(p["path"] if isinstance(p, dict) else p) for p in paths)
    passed = sum('"success": true' in e for (e,) in checks)
    return {"materialized": materialized, "checks": len(checks), "checks_passed": passed}


def seed_existing(project: PlainProject, raw: Path, seeded: Path) -> Path:
    """A plain warehouse (and Dagster home) built from ``raw``: the plain counterpart of the
    product's warehouse holding the corpus, copied before each run that adds a report."""
    plain_run(project, raw, seeded)
    return seeded


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if reason := missing():
        print(f"plain wiring: skipped ({reason})")
        return 0
    files = [Path(argv[0])] if argv else corpus_files()[:1]
    if not files or not files[0].exists():
        print("plain wiring: skipped (no report: ../shared/corpus is absent; pass a raw folder)")
        return 0
    try:
        _run_twice(files[0])
    except PlainWiringFailed as exc:  # loud, and no number
        print(f"plain wiring: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


def _run_twice(report: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="plain-wiring-") as tmp:
        base = Path(tmp)
        project = write_project(base / "project")
        raw = report if report.is_dir() else _one_report_dir(report, base)
        for i in range(2):  # the first run warms the caches (.pyc, dbt's partial parse), like the product's warm-up
            timed = plain_run(project, raw, base / f"run-{i}")
            print(f"plain wiring run {i + 1} ({'warm-up' if i == 0 else 'timed'}): {timed.seconds:.1f} s wall, "
                  f"{timed.cpu_seconds:.1f} CPU-s, peak {timed.peak_mb:.0f} MB; {timed.details}")


def _one_report_dir(report: Path, base: Path) -> Path:
    raw = base / "raw-one"
    raw.mkdir()
    shutil.copy(report, raw)
    return raw


if __name__ == "__main__":
    sys.exit(main())
