"""The tolerance arithmetic of dbt/macros/checks.sql, rendered as the SQL dbt
would produce and evaluated in an in-memory DuckDB (milliseconds, no dbt run)."""
from __future__ import annotations

import math

import duckdb
import jinja2
import pytest

from dagster_project import settings

MACROS = jinja2.Environment().from_string(
    (settings.DBT_DIR / "macros" / "checks.sql").read_text(encoding="utf-8")).module


CON = duckdb.connect()  # in memory


def sql(expr: str):
    return CON.execute(f"select {expr}").fetchone()[0]


def q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def interval(value, text, qualifier="exact", value_high=None):
    half = MACROS.printed_half_unit(q(text), repr(value))
    vh = "null::double" if value_high is None else repr(value_high)
    low = sql(MACROS.stated_low(repr(value), vh, half, q(qualifier)))
    high = sql(MACROS.stated_high(repr(value), vh, half, q(qualifier)))
    return low, high


@pytest.mark.parametrize("text,value,half", [
    ("35.1%", 35.1, 0.05),
    ("3500亿元", 3500, 0.5),
    ("2330.8亿元", 2330.8, 0.05),
    ("1,234.56万元", 1234.56, 0.005),
    ("1.5倍", 150, 5.0),          # 增长1.5倍 is stored as 150 percent: ±0.05倍 is ±5
    ("下降20.2%", -20.2, 0.05),
    ("６.５%", 6.5, 0.05),        # full-width digits
    ("翻一番", 2, 0.0),           # no digits printed: exact
    ("1/4", 25, 0.0),             # a fraction is exact
])
def test_half_a_unit_in_the_last_printed_digit(text, value, half):
    assert sql(MACROS.printed_half_unit(q(text), repr(value))) == pytest.approx(half)


def test_qualifiers_open_one_side():
    assert interval(3000, "3000亿元", "more_than") == (2999.5, math.inf)
    assert interval(5, "5%", "less_than") == (-math.inf, 5.5)
    # A fall of more than 3.4% (stored -3.4) is at most -3.4.
    assert interval(-3.4, "3.4%", "more_than") == (-math.inf, pytest.approx(-3.35))
    assert interval(2, "2至3个百分点", value_high=3) == (1.5, 3.5)


def growth_interval(start, start_text, end, end_text):
    s_lo, s_hi = interval(start, start_text)
    e_lo, e_hi = interval(end, end_text)
    return sql(MACROS.pct_change(repr(e_lo), repr(s_hi))), sql(MACROS.pct_change(repr(e_hi), repr(s_lo)))


def agrees(a, b) -> bool:
    return sql(MACROS.intervals_agree(*map(repr, (*a, *b))))


def test_growth_carries_the_rounding_of_both_levels():
    implied = growth_interval(368.7, "368.7亿元", 392.6, "392.6亿元")   # 6.48%
    assert implied[0] < 6.482235 < implied[1]
    assert implied[1] - implied[0] == pytest.approx(0.056, abs=1e-3)
    assert agrees(interval(6.5, "6.5%"), implied)
    assert not agrees(interval(9.5, "9.5%"), implied)
    assert not agrees(interval(6.6, "6.6%"), implied)
    # GDP: the nominal ratio is 50.2%, far from the stated real 35.1%.
    assert not agrees(interval(35.1, "35.1%"), growth_interval(2330.8, "2330.8亿元", 3500, "3500亿元"))


def test_average_compounds_to_cumulative():
    lo, hi = interval(6.2, "6.2%")
    implied = (sql(MACROS.compounded_pct(repr(lo), "5")), sql(MACROS.compounded_pct(repr(hi), "5")))
    assert implied[0] == pytest.approx(34.77, abs=0.01) and implied[1] == pytest.approx(35.41, abs=0.01)
    assert agrees(interval(35.1, "35.1%"), implied)
    assert not agrees(interval(36.0, "36%"), implied)
    # A coarser figure carries a wider interval: 年均增长6% over 5 years spans 30.7..37.0%.
    lo, hi = interval(6, "6%")
    assert agrees(interval(36.9, "36.9%"), (sql(MACROS.compounded_pct(repr(lo), "5")),
                                            sql(MACROS.compounded_pct(repr(hi), "5"))))
