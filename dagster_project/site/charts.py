"""Inline SVG charts: one indicator's figures across periods, outcomes against targets.

Hand-written SVG (no JavaScript, no CDN): the page works offline, prints, and
every point is a link to the sentence its figure comes from.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

SERIES_STYLE = {
    # status -> (label, colour, dash)
    "actual": ("outcome", "#1f6feb", ""),
    "target": ("target", "#c2410c", "5 4"),
}
WIDTH, HEIGHT = 440, 230
LEFT, RIGHT, TOP, BOTTOM = 62, 16, 34, 44


@dataclass(frozen=True)
class Point:
    period: str
    value: float
    series: str      # "actual" or "target"
    href: str        # where the figure's sentence is
    label: str       # what a hover shows: the figure as written and its source


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5, 5 × 10^k) giving about ``ticks`` ticks over ``span``."""
    raw = span / ticks if span > 0 else 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


def _fmt(v: float) -> str:
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:g}"


def period_order(period: str) -> tuple:
    head, _, tail = period.partition("-")
    return (int(head) if head.isdigit() else 9999, int(tail) if tail.isdigit() else 0, period)


def line_chart(title: str, points: list[Point], unit: str = "") -> str:
    """An SVG chart of ``points``: periods along x, one line per series."""
    periods = sorted({p.period for p in points}, key=period_order)
    values = [p.value for p in points]
    lo, hi = min(0.0, *values), max(0.0, *values)
    step = nice_step(hi - lo)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if hi == lo:
        hi = lo + step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    gap = plot_w / len(periods)
    x_of = {period: LEFT + gap * (i + 0.5) for i, period in enumerate(periods)}

    def y(v: float) -> float:
        return TOP + plot_h * (hi - v) / (hi - lo)

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>"]
    # Grid and y axis labels.
    n_ticks = int(round((hi - lo) / step))
    for i in range(n_ticks + 1):
        v = lo + i * step
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{escape(_fmt(v))}</text>')
    if unit:
        parts.append(f'<text class="tick" x="4" y="{TOP - 12}">{escape(unit)}</text>')
    every = math.ceil(len(periods) / 9)  # at most ~9 labels fit under the axis
    for i, period in enumerate(periods):
        if i % every and i != len(periods) - 1:
            continue
        parts.append(f'<text class="tick" x="{x_of[period]:.1f}" y="{HEIGHT - BOTTOM + 18}" '
                     f'text-anchor="middle">{escape(period)}</text>')
    # Legend.
    legend_x = LEFT
    for series, (label, colour, dash) in SERIES_STYLE.items():
        if any(p.series == series for p in points):
            parts.append(f'<line x1="{legend_x}" x2="{legend_x + 18}" y1="14" y2="14" stroke="{colour}" '
                         f'stroke-width="2" stroke-dasharray="{dash}"/>')
            parts.append(f'<text class="legend" x="{legend_x + 22}" y="18">{escape(label)}</text>')
            legend_x += 90
    # One line per series, then the points as links to their sentences.
    for series, (_label, colour, dash) in SERIES_STYLE.items():
        mine = sorted((p for p in points if p.series == series), key=lambda p: period_order(p.period))
        if len(mine) > 1:
            path = " ".join(f"{x_of[p.period]:.1f},{y(p.value):.1f}" for p in mine)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                         f'stroke-dasharray="{dash}" points="{path}"/>')
        for p in mine:
            parts.append(
                f'<a href="{escape(p.href)}" class="point {escape(series)}">'
                f'<circle cx="{x_of[p.period]:.1f}" cy="{y(p.value):.1f}" r="4.5" fill="{colour}"/>'
                f"<title>{escape(p.label)}</title></a>")
    parts.append("</svg>")
    return "".join(parts)
