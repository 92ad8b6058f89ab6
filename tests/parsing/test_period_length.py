"""The length of a period is no fact (PERIOD_LENGTH, issue 14): a span a report reviews or
characterises, one a figure after it counts over, one a figure is compared with, or how early a goal
came. Sentences are from dev reports (哈尔滨 2011, 广州 2016, 云南 2017, 西安 2016, 重庆 2008, 贵阳 2009,
国务院 2021), moved to the test report's years."""
from tests.parsing.helpers import facts, one, report


def _years(t):
    return [f for f in facts(t) if f.unit == "年"]


def test_a_period_characterised_is_no_fact():
    t = report(review_plan="“十三五”时期是我市发展史上极不平凡的5年。过去的5年，我们虽然取得一定成绩。")
    assert _years(t) == []


def test_the_years_a_figure_counts_over_are_no_fact_and_part_no_names():
    t = report(review_plan="5年新增城镇就业人数211.54万。市本级财政5年累计投入399.7亿元。")
    assert _years(t) == []
    (a,) = one(t, "211.54万")
    assert a.indicator == "新增城镇就业人数"
    (b,) = one(t, "399.7亿元")
    assert b.period == "2016-2020"


def test_years_compared_with_or_how_early_are_no_fact():
    t = report(review_year="铁路新开通里程706公里，是前5年的1.5倍。提前2年完成“十三五”淘汰落后产能任务。")
    assert _years(t) == []


def test_a_term_and_a_level_in_years_stay():
    t = report(review_year="全市人均受教育年限由2002年的7.7年提高到8.4年。总投资424.8亿元，计划工期5年，2014年建成。",
               year_targets="对脱贫县从脱贫之日起设立5年过渡期，保持主要帮扶政策总体稳定。")
    assert sorted(f.text for f in _years(t)) == ["5年", "5年", "7.7年", "8.4年"]


def test_a_speed_describing_a_thing_is_no_fact_a_design_speed_stays():
    """SPEED_OF_A_THING (南宁 2024, 青岛 2025, 贵阳 2009)."""
    t = report(review_year="全区首条时速350公里的贵南高铁开通运营。时速400公里的新一代动车组样车成功下线。"
                           "该路为双向四车道设计，设计时速80公里/小时，项目投资6.06亿元。")
    assert [f.text for f in facts(t) if "公里" in f.unit] == ["80公里/小时"]


def test_a_plans_length_a_record_and_a_span_looked_back_on_are_no_fact():
    t = report(review_year="实施提升市民文明素质5年培训计划。回顾5年历程，成绩来之不易。粮食总产量1735.8万吨、增长9.62%，创5年新高。")
    assert _years(t) == []


def test_a_total_over_five_years_in_digits_or_with_its_subject_between_is_the_plans():
    """五年…累计 with 5年 in digits or a subject between (大连 2001, 兰州 2011); not PM2.5年均 (南昌 2022)."""
    t = report(review_plan="5年累计实现国内生产总值4603亿元。五年城乡建设累计投入627亿元。",
               review_year="PM2.5年均浓度累计下降7.3%，空气质量连续四年达国家二级标准。")
    for x in ("4603亿元", "627亿元"):
        (g,) = one(t, x)
        assert g.period == "2016-2020", x
    (p,) = one(t, "7.3%")
    assert p.period == "2020"


def test_the_time_a_plan_takes_is_no_fact():
    """力争用5年左右的时间把渭北工业区打造成… (西安 2015), 用3年时间完成全省乡镇卫生院改造任务 (海南 2005)."""
    t = report(year_targets="力争用5年左右的时间把渭北工业区打造成产城融合的现代新城。用3年时间完成全省乡镇卫生院改造任务。")
    assert _years(t) == []
