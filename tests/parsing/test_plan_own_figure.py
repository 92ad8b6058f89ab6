"""An amount a plan sets is the plan's, over its span (PLAN_OWN_FIGURE, issue 14). Sentences are
from dev reports (广东 2024, 河北 2008, 内蒙古 2025), moved to the test report's years."""
from tests.parsing.helpers import one, report


def test_an_amount_a_named_plan_sets_is_over_the_plan():
    t = report(year_targets="为3.1万户特殊困难老年人家庭实施适老化改造，提前一年完成“十四五”规划确定的8.6万户改造计划。"
                            "列入“十四五”规划的89个城镇污水处理厂全部开工建设。")
    (a,) = one(t, "3.1万户")
    assert a.period == "2021"
    for x in ("8.6万户", "89个"):
        (g,) = one(t, x)
        assert (g.period, g.status) == ("2021-2025", "target"), x


def test_a_plan_of_n_years_done_a_year_early_ended_a_year_later():
    t = report(review_year="引进到位资金超5300亿元，提前一年实现三年引资1万亿元目标。")
    (a,) = one(t, "5300亿元")
    assert a.period == "2020"
    (b,) = one(t, "1万亿元")
    assert b.period == "2019-2021"
