"""A list ordinal is no plan's name (issue 14): （十五）提高保障和改善民生水平 (青岛 2019) and 十五、拓展青少年
校外教育资源 (济南 2018) head the fifteenth item of a list, not a review of “十五” (2001-2005)."""
from tests.parsing.helpers import one, report


def test_a_list_ordinal_heading_is_no_plan():
    t = report(year_targets="（十五）提高保障和改善民生水平\n\n实施振兴国医行动，建设40个精品国医馆。")
    (g,) = one(t, "40个")
    assert (g.period, g.status) == ("2021", "target")
