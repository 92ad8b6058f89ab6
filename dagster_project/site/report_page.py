"""One report's page: headline indicators, charts, and every figure in its sentence."""
from __future__ import annotations

from collections import defaultdict
from html import escape

from dagster_project.site.charts import Point, line_chart, period_order
from dagster_project.site.data import PAGE_CHART_PERIODS, Fact, Report, SiteData
from dagster_project.site.layout import KIND_LABELS, fact_context, figure_link, highlight, page

HEADLINES = 12
MAX_CHARTS = 24
# Which figure of an indicator to show first when a period has several.
KIND_ORDER = {"value": 0, "percent": 1, "growth": 2, "avg_annual_growth": 3, "multiple": 4, "percentage_points": 5}


def _latest(facts: list[Fact], statuses: set[str], limit: int = 2) -> list[Fact]:
    """The figures of the most recent period among those with these statuses."""
    mine = [f for f in facts if f.status in statuses]
    if not mine:
        return []
    last = max((f.period or "" for f in mine), key=lambda p: period_order(p) if p else (0, 0, ""))
    return sorted((f for f in mine if (f.period or "") == last), key=lambda f: (KIND_ORDER.get(f.kind, 9), f.offset))[:limit]


def _figures(facts: list[Fact]) -> str:
    return "<br>".join(f'{figure_link(f)} <span class="ctx">{escape(fact_context(f))}</span>' for f in facts) or "—"


def headline_table(data: SiteData, report: Report) -> str:
    by_indicator: dict[str, list[Fact]] = defaultdict(list)
    for f in report.facts:
        by_indicator[f.indicator].append(f)
    names = sorted(by_indicator, key=data.headline_rank)[:HEADLINES]
    if not names:
        return "<p>No figures were found in this report.</p>"
    rows = [f"<tr><th scope=\"row\">{escape(n)}</th><td>{_figures(_latest(by_indicator[n], {'actual', 'expected'}))}</td>"
            f"<td>{_figures(_latest(by_indicator[n], {'target'}))}</td></tr>" for n in names]
    return ('<table class="headlines"><thead><tr><th>Indicator</th><th>Outcome (latest period)</th>'
            '<th>Target</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def chart_points(facts: list[Fact], href_of) -> list[Point]:
    """One point per (period, outcome or target): the first figure stated for it."""
    chosen: dict[tuple[str, str], Fact] = {}
    dated = [f for f in facts if f.period and f.value is not None]
    # Years and spans (2016-2020) on one axis crowd it: keep the years where there are several.
    years = [f for f in dated if "-" not in f.period]
    if len({f.period for f in years}) >= 2:
        dated = years
    for f in dated:
        chosen.setdefault((f.period, "target" if f.status == "target" else "actual"), f)
    return [Point(period, f.value, series, href_of(f), f"{f.text} ({fact_context(f)}): {f.sentence or ''}"[:300])
            for (period, series), f in chosen.items()]


def chart_box(title: str, unit: str, points: list[Point]) -> str:
    return (f'<figure class="chart-box"><figcaption>{escape(title)}</figcaption>'
            f"{line_chart(title, points, unit)}</figure>")


def charts_for(data: SiteData, facts: list[Fact], href_of, min_periods: int, limit: int) -> list[str]:
    series: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        series[f.series_key].append(f)
    keyed = [(k, fs) for k, fs in series.items() if len({f.period for f in fs if f.period}) >= min_periods]
    keyed.sort(key=lambda kf: (data.headline_rank(kf[0][0]), kf[0][1]))
    boxes = []
    for (indicator, kind, unit), fs in keyed[:limit]:
        points = chart_points(fs, href_of)
        if len({p.period for p in points}) >= min_periods:
            boxes.append(chart_box(f"{indicator} — {KIND_LABELS.get(kind, kind)}", unit, points))
    return boxes


def sentences_html(report: Report) -> str:
    """Every figure, in its sentence, under its section heading, in text order."""
    out, section = [], object()
    groups: dict[tuple, list[Fact]] = {}
    for f in report.facts:
        groups.setdefault((f.section, f.sentence_offset, f.sentence), []).append(f)
    for (sec, offset, sentence), facts in groups.items():
        if sec != section:
            out.append(f"<h3>{escape(sec or 'Without a section')}</h3>")
            section = sec
        if sentence:
            out.append(f'<p class="sentence">{highlight(sentence, offset, facts)}</p>')
        else:
            out.extend(f'<p class="sentence"><mark id="{escape(f.anchor)}">{escape(f.text)}</mark></p>' for f in facts)
        out.append('<ul class="facts">' + "".join(
            f'<li><a href="#{escape(f.anchor)}">{escape(f.text)}</a> {escape(f.indicator)} '
            f'<span class="ctx">{escape(fact_context(f))}</span></li>' for f in facts) + "</ul>")
    return "\n".join(out)


def render_report(data: SiteData, report: Report) -> str:
    meta = [x for x in (report.place, str(report.year) if report.year else None,
                        f"delivered {report.delivered_on}" if report.delivered_on else None,
                        f"{len(report.facts)} figures") if x]
    charts = charts_for(data, report.facts, lambda f: f"#{f.anchor}", min_periods=PAGE_CHART_PERIODS, limit=MAX_CHARTS)
    body = [
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="ctx">{escape(" · ".join(meta))} · <code>{escape(report.report_id)}</code></p>',
        "<h2>Headline indicators</h2>", headline_table(data, report),
        "<h2>Indicators across periods</h2>",
        f'<div class="charts">{"".join(charts)}</div>' if charts
        else "<p>No indicator has figures for several periods in this report.</p>",
        "<h2>Every figure, in its sentence</h2>", sentences_html(report),
    ]
    return page(f"{report.title} — govreport", "\n".join(body), home="../index.html")
