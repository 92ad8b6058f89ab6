"""A span of past years opening a sentence of a review is the time of its amounts and flows
(SPAN_OPENING, issue 14). Sentences are from dev reports (南昌 2007, 浙江 1996, 广州 2006), moved to
the test report's years."""
from tests.parsing.helpers import one, report


def test_a_span_opening_a_sentence_dates_its_flows():
    t = report(review_plan="2016—2019年，新增城镇从业人员42.16万人，向省外劳务输出104.2万人次。"
                           "2017年至2019年共拆除、修缮、改造危破房51.3万平方米。")
    for x, p in (("42.16万人", "2016-2019"), ("104.2万人次", "2016-2019"), ("51.3万平方米", "2017-2019")):
        (g,) = one(t, x)
        assert g.period == p, x


def test_a_change_over_the_span_starts_and_ends_at_its_years():
    t = report(review_plan="2015年到2019年，城镇人均住房面积由10.2平方米增加到10.9平方米。")
    (a,) = one(t, "10.2平方米")
    assert a.period == "2015"
    (b,) = one(t, "10.9平方米")
    assert b.period == "2019"
