"""The front page: every report, and each place's indicators across its reports."""
from __future__ import annotations

from html import escape

from dagster_project.site.data import PLACE_CHART_PERIODS, Report, SiteData
from dagster_project.site.layout import page
from dagster_project.site.report_page import charts_for

PLACE_CHARTS = 6


def reports_table(data: SiteData) -> str:
    rows = "".join(
        f'<tr><td>{escape(r.place or "")}</td><td class="num">{escape(str(r.year or ""))}</td>'
        f'<td><a href="reports/{escape(r.report_id)}.html">{escape(r.title)}</a> '
        f'<code class="ctx">{escape(r.report_id)}</code></td>'
        f'<td class="num">{r.n_figures}</td><td>{escape(str(r.delivered_on or ""))}</td></tr>'
        for r in data.reports)
    return ('<table class="reports"><thead><tr><th>Place</th><th>Year</th><th>Report</th>'
            '<th>Figures</th><th>Delivered</th></tr></thead><tbody>' + rows + "</tbody></table>")


def place_section(data: SiteData, place: str, reports: list[Report]) -> str:
    """For a place with several reports (their facts loaded): its indicators across
    the years they cover; "" for a place with one report or nothing to chart."""
    if len(reports) < 2:
        return ""
    # The latest report first, so its statement of a period wins.
    facts = [f for r in sorted(reports, key=lambda r: (r.year or 0), reverse=True) for f in r.facts]
    boxes = charts_for(data, facts, lambda f: f"reports/{f.report_id}.html#{f.anchor}",
                       min_periods=PLACE_CHART_PERIODS, limit=PLACE_CHARTS)
    if not boxes:
        return ""
    years = sorted({r.year for r in reports if r.year})
    span = f"{years[0]}–{years[-1]}" if years else ""
    return (f"<h3>{escape(place)} <span class=\"ctx\">{len(reports)} reports {escape(span)}</span></h3>"
            f'<div class="charts">{"".join(boxes)}</div>')


def render_index(data: SiteData, sections: dict[str, str]) -> str:
    """The front page; ``sections`` holds each place's place_section, in by_place order."""
    n_facts = sum(r.n_figures for r in data.reports)
    body = "\n".join([
        "<h1>Government work reports</h1>",
        f'<p class="ctx">{len(data.reports)} reports, {n_facts} figures. '
        'Checks on the data: <a href="quality.html">the data-quality report</a>. '
        'Headline targets against their outcomes, by place and year: <a href="panel.html">the target panel</a>.</p>',
        "<h2>Reports</h2>", reports_table(data),
        "<h2>Places across the years</h2>",
        "<p>Outcomes (solid) and targets (dashed) as each place's reports state them; "
        "every point links to its sentence.</p>",
        "\n".join(s for s in sections.values() if s) or "<p>No place has several reports yet.</p>",
    ])
    return page("Government work reports — govreport", body, home="index.html")
