"""Periods that hold on unseen reports (issue 14): a review of the five years just over (a
heading that names them, or a paragraph that opens on them inside the past year's review) counts
its deeds over the five years; a plan named before 十五 (六五…九五) is known; a growth over a
named plan period is that plan's."""
from tests.parsing.helpers import one

TERM_2023 = ("某某省2023年政府工作报告\n——2023年1月13日在某某省第七届人民代表大会第一次会议上\n\n各位代表：\n\n"
             "一、2022年和本届政府工作回顾\n\n"
             "过去的一年极不平凡。全省地区生产总值增长4.5%，新增城镇就业12万人。\n\n"
             "各位代表！2022年是本届政府收官之年。过去五年，极为特殊、极富成效。\n\n"
             "这五年，基本公共服务全方位提升。新增城镇就业85万人，创建国家级示范基地4个，"
             "城镇居民人均可支配收入达到4.2万元，全省地区生产总值年均增长6.5%。\n\n"
             "二、2023年工作安排\n\n今年全省地区生产总值增长9%左右。\n")


def test_a_paragraph_opening_on_the_five_years_counts_its_deeds_over_them():
    (jobs,) = one(TERM_2023, "85万人", "test-2023")
    assert (jobs.period, jobs.status, jobs.section_role) == ("2018-2022", "actual", "review_plan")
    (bases,) = one(TERM_2023, "4个", "test-2023")
    assert bases.period == "2018-2022"
    (income,) = one(TERM_2023, "4.2万元", "test-2023")
    assert income.period == "2022"  # a level reached stays the last year's
    (g,) = one(TERM_2023, "6.5%", "test-2023")
    assert (g.period, g.base_period) == ("2018-2022", "2017")


def test_the_past_years_own_figures_before_the_five_years_stay_its_own():
    (g,) = one(TERM_2023, "4.5%", "test-2023")
    assert (g.period, g.base_period) == ("2022", "2021")
    (jobs,) = one(TERM_2023, "12万人", "test-2023")
    assert jobs.period == "2022"


TERM_2008 = ("某某省2008年政府工作报告\n——2008年1月20日在某某省第十一届人民代表大会第一次会议上\n\n各位代表：\n\n"
             "一、抢抓机遇，开拓奋进的五年\n\n"
             "省十届人大一次会议以来的五年，全省各族人民团结奋斗，经济社会发展取得显著成就。\n\n"
             "城市社区管理和服务机制逐步健全，创建3个国家园林城市。办理人大代表建议4054件。"
             "社会消费品零售总额4598亿元，进出口总值128亿美元，分别是2002年的4.4倍和4倍。\n\n"
             "二、2008年工作\n\n今年全省生产总值增长10%左右。\n")


def test_a_heading_naming_the_five_years_reviews_them():
    (cities,) = one(TERM_2008, "3个", "test-2008")
    assert (cities.period, cities.section_role) == ("2003-2007", "review_plan")
    (bills,) = one(TERM_2008, "4054件", "test-2008")
    assert bills.period == "2003-2007"


def test_levels_compared_as_a_list_with_one_year_are_the_last_years():
    (sales,) = one(TERM_2008, "4598亿元", "test-2008")
    assert sales.period == "2007"


REPORT_2001 = ("某某省2001年政府工作报告\n——2001年2月10日在某某省第九届人民代表大会第四次会议上\n\n各位代表：\n\n"
               "一、2000年工作回顾\n\n"
               "2000年，全省国内生产总值增长9%。\n\n"
               "二、三产业比重达到62%，比“八五”末提高4个百分点。\n\n"
               "“九五”期间，全省国内生产总值年均增长10.2%，财政收入年均增长12%，比“八五”时期增长1.3倍。\n\n"
               "二、2001年工作\n\n今年全省生产总值增长8%左右。\n")


def test_a_growth_over_a_named_plan_before_the_tenth_is_that_plans():
    (g,) = one(REPORT_2001, "10.2%", "test-2001")
    assert (g.kind, g.period, g.base_period) == ("avg_annual_growth", "1996-2000", "1995")
    (f,) = one(REPORT_2001, "12%", "test-2001")
    assert (f.period, f.base_period) == ("1996-2000", "1995")
    (y,) = one(REPORT_2001, "9%", "test-2001")
    assert (y.period, y.base_period) == ("2000", "1999")


def test_numerals_in_a_row_open_a_sentence_not_a_heading():
    # 二、三产业 is the secondary and tertiary industries, not part 二 naming “八五”
    (share,) = one(REPORT_2001, "62%", "test-2001")
    assert (share.period, share.section_role) == ("2000", "review_year")
    (pts,) = one(REPORT_2001, "4个百分点", "test-2001")
    assert (pts.period, pts.base_period) == ("2000", "1995")


AHEAD_2016 = ("某某市2016年政府工作报告\n——2016年1月20日在某某市第十五届人民代表大会第五次会议上\n\n各位代表：\n\n"
              "一、“十二五”工作回顾\n\n"
              "五年来，全市生产总值年均增长10%，新增城镇就业60万人。\n\n"
              "今后五年的主要奋斗目标是：港口吞吐量达到2亿吨，城镇化率超过75%，累计招商引资2万亿元。\n\n"
              "全市上下团结奋斗，建成保障性住房5万套。\n\n"
              "二、2016年主要工作\n\n今年全市生产总值增长8.5%左右。\n")


def test_goals_of_the_years_ahead_opening_a_paragraph_are_the_five_years_targets():
    (port,) = one(AHEAD_2016, "2亿吨", "test-2016")
    assert (port.period, port.status, port.section_role) == ("2016-2020", "target", "plan_targets")
    (total,) = one(AHEAD_2016, "2万亿元", "test-2016")
    assert (total.period, total.status) == ("2016-2020", "target")


def test_the_part_goes_on_after_the_paragraph_of_goals():
    (homes,) = one(AHEAD_2016, "5万套", "test-2016")
    assert (homes.status, homes.section_role) == ("actual", "review_plan")
    (g,) = one(AHEAD_2016, "8.5%", "test-2016")
    assert (g.period, g.status) == ("2016", "target")
