"""Progress of a pipeline run, per stage and per report, for `govreport run`.

pipeline.py runs the job through `execute(job, **kwargs)`; when the command
line has called `enable()`, a listener on the Dagster instance's event stream
(the same events the Dagster UI shows) draws a progress bar on a terminal, or
writes plain lines when the output is piped. Reports and dbt tests are counted
without Dagster: the ingest step calls `report_done` for each report it parsed or
refused, the dbt step `dbt_node_done` for each test (the job runs in this process),
because an event each is what Dagster stores one SQLite transaction for. Otherwise `execute` is exactly `job.execute_in_process`,
`report_done` does nothing, and nothing is printed, so tests and `dagster dev` are
unaffected. No Dagster import at module level: `govreport --help` stays fast.
"""
from __future__ import annotations

import contextlib
import io
import re
import sys
import time
from pathlib import Path
from typing import IO

# What a person calls each step; unknown steps show their Dagster key.
STAGE_NAMES = {
    "parsed_reports": "parse reports",
    "landed_reports": "load landing tables",
    "dbt_models": "dbt build (models and tests)",
    "data_quality": "Great Expectations",
    "html_report": "HTML report",
    "published_warehouse": "publish",
}
BAR_WIDTH = 24
# Lines of dbt's console output worth showing after a failed run.
TOOL_PROBLEM = re.compile(r"\b(FAIL|ERROR|WARN|Failure|Error|Warning)\b")


class ProgressDisplay:
    """Turns Dagster events into progress on a stream (stderr, like git and dbt)."""

    def __init__(self, stream: IO[str], report_files: list[str], n_stages: int | None = None,
                 dbt_nodes_total: int = 0):
        self.stream = stream
        self.live = hasattr(stream, "isatty") and stream.isatty()
        self.report_files = report_files
        self.n_stages = n_stages
        self.stage_index = 0
        self.stage_key: str | None = None
        self.stage_started = 0.0
        self.run_started = time.monotonic()
        self.reports_done: set[str] = set()   # in the current stage
        self.dbt_nodes = 0
        self.dbt_nodes_total = dbt_nodes_total
        self._line_open = False

    # -- drawing --------------------------------------------------------
    def _stage_label(self) -> str:
        total = f"/{self.n_stages}" if self.n_stages else ""
        return f"[{self.stage_index}{total}] {STAGE_NAMES.get(self.stage_key or '', self.stage_key)}"

    def _bar(self, done: int, total: int) -> str:
        filled = int(BAR_WIDTH * done / total) if total else BAR_WIDTH
        return "█" * filled + "░" * (BAR_WIDTH - filled)

    def _draw(self, detail: str = "") -> None:
        elapsed = time.monotonic() - self.stage_started
        if self.reports_done and self.report_files:
            n, total = len(self.reports_done), len(self.report_files)
            line = f"{self._stage_label()} {self._bar(n, total)} {n}/{total} reports {detail}"
        elif self.stage_key == "dbt_models" and self.dbt_nodes_total:
            n, total = self.dbt_nodes, self.dbt_nodes_total
            line = f"{self._stage_label()} {self._bar(min(n, total), total)} {n}/{total} models and tests {detail}"
        elif self.stage_key == "dbt_models" and self.dbt_nodes:
            line = f"{self._stage_label()} {self.dbt_nodes} models/tests done {detail}"
        else:
            line = f"{self._stage_label()} {detail}"
        line = f"{line.rstrip()}  {elapsed:.1f}s"
        self.stream.write("\r\033[K" + line[:160])
        self.stream.flush()
        self._line_open = True

    def _print(self, line: str) -> None:
        if self._line_open:
            self.stream.write("\r\033[K")
            self._line_open = False
        self.stream.write(line + "\n")
        self.stream.flush()

    # -- events -----------------------------------------------------------
    def on_report(self, message: str) -> None:
        """The ingest step parsed or refused one report: "<file>: N facts (format)"
        or "not loaded: <file>: problem"."""
        try:
            name = message.removeprefix("not loaded: ").split(": ", 1)[0]
            self.reports_done.add(name)
            if self.live:
                self._draw(Path(name).stem)
            else:
                self._print(f"  report {len(self.reports_done)}/{len(self.report_files)}  {message}")
        except Exception:  # progress must never break a run
            pass

    def on_dbt_node(self, label: str = "") -> None:
        """dbt finished a model, seed or test (tests are no Dagster events: dbt_node_done)."""
        try:
            self.dbt_nodes += 1
            if self.live:
                self._draw(label)
            elif self.dbt_nodes_total and self.dbt_nodes * 4 // self.dbt_nodes_total > (self.dbt_nodes - 1) * 4 // self.dbt_nodes_total:
                # Piped: a line at each quarter, so a CI log shows dbt moving.
                self._print(f"  dbt {self.dbt_nodes}/{self.dbt_nodes_total} models and tests")
        except Exception:  # progress must never break a run
            pass

    def on_event(self, entry) -> None:
        try:
            self._on_event(entry)
        except Exception:  # progress must never break a run
            pass

    def _on_event(self, entry) -> None:
        event = entry.dagster_event
        step = entry.step_key
        if event is None:  # a context.log message from an asset: the Dagster UI shows them
            return
        kind = event.event_type_value
        if kind == "STEP_START":
            if self.stage_index == 0:
                # Dagster's own set-up of the run: planning, a planned event per asset.
                self._print(f"run set up in {time.monotonic() - self.run_started:.1f}s")
            self.stage_index += 1
            self.stage_key = step
            self.stage_started = time.monotonic()
            self.reports_done = set()
            if self.live:
                self._draw("…")
            else:
                self._print(f"{self._stage_label()} started")
        elif kind == "ASSET_MATERIALIZATION" and step == "dbt_models":
            self.on_dbt_node(event.asset_key.path[-1] if event.asset_key else "")
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE", "STEP_SKIPPED"):
            if step != self.stage_key:
                self.stage_index += 1
                self.stage_key = step
            elapsed = time.monotonic() - self.stage_started
            word = {"STEP_SUCCESS": "done", "STEP_FAILURE": "FAILED", "STEP_SKIPPED": "skipped"}[kind]
            extra = f", {len(self.reports_done)} reports" if self.reports_done else ""
            extra += f", {self.dbt_nodes} models/tests" if step == "dbt_models" and self.dbt_nodes else ""
            self._print(f"{self._stage_label()} {word} in {elapsed:.1f}s{extra}")

    def close(self, tool_output: str = "", success: bool = True) -> None:
        """End the display; after a failure, show the problem lines dbt printed."""
        problems = [ln for ln in tool_output.splitlines() if TOOL_PROBLEM.search(ln)]
        if problems and not success:
            self._print("dbt reported:")
            for line in problems[-30:]:
                self._print("  " + re.sub(r"\x1b\[[0-9;]*m", "", line).strip())
        self._print(f"pipeline finished in {time.monotonic() - self.run_started:.1f}s")


