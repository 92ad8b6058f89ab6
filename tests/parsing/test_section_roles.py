"""Periods that hold (issue 14): a fact's period and status follow the role of the section it
is in, so an unusual heading must not give a whole section the wrong role. A review's numbered
item (六、有效推动环保节约, …取得新成效) is not the coming year's part, and a part about the
years ahead named by how it is thought out (二、今后五年工作的总体考虑, 二、对下届政府工作的建议)
is the next plan's. Sentences from dev reports (东莞 2008, 四川 2004, 江西 2018, 太原 2007,
甘肃 1994, 新疆 2004)."""
from dagster_project.parsing.report import parse_report


def report(year: int, *parts: str) -> str:
    head = f"某某市{year}年政府工作报告\n——{year}年1月15日在某某市人民代表大会上\n\n各位代表：\n\n"
    return head + "".join(p + "\n\n" for p in parts) + "各位代表！让我们团结奋斗！\n"


def fact(text: str, number_text: str):
    off = text.index(number_text)
    (f,) = [f for f in parse_report("test", text).facts if f.offset == off]
    return f


def test_the_last_item_of_a_review_list_stays_in_the_review():
    # 东莞 2008: the review lists 一、…六、 under an unnumbered heading; the coming year's part
    # follows soon after the last item, which must not open it
    t = report(2008, "2007年工作回顾",
               "过去一年，全市生产总值增长18%。",
               "一、经济保持平稳较快增长。规模以上工业增加值增长20%。",
               "二、产业结构继续优化。新增高新技术企业40家。",
               "三、城市建设加快推进。建成道路50公里。",
               "六、有效推动环保节约。坚持把环保节约作为持续发展的重要途径，大力实施五大工程。"
               "加强对重点污染企业的排放监控，关闭“四纯两小”企业56家。",
               "2008年工作安排",
               "2008年是我市双转型战略逐步转向深入的一年。今年全市生产总值增长11%左右。")
    closed = fact(t, "56家")
    assert (closed.section_role, closed.period, closed.status) == ("review_year", "2007", "actual")
    gdp = fact(t, "11%")
    assert (gdp.section_role, gdp.period, gdp.status) == ("year_targets", "2008", "target")


def test_a_numbered_heading_that_says_what_was_achieved_is_the_reviews():
    # 四川 2004: 二、 follows 一、…回顾 as a part would, but its words say what was done
    t = report(2004, "一、2003年工作回顾",
               "过去一年，全省生产总值增长11.8%。",
               "二、“三个转变”深入推进，改革开放取得新成效",
               "“三个转变”成效明显。清理整顿土地市场和各类开发区，撤并开发区114个。",
               "三、2004年工作安排",
               "2004年是全面贯彻落实党的十六届三中全会精神的重要一年。今年全省生产总值增长9%。")
    zones = fact(t, "114个")
    assert (zones.section_role, zones.period, zones.status) == ("review_year", "2003", "actual")
    gdp = fact(t, "9%")
    assert (gdp.section_role, gdp.period, gdp.status) == ("year_targets", "2004", "target")


def test_a_heading_that_asks_for_the_outcome_still_opens_the_years_part():
    # 山东 2018: 三、…推动高质量发展取得显著进展 is a task; its own text turns to the year
    t = report(2018, "一、2017年工作回顾",
               "过去一年，全省生产总值增长7.4%。",
               "二、今后五年的奋斗目标",
               "今后五年，全省生产总值年均增长7%左右。",
               "三、深入实施新旧动能转换重大工程，推动高质量发展取得显著进展",
               "2018年是贯彻党的十九大精神的开局之年。新增高新技术企业1000家。")
    firms = fact(t, "1000家")
    assert (firms.section_role, firms.period, firms.status) == ("year_targets", "2018", "target")


def test_the_next_five_years_named_by_how_they_are_thought_out():
    # 江西 2018 (换届): 二、今后五年工作的总体考虑 is the next plan's part, not the coming year's
    t = report(2018, "一、2017年及本届政府工作回顾",
               "五年来，全省生产总值年均增长8.9%。",
               "二、今后五年工作的总体考虑",
               "今后五年，全省生产总值年均增长7.5%左右。",
               "三、2018年工作安排",
               "2018年全省生产总值增长8.5%左右。")
    plan = fact(t, "7.5%")
    assert (plan.section_role, plan.kind, plan.status) == ("plan_targets", "avg_annual_growth", "target")
    assert plan.period != "2018" and "-" in plan.period
    year = fact(t, "8.5%")
    assert (year.section_role, year.period, year.status) == ("year_targets", "2018", "target")


def test_the_next_government_and_its_first_year():
    # 太原 2007: 二、对下届政府工作的建议 holds the term's goals, then the year's work
    t = report(2007, "一、本届政府工作回顾",
               "五年来，全市生产总值年均增长13%。",
               "二、对下届政府工作的建议",
               "未来五年，新一届政府肩负着建设创新型城市的历史重任。",
               "按照这一指导思想，新一届政府要全力实现以下奋斗目标：万元地区生产总值能耗年均下降6.4%。",
               "各位代表，2007年是完成新一届政府战略任务的首战之年。",
               "新建12所农村县级敬老院。")
    energy = fact(t, "6.4%")
    assert (energy.section_role, energy.status) == ("plan_targets", "target")
    assert "-" in energy.period
    homes = fact(t, "12所")
    assert (homes.section_role, homes.period, homes.status) == ("year_targets", "2007", "target")


def test_a_heading_that_names_its_year_in_numerals():
    # 甘肃 1994: 一九九四年的主要任务 opens the year's part as 1994年的主要任务 would
    t = report(1994, "一九九三年的工作",
               "一、国民经济持续较快健康发展",
               "全省国内生产总值完成349亿元，比上年增长10.7%。",
               "二、改革开放迈出了新步子",
               "按照建立社会主义市场经济体制的要求，组建企业集团12个。",
               "一九九四年的主要任务",
               "一、确保农村经济稳定增长",
               "粮食总产量达到75亿公斤。")
    groups = fact(t, "12个")
    assert (groups.section_role, groups.period, groups.status) == ("review_year", "1993", "actual")
    grain = fact(t, "75亿公斤")
    assert (grain.section_role, grain.period, grain.status) == ("year_targets", "1994", "target")


def test_the_years_targets_while_the_review_still_runs():
    # 新疆 2004: the year's heading ran into the review's last paragraph; its targets say whose they are
    t = report(2004, "一、经济发展步伐加快，综合实力不断增强",
               "预计2003年全区国内生产总值1850亿元，比上年增长10.8%。",
               "按照上述总体要求，2004年我区宏观调控的主要预期目标是：国内生产总值2015亿元，增长9%。")
    done = fact(t, "1850亿元")
    assert (done.period, done.status) == ("2003", "expected")
    gdp = fact(t, "2015亿元")
    assert (gdp.section_role, gdp.period, gdp.status) == ("year_targets", "2004", "target")
