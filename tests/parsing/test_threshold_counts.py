"""A count of the firms or projects a measure's threshold defines is named by the counted
noun with its threshold (count_over_threshold), never by the measure nor the bare noun."""
import pytest

from tests.parsing.helpers import facts, one, report

CASES = [
    # the two spellings, with and without 的, are one indicator
    ("产值超500亿元的企业达到12家。", "12家", "产值超500亿元企业"),
    ("产值超500亿元企业达到12家。", "12家", "产值超500亿元企业"),
    ("主营业务收入过10亿元的企业达到40家以上。", "40家", "主营业务收入过10亿元企业"),
    ("形成年加工产值超5亿元的农业产业化集群140个。", "140个", "产值超5亿元农业产业化集群"),
    # new ones keep their deed
    ("销售收入超10亿元的龙头企业新增6家，达到15家。", "6家", "新增销售收入超10亿元龙头企业"),
    ("新增产值过百亿元企业2家、产值过十亿元企业10家。", "10家", "新增产值过十亿元企业"),
    # a threshold already in the name (以上) is left as it is
    ("新引进投资10亿元以上项目56个。", "56个", "新引进投资10亿元以上项目"),
]


@pytest.mark.parametrize("sentence,figure,indicator", CASES)
def test_threshold_count_is_named_by_counted_noun_with_threshold(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]


def test_total_investment_of_projects_is_no_threshold():
    t = report(review_year="重点推进总投资1500亿元的城建项目68个。")
    assert [f.indicator for f in one(t, "68个")] != ["投资1500亿元城建项目"]


def test_threshold_figure_is_no_fact_of_the_place():
    # 500亿元 is the class's threshold, not the place's 产值
    t = report(review_year="全市产值超500亿元的企业达到12家。")
    assert not [f for f in facts(t) if f.value == 500.0]
