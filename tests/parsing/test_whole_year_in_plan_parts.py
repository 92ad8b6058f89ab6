"""全年 as a time in a five-year part is one year's: the last year reviewed in a plan review, the coming
year in the plan's targets (issue 14). Sentences are from dev reports (西藏 2018, 河北 2018, 海口 2011,
宁波 2021, 上海 2003), moved to the test report's years."""
from tests.parsing.helpers import one, report


def test_the_whole_year_in_a_plan_review_is_its_last():
    t = report(review_plan="全年新增城镇就业5.5万人。科学划定生态保护红线，全年完成植树造林536万亩。")
    for x in ("5.5万人", "536万亩"):
        (g,) = one(t, x)
        assert g.period == "2020", x


def test_the_start_of_a_change_in_a_whole_year_stays_the_plans_start():
    t = report(review_plan="全力打好污染防治攻坚战，全年空气质量优良天数从302天增加到340天。")
    (a,) = one(t, "302天")
    assert a.period == "2015"


def test_the_whole_year_in_the_plans_targets_is_the_coming_year():
    t = report(plan_targets="千方百计扩大就业，力争全年城镇新增就业3.5万人。空气质量二级和优于二级天数占全年比例达到90%。")
    (a,) = one(t, "3.5万人")
    assert (a.period, a.status) == ("2021", "target")
    (b,) = one(t, "90%")
    assert b.period == "2021-2025"


def test_a_sentence_opening_on_the_reports_year_in_the_plans_targets_is_that_years():
    """(海南 2003, 海口 2006)"""
    t = report(plan_targets="2021年我市经济和社会发展的主要指标是：生产总值增长12%，财政总收入增长15%。")
    for x in ("12%", "15%"):
        (g,) = one(t, x)
        assert (g.period, g.status) == ("2021", "target"), x
