"""`govreport run` as a person runs it: progress on standard error (plain lines
when piped), the summary on standard output with the HTML report's path."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from dagster_project import settings
from tests.conftest import dagster_home_dir


def test_run_shows_progress_per_stage_and_report_then_the_summary(tmp_path, tmp_path_factory):
    raw = tmp_path / "raw"
    shutil.copytree(settings.DEFAULT_RAW_DIR, raw)
    warehouse = tmp_path / "out" / "warehouse.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home_dir(tmp_path_factory))}
    result = subprocess.run([sys.executable, "-m", "dagster_project.cli", "run", "--raw-dir", str(raw),
                             "--warehouse", str(warehouse)], env=env, capture_output=True, text=True, timeout=600)
    progress, summary = result.stderr, result.stdout
    assert warehouse.exists(), progress[-3000:]
    # On a failure below, what the run printed is the evidence.
    printed = f"exit {result.returncode}\n--- stderr ---\n{progress[-4000:]}\n--- stdout ---\n{summary[-2000:]}"
    assert result.returncode == 0, printed
    n_reports = len(list(raw.glob("*.txt")))
    # Piped: one plain line per event, no terminal control codes.
    assert "\r" not in progress and "\033[" not in progress
    started = re.findall(r"^\[(\d+)/(\d+)\] (.+) started$", progress, re.M)
    done = re.findall(r"^\[(\d+)/(\d+)\] (.+) done in [\d.]+s", progress, re.M)
    assert [s[2] for s in started] == [d[2] for d in done], printed
    assert {"dbt build (models and tests)", "Great Expectations", "HTML report", "publish"} <= {s[2] for s in started}
    assert [int(s[0]) for s in started] == list(range(1, len(started) + 1))
    reports = re.findall(r"^  report (\d+)/(\d+)  (\S+\.txt): \d+ facts", progress, re.M)
    assert len(reports) == n_reports and reports[-1][:2] == (str(n_reports), str(n_reports))
    dbt = re.findall(r"^  dbt (\d+)/(\d+) models and tests$", progress, re.M)
    assert dbt and dbt[-1][0] == dbt[-1][1], "dbt's progress reaches its total"
    # ... and counts each model, seed and test once (a relationships test reads two models).
    assert re.search(rf"dbt build \(models and tests\) done in [\d.]+s, {dbt[-1][1]} models/tests$", progress,
                     re.M), printed
    assert re.search(r"^pipeline finished in [\d.]+s$", progress, re.M)
    # dbt's console log does not bury the summary.
    assert "START sql" not in summary and "Running with dbt" not in summary
    # The verdict is the last line; the links a person opens next stand just above it.
    assert summary.rstrip().splitlines()[-1] == "govreport run succeeded"
    html = re.search(r"html report\s+(\S+)", summary)
    assert html and html.group(1) == (warehouse.parent / "report" / "index.html").as_uri()
    quality = summary.rstrip().splitlines()[-3].split()
    assert quality[:2] == ["quality", "report"]
    # Our own quality page (works offline), not Great Expectations' Data Docs.
    assert quality[-1] == (warehouse.parent / "report" / "quality.html").as_uri()
    assert (warehouse.parent / "report" / "index.html").exists()
    assert (warehouse.parent / "report" / "quality.html").exists()
