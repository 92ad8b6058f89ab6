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

import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path

from dagster_project.site.data import Report, SiteData, load_site_data
from dagster_project.site.index_page import PLACE_CHARTS, render_index
from dagster_project.site.panel_data import PanelData, load_panel_data
from dagster_project.site.panel_page import PANEL_DIR, panel_pages
from dagster_project.site.place_pages import render_places
from dagster_project.site.quality_data import load_quality_data
from dagster_project.site.quality_page import render_quality
from dagster_project.site.report_page import HEADLINES, MAX_CHARTS


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
    figures = figure_digests(db_path)
    data = load_site_data(db_path)
    new_dir = out_dir.with_name(out_dir.name + ".new")
    shutil.rmtree(new_dir, ignore_errors=True)
    (new_dir / "reports").mkdir(parents=True)
    pages = ReportPages(data, out_dir / "reports", new_dir / "reports", figures)
    sections = PlaceSections(data, out_dir, new_dir, figures)
    by_place = data.by_place()
    stale = {place for place, reports in by_place.items()
             if not (sections.kept(place, reports) and pages.all_kept(reports))}
    # Pages as the last run wrote them are linked; the rest, and the sections of places whose
    # figures changed, are rendered (their figures read).
    to_render = {r.report_id for reports in by_place.values() for r in pages.link_kept(reports)}
    for place, html in render_places(db_path, data, stale, to_render, new_dir / "reports").items():
        sections.rendered(place, html)
    pages.finish()
    sections.finish()
    (new_dir / "index.html").write_text(render_index(data, sections.html()), encoding="utf-8")
    (new_dir / "quality.html").write_text(render_quality(load_quality_data(db_path)), encoding="utf-8")
    write_panel(load_panel_data(db_path), out_dir, new_dir)
    old = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(new_dir, out_dir)
    shutil.rmtree(old, ignore_errors=True)
    return out_dir / "index.html"


# report_id → digest of what its page shows, beside the pages (written last).
PAGE_DIGESTS = ".page-digests.json"


@lru_cache(maxsize=1)
def _site_code_digest() -> str:
    """The code that renders the pages: when it changes, every page is rendered again."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


# What a report page shows of each figure (data.FACTS_SQL), hashed per report in DuckDB:
# hashing it in Python costs seconds on 282,131 facts. Each figure is hashed first, so
# that the aggregate holds 32 characters per figure, not its sentence.
FIGURE_DIGESTS_SQL = """
select report_id, md5(string_agg(md5(
    concat_ws(chr(31), fact_id, indicator, coalesce(period_id, chr(0)), kind, status, qualifier, text,
              coalesce(value::double::varchar, chr(0)), coalesce(unit, chr(0)), char_offset::varchar,
              coalesce(sentence, chr(0)), coalesce(sentence_offset::varchar, chr(0)), coalesce(section, chr(0)))),
    '' order by char_offset, fact_id))
from main.fct_indicator_values
group by report_id
"""


def figure_digests(db_path: Path) -> dict[str, str]:
    """report_id → a digest of every figure its page shows."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        con.execute("set enable_progress_bar = false")
        return dict(con.execute(FIGURE_DIGESTS_SQL).fetchall())
    finally:
        con.close()


def page_digest(data: SiteData, report: Report, figures: str) -> str:
    """Everything a report's page is made of (render_report): the report, a digest of its
    figures (figure_digests), which indicators head its table and charts, in their order
    (shown_order), and the code that renders it.

    The order of what is shown, not the counts behind it: the page sorts its headline table
    and charts by data.headline_rank and shows no count, and a new report raises the counts
    of many indicators; most moves are among rare indicators no page shows first."""
    h = hashlib.sha256(_site_code_digest().encode())
    h.update(repr((report.report_id, report.title, report.place, report.year, str(report.delivered_on),
                   report.n_facts, report.n_figures, figures)).encode())
    h.update(repr(shown_order(data, report.indicators, report.series, HEADLINES, MAX_CHARTS)).encode())
    return h.hexdigest()


def section_digest(data: SiteData, place: str, reports: list[Report], figures: dict[str, str]) -> str:
    """Everything a place's section of the index is made of (index_page.place_section): its
    reports' years and figures, which series head its charts, in their order, and the code
    that renders it."""
    h = hashlib.sha256(_site_code_digest().encode())
    h.update(repr((place, [(r.report_id, r.year, figures.get(r.report_id, "")) for r in reports])).encode())
    h.update(repr(shown_order(data, (), data.place_series.get(place, ()), 0, PLACE_CHARTS)).encode())
    return h.hexdigest()


def shown_order(data: SiteData, indicators, series, headlines: int, charts: int) -> tuple[list, list]:
    """The first ``headlines`` indicators and ``charts`` series by the headline ranking, as
    headline_table and charts_for pick them; a series tied with the last one picked
    (same indicator and kind: charts_for keeps their order of first statement) is kept too,
    so the digest moves whenever the pick could."""
    names = sorted(indicators, key=data.headline_rank)[:headlines]
    ranked = sorted(series, key=lambda s: (data.headline_rank(s[0]), s[1], s[2]))
    picked = ranked[:charts]
    if picked:
        picked += [s for s in ranked[charts:] if s[:2] == picked[-1][:2]]
    return names, picked


