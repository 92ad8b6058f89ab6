"""Periods that hold (issue 14, part 5b): 分别…以内/以上/左右 gives every figure of
the list the qualifier the list ends with."""
from tests.parsing.helpers import one, report

# 分别…以内/以上/左右: the qualifier the list ends with is every figure's


def test_a_list_closing_with_yinei_is_at_most_for_every_figure():
    t = report(year_targets="城镇调查失业率、登记失业率分别控制在5.5%和4%以内。")
    (a,) = one(t, "5.5%")
    (b,) = one(t, "4%")
    assert (a.qualifier, b.qualifier) == ("less_than", "less_than")


def test_a_list_closing_with_yishang_or_zuoyou_gives_each_figure_the_qualifier():
    t = report(year_targets="一、二、三产业增加值分别增长3%、6%和7%以上。城镇和农村居民收入分别增长6%、8%左右。")
    assert [one(t, x)[0].qualifier for x in ("3%", "6%", "7%")] == ["more_than"] * 3
    assert [one(t, x)[0].qualifier for x in ("6%、8%", "8%")] == ["about"] * 2


def test_a_list_whose_figures_have_their_own_qualifiers_keeps_them():
    t = report(year_targets="一、二、三产业增加值分别增长3.5%以上、7%、4%以上。")
    assert [one(t, x)[0].qualifier for x in ("3.5%", "7%", "4%")] == ["more_than", "exact", "more_than"]
