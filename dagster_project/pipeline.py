"""Run the Dagster job in this process and summarise what it did.

`govreport run` and the tests call this; `dagster dev` runs the same job.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dagster_project import run_progress, runtime, settings


@dataclass
class PipelineOutcome:
    success: bool
    warehouse: Path
    data_docs: Path
    reports: int = 0
    facts: int = 0
    load_errors: list[str] = field(default_factory=list)
    dbt_checks_passed: int = 0
    dbt_checks_failed: list[str] = field(default_factory=list)
    expectations_passed: int = 0
    expectations_failed: list[tuple[str, str]] = field(default_factory=list)  # (severity, what)
    failure: str | None = None
    planned: list[str] = field(default_factory=list)   # new or changed by file hash
    parsed: list[str] = field(default_factory=list)    # what the run actually parsed and loaded
    removed: list[str] = field(default_factory=list)   # files gone: their facts left
    up_to_date: bool = False  # nothing changed since the published build: no run
    formats: dict[str, int] = field(default_factory=dict)                  # format → reports loaded
    load_warnings: list[tuple[str, str | None, str]] = field(default_factory=list)  # (file, report_id, warning)
    unknown_places: int = 0
    quarantined: tuple[int, int] = (0, 0)  # (facts, reports): broken parses kept out of targets and attainment

    @property
    def quality_page(self) -> Path:
        """The data-quality page (site/__init__.py quality_page_path): our own, readable offline.
        Great Expectations' Data Docs stay in ``data_docs`` (they load their style from CDNs)."""
        return self.warehouse.parent / "report" / "quality.html"

    @property
    def ok(self) -> bool:
        critical = [w for sev, w in self.expectations_failed if sev == "critical"]
        return self.success and not self.load_errors and not self.dbt_checks_failed and not critical

    def _verdict(self) -> str:
        if self.ok:
            return "govreport run succeeded" + (" (nothing new since the last published build: not rebuilt)"
                                                if self.up_to_date else "")
        why = [f"{n} {one if n == 1 else many}" for n, one, many in (
            (len(self.load_errors), "file refused", "files refused"),
            (len(self.dbt_checks_failed), "dbt test failed", "dbt tests failed"),
            (sum(1 for sev, _ in self.expectations_failed if sev == "critical"),
             "critical expectation failed", "critical expectations failed"),
        ) if n]
        if not self.success:
            why.insert(0, "the run itself failed")
        return f"govreport run FAILED: {', '.join(why)}"

    def summary(self, most: int = 20) -> str:
        formats = ", ".join(f"{n} {fmt}" for fmt, n in sorted(self.formats.items())) or "none"
        report_warnings = [w for w in self.load_warnings if w[1] is not None]
        lines = [
            "",
            f"  warehouse        {self.warehouse}",
            f"  reports loaded   {self.reports} ({formats}; {len(self.parsed)} parsed in this run, "
            f"{len(self.removed)} removed)",
            f"  facts            {self.facts} ({self.quarantined[0]} quarantined on {self.quarantined[1]} reports: "
            "`govreport quality --status quarantined`)",
            f"  places           {self.reports - self.unknown_places} placed, {self.unknown_places} unknown",
            f"  load warnings    {len(report_warnings)} on {len({w[1] for w in report_warnings})} reports "
            f"(landing.load_warnings)",
            f"  files skipped    {len(self.load_warnings) - len(report_warnings)} (not reports, or copies of one)",
            f"  files refused    {len(self.load_errors)}",
            f"  dbt tests        {self.dbt_checks_passed} passed, {len(self.dbt_checks_failed)} failed"
            + (" (not run: nothing to rebuild)" if self.up_to_date else ""),
            f"  expectations     {self.expectations_passed} passed, {len(self.expectations_failed)} failed",
        ]
        lines += _listed("refused", self.load_errors, most)
        lines += _listed("skipped", [f"{src}: {w}" for src, rid, w in self.load_warnings if rid is None], most)
        lines += _listed("warning", [f"{src}: {w}" for src, rid, w in report_warnings], most)
        lines += [f"    dbt test failed: {c}" for c in self.dbt_checks_failed]
        lines += [f"    expectation failed ({sev}): {w}" for sev, w in self.expectations_failed]
        if self.failure:
            lines.append(f"  failure: {self.failure}")
        # The reports a person opens next, then the verdict, come last, where the eye lands.
        lines += [
            f"  quality report   {self.quality_page.as_uri()}",
            f"  html report      {(self.warehouse.parent / 'report' / 'index.html').as_uri()}",  # site/__init__.py report_dir
            self._verdict(),
        ]
        return "\n".join(lines)


def _listed(label: str, items: list[str], most: int) -> list[str]:
    """At most ``most`` items, then how many more: a run over thousands of files
    stays a screen long; the warehouse has them all."""
    lines = [f"    {label}: {item}" for item in items[:most]]
    if len(items) > most:
        lines.append(f"    … and {len(items) - most} more ({label})")
    return lines


