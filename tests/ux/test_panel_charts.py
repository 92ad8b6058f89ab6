"""The chart rules of the target panel (dagster_project/site/panel_charts.py), as
pure functions on hand-made cells: milliseconds, no warehouse, no browser."""
from __future__ import annotations

import re

import pytest

from dagster_project.site.panel_charts import (
    annual_cells,
    layout_chart,
    panel_chart,
    plan_cells,
    signed_text,
    target_label,
    target_mark,
)
from dagster_project.site.panel_data import Cell
from dagster_project.site.panel_page import render_panel_index, render_place


def cell(period: str, target: float, qualifier: str = "exact", outcome: float | None = None, *,
         high: float | None = None, status: str = "actual", code: str = "GDP_GROWTH", text: str | None = None,
         result: str | None = None) -> Cell:
    span = "-" in period
    return Cell(
        cell_id=f"650100:{period}:{code}", place="乌鲁木齐市", admin_code="650100", level="prefecture",
        period=period, period_type="span" if span else "year", plan_name="十四五" if span else None,
        headline_code=code, headline_name="地区生产总值增长", kind="avg_annual_growth" if span else "growth",
        unit="%", judged_as="at_least", target_text=text or f"{abs(target):g}%", target_value=target,
        target_value_high=high, target_qualifier=qualifier, target_sentence=f"目标增长{abs(target):g}%。",
        target_report_id=f"urumqi-{period[:4]}", outcome_text=None if outcome is None else f"{abs(outcome):g}%",
        outcome_value=outcome, outcome_status=None if outcome is None else status,
        outcome_sentence=None if outcome is None else f"增长{abs(outcome):g}%。",
        outcome_report_id=None if outcome is None else f"urumqi-{int(period[:4]) + 1}",
        gap=None if outcome is None else outcome - target,
        result=result or ("no outcome yet" if outcome is None else ("met" if outcome >= target else "missed")))


def test_about_is_a_band_of_five_percent_either_way():
    mark = target_mark("about", 6.0)
    assert mark.shape == "band"
    assert (mark.low, mark.high) == pytest.approx((5.7, 6.3))
    # A fall's band is still 5% of its size, around it.
    fall = target_mark("about", -3.0)
    assert (fall.low, fall.high) == pytest.approx((-3.15, -2.85))


def test_more_than_is_a_floor_less_than_a_ceiling_exact_a_point_range_a_band():
    assert target_mark("more_than", 7.5) == target_mark("more_than", 7.5, None)
    assert (target_mark("more_than", 7.5).shape, target_mark("more_than", 7.5).low) == ("floor", 7.5)
    assert (target_mark("less_than", 3.0).shape, target_mark("less_than", 3.0).high) == ("ceiling", 3.0)
    assert target_mark("exact", 7.0).shape == "point"
    rng = target_mark("exact", 6.5, 7.0)
    assert (rng.shape, rng.low, rng.high) == ("band", 6.5, 7.0)
    assert target_mark("about", None) is None


def test_the_svg_draws_each_qualifier_its_own_way():
    svg = panel_chart("t", [cell("2019", 6, "about", 6.1), cell("2020", 7.5, "more_than", 5.0),
                            cell("2021", 3, "less_than", 2.5), cell("2022", 7, "exact")])
    shapes = dict(re.findall(r'class="target" data-shape="(\w+)" data-period="(\d+)"', svg))
    assert shapes == {"band": "2019", "floor": "2020", "ceiling": "2021", "point": "2022"}
    assert 'data-low="5.7" data-high="6.3"' in svg
    # The outcome: a point per year with one, joined by a line.
    assert re.findall(r'class="point" data-period="(\d+)"', svg) == ["2019", "2020", "2021"]
    assert "<polyline" in svg


def test_a_negative_growth_is_drawn_below_zero():
    layout = layout_chart([cell("2020", 6, "about", -2.0), cell("2021", 5, "exact", 3.0)])
    fall = next(p for p in layout.points if p.period == "2020")
    rise = next(p for p in layout.points if p.period == "2021")
    assert layout.lo < 0 <= layout.hi
    assert fall.y > layout.zero_y > rise.y  # SVG y grows downward
    # A target of a fall (能耗下降3%: -3) sits below zero too, and reads as a fall.
    energy = layout_chart([cell("2021", -3.0, "about", code="ENERGY_INTENSITY", text="3%")])
    assert energy.marks[0].y_high > energy.zero_y
    assert target_label(energy.marks[0].cell) == "−3%左右"
    assert signed_text("3%", -3.0) == "−3%" and signed_text("-3%", -3.0) == "-3%"


def test_zero_is_on_the_axis_even_when_every_figure_is_far_above_it():
    layout = layout_chart([cell("2020", 95, "exact", 96.0)])
    assert layout.lo == 0 and layout.zero_y == pytest.approx(layout.y(0))


def test_plan_periods_are_kept_off_the_annual_chart():
    cells = [cell("2020", 6, "about", 1.5), cell("2021", 9, "exact", 6.5), cell("2021-2025", 9, "about", 5.0)]
    assert [c.period for c in annual_cells(cells)] == ["2020", "2021"]
    assert [c.period for c in plan_cells(cells)] == ["2021-2025"]
    svg = panel_chart("t", cells)
    assert "2021-2025" not in svg and "2025" not in svg
    assert layout_chart([cell("2021-2025", 9, "about", 5.0)]) is None
    # On the place's page the plan is a table of its own, after the chart.
    page = render_place("乌鲁木齐市", cells, [])
    chart_at, plan_at = page.index("<svg"), page.index("Five-year plans")
    assert chart_at < plan_at and page.index('id="c-GDP_GROWTH-2021-2025"') > plan_at


def test_the_outcome_line_breaks_where_a_year_has_none():
    svg = panel_chart("t", [cell("2018", 7, "exact", 7.1), cell("2019", 7, "exact", 6.0),
                            cell("2020", 6, "exact"), cell("2021", 6, "exact", 6.5), cell("2022", 6, "exact", 5.0)])
    assert svg.count("<polyline") == 2
    # An estimate (预计) is a hollow point.
    est = panel_chart("t", [cell("2020", 6, "about", 1.2, status="expected")])
    assert 'fill="#fff"' in est


def test_cells_say_their_result_in_words_and_link_to_their_sentences():
    from dagster_project.site.panel_data import Headline, PanelData

    data = PanelData([cell("2020", 6, "about", 1.5), cell("2021", 9, "exact", 9.5), cell("2022", 7, "exact")],
                     [Headline("GDP_GROWTH", "地区生产总值增长", "GDP growth")])
    html = render_panel_index(data)
    assert "✗ missed" in html and "✓ met" in html and "… no outcome yet" in html
    assert 'href="panel/650100.html#c-GDP_GROWTH-2020"' in html
    assert "6%左右 → 1.5%" in html
    place = render_place("乌鲁木齐市", data.cells, data.headlines)
    assert re.search(r'id="c-GDP_GROWTH-2020".*?目标增长<mark>6%</mark>.*?增长<mark>1.5%</mark>', place)
    assert "<script>" not in html.split("</main>")[0]  # the one script sits at the end, inline
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
