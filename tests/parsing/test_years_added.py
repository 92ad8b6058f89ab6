"""What N years added, said in the figure's clause (四年新增…10家) or opening the sentence, is over the
last N years in the past year's review (YEARS_ADDED, issue 14); not each year's (连续四年新增), not a
plan's N years (两年新增4万亿元的投资计划). Sentences are from dev reports (济南 2012, 广东 2010,
合肥 2022, 南宁 2024, 国务院 2010), moved to the test report's year (2020 reviewed)."""
from tests.parsing.helpers import one, report


def test_what_n_years_added_is_over_the_last_n_years():
    t = report(review_year="四年新增国家级工程技术研究中心和企业技术中心10家、省级114家，促进了创新发展。"
                           "省部产学研合作4年新增产值7000多亿元、利税1000多亿元。"
                           "联宝电子营收超1200亿元、两年新增500亿元，蔚来汽车产销近10万辆。")
    for x, p in (("10家", "2017-2020"), ("114家", "2017-2020"), ("7000多亿元", "2017-2020"),
                 ("1000多亿元", "2017-2020"), ("500亿元", "2019-2020"), ("10万辆", "2020")):
        (g,) = one(t, x)
        assert g.period == p, x


def test_each_years_addition_and_a_plans_years_stay_the_year():
    t = report(review_year="连续四年新增入驻机构数量超100家。实施两年新增4万亿元的投资计划。")
    assert one(t, "100家")[0].period == "2020"
    assert one(t, "4万亿元")[0].period == "2020"
