"""Periods that hold (issue 14, part 5a): a paragraph of the coming year's targets
(今年/2026年…主要预期目标) is that year's, even under a heading that names the next plan."""
from tests.parsing.helpers import one

HEAD_2026 = "某某市2026年政府工作报告\n——2026年1月15日在某某市第十届人民代表大会第五次会议上\n\n各位代表：\n\n"
END = "各位代表！让我们团结奋斗！\n"


def report_2026(*parts: str) -> str:
    return HEAD_2026 + "".join(p + "\n\n" for p in parts) + END


# 今年…主要预期目标 under a heading that names the next plan


def test_year_targets_after_the_plan_under_a_combined_heading():
    t = report_2026("一、“十四五”时期工作回顾", "五年来，全市生产总值年均增长5.8%。",
                    "二、“十五五”时期主要目标和2026年重点工作",
                    "今后五年，全市生产总值年均增长5%左右，森林覆盖率达到46%。",
                    "今年经济社会发展的主要预期目标是：全市生产总值增长5.5%左右，城镇新增就业7万人以上。",
                    "做好今年工作，要突出抓好以下几个方面。新建保障性住房3000套。")
    (plan,) = one(t, "5%左右")
    assert (plan.kind, plan.period, plan.base_period, plan.status) == ("avg_annual_growth", "2026-2030", "2025", "target")
    (forest,) = one(t, "46%")
    assert (forest.period, forest.status) == ("2026-2030", "target")
    (gdp,) = one(t, "5.5%")
    assert (gdp.kind, gdp.period, gdp.base_period, gdp.status, gdp.qualifier) == ("growth", "2026", "2025", "target", "about")
    (jobs,) = one(t, "7万人")
    assert (jobs.period, jobs.status) == ("2026", "target")
    # the year's work that follows its targets stays the year's
    (homes,) = one(t, "3000套")
    assert (homes.period, homes.status) == ("2026", "target")


def test_year_targets_named_by_their_year_under_a_next_five_years_heading():
    t = report_2026("一、2025年工作回顾", "过去一年，全市生产总值增长5.2%。",
                    "二、今后五年和2026年工作",
                    "今后五年，全市生产总值年均增长5%左右。",
                    "2026年经济社会发展主要预期目标是：全市生产总值增长5.3%，一般公共预算收入增长3.2%。")
    (plan,) = one(t, "5%左右")
    assert (plan.period, plan.status) == ("2026-2030", "target")
    (gdp,) = one(t, "5.3%")
    assert (gdp.period, gdp.base_period, gdp.status) == ("2026", "2025", "target")
    (rev,) = one(t, "3.2%")
    assert (rev.period, rev.status) == ("2026", "target")


def test_year_targets_under_a_heading_that_names_only_the_plan():
    t = report_2026("一、“十四五”时期工作回顾", "五年来，全市生产总值年均增长5.8%。",
                    "二、“十五五”时期主要目标任务",
                    "今后五年，全市生产总值年均增长5%左右。",
                    "今年经济社会发展的主要预期目标是：全市生产总值增长5.4%左右。")
    (plan,) = one(t, "5%左右")
    assert plan.period == "2026-2030"
    (gdp,) = one(t, "5.4%")
    assert (gdp.period, gdp.status) == ("2026", "target")


def test_year_targets_that_run_on_in_the_plans_paragraph():
    t = report_2026("一、“十四五”时期工作回顾", "五年来，全市生产总值年均增长5.8%。",
                    "二、“十五五”时期主要目标和2026年重点工作",
                    "今后五年，全市生产总值年均增长5%左右，居民收入增长和经济增长同步，生态环境持续改善，"
                    "人民群众获得感幸福感安全感不断增强。今年经济社会发展的主要预期目标是：全市生产总值增长5.5%左右。")
    (plan,) = one(t, "5%左右")
    assert plan.period == "2026-2030"
    (gdp,) = one(t, "5.5%")
    assert (gdp.period, gdp.status) == ("2026", "target")


def test_a_plan_paragraph_that_mentions_this_year_stays_the_plans():
    t = report_2026("一、“十四五”时期工作回顾", "五年来，全市生产总值年均增长5.8%。",
                    "二、“十五五”时期主要目标和2026年重点工作",
                    "今年是“十五五”开局之年。今后五年，全市生产总值年均增长5%左右。")
    (plan,) = one(t, "5%左右")
    assert (plan.period, plan.status) == ("2026-2030", "target")
