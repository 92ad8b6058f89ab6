"""Periods and statuses in a review (issue 14): a year still to come named as a figure's time is
a target for that year (a report of late 1982 laying out 1983's plan; 1995年达到… in 1993); what the
year will likely reach (有望, 可望, 可以按计划实现) is an estimate."""
from dagster_project.parsing.report import parse_report
from tests.parsing.helpers import one

LATE_1982 = ("关于第六个五年计划的报告\n——1982年11月30日在第五届全国人民代表大会第五次会议上\n\n各位代表：\n\n"
             "一、今年的国民经济情况\n\n"
             "今年工农业总产值预计可以完成5500亿元。财政收支可以按计划实现平衡，全年收入1100亿元。"
             "1983年的计划，要求工农业总产值比今年增长4%，粮食产量达到3.5亿吨。\n\n")


def test_a_report_of_late_in_the_year_is_the_next_years():
    assert parse_report("gwy-1982", LATE_1982).meta.year == 1983


def test_the_next_years_plan_in_a_late_report_is_its_target():
    (g,) = one(LATE_1982, "4%", "gwy-1982")
    assert (g.period, g.status) == ("1983", "target")
    (grain,) = one(LATE_1982, "3.5亿吨", "gwy-1982")
    assert (grain.period, grain.status) == ("1983", "target")


def test_what_the_year_can_reach_is_an_estimate():
    (out,) = one(LATE_1982, "5500亿元", "gwy-1982")
    assert (out.period, out.status) == ("1982", "expected")


REVIEW_1993 = ("某某省1993年政府工作报告\n——1993年3月10日在某某省第八届人民代表大会第一次会议上\n\n各位代表：\n\n"
               "一、1992年工作回顾\n\n"
               "1992年全省国内生产总值增长12%。据测算，1995年国内生产总值达到1400亿元左右，2000年达到2300亿元。"
               "工业利润可望突破50亿元。全省编制完成2035年远景目标纲要及103个专项规划。\n\n")


def test_a_year_to_come_named_in_a_review_is_a_target_for_it():
    (a,) = one(REVIEW_1993, "1400亿元", "test-1993")
    assert (a.period, a.status) == ("1995", "target")
    (b,) = one(REVIEW_1993, "2300亿元", "test-1993")
    assert (b.period, b.status) == ("2000", "target")
    (g,) = one(REVIEW_1993, "12%", "test-1993")
    assert (g.period, g.status) == ("1992", "actual")


def test_a_year_in_a_name_is_no_time():
    (plans,) = one(REVIEW_1993, "103个", "test-1993")
    assert (plans.period, plans.status) == ("1992", "actual")


def test_a_likely_figure_is_expected():
    (p,) = one(REVIEW_1993, "50亿元", "test-1993")
    assert p.status == "expected"
