"""In a plan's own targets, a level set for a year other than the plan's last (到2018年, 到本世纪末)
holds in that year (HORIZON_IN_PLAN, issue 14); the plan's last year, flows and averages stay the
plan's span (docs/facts.md). Sentences are from dev reports (兰州 2017, 广州 1996, 广州 2017), moved
to the test report's plan (十四五, 2021-2025)."""
from tests.parsing.helpers import one, report


def test_a_level_set_for_a_year_inside_or_after_the_plan_holds_in_that_year():
    t = report(plan_targets="——到2023年，基本实现全面小康社会目标，全市生产总值达到2600亿元以上，"
                            "城乡居民人均可支配收入分别达到36000元和13000元以上。"
                            "到2035年，国内生产总值达到6850亿元，人均国内生产总值达到18万元左右（当年价）。")
    for x, p in (("2600亿元", "2023"), ("36000元", "2023"), ("13000元", "2023"),
                 ("6850亿元", "2035"), ("18万元", "2035")):
        (g,) = one(t, x)
        assert (g.period, g.status) == (p, "target"), x


def test_the_plans_last_year_flows_and_averages_stay_the_plans_span():
    t = report(plan_targets="到2025年，服务业增加值占地区生产总值比重70％。"
                            "到2030年，累计新增城镇就业30万人，森林覆盖率年均提高1%，城镇化率达到75%。")
    assert one(t, "70％")[0].period == "2021-2025"
    assert one(t, "30万人")[0].period == "2021-2025"
    assert one(t, "1%")[0].period == "2021-2025"
    assert one(t, "75%")[0].period == "2030"