_display_stream: IO[str] | None = None
_active: ProgressDisplay | None = None  # the display of the run executing now, if any


def report_done(message: str) -> None:
    """Called by the ingest step for each report it parsed or refused; shown by
    the running display, if `govreport run` enabled one."""
    if _active is not None:
        _active.on_report(message)


def dbt_node_done() -> None:
    """Called by the dbt step for each test dbt finished (models and seeds are counted
    from their Dagster materializations)."""
    if _active is not None:
        _active.on_dbt_node()


def dbt_nodes_planned(total: int) -> None:
    """Called by the dbt step with the number of models, seeds and tests its build runs
    (an incremental build runs fewer than the manifest holds)."""
    if _active is not None:
        _active.dbt_nodes_total = total


def enable(stream: IO[str] | None = None) -> None:
    """Show progress for runs in this process (called by `govreport run`)."""
    global _display_stream
    _display_stream = stream or sys.stderr


def execute(job, report_files: list[str] = (), **kwargs):
    """`job.execute_in_process(**kwargs)`, with progress shown when enabled.
    ``report_files``: the files (relative paths) the run will parse, whose count
    the progress counts up to — not every file in the folder."""
    if _display_stream is None:
        return job.execute_in_process(**kwargs)
    from dagster._core.utils import make_new_run_id

    global _active
    # The dbt step says how many nodes its build runs (dbt_nodes_planned) when it starts.
    display = ProgressDisplay(_display_stream, list(report_files), n_stages=len(job.nodes) or None)
    run_id = kwargs.pop("run_id", None) or make_new_run_id()
    kwargs["instance"].add_event_listener(run_id, display.on_event)
    # dagster-dbt echoes dbt's console log to stdout; with progress shown it
    # would bury the summary, so it is kept aside (dbt.log in settings.dbt_target_dir has it all).
    tool_output = io.StringIO()
    result = None
    try:
        _active = display
        with contextlib.redirect_stdout(tool_output):
            result = job.execute_in_process(run_id=run_id, **kwargs)
        return result
    finally:
        _active = None
        display.close(tool_output.getvalue(), success=bool(result and result.success))
