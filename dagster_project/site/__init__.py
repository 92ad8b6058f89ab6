"""The HTML report: a static site built from the marts at the end of each run.

Pure Python and DuckDB, no Dagster: `build_site(db, out_dir)` reads a warehouse
file and writes index.html (every report, and each place's indicators across
years) plus one page per report (headline indicators, charts, every figure in
its source sentence) and quality.html (the data-quality checks: by check, by
report, the findings with their sentences, every expectation's outcome) and
panel.html with one page per place under panel/ (the target panel: targets
against outcomes, charts by year, each cell's two sentences).
Charts are inline SVG, style and script inline; nothing is fetched from a network.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from dagster_project.site.data import load_site_data
from dagster_project.site.index_page import render_index
from dagster_project.site.panel_data import load_panel_data
from dagster_project.site.panel_page import write_panel_pages
from dagster_project.site.quality_data import load_quality_data
from dagster_project.site.quality_page import render_quality
from dagster_project.site.report_page import render_report


def report_dir(published: Path) -> Path:
    """Where the HTML report of a warehouse lives: beside it and its Data Docs."""
    return published.parent / "report"


def quality_page_path(published: Path) -> Path:
    """The data-quality page of a warehouse: the link `govreport run` prints as `quality report`."""
    return report_dir(published) / "quality.html"


def build_site(db_path: Path, out_dir: Path) -> Path:
    """Write the site for the warehouse at ``db_path`` into ``out_dir``; return index.html.

    The pages are written into a sibling folder first and swapped in at the end,
    so a reader never sees a half-written report.
    """
    data = load_site_data(db_path)
    new_dir = out_dir.with_name(out_dir.name + ".new")
    shutil.rmtree(new_dir, ignore_errors=True)
    (new_dir / "reports").mkdir(parents=True)
    (new_dir / "index.html").write_text(render_index(data), encoding="utf-8")
    (new_dir / "quality.html").write_text(render_quality(load_quality_data(db_path)), encoding="utf-8")
    write_panel_pages(load_panel_data(db_path), new_dir)
    for report in data.reports:
        page = new_dir / "reports" / f"{report.report_id}.html"
        page.write_text(render_report(data, report), encoding="utf-8")
    old = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(new_dir, out_dir)
    shutil.rmtree(old, ignore_errors=True)
    return out_dir / "index.html"
