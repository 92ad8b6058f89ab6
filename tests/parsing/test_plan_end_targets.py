"""A target set for a plan's end (到“十二五”末, “十四五”期末, 力争…末期) or a later year (力争到2025年)
outside the plan's own targets holds for that year, not for the report's year; inside the plan's
targets it is the plan's span, as 到2025年 is there (docs/facts.md)."""
from tests.parsing.helpers import one, report


def test_plan_end_in_the_coming_years_work_is_the_plans_last_year():
    t = report(year_targets="力争“十四五”末电子信息产业规模达到1万亿元。“十四五”末产业规模达到1.2万亿元，培育知名品牌100个。"
                            "新增城镇就业5万人。")
    (a,) = one(t, "1万亿元")
    assert (a.period, a.status) == ("2025", "target")
    (b,) = one(t, "1.2万亿元")
    assert (b.period, b.status) == ("2025", "target")
    (c,) = one(t, "5万人")
    assert c.period == "2021"


def test_a_horizon_set_before_the_figures_clauses_covers_them():
    t = report(year_targets="力争到“十四五”末，新增铁路运营里程2100公里。力争到2024年，国家高新技术企业达到1万家以上，"
                            "科技型企业上市数量达到70家以上。")
    assert one(t, "2100公里")[0].period == "2025"
    assert one(t, "1万家")[0].period == "2024"
    assert one(t, "70家")[0].period == "2024"


def test_a_horizon_gives_way_to_this_year_or_a_semicolon():
    t = report(year_targets="计划到2025年完成1600个城中村综合治理，今年完成600个以上。"
                            "力争2025年基本消除棚户区；完成城镇保障性住房建设47366套。")
    assert one(t, "600个以上")[0].period == "2021"
    assert one(t, "47366套")[0].period == "2021"
    # a base year named after it is not a time: 确保到2025年…比2020年下降6%
    t = report(year_targets="确保到2025年单位耕地面积化肥使用量比2020年下降6%。")
    (g,) = one(t, "6%")
    assert (g.period, g.base_period) == ("2025", "2020")


def test_a_plan_end_still_to_come_in_a_review_is_a_target():
    t = report(review_year="到“十四五”末，沿海板块经济总量比2020年翻一番，中心城市建成区面积410平方公里以上。")
    (m,) = one(t, "翻一番")
    assert (m.period, m.base_period, m.status) == ("2025", "2020", "target")
    (v,) = one(t, "410平方公里")
    assert (v.period, v.status) == ("2025", "target")


def test_a_plan_end_as_a_base_or_a_start_is_not_the_figures_time():
    t = report(review_plan="市属企业国有权益总额提高到“十二五”期末的2.6倍。"
                           "全市地区生产总值由“十二五”末的6557亿元增加到9017亿元。")
    (m,) = one(t, "2.6倍")
    assert (m.period, m.status) == ("2020", "actual")
    assert one(t, "6557亿元")[0].period == "2015"
    assert one(t, "9017亿元")[0].period == "2020"


def test_the_plans_own_end_in_its_targets_is_the_plans_span():
    t = report(plan_targets="到“十四五”末，全市地区生产总值达到5000亿元，力争“十五五”期末达到8000亿元。")
    assert one(t, "5000亿元")[0].period == "2021-2025"
    assert one(t, "8000亿元")[0].period == "2030"


def test_a_year_to_come_set_in_a_review_is_a_target_for_it():
    # 河北省1998: 到2000年，全省销售收入超50亿元的大型企业集团达到30家左右…
    t = report(review_year="到2025年，全市销售收入超50亿元的企业达到30家左右，超100亿元的达到5家。"
                           "全市生产总值由2015年的1000亿元增加到2020年的2000亿元。到2030年已建成300公里。")
    assert [(f.period, f.status) for f in one(t, "30家")] == [("2025", "target")]
    assert [(f.period, f.status) for f in one(t, "5家")] == [("2025", "target")]
    assert one(t, "1000亿元")[0].period == "2015"
    assert one(t, "2000亿元")[0].period == "2020"
    # what is said to be done already is not a target
    assert one(t, "300公里")[0].status == "actual"


def test_a_year_to_come_set_in_the_coming_years_work():
    t = report(year_targets="到2025年，全市生产总值达到3700亿元，年均增长7%。新增城镇就业5万人。")
    assert (one(t, "3700亿元")[0].period, one(t, "3700亿元")[0].status) == ("2025", "target")
    (g,) = one(t, "7%")
    assert (g.period, g.base_period) == ("2021-2025", "2020")
    assert one(t, "5万人")[0].period == "2021"
