"""Periods that hold (issue 14, part 5c): a statement about a whole plan (五年累计,
五年总体, “十三五”期间累计, 今后五年年均) is the plan period's, not its last year's."""
from tests.parsing.helpers import one, report

# a statement about a whole plan is the plan's


def test_a_five_year_total_in_a_plan_review_is_the_plans():
    t = report(review_plan="合理把握赤字规模，五年总体赤字率控制在3%以内。五年累计新增城镇就业超过60万人。")
    (d,) = one(t, "3%")
    assert (d.kind, d.period, d.qualifier) == ("percent", "2016-2020", "less_than")
    (j,) = one(t, "60万人")
    assert (j.period, j.qualifier) == ("2016-2020", "more_than")


def test_a_five_year_cumulative_change_is_the_plans_against_the_year_before_it():
    t = report(review_plan="五年累计，单位生产总值能耗下降16%，化学需氧量、氨氮排放量分别下降10%和12%。")
    for x in ("16%", "10%", "12%"):
        (g,) = one(t, x)
        assert (g.kind, g.period, g.base_period) == ("growth", "2016-2020", "2015"), x


def test_a_plan_total_in_the_past_years_review_is_the_plans():
    t = report(review_year="过去一年，全市生产总值增长3.5%，一般公共预算收入增长2%。“十三五”期间累计新增城镇就业35万人，五年累计完成固定资产投资8000亿元。")
    (g,) = one(t, "3.5%")
    assert (g.period, g.section_role) == ("2020", "review_year")
    (j,) = one(t, "35万人")
    assert (j.period, j.status) == ("2016-2020", "actual")
    (inv,) = one(t, "8000亿元")
    assert inv.period == "2016-2020"


def test_the_next_five_years_in_the_coming_years_part_are_the_plans():
    t = report(year_targets="今后五年，全市生产总值年均增长6%左右，研发投入年均增长8%以上。今年全市生产总值增长7%左右。")
    (g,) = one(t, "6%")
    assert (g.kind, g.period, g.base_period, g.status) == ("avg_annual_growth", "2021-2025", "2020", "target")
    (r,) = one(t, "8%")
    assert (r.period, r.base_period, r.status) == ("2021-2025", "2020", "target")
    (y,) = one(t, "7%")
    assert (y.period, y.status) == ("2021", "target")


def test_a_level_beside_a_plan_total_keeps_its_year():
    t = report(review_plan="五年累计减税降费120亿元，地区生产总值达到3500亿元。")
    (tax,) = one(t, "120亿元")
    assert tax.period == "2016-2020"
    (gdp,) = one(t, "3500亿元")
    assert gdp.period == "2020"


def test_money_or_people_summed_in_a_plan_review_is_the_plans_even_after_da():
    # 累计达 sums what the years of the plan added (money spent, people given jobs), whatever year
    # opens the sentence; a count of what stands (上市公司累计达70家) stays the plan's last year's
    t = report(review_plan="2020年，全市生产总值达到3910.8亿元，年均增长7.9%；全社会固定资产投资累计完成7226.6亿元，"
                           "是“十二五”时期的2.6倍。财政民生支出累计达到2852.74亿元。城镇新增就业累计达68.4万人。"
                           "全市上市公司累计达70家。")
    (gdp,) = one(t, "3910.8亿元")
    assert gdp.period == "2020"
    for x in ("7226.6亿元", "2852.74亿元", "68.4万人"):
        (f,) = one(t, x)
        assert f.period == "2016-2020", x
    (firms,) = one(t, "70家")
    assert firms.period == "2020"


def test_a_year_opening_the_sentence_dates_its_totals_in_a_plan_review():
    t = report(review_plan="2019年，全市共培训农村劳动力2.34万人；全市累计促成城镇登记失业人员就业3.6万人。"
                           "2017年到2020年，累计投入城市居民最低生活保障资金3亿元。")
    (jobs,) = one(t, "3.6万人")
    assert jobs.period == "2019"
    (aid,) = one(t, "3亿元")
    assert aid.period == "2017-2020"


def test_a_figure_compared_with_one_year_in_a_plan_review_is_the_last_years():
    # a level compared right after it with a year or a plan's end is the plan's last year's;
    # compared with a plan period (是“十二五”时期的) it is a total over the plan
    t = report(review_plan="规模以上工业总产值19774.93亿元，是2015年的2.1倍。铁路运营里程954公里，比“十二五”末增加253公里。"
                           "全省生产总值预计将超过3.2万亿元，较2015年净增1万亿元以上。"
                           "建成高标准农田108万亩，比“十二五”增长56.5%。市级财政“三农”支出65.9亿元，是“十二五”时期的3倍。")
    for x in ("19774.93亿元", "954公里", "3.2万亿元"):
        (f,) = one(t, x)
        assert f.period == "2020", x
    for x in ("108万亩", "65.9亿元"):
        (f,) = one(t, x)
        assert f.period == "2016-2020", x


def test_a_sentence_opening_on_a_start_year_counts_from_it_in_a_plan_review():
    # 2018年以来 opens a count, not a year: a flow is 2018-2020, a level the plan's last year's,
    # a year named later before the figure is the figure's
    t = report(review_plan="2018年以来，全省共改造农村公路8.8万公里，农村公路总里程达到12万公里。"
                           "2016年以来，全市生产总值年均增长8.6%，2019年，全市生产总值2926.72亿元。")
    (roads,) = one(t, "8.8万公里")
    assert roads.period == "2018-2020"
    (total,) = one(t, "12万公里")
    assert total.period == "2020"
    (gdp,) = one(t, "2926.72亿元")
    assert gdp.period == "2019"



def test_gong_after_a_five_year_opening_sums_the_five_years():
    # 五年来，共办理…: 共 sums the years the sentence opens with; 共有 says what stands, 公共 is no total
    from dagster_project.parsing.periods import _scope_opening
    assert _scope_opening("五年来，共办理人大代表建议和政协提案3", "共办理人大代表建议和政协提案")
    assert not _scope_opening("五年来，全市共有普通高校1", "全市共有普通高校")
    assert not _scope_opening("五年来，一般公共预算收入1", "一般公共预算收入")


def test_what_stands_at_the_end_of_a_reviewed_plan_is_its_last_years():
    # a total, stock or balance (总数, 现有, 拥有, 余额) beside a flow is the plan's last year's;
    # a change of it (年均增加) is not
    t = report(review_plan="新增上市公司8家，总数达到16家。全市现有博物馆21座。城乡居民储蓄存款余额1728.3亿元，年均增长20.8%。"
                           "常住人口年均增加45万人。")
    (new,) = one(t, "8家")
    assert new.period == "2016-2020"
    for x in ("16家", "21座", "1728.3亿元"):
        (f,) = one(t, x)
        assert f.period == "2020", x
    (pop,) = one(t, "45万人")
    assert pop.period == "2016-2020"
