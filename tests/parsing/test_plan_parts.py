"""Periods that hold (issue 14, spot check 41-43 mechanisms 6 and 7): the first N years of
a plan, the N years from a start, a scope opening a sentence of totals, and a ％。以内 that
is no sentence end. Sentences are from dev reports (guowuyuan 2010, 江苏 2014, 天津 2012,
东莞 2002, 浙江 2001, 福建 2010), moved to the test report's years."""
from tests.parsing.helpers import one, report


def test_the_first_years_of_a_plan_are_a_span_against_the_year_before_it():
    t = report(review_year="“十三五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。")
    for x in ("14.38%", "9.66%", "13.14%"):
        (g,) = one(t, x)
        assert (g.kind, g.period, g.base_period) == ("growth", "2016-2019", "2015"), x


def test_the_first_years_of_a_plan_cover_their_clause_only():
    t = report(review_year="加大简政放权力度，在“十三五”前两年取消和下放422项行政审批事项的基础上，2020年又取消和下放154项。")
    (a,) = one(t, "422项")
    assert a.period == "2016-2017"
    (b,) = one(t, "154项")
    assert b.period == "2020"


def test_the_first_years_of_a_plan_compared_with_are_no_period():
    t = report(review_year="全年新建廉租住房7941户，是“十三五”前三年的1.5倍。")
    (m,) = one(t, "1.5倍")
    assert m.period == "2020"


def test_years_from_a_start_are_the_span_of_a_total():
    t = report(year_targets="从今年开始，实行财政补贴与限行结合，四年内淘汰黄标车11.3万辆；五年内投入资金100亿元。")
    (a,) = one(t, "11.3万辆")
    assert (a.period, a.status) == ("2021-2024", "target")
    (b,) = one(t, "100亿元")
    assert (b.period, b.status) == ("2021-2025", "target")


def test_a_yearly_amount_from_a_start_is_the_years():
    t = report(year_targets="从今年起连续5年，市财政每年安排3000万元，支持企业技术改造。")
    (a,) = one(t, "3000万元")
    assert a.period == "2021"


def test_a_scope_opening_a_sentence_of_totals_covers_it():
    t = report(review_year="五年间，全市累计完成固定资产投资9253亿元，其中用于农田水利建设的投资增长了5.2倍。")
    (a,) = one(t, "9253亿元")
    assert (a.period, a.status) == ("2016-2020", "actual")


def test_a_per_mille_sign_split_by_a_stop_keeps_its_qualifier():
    t = report(year_targets="居民消费价格涨幅控制在3%左右；人口自然增长率控制在7.64％。以内；城镇登记失业率控制在4%以内。")
    (p,) = one(t, "7.64％")
    assert (p.kind, p.base_period, p.qualifier, p.period) == ("percent", None, "less_than", "2021")


def test_a_natural_growth_rate_is_a_level_unless_it_changes():
    t = report(review_year="全年人口自然增长率为6.5‰。人口自然增长率比上年回落0.2‰。")
    (a,) = one(t, "6.5‰")
    assert (a.kind, a.base_period) == ("percent", None)
    (b,) = one(t, "0.2‰")
    assert (b.kind, b.base_period) == ("growth", "2019")
