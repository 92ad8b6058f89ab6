"""A note that a figure is an estimate (（预计数）) makes it expected, and （预计数，下同） makes the
statistical figures after it in its paragraph expected too (ESTIMATES_NOTED, issue 14); not counts the
year's records give, nor a past start. Sentences are from dev reports (苏州 2017, 泉州 2009, 泉州 2007)."""
from tests.parsing.helpers import facts, report


def _status(text: str) -> dict[str, str]:
    return {f.text: f.status for f in facts(report(review_year=text))}


def test_an_estimate_note_and_what_follows_it_are_expected():
    s = _status("全市完成地区生产总值1.54万亿元（预计数，下同），增长7.5%以上；一般公共预算收入1730亿元，增长10.3%。"
                "全市生产总值2700亿元，增长14%。新增省级信息化示范试点企业114家。"
                "规模以上工业产值占全市工业总产值的比重从2000年的32.2%上升到77.5%。")
    for x in ("1.54万亿元", "7.5%", "1730亿元", "2700亿元", "14%", "77.5%"):
        assert s[x] == "expected", x
    assert s["114家"] == "actual"
    assert s["32.2%"] == "actual"


def test_without_a_note_the_years_figures_are_actual():
    s = _status("全市完成地区生产总值1.54万亿元，增长7.5%以上。")
    assert set(s.values()) == {"actual"}
