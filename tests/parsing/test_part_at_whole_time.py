"""A level named after 其中 in a five-year review holds when its whole does (PART_AT_WHOLE_TIME,
issue 14). Sentences are from dev reports (湖北 2011, 辽宁 2018, 江苏 2008, 石家庄 2016)."""
from tests.parsing.helpers import one, report


def test_a_part_of_a_level_is_of_the_wholes_year():
    t = report(review_plan="进出口总额达到259亿美元，其中出口144亿美元；基础设施更加完善，公路总里程达到12.3万公里，其中高速公路4212公里。")
    for x in ("259亿美元", "144亿美元", "12.3万公里", "4212公里"):
        (g,) = one(t, x)
        assert g.period == "2020", x


def test_a_part_of_a_total_keeps_the_span():
    t = report(review_plan="五年省级对苏北的各项投入达到1565亿元，其中省财政转移支付666亿元。")
    (g,) = one(t, "666亿元")
    assert g.period == "2016-2020"


def test_a_part_with_a_time_of_its_own_keeps_it():
    t = report(review_plan="全市在各类资本市场挂牌上市的企业达到112家，其中“十三五”期间新增90家。")
    (g,) = one(t, "90家")
    assert g.period == "2016-2020"


def test_a_part_of_a_whole_dated_to_one_year_is_of_that_year():
    """(哈尔滨 2016, 内蒙古 2003)"""
    t = report(review_plan="全年新开复工2000万元以上产业项目1030个，其中新开工531个。"
                           "全区公路总里程达到7.2万公里，比2015年增加2.2万公里，其中高速公路252公里。")
    for x in ("1030个", "531个", "252公里"):
        (g,) = one(t, x)
        assert g.period == "2020", x
