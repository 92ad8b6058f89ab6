"""A list ordinal is no plan's name (issue 14): （十五）提高保障和改善民生水平 (青岛 2019) and 十五、拓展青少年
校外教育资源 (济南 2018) head the fifteenth item of a list, not a review of “十五” (2001-2005)."""
from tests.parsing.helpers import one, report


def test_a_list_ordinal_heading_is_no_plan():
    t = report(year_targets="（十五）提高保障和改善民生水平\n\n实施振兴国医行动，建设40个精品国医馆。")
    (g,) = one(t, "40个")
    assert (g.period, g.status) == ("2021", "target")


def test_a_governments_term_number_is_no_plan():
    """市十五届人民政府工作回顾 (乌鲁木齐 2017, 福州 2022): the 15th term, not “十五” (2001-2005)."""
    head = "某某市2022年政府工作报告\n——2022年1月20日在某某市第十六届人民代表大会第一次会议上\n\n各位代表：\n\n"
    t = head + "一、2021年暨市十五届政府工作回顾\n\n五年来，累计新增就业67.86万人。\n\n各位代表！\n"
    (g,) = one(t, "67.86万人", "test-2022")
    assert g.period == "2017-2021"
