"""Charts of the target panel that tell the truth: one place's headline indicator across the years.

The rules, each a small pure function the tests pin down:

- the outcome is a line with points (filled: an actual figure; hollow: an
  estimate, 预计), broken where a year has none;
- the target is drawn by its qualifier: 左右 a band of ±5% of the figure (dbt var
  ``about_tolerance``), 以上 a floor (a bar with ▲), 以内 a ceiling (a bar with ▼),
  a range its band, an exact figure a bar;
- the y axis always holds zero, so a fall (a negative growth) is drawn below it;
- only annual cells are drawn: a five-year plan's figures (年均增长) are a
  different quantity and go to a table of their own (`plan_cells`);
- only what the panel holds: its kinds already keep levels and growth apart,
  so a threshold (突破/超过 a level) never reaches a growth chart.

Hand-written SVG, no script: every point and mark links to the cell's sentences.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

from dagster_project.site.charts import nice_step
from dagster_project.site.panel_data import Cell

ABOUT_TOLERANCE = 0.05   # dbt/dbt_project.yml var about_tolerance: 左右 allows 5% either way
WIDTH, HEIGHT = 520, 250
LEFT, RIGHT, TOP, BOTTOM = 56, 14, 40, 34
OUTCOME, TARGET, ZERO = "#1f6feb", "#c2410c", "#57606a"
QUALIFIER_WORDS = {"about": "左右", "more_than": "以上", "less_than": "以内", "exact": ""}


@dataclass(frozen=True)
class TargetMark:
    shape: str           # band | floor | ceiling | point
    low: float
    high: float

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2


def target_mark(qualifier: str | None, value: float | None, value_high: float | None = None,
                tolerance: float = ABOUT_TOLERANCE) -> TargetMark | None:
    """How a target is drawn: 左右 a band of ±tolerance of the figure, 以上 a floor,
    以内 a ceiling, a range (6.5%—7%) its band, an exact figure a point."""
    if value is None:
        return None
    if value_high is not None and value_high != value:
        return TargetMark("band", min(value, value_high), max(value, value_high))
    if qualifier == "about":
        spread = abs(value) * tolerance
        return TargetMark("band", value - spread, value + spread)
    if qualifier == "more_than":
        return TargetMark("floor", value, value)
    if qualifier == "less_than":
        return TargetMark("ceiling", value, value)
    return TargetMark("point", value, value)


def annual_cells(cells: list[Cell]) -> list[Cell]:
    """The cells of single years, in order: the only ones an annual chart draws."""
    return sorted((c for c in cells if c.is_annual and c.period.isdigit()), key=lambda c: int(c.period))


def plan_cells(cells: list[Cell]) -> list[Cell]:
    """The cells of plan periods (2021-2025), in order: a table apart from the chart."""
    return sorted((c for c in cells if not c.is_annual), key=lambda c: c.period)


def signed_text(text: str | None, value: float | None) -> str:
    """A figure as written, with a minus where the text reads as a fall (下降3% is stored as -3)."""
    if not text:
        return ""
    if value is not None and value < 0 and not text.lstrip().startswith(("-", "−", "负")):
        return "−" + text
    return text


def target_label(c: Cell) -> str:
    """The target as a reader states it: 6%左右, 10%以上, 3%以内, −3%."""
    return signed_text(c.target_text, c.target_value) + QUALIFIER_WORDS.get(c.target_qualifier, "")


def y_range(values: list[float]) -> tuple[float, float, float]:
    """(low, high, step) of the y axis: round ticks, and zero always inside."""
    lo, hi = min(0.0, *values), max(0.0, *values)
    step = nice_step(hi - lo)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if hi == lo:
        hi = lo + step
    return lo, hi, step


@dataclass(frozen=True)
class PlotPoint:
    period: str
    x: float
    y: float
    value: float
    estimate: bool
    cell: Cell


@dataclass(frozen=True)
class PlotMark:
    period: str
    x: float
    mark: TargetMark
    y_low: float     # screen y of the mark's low end (the larger y)
    y_high: float
    cell: Cell


@dataclass
class Layout:
    years: list[int]
    lo: float
    hi: float
    step: float
    zero_y: float
    points: list[PlotPoint] = field(default_factory=list)
    marks: list[PlotMark] = field(default_factory=list)
    slot: float = 0.0   # the width one year takes

    def y(self, v: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (self.hi - v) / (self.hi - self.lo)

    def x(self, year: int) -> float:
        return LEFT + self.slot * (year - self.years[0] + 0.5)


def layout_chart(cells: list[Cell]) -> Layout | None:
    """Where everything goes, for the annual cells only (None: nothing to draw)."""
    annual = annual_cells(cells)
    marks = [(c, target_mark(c.target_qualifier, c.target_value, c.target_value_high)) for c in annual]
    marks = [(c, m) for c, m in marks if m is not None]
    outcomes = [c for c in annual if c.outcome_value is not None]
    if not marks and not outcomes:
        return None
    values = [v for _, m in marks for v in (m.low, m.high)] + [c.outcome_value for c in outcomes]
    lo, hi, step = y_range(values)
    first = min(int(c.period) for c in annual)
    last = max(int(c.period) for c in annual)
    layout = Layout(list(range(first, last + 1)), lo, hi, step, 0.0)
    layout.slot = (WIDTH - LEFT - RIGHT) / len(layout.years)
    layout.zero_y = layout.y(0.0)
    for c, m in marks:
        layout.marks.append(PlotMark(c.period, layout.x(int(c.period)), m, layout.y(m.low), layout.y(m.high), c))
    for c in outcomes:
        layout.points.append(PlotPoint(c.period, layout.x(int(c.period)), layout.y(c.outcome_value),
                                       c.outcome_value, c.outcome_status != "actual", c))
    return layout


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{round(v, 6):g}".replace("-", "−")


def _mark_svg(pm: PlotMark, half: float, href: str, title: str) -> str:
    x0, x1, m = pm.x - half, pm.x + half, pm.mark
    y = (pm.y_low + pm.y_high) / 2
    if m.shape == "band":
        body = (f'<rect class="band" x="{x0:.1f}" y="{pm.y_high:.1f}" width="{2 * half:.1f}" '
                f'height="{max(pm.y_low - pm.y_high, 1.5):.1f}" fill="{TARGET}" fill-opacity=".22" '
                f'stroke="{TARGET}" stroke-width="1"/>'
                f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{TARGET}" '
                f'stroke-dasharray="3 2"/>')
    elif m.shape in ("floor", "ceiling"):
        # The bar, and a triangle on the side the target allows: ▲ above a floor, ▼ below a ceiling.
        tip = y - 9 if m.shape == "floor" else y + 9
        base = y - 2 if m.shape == "floor" else y + 2
        body = (f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{TARGET}" stroke-width="2.5"/>'
                f'<path d="M{pm.x - 4:.1f},{base:.1f} L{pm.x + 4:.1f},{base:.1f} L{pm.x:.1f},{tip:.1f} Z" '
                f'fill="{TARGET}"/>')
    else:
        body = (f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{TARGET}" '
                f'stroke-width="2.5"/>')
    return (f'<a href="{escape(href)}" class="target" data-shape="{m.shape}" data-period="{escape(pm.period)}" '
            f'data-low="{m.low:g}" data-high="{m.high:g}">{body}<title>{escape(title)}</title></a>')


def panel_chart(title: str, cells: list[Cell], unit: str = "", href=lambda c: "#" + c.anchor) -> str:
    """An SVG chart of one place's headline indicator across its years: outcome
    line and points, target marks by qualifier. Plan-period cells are left out."""
    layout = layout_chart(cells)
    if layout is None:
        return ""
    parts = [f'<svg class="chart panel-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>"]
    n_ticks = int(round((layout.hi - layout.lo) / layout.step))
    for i in range(n_ticks + 1):
        v = layout.lo + i * layout.step
        yy = layout.y(v)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{yy:.1f}" y2="{yy:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{yy + 4:.1f}" text-anchor="end">{_fmt(v)}</text>')
    parts.append(f'<line class="zero" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{layout.zero_y:.1f}" '
                 f'y2="{layout.zero_y:.1f}" stroke="{ZERO}" stroke-width="1.2"/>')
    if unit:
        parts.append(f'<text class="tick" x="4" y="{TOP - 8}">{escape(unit)}</text>')
    every = math.ceil(len(layout.years) / 10)
    for i, year in enumerate(layout.years):
        if i % every and i != len(layout.years) - 1:
            continue
        parts.append(f'<text class="tick" x="{layout.x(year):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                     f'text-anchor="middle">{year}</text>')
    # Legend: what each shape means.
    parts.append(
        f'<g class="legend"><line x1="{LEFT}" x2="{LEFT + 16}" y1="12" y2="12" stroke="{OUTCOME}" stroke-width="2"/>'
        f'<circle cx="{LEFT + 8}" cy="12" r="3.5" fill="{OUTCOME}"/>'
        f'<text class="legend" x="{LEFT + 20}" y="16">outcome (○ estimate)</text>'
        f'<rect x="{LEFT + 150}" y="7" width="12" height="10" fill="{TARGET}" fill-opacity=".22" stroke="{TARGET}"/>'
        f'<text class="legend" x="{LEFT + 166}" y="16">target 左右 ±5%</text>'
        f'<text class="legend" x="{LEFT + 262}" y="16" fill="{TARGET}">▲ 以上 floor  ▼ 以内 ceiling  ▬ exact</text></g>')
    half = min(layout.slot * 0.32, 14)
    for pm in layout.marks:
        c = pm.cell
        parts.append(_mark_svg(pm, half, href(c), f"{c.period} target {target_label(c)} ({c.target_report_id})"))
    # The outcome line, broken where a year has no outcome.
    run: list[PlotPoint] = []
    segments: list[list[PlotPoint]] = []
    for p in layout.points:
        if run and int(p.period) != int(run[-1].period) + 1:
            segments.append(run)
            run = []
        run.append(p)
    if run:
        segments.append(run)
    for seg in segments:
        if len(seg) > 1:
            path = " ".join(f"{p.x:.1f},{p.y:.1f}" for p in seg)
            parts.append(f'<polyline class="outcome" fill="none" stroke="{OUTCOME}" stroke-width="2" points="{path}"/>')
    for p in layout.points:
        c = p.cell
        what = "estimate" if p.estimate else "outcome"
        label = (f"{c.period} {what} {signed_text(c.outcome_text, c.outcome_value)} ({c.outcome_report_id}) — "
                 f"target {target_label(c)}: {c.result}")
        fill = "#fff" if p.estimate else OUTCOME
        parts.append(f'<a href="{escape(href(c))}" class="point" data-period="{escape(p.period)}" '
                     f'data-value="{p.value:g}"><circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="4.5" fill="{fill}" '
                     f'stroke="{OUTCOME}" stroke-width="2"/><title>{escape(label)}</title></a>')
    parts.append("</svg>")
    return "".join(parts)