def _read_published(outcome: PipelineOutcome) -> None:
    import duckdb

    if not outcome.warehouse.exists():
        return
    con = duckdb.connect(str(outcome.warehouse), read_only=True)
    try:
        outcome.reports = con.execute("select count(*) from main.dim_report").fetchone()[0]
        outcome.facts = con.execute("select count(*) from main.fct_indicator_values").fetchone()[0]
        outcome.load_errors = [f"{src}: {problem}" for src, problem in con.execute(
            "select source_file, problem from landing.load_errors order by source_file").fetchall()]
        outcome.quarantined = con.execute(
            "select coalesce(sum(n_quarantined), 0), count(*) filter (where n_quarantined > 0) "
            "from main.fct_check_quarantine").fetchone()
        outcome.formats = dict(con.execute("select format, count(*) from main.dim_report group by 1").fetchall())
        outcome.unknown_places = con.execute(
            "select count(*) from main.dim_report where level = 'unknown'").fetchone()[0]
        outcome.load_warnings = con.execute(
            "select source_file, report_id, warning from landing.load_warnings "
            "order by report_id nulls last, source_file, warning").fetchall()
        rows = con.execute(
            "select severity, suite || ': ' || expectation || coalesce('(' || \"column\" || ')', '') "
            "|| ' — ' || coalesce(description, '') , success from quality.expectation_results").fetchall()
        outcome.expectations_passed = sum(1 for *_, ok in rows if ok)
        outcome.expectations_failed = [(sev, what) for sev, what, ok in rows if not ok]
    finally:
        con.close()


def _read_dbt_tests(outcome: PipelineOutcome, result) -> None:
    """This run's dbt test outcomes (quality.dbt_test_results): from the published file
    after a successful run, from the build copy a failed run leaves; none if dbt did not run."""
    import duckdb

    from dagster_project.quality import dbt_tests

    if "dbt_models" not in {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}:
        return
    build = settings.build_path(outcome.warehouse)
    path = outcome.warehouse if result.success or not build.exists() else build
    if not path.exists():
        return
    con = duckdb.connect(str(path), read_only=True)
    try:
        outcome.dbt_checks_passed, outcome.dbt_checks_failed = dbt_tests.counts(con)
    finally:
        con.close()


def run_pipeline(config: settings.Settings, log_level: str = "INFO") -> PipelineOutcome:
    """Materialize every asset once, in this process: the reports of ``config.raw_dir``
    into the warehouse ``config.warehouse``."""
    runtime.quiet_environment()
    runtime.ensure_dbt_manifest()
    import dagster as dg

    from dagster_project.loading.plan import plan_run

    if not config.raw_dir.is_dir():
        # Not a run at all: an absent folder must not read as "every report deleted".
        return PipelineOutcome(success=False, warehouse=config.warehouse, data_docs=config.data_docs,
                               failure=f"{config.raw_dir}: the raw report folder does not exist")
    plan = plan_run(config.raw_dir, config.warehouse)
    if plan.up_to_date(runtime.code_digest()):
        # Same files, same code as the published build: it is what a run would make.
        outcome = PipelineOutcome(success=True, warehouse=config.warehouse,
                                  data_docs=config.data_docs, up_to_date=True)
        _read_published(outcome)
        return outcome
    # Imported only now: loading the definitions (dbt manifest and all) takes seconds.
    from dagster_project.definitions import defs
    from dagster_project.defs.jobs import WRITER_TAGS, job_for

    # New or changed reports: ONE run of the pipeline, whose ingest step parses just those;
    # none: rebuild the marts from the landing tables without parsing (dbt models or checks
    # may have changed). A Dagster home used before parsing was unpartitioned still holds a
    # dynamic partition per report (set "reports"): nothing reads them, they are left alone.
    job = defs.resolve_job_def(job_for(plan).name)
    result = run_progress.execute(job,  # progress for `govreport run`, see run_progress.py
        report_files=[plan.folder.reports[rid].name for rid in plan.to_parse],
        instance=dg.DagsterInstance.get(),
        raise_on_error=False,
        tags=dict(WRITER_TAGS),
        run_config={
            "loggers": {"console": {"config": {"log_level": log_level}}},
            # The run's settings as values: the resource every step reads them from.
            "resources": {"warehouse": {"config": {"published_path": str(config.warehouse),
                                                   "raw_dir_path": str(config.raw_dir)}}},
        },
    )
    outcome = PipelineOutcome(
        success=result.success,
        warehouse=config.warehouse,
        data_docs=config.data_docs,
        planned=plan.to_parse,
        removed=plan.removed,
    )
    for event in result.get_asset_materialization_events():
        mat = event.materialization
        if mat.asset_key == dg.AssetKey("parsed_reports") and "parsed_reports" in mat.metadata:
            outcome.parsed = list(mat.metadata["parsed_reports"].value)
    _read_dbt_tests(outcome, result)
    if not result.success:
        failures = []
        for event in result.all_events:
            error = getattr(event.event_specific_data, "error", None)
            if error is None or not (event.is_failure or event.event_type_value == "RESOURCE_INIT_FAILURE"):
                continue
            while error.cause is not None:  # the root cause says what went wrong (e.g. writer lock)
                error = error.cause
            what = f"{event.step_key}: " if event.step_key else ""
            message = f"{what}{error.message.strip()}"
            if message not in failures:
                failures.append(message)
        outcome.failure = "; ".join(failures) or "see the Dagster run log"
    _read_published(outcome)
    return outcome
