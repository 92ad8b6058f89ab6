"""A numbered item heading inside the review of the past year that states progress made
(二、改革开放深入推进) keeps the review's role: only a heading that says so opens the coming
year's part, not the coming year's text further on."""
from dagster_project.parsing.report import parse_report

TEXT = ("某某省政府工作报告\n——2011年1月20日在某某省第十一届人民代表大会第四次会议上\n\n各位代表：\n\n"
        "一、经济保持平稳较快发展\n\n全省生产总值增长15.1%，地方财政一般预算收入增长32.8%。\n\n"
        "二、改革开放深入推进\n\n国有企业改革取得新进展，进出口总额增长47.4%，实际利用外资增长42%。\n\n"
        "三、2011年工作安排\n\n2011年是“十二五”开局之年。全省生产总值增长12%。\n\n")


def _fact(number: str):
    off = TEXT.index(number)
    (f,) = [f for f in parse_report("x-2011", TEXT, year_hint=2011).facts if f.offset == off]
    return f


def test_a_progress_heading_in_the_review_keeps_the_reviews_role():
    f = _fact("47.4%")
    assert (f.section_role, f.period, f.base_period, f.status) == ("review_year", "2010", "2009", "actual")


def test_a_task_heading_after_it_still_opens_the_coming_years_part():
    f = _fact("12%")
    assert (f.period, f.status) == ("2011", "target")
