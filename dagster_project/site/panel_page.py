"""The target panel in the HTML report: panel.html and one page per place.

panel.html: for each headline indicator (a selector shows one at a time; every
section shows without script) a table of places × years, and one of places ×
plan periods; each cell says met / missed / no outcome yet in colour and in
words, with the target and the outcome as written, and links to the cell on its
place's page. panel/<code>.html: per headline indicator, the chart of its years
(panel_charts), its plan periods as a small table, and every cell with its two
sentences (the target's and the outcome's), opened when a link lands on it.

The sentences live on the place pages only, so panel.html stays about 1-2 MB on
a collection of ~70 places (a place page, a few hundred kB at most).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from html import escape

from dagster_project.site.layout import page
from dagster_project.site.panel_charts import annual_cells, panel_chart, plan_cells, signed_text, target_label
from dagster_project.site.panel_data import RESULTS, Cell, Headline, PanelData, place_slug

PANEL_DIR = "panel"
FOOTER = ("Built by govreport from fct_target_panel. Every cell links to the sentences its target and outcome "
          "were read from; check the numbers there.")
RESULT_CLASS = {"met": "r-met", "missed": "r-missed", "no outcome yet": "r-none"}
RESULT_WORDS = {"met": "✓ met", "missed": "✗ missed", "no outcome yet": "… no outcome yet"}
LEVEL_ORDER = {"national": 0, "provincial": 1, "prefecture": 2, "county": 3, "district": 4}
KIND_WORDS = {"growth": "growth on the year before", "percent": "rate", "value": "amount",
              "avg_annual_growth": "average annual growth"}

PANEL_CSS = """
.r-met { background: #dafbe1; color: #116329; } .r-missed { background: #ffebe9; color: #a40e26; }
.r-none { background: #f6f8fa; color: #57606a; }
table.cells td:nth-child(-n+5) { white-space: nowrap; }
table.panel td, table.panel th { padding: 3px 6px; font-size: .85em; white-space: nowrap; }
table.panel td a { color: inherit; text-decoration: none; display: block; }
table.panel td small { color: #1f2328; }
.legend-key span { padding: 2px 8px; margin-right: 6px; border-radius: 3px; }
.scroll { overflow-x: auto; max-width: 100%; }
tr.cell:target, tr.cell.open { outline: 3px solid #c2410c; }
details.sentences p.sentence { white-space: normal; max-width: 70ch; }
.controls { background: #fff; border: 1px solid #e5e5e5; padding: 8px 12px; margin: 1em 0; }
svg.panel-chart .zero { shape-rendering: crispEdges; }
"""
INDEX_SCRIPT = """
(function () {
  var select = document.getElementById('indicator'), filter = document.getElementById('place-filter');
  var sections = document.querySelectorAll('section.indicator');
  function show() {
    sections.forEach(function (s) { s.hidden = select.value !== 'all' && s.id !== select.value; });
  }
  function narrow() {
    var q = filter.value.trim();
    document.querySelectorAll('table.panel tbody tr').forEach(function (tr) {
      tr.hidden = q !== '' && tr.dataset.place.indexOf(q) < 0;
    });
  }
  if (location.hash && document.getElementById(location.hash.slice(1))) select.value = location.hash.slice(1);
  select.addEventListener('change', function () { show(); history.replaceState(null, '', '#' + select.value); });
  filter.addEventListener('input', narrow);
  document.getElementById('controls').hidden = false;
  show();
})();
"""
PLACE_SCRIPT = """
(function () {
  function reveal() {
    document.querySelectorAll('tr.cell.open').forEach(function (tr) { tr.classList.remove('open'); });
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (!row) return;
    var d = row.querySelector('details');
    if (d) d.open = true;
    row.classList.add('open');
    row.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
"""


def _shell(title: str, body: str, home: str, script: str) -> str:
    """A whole page (layout.page: style and script inline), so it reads the same from file:// offline."""
    return page(title, body, home=f"{home}index.html", extra_css=PANEL_CSS, script=script, footer=FOOTER)


def _sort_places(by_place: dict[str, list[Cell]]) -> list[str]:
    return sorted(by_place, key=lambda p: (LEVEL_ORDER.get(by_place[p][0].level or "", 9), p))


def place_href(cells: list[Cell]) -> str:
    return f"{PANEL_DIR}/{place_slug(cells)}.html"


def outcome_label(c: Cell) -> str:
    if c.outcome_value is None:
        return "—"
    est = " (预计)" if c.outcome_status == "expected" else ""
    return signed_text(c.outcome_text, c.outcome_value) + est


def _cell_td(c: Cell, href: str) -> str:
    # No tooltip: the cell says it all, and 10,000 cells of a collection keep the page near 2 MB.
    return (f'<td class="{RESULT_CLASS.get(c.result, "r-none")}">'
            f'<a href="{escape(href)}#{escape(c.anchor)}">{escape(RESULT_WORDS.get(c.result, c.result))}'
            f"<br><small>{escape(target_label(c))} → {escape(outcome_label(c))}</small></a></td>")


def _grid(cells: list[Cell], periods: list[str], hrefs: dict[str, str], label: str) -> str:
    by_place: dict[str, dict[str, Cell]] = defaultdict(dict)
    for c in cells:
        by_place[c.place][c.period] = c
    places = _sort_places({p: [next(iter(v.values()))] for p, v in by_place.items()})
    head = "".join(f"<th>{escape(p)}</th>" for p in periods)
    rows = []
    for place in places:
        mine = by_place[place]
        tds = "".join(_cell_td(mine[p], hrefs[place]) if p in mine else "<td></td>" for p in periods)
        rows.append(f'<tr data-place="{escape(place)}"><th scope="row"><a href="{escape(hrefs[place])}">'
                    f"{escape(place)}</a></th>{tds}</tr>")
    return (f'<div class="scroll"><table class="panel" aria-label="{escape(label)}"><thead><tr><th>Place</th>{head}'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def _counts(cells: list[Cell]) -> str:
    n = {r: sum(c.result == r for c in cells) for r in RESULTS}
    return ", ".join(f"{n[r]} {r}" for r in RESULTS)


def render_panel_index(data: PanelData) -> str:
    """panel.html: per headline indicator, places × years and places × plan periods."""
    by_place = data.by_place()
    hrefs = {place: place_href(cells) for place, cells in by_place.items()}
    by_headline: dict[str, list[Cell]] = defaultdict(list)
    for c in data.cells:
        by_headline[c.headline_code].append(c)
    headlines = [h for h in data.headlines if by_headline.get(h.code)]
    sections = []
    for h in headlines:
        cells = by_headline[h.code]
        # The latest year first: it is what a reader looks for, and the table scrolls to the older ones.
        years = sorted({c.period for c in cells if c.is_annual}, key=lambda p: (len(p), p), reverse=True)
        plans = sorted({c.period for c in cells if not c.is_annual})
        parts = [f'<section class="indicator" id="{escape(h.code)}"><h2>{escape(h.name)} '
                 f'<span class="ctx">{escape(h.name_en)} · {_counts(cells)}</span></h2>']
        if years:
            parts.append(_grid([c for c in cells if c.is_annual], years, hrefs, f"{h.name}: years"))
        if plans:
            parts.append("<h3>Five-year plans <span class=\"ctx\">(年均: average a year over the plan)</span></h3>")
            parts.append(_grid([c for c in cells if not c.is_annual], plans, hrefs, f"{h.name}: plan periods"))
        sections.append("".join(parts) + "</section>")
    options = "".join(f'<option value="{escape(h.code)}">{escape(h.name)} — {escape(h.name_en)}</option>'
                      for h in headlines)
    places_list = " · ".join(f'<a href="{escape(hrefs[p])}">{escape(p)}</a>' for p in _sort_places(by_place))
    body = "\n".join([
        "<h1>Targets against outcomes</h1>",
        f'<p class="ctx">{len(data.cells)} cells (place × period × headline indicator) of {len(by_place)} places: '
        f"{_counts(data.cells)}. A cell is the target a report sets for a year or a five-year plan, and the "
        "outcome a later report states for it (an actual figure before an estimate, 预计).</p>",
        '<p class="legend-key"><span class="r-met">✓ met</span><span class="r-missed">✗ missed</span>'
        '<span class="r-none">… no outcome yet</span> Each cell: target → outcome; click it for the two '
        "sentences and the place's charts.</p>",
        '<div class="controls" id="controls" hidden><label>Indicator <select id="indicator">'
        f'{options}<option value="all">all indicators</option></select></label> '
        '<label>Place <input id="place-filter" type="search" placeholder="乌鲁木齐"></label></div>',
        f"<p>Places: {places_list or 'none yet'}</p>" if by_place else
        "<p>No panel yet: no report sets a headline target (fct_target_panel is empty).</p>",
        *sections,
    ])
    return _shell("Targets against outcomes — govreport", body, home="", script=INDEX_SCRIPT)


def _marked(sentence: str | None, text: str | None) -> str:
    """The sentence, escaped, its figure in a <mark>."""
    if not sentence:
        return ""
    pos = sentence.find(text) if text else -1
    if pos < 0:
        return escape(sentence)
    return (escape(sentence[:pos]) + f"<mark>{escape(sentence[pos:pos + len(text)])}</mark>"
            + escape(sentence[pos + len(text):]))


def _sentences(c: Cell, home: str) -> str:
    def report(rid: str | None) -> str:
        return f'<a href="{escape(home)}reports/{escape(rid)}.html">{escape(rid)}</a>' if rid else ""
    out = [f'<p class="sentence"><b>Target</b> ({report(c.target_report_id)}): '
           f"{_marked(c.target_sentence, c.target_text)}</p>"]
    if c.outcome_sentence:
        out.append(f'<p class="sentence"><b>Outcome</b> ({report(c.outcome_report_id)}): '
                   f"{_marked(c.outcome_sentence, c.outcome_text)}</p>")
    else:
        out.append('<p class="ctx">No later report states an outcome for this period yet.</p>')
    return f'<details class="sentences"><summary>sentences</summary>{"".join(out)}</details>'


def _cell_rows(cells: list[Cell], home: str) -> str:
    rows = []
    for c in cells:
        period = f"{c.plan_name} {c.period}" if c.plan_name else c.period
        gap = "" if c.gap is None else ("0" if c.gap == 0 else f"{c.gap:+g}".replace("-", "−"))
        rows.append(
            f'<tr class="cell" id="{escape(c.anchor)}" data-result="{escape(c.result)}"><td>{escape(period)}</td>'
            f"<td>{escape(target_label(c))}</td><td>{escape(outcome_label(c))}</td>"
            f'<td class="{RESULT_CLASS.get(c.result, "r-none")}">{escape(RESULT_WORDS.get(c.result, c.result))}</td>'
            f'<td class="num">{escape(gap)}</td><td>{_sentences(c, home)}</td></tr>')
    return ('<table class="cells"><thead><tr><th>Period</th><th>Target</th><th>Outcome</th><th>Result</th>'
            '<th>Gap</th><th>Where it is said</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def render_place(place: str, cells: list[Cell], headlines: list[Headline]) -> str:
    """A place's page: per headline indicator its chart of years, its plan periods, its cells."""
    home = "../"
    order = {h.code: i for i, h in enumerate(headlines)}
    names = {h.code: h for h in headlines}
    by_headline: dict[str, list[Cell]] = defaultdict(list)
    for c in cells:
        by_headline[c.headline_code].append(c)
    toc, sections = [], []
    for code in sorted(by_headline, key=lambda k: (order.get(k, 99), k)):
        mine = by_headline[code]
        h = names.get(code, Headline(code, mine[0].headline_name, code))
        annual, plans = annual_cells(mine), plan_cells(mine)
        toc.append(f'<a href="#h-{escape(code)}">{escape(h.name)}</a>')
        parts = [f'<section class="headline" id="h-{escape(code)}"><h2>{escape(h.name)} '
                 f'<span class="ctx">{escape(h.name_en)} · {_counts(mine)}</span></h2>']
        if annual:
            unit = annual[0].unit or ""
            kind = KIND_WORDS.get(annual[0].kind, annual[0].kind)
            chart = panel_chart(f"{place} {h.name}: outcomes against targets by year", annual, unit)
            figure = (f'<figure class="chart-box" data-headline="{escape(code)}">'
                      f"<figcaption>Each year: {escape(kind)} ({escape(unit)})</figcaption>{chart}</figure>"
                      if chart else "")
            parts.append(f'<div class="charts">{figure}{_cell_rows(annual, home)}</div>')
        if plans:
            parts.append("<h3>Five-year plans <span class=\"ctx\">(average a year over the plan: not on the "
                         "chart of single years)</span></h3>")
            parts.append(_cell_rows(plans, home))
        sections.append("".join(parts) + "</section>")
    body = "\n".join([
        f"<h1>{escape(place)} <span class=\"ctx\">targets against outcomes</span></h1>",
        f'<p class="ctx">{len(cells)} cells: {_counts(cells)}. On each chart the line is the outcome '
        "(● actual, ○ estimate); the target is a band for 左右 (±5%), a floor ▲ for 以上, a ceiling ▼ for 以内, "
        "a bar for an exact figure. A fall is drawn below zero.</p>",
        f"<nav class=\"toc\">{' '.join(toc)}</nav>",
        *sections,
    ])
    return _shell(f"{place}: targets against outcomes — govreport", body, home=home, script=PLACE_SCRIPT)


def panel_pages(data: PanelData) -> dict[str, tuple[tuple, Callable[[], str]]]:
    """Every page of the panel, by path relative to the report's folder: what it shows (the
    data its digest is made of) and how to render it."""
    pages = {"panel.html": ((data.cells, data.headlines), lambda: render_panel_index(data))}
    for place, cells in data.by_place().items():
        pages[place_href(cells)] = ((place, cells, data.headlines),
                                    lambda place=place, cells=cells: render_place(place, cells, data.headlines))
    return pages
