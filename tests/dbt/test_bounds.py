"""Bounds from qualifier and range, values in base units, and the dimension keys,
on the seed report (raw/urumqi-2021.txt):

- 城镇调查失业率控制在5.5%以内          → open below, upper 5.5
- 万元地区生产总值能耗下降3%左右         → value -3, both bounds -3
- 全社会固定资产投资增长10%以上           → lower 10, open above
- …占规模以上工业增加值比重提高2至3个百分点 → 2 to 3
"""
from __future__ import annotations

import pytest

from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

TARGET = """
select qualifier, value, lower_bound, upper_bound
from fct_targets
where report_id = 'urumqi-2021' and indicator = ? and text = ?
"""


@pytest.mark.parametrize("indicator, text, expected", [
    ("城镇调查失业率", "5.5%", ("less_than", 5.5, None, 5.5)),
    ("万元地区生产总值能耗", "3%", ("about", -3.0, -3.0, -3.0)),
    ("全社会固定资产投资", "10%", ("more_than", 10.0, 10.0, None)),
    ("高新技术产业增加值占规模以上工业增加值比重", "2至3个百分点", ("exact", 2.0, 2.0, 3.0)),
])
def test_target_bounds(seed_warehouse, indicator, text, expected):
    rows = query(seed_warehouse[1], TARGET, [indicator, text])
    assert expected in rows, rows


def test_energy_intensity_is_not_gdp(seed_warehouse):
    # 万元地区生产总值能耗 contains 地区生产总值, but is energy per unit of GDP.
    rows = query(seed_warehouse[1], "select indicator_code from dim_indicator where indicator_name = '万元地区生产总值能耗'")
    assert rows == [("ENERGY_INTENSITY",)]


def test_values_in_base_units(seed_warehouse):
    rows = query(seed_warehouse[1], """
        select value, unit, value_base, base_unit from fct_indicator_values
        where report_id = 'urumqi-2021' and text = '2330.8亿元'""")
    assert rows and rows[0][:2] == (2330.8, "亿元") and rows[0][3] == "元"
    assert rows[0][2] == pytest.approx(2330.8e8)


def test_every_fact_has_its_dimensions(seed_warehouse):
    (orphans,), = query(seed_warehouse[1], """
        select count(*) from fct_indicator_values v
        left join dim_report r on r.report_id = v.report_id
        left join dim_indicator i on i.indicator_id = v.indicator_id
        left join dim_sector s on s.sector = v.sector
        left join dim_unit u on u.unit = v.unit
        left join dim_domain d on d.domain = v.domain
        left join dim_period p on p.period_id = v.period_id
        where r.report_id is null or i.indicator_id is null or s.sector is null or u.unit is null or d.domain is null
           or (v.period_id is not null and p.period_id is null)""")
    assert orphans == 0
