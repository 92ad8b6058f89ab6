"""fct_target_attainment on the consecutive reports of the corpus, against
figures read in the reports themselves:

- guowuyuan-2016: 国内生产总值增长6.5%－7% … 城镇登记失业率4.5%以内 … 单位国内生产总值能耗下降3.4%以上;
  guowuyuan-2017: 国内生产总值…增长6.7%; 年末城镇登记失业率4.02%; 单位国内生产总值能耗下降5%.
- guowuyuan-2022: 国内生产总值增长5.5%左右 … 城镇新增就业1100万人以上 … 居民消费价格涨幅3%左右;
  guowuyuan-2023: 全年国内生产总值增长3%，城镇新增就业1206万人 … 居民消费价格上涨2%.
- guowuyuan-2023: 国内生产总值增长5%左右; guowuyuan-2024: 增长5.2%.
- guowuyuan-2019: 国内生产总值增长6%－6.5% (no 2020 or 2021 report in the corpus: no outcome yet).
- hailaer-2013: 社会消费品零售总额增长22%，达到120亿元; hailaer-2014: 完成110.6亿元，同比增长13%.
"""
from __future__ import annotations

import pytest

from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("corpus")

ATTAINMENT = """
select target_text, outcome_report_id, outcome_text, attainment, n_later_reports
from fct_target_attainment
where report_id = ? and indicator_code = ? and kind = ? and period_id = ?
order by target_fact_id
"""

CASES = [
    # report, indicator code, kind, period, target, outcome report, outcome, attainment
    ("guowuyuan-2016", "GDP", "growth", "2016", "6.5%－7%", "guowuyuan-2017", "6.7%", "met"),
    ("guowuyuan-2016", "UNEMP_REGISTERED", "percent", "2016", "4.5%", "guowuyuan-2017", "4.02%", "met"),
    ("guowuyuan-2016", "ENERGY_INTENSITY", "growth", "2016", "3.4%", "guowuyuan-2017", "5%", "met"),
    ("guowuyuan-2022", "GDP", "growth", "2022", "5.5%", "guowuyuan-2023", "3%", "missed"),
    ("guowuyuan-2022", "URBAN_JOBS", "value", "2022", "1100万人", "guowuyuan-2023", "1206万人", "met"),
    ("guowuyuan-2022", "CPI", "growth", "2022", "3%", "guowuyuan-2023", "2%", "met"),
    ("guowuyuan-2023", "GDP", "growth", "2023", "5%", "guowuyuan-2024", "5.2%", "met"),
    ("hailaer-2013", "RETAIL", "value", "2013", "120亿元", "hailaer-2014", "110.6亿元", "missed"),
    ("hailaer-2013", "RETAIL", "growth", "2013", "22%", "hailaer-2014", "13%", "missed"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_target_matched_with_later_outcome(corpus_warehouse, case):
    report, code, kind, period, target, outcome_report, outcome, attainment = case
    rows = query(corpus_warehouse, ATTAINMENT, [report, code, kind, period])
    assert (target, outcome_report, outcome, attainment) in [r[:4] for r in rows], rows


def test_target_without_later_statement_has_no_outcome_yet(corpus_warehouse):
    # The 2019 GDP target: the corpus has no 2020 or 2021 report, and the later
    # ones do not state 2019's growth.
    rows = query(corpus_warehouse, ATTAINMENT, ["guowuyuan-2019", "GDP", "growth", "2019"])
    assert [r[0] for r in rows] == ["6%－6.5%"]
    target, outcome_report, outcome, attainment, n_later = rows[0]
    assert (outcome_report, outcome, attainment) == (None, None, "no outcome yet")
    assert n_later > 0


def test_latest_report_targets_have_no_outcome_yet(corpus_warehouse):
    rows = query(corpus_warehouse, """
        select distinct attainment, n_later_reports from fct_target_attainment
        where report_id = 'guowuyuan-2025'""")
    assert rows == [("no outcome yet", 0)]


def test_outcomes_compare_like_with_like(corpus_warehouse):
    """Every matched outcome is a later report of the same place, for the same
    period, of the same kind and base unit."""
    bad = query(corpus_warehouse, """
        select a.target_fact_id
        from fct_target_attainment a
        join fct_indicator_values t on t.fact_id = a.target_fact_id
        join fct_indicator_values o on o.fact_id = a.outcome_fact_id
        join dim_report tr on tr.report_id = t.report_id
        join dim_report orp on orp.report_id = o.report_id
        where tr.place <> orp.place or orp.report_year <= tr.report_year
           or t.period_id <> o.period_id or t.kind <> o.kind or t.base_unit <> o.base_unit
           or o.status not in ('actual', 'expected')""")
    assert bad == []
