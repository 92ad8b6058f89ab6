"""今后五年 / 未来五年 / the new government's term, in a report that starts a term in a year that
does not start a national plan (a 2012, 2017 or 2022 city report): the five years from the
report's year, not the plan's (docs/facts.md: a figure over years counted from a start)."""
from dagster_project.parsing.report import parse_report


def _report(year: int, targets_heading: str, targets: str, year_part: str = "") -> str:
    return (f"某某市政府工作报告\n——{year}年1月10日在某某市第十五届人民代表大会第一次会议上\n\n各位代表：\n\n"
            f"一、过去五年工作回顾\n\n五年来，全市生产总值年均增长9%。\n\n"
            f"二、{targets_heading}\n\n{targets}\n\n"
            f"三、{year}年主要工作\n\n{year_part or '全市生产总值增长7%。'}\n\n")


def _fact(text: str, year: int, number: str):
    off = text.index(number)
    (f,) = [f for f in parse_report(f"x-{year}", text, year_hint=year).facts if f.offset == off]
    return f


def test_the_years_ahead_of_a_term_starting_between_plans():
    t = _report(2012, "今后五年的主要目标", "未来五年，全市生产总值年均增长10%，常住人口达到1200万人。")
    g = _fact(t, 2012, "10%")
    assert (g.period, g.base_period, g.status) == ("2012-2016", "2011", "target")
    assert _fact(t, 2012, "1200万人").period == "2012-2016"


def test_the_years_ahead_named_in_the_coming_years_work():
    t = _report(2017, "今后五年的主要目标", "全市生产总值年均增长8%。", "力争今后五年新增造林绿化60万亩，每年实施12万亩。")
    assert _fact(t, 2017, "60万亩").period == "2017-2021"


def test_a_plans_first_year_and_a_named_plan_keep_the_plans_span():
    t = _report(2011, "今后五年的主要目标", "未来五年，全市生产总值年均增长10%。")
    assert _fact(t, 2011, "10%").period == "2011-2015"
    t = _report(2012, "“十二五”时期的主要目标", "全市生产总值年均增长10%。")
    assert _fact(t, 2012, "10%").period == "2011-2015"