# place → [digest, its section's HTML], beside the index (written last).
PLACE_SECTIONS = ".place-sections.json"


class PlaceSections:
    """Each place's section of the index. A section whose digest is the one the site being
    replaced recorded is taken from there, so its place's figures need not be read."""

    def __init__(self, data: SiteData, old_dir: Path, new_dir: Path, figures: dict[str, str]) -> None:
        self.data, self.new_dir, self.figures = data, new_dir, figures
        try:
            self.before = json.loads((old_dir / PLACE_SECTIONS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.before = {}
        self.now: dict[str, list[str]] = {}
        self.digests: dict[str, str] = {}

    def kept(self, place: str, reports: list[Report]) -> bool:
        """Whether the place's section is as the last run wrote it (and is now kept)."""
        digest = self.digests[place] = section_digest(self.data, place, reports, self.figures)
        if self.before.get(place, [None])[0] != digest:
            return False
        self.now[place] = self.before[place]
        return True

    def rendered(self, place: str, html: str) -> None:
        """The section of a place, rendered again (kept() has seen it)."""
        self.now[place] = [self.digests[place], html]

    def html(self) -> dict[str, str]:
        """Each place's section, in by_place order (render_index)."""
        return {place: self.now[place][1] for place in self.data.by_place()}

    def finish(self) -> None:
        (self.new_dir / PLACE_SECTIONS).write_text(json.dumps(self.now, ensure_ascii=False, sort_keys=True),
                                                   encoding="utf-8")


class ReportPages:
    """One page per report into ``new_dir``, a place's reports at a time. A page whose
    digest is the one recorded beside the pages of ``old_dir`` (the site being
    replaced) is not rendered again: its file is hard-linked (copied where links
    fail), so an incremental run rewrites only the pages of changed reports, and of
    those whose headline ranking moved."""

    def __init__(self, data: SiteData, old_dir: Path, new_dir: Path, figures: dict[str, str]) -> None:
        self.data, self.old_dir, self.new_dir, self.figures = data, old_dir, new_dir, figures
        try:
            self.before = json.loads((old_dir / PAGE_DIGESTS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.before = {}
        self.digests: dict[str, str] = {}

    def _digest(self, report: Report) -> str:
        """The page's digest, worked out once (all_kept, then write, ask for it)."""
        if report.report_id not in self.digests:
            self.digests[report.report_id] = page_digest(self.data, report, self.figures.get(report.report_id, ""))
        return self.digests[report.report_id]

    def _kept(self, report: Report, digest: str) -> bool:
        return self.before.get(report.report_id) == digest and (self.old_dir / f"{report.report_id}.html").is_file()

    def all_kept(self, reports: list[Report]) -> bool:
        """Whether none of these pages need rendering again (so their facts need not be read)."""
        return all(self._kept(report, self._digest(report)) for report in reports)

    def link_kept(self, reports: list[Report]) -> list[Report]:
        """Each page whose digest is unchanged: the last run's file, linked. Returns
        the reports whose pages must be rendered again."""
        again = []
        for report in reports:
            name = f"{report.report_id}.html"
            if self._kept(report, self._digest(report)):
                _reuse(self.old_dir / name, self.new_dir / name)
            else:
                again.append(report)
        return again

    def finish(self) -> None:
        """Record the digests beside the pages (last, so a crash leaves none)."""
        (self.new_dir / PAGE_DIGESTS).write_text(json.dumps(self.digests, sort_keys=True), encoding="utf-8")


def _reuse(old: Path, new: Path) -> None:
    """The last build's file, unchanged: hard-linked (copied where links fail)."""
    try:
        os.link(old, new)
    except OSError:
        shutil.copy2(old, new)


# page path (relative to the report's folder) → digest of its panel data, in the panel folder.
PANEL_DIGESTS = ".panel-digests.json"


def write_panel(data: PanelData, old_dir: Path, new_dir: Path) -> None:
    """panel.html and one page per place (panel_page). A page whose cells, headlines and
    rendering code are those the site in ``old_dir`` was built from is that site's file:
    a report added changes the pages of its place, and the index, not the 72 others."""
    try:
        before = json.loads((old_dir / PANEL_DIR / PANEL_DIGESTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    (new_dir / PANEL_DIR).mkdir(parents=True, exist_ok=True)
    now = {}
    for rel, (shown, render) in panel_pages(data).items():
        digest = now[rel] = hashlib.sha256((_site_code_digest() + repr(shown)).encode()).hexdigest()
        if before.get(rel) == digest and (old_dir / rel).is_file():
            _reuse(old_dir / rel, new_dir / rel)
        else:
            (new_dir / rel).write_text(render(), encoding="utf-8")
    (new_dir / PANEL_DIR / PANEL_DIGESTS).write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
