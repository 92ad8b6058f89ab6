"""The owner of a name, not lost nor cut: the noun before a from-figure owns the change
(由X调整为Y), a framing phrase is never a name, a measure's words before a figure of its
definition belong to it."""
from tests.parsing.helpers import one, report


def _name(sentence: str, number: str, section: str = "review_year") -> str:
    text = report(**{section: sentence})
    return one(text, number)[0].indicator


def test_a_verb_of_change_between_two_figures_is_no_name():
    s = "新型城镇化加快推进，城市建成区面积由619平方公里拓展到773平方公里，城镇化率达到82.3%。"
    assert _name(s, "619平方公里") == "城市建成区面积"
    assert _name(s, "773平方公里") == "城市建成区面积"


def test_a_noun_counted_before_a_known_verb_keeps_counting():
    s = "全面完成厦漳港口整合，厦门港由8个港区扩大到12个港区。"
    assert _name(s, "8个") == "港区"


def test_a_list_before_the_from_figure_stays_whole():
    s = "通信建设突飞猛进，固定、移动电话用户由682万户增加到3148万户。"
    assert _name(s, "682万户") == "固定移动电话用户"
