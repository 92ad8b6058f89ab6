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


def test_an_owner_inside_the_sentence_ends_at_the_semicolon():
    # lawtext dev: 政府工作报告-省自治区/江西省/2007.md
    s = ("大力推进工业园区建设和支柱产业发展，工业园区完成工业增加值766亿元，增长36%，纳税亿元以上的工业园区达到35家；"
         "六大支柱产业完成增加值703.5亿元，增长27.9%。")
    assert _name(s, "766亿元") == "工业园区工业增加值"  # 完成 frames the measure (without_inner_framing)
    assert _name(s, "703.5亿元") == "六大支柱产业增加值"


def test_an_owner_opening_the_sentence_runs_on_past_the_semicolon():
    s = "2014年，兵团生产总值增长16%；固定资产投资增长16%。"
    assert _name(s, "16%。") == "兵团固定资产投资"


def test_a_price_basis_is_never_a_name():
    # lawtext dev: 政府工作报告-主要城市/福州市/2009.md, 南京市/2020.md, 河南省/2012.md
    s = "城镇居民人均可支配收入达19000元，比增14.2%，扣除价格因素实际增长9.3%；农民人均纯收入达7156元，比增13.8%，扣除价格因素实际增长8.9%。"
    assert _name(s, "9.3%") == "城镇居民人均可支配收入"
    assert _name(s, "8.9%") == "农民人均纯收入"
    s = "预计全年完成地区生产总值14050亿元、可比价增长8%，增幅连续11个季度保持8%及以上。"
    assert _name(s, "8%") == "地区生产总值"
    s = "城镇居民人均可支配收入、农民人均纯收入分别达到18000元、6500元，扣除价格因素实际增长8%和11%左右。"
    assert _name(s, "11%") == "农民人均纯收入"


def test_the_year_of_constant_prices_is_no_quantity():
    # lawtext dev: 政府工作报告-主要城市/深圳市/2001.md
    text = report(review_year="工业总产值（90年不变价）达2575.6亿元，增长22.8％。")
    assert one(text, "90年") == []
    assert one(text, "2575.6亿元")[0].indicator == "工业总产值"


def test_places_counted_before_their_pilot_are_the_pilots_places():
    # lawtext dev: 政府工作报告-省自治区/西藏自治区/2019.md
    assert _name("深入推进涉农改革，加快农村集体产权制度改革工作，推动7个县草原确权试点。", "7个") == "草原确权试点县"


def test_a_place_word_of_a_longer_noun_is_no_counted_place():
    assert _name("继续推进计划单列市和省直管县试点，启动4个镇级市试点。", "4个") == "启动镇级市试点"  # (启动 defines the count: LEX count_deeds)


def test_a_figure_defining_a_rate_belongs_to_the_rates_name():
    # lawtext dev: 政府工作报告-主要城市/南宁市/2018.md, 昆明市/2013.md, 北京市/2020.md
    text = report(review_year="积极创建公交都市，地铁、快速公交日均客运量分别达26.6万、13.5万人次，市区内公交500米覆盖率达99.5%。")
    assert one(text, "500米") == []
    assert one(text, "99.5%")[0].indicator == "市区内公交500米覆盖率"
    assert _name("学前教育3年毛入园率提高到94.5%，义务教育巩固率保持在99%以上。", "94.5%") == "学前教育3年毛入园率"
    assert _name("建成城市休闲公园24处，建成区公园绿地500米服务半径覆盖率达到83%。", "83%") == "建成区公园绿地500米服务半径覆盖率"


def test_a_year_before_a_rate_stays_a_year():
    assert _name("到2020年森林覆盖率达到40%。", "40%", "plan_targets") == "森林覆盖率"


def test_people_named_by_their_deed_are_the_people_named_before():
    # lawtext dev: 政府工作报告-主要城市/太原市/2005.md
    assert _name("对4.5万农村劳动力实施职业技能培训，转移就业4.3万人。", "4.3万人") == "农村劳动力转移就业"


def test_no_owner_for_a_deed_alone():
    assert _name("全年实现转移就业2万多人。", "2万多人") == "转移就业"


def test_short_items_before_a_list_share_its_rest():
    # lawtext dev: 政府工作报告-主要城市/宁波市/2001.md, 河南省/2005.md
    assert _name("国有、城镇集体企业的转制面达到90%以上。", "90%") == "国有城镇集体企业的转制面"
    assert _name("去年用于科技、教育、文化、卫生、体育事业的财政支出201.7亿元，增长15.7%。", "201.7亿元") \
        == "用于科技教育文化卫生体育事业的财政支出"


def test_a_list_spread_by_fenbie_is_not_joined():
    s = "城镇职工、城镇居民基本医疗保险参保率分别达到95%和92%。"
    assert _name(s, "95%") != "城镇职工城镇居民基本医疗保险参保率"


def test_a_fenbie_list_without_subjects_takes_the_figures_before():
    # lawtext dev: 政府工作报告-省自治区/广东省/2007.md
    s = "金融机构本外币存款余额43262亿元、贷款余额25935亿元，分别比上年末增长13.5%和12.8%。"
    assert _name(s, "13.5%") == "金融机构本外币存款余额"
    assert _name(s, "12.8%") == "贷款余额"


def test_a_fenbie_comparison_with_places_is_not_spread_over_earlier_figures():
    s = "固定资产投资增长0.1％；规模以上工业增加值增长3.8％，分别高出全国、全省1和2个百分点。"
    assert _name(s, "1和") != "固定资产投资"


def test_a_bare_total_is_of_the_things_counted_before():
    # lawtext dev: 政府工作报告-省自治区/广东省/2011.md
    assert _name("国家级高新区新增3个，总数达9个，居全国第一。", "9个") == "国家级高新区总数"
