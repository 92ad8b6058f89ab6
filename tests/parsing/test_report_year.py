"""The year a report is about (the year whose work it sets; the review is of the year
before), whatever its delivery date's year or the year its file is filed under says."""
from dagster_project.parsing.report import parse_report
from tests.parsing.helpers import one

DECEMBER = ("长春市政府工作报告\n——2013年12月18日在长春市第十四届人民代表大会第三次会议上\n\n各位代表：\n\n"
            "一、2013年工作回顾\n\n今年是极不寻常的一年。全市地区生产总值增长8.3%，城镇新增就业12万人。\n\n"
            "二、2014年工作安排\n\n明年全市经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n\n"
            "各位代表！让我们团结奋斗！\n")


def test_a_december_delivery_is_the_next_years_report():
    parsed = parse_report("changchun-2014", DECEMBER, year_hint=2014)
    assert parsed.meta.year == 2014
    (g,) = [f for f in parsed.facts if f.text == "8.3%"]
    assert (g.period, g.base_period, g.status) == ("2013", "2012", "actual")
    (t,) = [f for f in parsed.facts if f.text == "8%"]
    assert (t.period, t.status) == ("2014", "target")


def test_a_december_delivery_without_a_filed_year():
    assert parse_report("x", DECEMBER).meta.year == 2014


def test_a_delivery_date_in_chinese_numerals_before_the_speech():
    text = ("厦门市政府工作报告\n——二〇二一年一月十八日在厦门市第十五届人民代表大会第六次会议上\n\n各位代表：\n\n"
            "一、2020年工作回顾\n\n疫情得到控制，自2020年2月16日后至今再无新增。地区生产总值增长5.7%。\n\n")
    parsed = parse_report("xiamen-2021", text, year_hint=2021)
    assert (parsed.meta.year, str(parsed.meta.delivered_on)) == (2021, "2021-01-18")
    (g,) = one(text, "5.7%")
    assert g.period == "2020"


def test_a_file_named_after_the_year_it_reviews():
    # 四川省/2003.md: 一、2003年工作回顾 — the report sets 2004's work
    text = ("各位代表：\n\n一、2003年工作回顾\n\n全省生产总值增长11.8%。\n\n"
            "二、2004年工作安排\n\n全省生产总值增长9%。\n\n")
    parsed = parse_report("sichuan-2003", text, year_hint=2003)
    assert parsed.meta.year == 2004
    (g,) = one(text, "11.8%")
    assert (g.period, g.status) == ("2003", "actual")


def test_a_delivery_date_years_off_the_filed_year_is_a_misprint():
    text = ("江苏省2003年政府工作报告\n（2010年2月20日 梁保华）\n\n各位代表：\n\n一、过去五年工作回顾\n\n"
            "1998年到2002年，是承前启后的重要时期。国内生产总值比上年增长11.6%。\n\n")
    assert parse_report("jiangsu-2003", text, year_hint=2003).meta.year == 2003


def test_a_review_heading_spanning_years_does_not_name_the_report_year():
    text = ("各位代表：\n\n一、2003年以来工作回顾\n\n全市生产总值年均增长13%。\n\n")
    assert parse_report("harbin-2007", text, year_hint=2007).meta.year == 2007


def test_a_file_named_after_the_plan_it_closes():
    # 四川省/2005.md: 一、“十五”工作回顾 … 三、2006年工作 — the report sets 2006's work
    text = ("各位代表：\n\n一、“十五”工作回顾\n\n五年来，全省生产总值年均增长10.6%。\n\n"
            "二、“十一五”目标要求\n\n全省生产总值年均增长9%。\n\n三、2006年工作\n\n全省生产总值增长9%以上。\n\n")
    parsed = parse_report("sichuan-2005", text, year_hint=2005)
    assert parsed.meta.year == 2006
    (t,) = [f for f in parsed.facts if f.offset == text.index("9%以上")]
    assert (t.period, t.status) == ("2006", "target")
    # a plan still running is not one that closes
    text = "各位代表：\n\n一、“十一五”前三年工作回顾\n\n全省生产总值年均增长12%。\n\n"
    assert parse_report("x-2009", text, year_hint=2009).meta.year == 2009
