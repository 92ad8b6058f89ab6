"""Render the places whose figures changed: their index sections and report pages,
on every core when there are many (a build from scratch: 1,585 pages, ~15 s on
one core), in this process when there are few (a report added: one place).

Each worker reads its own places' figures (data.places_with_facts, one place at a
time) from the warehouse file, opened read-only, writes their pages and returns
their sections' HTML; the split is by figures, so the workers finish together.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from dagster_project.site.data import SiteData, places_with_facts
from dagster_project.site.index_page import place_section
from dagster_project.site.report_page import render_report

# Below this many figures to render a pool's start-up (~1 s: imports, the site data
# sent to each worker) costs more than the second core saves.
MIN_FIGURES_FOR_POOL = 20_000


def render_places(db_path: Path, data: SiteData, places: set[str], pages: set[str], pages_dir: Path,
                  workers: int | None = None) -> dict[str, str]:
    """place → its index section, for each of ``places``; the report pages of ``pages``
    (report ids) among their reports written into ``pages_dir``."""
    workers = min(workers or os.cpu_count() or 1, len(places))
    by_place = data.by_place()
    figures = {place: sum(r.n_figures for r in by_place[place]) for place in places}
    if workers <= 1 or sum(figures.values()) < MIN_FIGURES_FOR_POOL:
        return _render(db_path, data, places, pages, pages_dir)
    shares: list[set[str]] = [set() for _ in range(workers)]
    loads = [0] * workers
    for place in sorted(places, key=lambda p: -figures[p]):  # largest first, to the least loaded
        i = loads.index(min(loads))
        shares[i].add(place)
        loads[i] += figures[place]
    # forkserver: workers start from a clean process, not a fork of this one (Dagster's threads).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["dagster_project.site.place_pages"])
    sections: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for done in pool.map(_render, [db_path] * workers, [data] * workers, shares,
                             [pages] * workers, [pages_dir] * workers):
            sections.update(done)
    return sections


def _render(db_path: Path, data: SiteData, places: set[str], pages: set[str], pages_dir: Path) -> dict[str, str]:
    sections = {}
    for place, reports in places_with_facts(db_path, data, only=places):
        sections[place] = place_section(data, place, reports)
        for report in reports:
            if report.report_id in pages:
                (pages_dir / f"{report.report_id}.html").write_text(render_report(data, report), encoding="utf-8")
    return sections
