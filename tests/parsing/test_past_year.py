"""The year just ended, talked about inside a five-year review or the coming
year's part: its figures are that year's actuals, growth against the year before."""
from tests.parsing.helpers import one, report


def test_past_year_paragraph_inside_a_plan_review():
    t = report(review_plan="五年来，全市生产总值年均增长6%。\n"
                           "刚刚过去的2020年，主要目标任务全面完成。地区生产总值增长3.1%，城镇新增就业5.2万人。\n"
                           "五年来，城镇新增就业累计25万人。")
    (g,) = one(t, "3.1%")
    assert (g.kind, g.period, g.base_period, g.status) == ("growth", "2020", "2019", "actual")
    (v,) = one(t, "5.2万人")
    assert (v.period, v.status) == ("2020", "actual")
    # the next paragraph is about the plan period again
    (c,) = one(t, "25万人")
    assert c.period == "2016-2020"


def test_past_year_sentences_inside_the_coming_years_part():
    t = report(year_targets="2021年是“十四五”开局之年。过去一年，我们的工作取得了很大成绩。地区生产总值增长4%，"
                            "城镇新增就业5万人。这为做好今年的工作打下了基础。今年城镇新增就业6万人以上。")
    (g,) = one(t, "4%")
    assert (g.period, g.base_period, g.status) == ("2020", "2019", "actual")
    (v,) = one(t, "5万人")
    assert (v.period, v.status) == ("2020", "actual")
    (n,) = one(t, "6万人")
    assert (n.period, n.status) == ("2021", "target")


def test_a_plan_period_sentence_in_a_past_year_paragraph_keeps_the_span():
    t = report(review_plan="过去一年，全市上下团结奋斗。五年累计新增城镇就业30万人。")
    (v,) = one(t, "30万人")
    assert v.period == "2016-2020"


def test_last_year_and_yearly_bases_inside_a_plan_review():
    t = report(review_plan="国有企业效益明显好转，去年利润增长23.5%。贸易顺差连续两年下降，2019年比上年减少6.4%。")
    (g,) = one(t, "23.5%")
    assert (g.period, g.base_period) == ("2020", "2019")
    (d,) = one(t, "6.4%")
    assert (d.value, d.period, d.base_period) == (-6.4, "2019", "2018")


def test_the_last_n_years_are_a_span_ending_with_the_reviewed_year():
    t = report(review_year="近三年累计淘汰落后产能500万吨，近2年研发投入年均增长10.5%。")
    (v,) = one(t, "500万吨")
    assert v.period == "2018-2020"
    (g,) = one(t, "10.5%")
    assert (g.kind, g.period, g.base_period) == ("avg_annual_growth", "2019-2020", "2018")


def test_recent_years_leave_the_name_and_list_items_share_the_deed():
    t = report(review_year="近两年淘汰落后产能钢铁200万吨、平板玻璃300万重量箱。")
    (a,) = one(t, "200万吨")
    assert (a.indicator, a.period) == ("淘汰落后产能钢铁", "2019-2020")
    (b,) = one(t, "300万重量箱")
    assert (b.unit, b.indicator.startswith("淘汰"), b.period) == ("万重量箱", True, "2019-2020")


def test_the_end_of_a_rise_from_last_year_is_this_years_target():
    t = report(year_targets="今年拟安排财政赤字1.6万亿元，赤字率从去年的2.1%提高到2.3%。")
    (start,) = one(t, "2.1%")
    (end,) = one(t, "2.3%")
    assert (start.period, start.status) == ("2020", "actual")
    assert (end.period, end.status) == ("2021", "target")
