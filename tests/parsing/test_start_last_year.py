"""The start of a change said to be last year's is the year before the one reviewed (START_LAST_YEAR,
issue 14). Sentences are from dev reports (辽宁 2010, 贵阳 2008, 宁夏 2009), moved to the test report's year."""
from tests.parsing.helpers import one, report


def test_a_start_said_to_be_last_years_is_the_year_before():
    t = report(review_year="财政一般预算收入超3亿元的县（市）由上年的28个增加到40个。农民参合率从上年的72.6%提高到92.63％。")
    for x, p in (("28个", "2019"), ("40个", "2020"), ("72.6%", "2019"), ("92.63％", "2020")):
        (g,) = one(t, x)
        assert g.period == p, x


def test_a_rate_at_the_years_start_stays_the_years():
    t = report(review_year="居民消费价格涨幅从年初的10.5%回落到年末的3.4%。")
    (g,) = one(t, "10.5%")
    assert g.period == "2020"
