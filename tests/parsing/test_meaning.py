"""Meaning: growth and its sign, average growth, multiples, shares, bases,
expected vs target, 各/均 and 分别 lists."""
from tests.parsing.helpers import facts, one, report


def test_growth_and_decline():
    t = report(review_year="全年规模以上工业增加值增长7.2%，单位产值能耗下降4.1%，居民消费价格上涨2.3%。")
    (a,) = one(t, "7.2%")
    assert (a.kind, a.value, a.period, a.base_period, a.indicator) == ("growth", 7.2, "2020", "2019", "规模以上工业增加值")
    (b,) = one(t, "4.1%")
    assert (b.kind, b.value) == ("growth", -4.1)
    (c,) = one(t, "2.3%")
    assert c.value == 2.3 and c.indicator == "居民消费价格"


def test_level_percent_not_growth():
    t = report(review_year="常住人口城镇化率提高到62.5%。")
    (f,) = one(t, "62.5%")
    assert (f.kind, f.value, f.indicator) == ("percent", 62.5, "常住人口城镇化率")


def test_avg_annual_growth_in_plan_review():
    t = report(review_plan="五年来，全市一般公共预算收入年均增长6.8%。")
    (f,) = one(t, "6.8%")
    assert (f.kind, f.period, f.base_period) == ("avg_annual_growth", "2016-2020", "2015")


def test_growth_in_times_is_percent_growth():
    t = report(review_plan="累计接待游客1.2亿人次，较“十二五”时期增长1.3倍。")
    (f,) = one(t, "1.3倍")
    assert (f.kind, f.value, f.unit, f.period, f.base_period) == ("growth", 130, "倍", "2016-2020", "2011-2015")
    assert f.indicator == "接待游客"


def test_multiple_of_base():
    t = report(review_plan="全市金融机构存款余额达到5000亿元，是“十二五”末的1.8倍。")
    (f,) = one(t, "1.8倍")
    assert (f.kind, f.value, f.period, f.base_period) == ("multiple", 1.8, "2020", "2015")


def test_share():
    t = report(review_year="全年教育支出45亿元，占一般公共预算支出的18%。")
    (f,) = one(t, "18%")
    assert f.kind == "percent" and f.value == 18
    assert f.indicator.startswith("教育支出占一般公共预算支出")


def test_percentage_points():
    t = report(year_targets="研发经费投入强度提高0.3个百分点。")
    (f,) = one(t, "0.3个百分点")
    assert (f.kind, f.value, f.period, f.base_period, f.status) == ("percentage_points", 0.3, "2021", "2020", "target")


def test_from_to_values_in_plan_review():
    t = report(review_plan="地区生产总值由2015年的800亿元增加到2020年的1200亿元，增长50%。")
    (a,) = one(t, "800亿元")
    (b,) = one(t, "1200亿元")
    (c,) = one(t, "50%")
    assert (a.period, b.period) == ("2015", "2020")
    assert a.indicator == b.indicator == c.indicator == "地区生产总值"
    assert (c.kind, c.period, c.base_period) == ("growth", "2020", "2015")


def test_expected_vs_target():
    t = report(review_year="预计全年地区生产总值增长3.5%；工业增加值增长5%。", year_targets="地区生产总值预期增长7%左右。")
    (a,) = one(t, "3.5%")
    off = t.index("增长5%") + 2
    (b,) = [f for f in facts(t) if f.offset == off]
    assert a.status == b.status == "expected"
    (c,) = one(t, "7%")
    assert (c.status, c.period, c.qualifier) == ("target", "2021", "about")


def test_ge_one_number_several_indicators():
    t = report(review_year="化学需氧量、氨氮排放量各削减3.5万吨。")
    fs = one(t, "3.5万吨")
    assert {f.indicator for f in fs} == {"化学需氧量", "氨氮排放量"}
    assert all(f.list_size == 2 and f.list_id for f in fs)


def test_fenbie_list_distributes_subjects():
    t = report(review_year="城乡居民人均可支配收入分别达到38000元、16000元，分别增长6.1%、8.2%。")
    (a,) = one(t, "38000元")
    (b,) = one(t, "16000元")
    assert a.indicator == "城镇居民人均可支配收入"
    assert b.indicator == "农村居民人均可支配收入"
    (c,) = one(t, "8.2%")
    assert c.indicator == "农村居民人均可支配收入" and c.kind == "growth"


def test_fenbie_shared_head():
    t = report(review_year="养老、医疗保险参保率分别达到95%、97%。")
    (a,) = one(t, "95%")
    (b,) = one(t, "97%")
    assert a.indicator == "养老保险参保率" and b.indicator == "医疗保险参保率"


def test_base_explicit_year():
    t = report(review_plan="森林覆盖率达到30%，比2015年提高12%。")
    (f,) = one(t, "12%")
    assert (f.kind, f.base_period, f.period) == ("growth", "2015", "2020")


def test_investment_named_by_its_project():
    t = report(review_year="投资2.5亿元的城东污水处理厂建成投用。新区路网建设取得积极进展。全年完成投资8亿元。")
    (a,) = one(t, "2.5亿元")
    assert a.indicator == "城东污水处理厂投资"
    (b,) = one(t, "8亿元")
    assert b.indicator == "新区路网投资"


def test_devote_share_and_following_spend():
    t = report(review_plan="坚持把财政支出的75%以上用于民生领域，累计支出900亿元。")
    (a,) = one(t, "75%")
    assert (a.kind, a.qualifier, a.indicator, a.period) == ("percent", "more_than", "民生支出占财政支出比重", "2016-2020")
    (b,) = one(t, "900亿元")
    assert b.indicator == "民生领域支出"


def test_example_list_then_category():
    t = report(year_targets="完成人民路、解放路等12条主干道改造，建设城南公园等3个公园。")
    (a,) = one(t, "12条")
    assert a.indicator.startswith("主干道")
    (b,) = one(t, "3个")
    assert b.indicator == "建设公园"  # the category, led by the deed before the examples


def test_number_before_noun_takes_the_noun():
    t = report(review_year="全年为2.3万名困难群众发放救助金，新建8个社区食堂。")
    (a,) = one(t, "2.3万名")
    assert a.indicator == "困难群众"
    (b,) = one(t, "8个")
    assert b.indicator == "新建社区食堂"


def test_fenbie_shared_generic_head():
    t = report(review_year="家电、汽车零售额分别增长12%、20%。")
    (a,) = one(t, "12%")
    assert a.indicator == "家电零售额"
    (b,) = one(t, "20%")
    assert b.indicator == "汽车零售额"


def test_shared_rate_and_shared_unit():
    t = report(review_year="人大代表建议、政协提案办结率均为100%。小微企业、涉农贷款增速比各项贷款平均增速分别高3.5和1.2个百分点。")
    assert {f.indicator for f in one(t, "100%")} == {"人大代表建议办结率", "政协提案办结率"}
    (a,) = one(t, "3.5")
    assert (a.kind, a.value, a.unit) == ("percentage_points", 3.5, "个百分点")


def test_achieved_figure_inside_the_coming_year_part():
    t = report(year_targets="去年全市新增就业5万人，今年力争新增就业6万人以上。")
    (a,) = one(t, "5万人")
    assert (a.status, a.period) == ("actual", "2020")
    (b,) = one(t, "6万人")
    assert (b.status, b.period, b.qualifier) == ("target", "2021", "more_than")


def test_investment_named_by_what_it_built():
    t = report(review_year="投资1200万元完成了20栋老旧楼房维修改造。投资300万元建成5座公厕。")
    (a,) = one(t, "1200万元")
    assert a.indicator == "老旧楼房维修改造投资"
    (b,) = one(t, "300万元")
    assert b.indicator == "公厕投资"


def test_jun_one_number_several_indicators():
    t = report(year_targets="城镇和农村居民人均可支配收入均增长7%左右。")
    fs = one(t, "7%")
    assert {f.indicator for f in fs} == {"城镇居民人均可支配收入", "农村居民人均可支配收入"}
    assert all((f.kind, f.qualifier, f.status, f.base_period) == ("growth", "about", "target", "2020") for f in fs)


def test_counted_noun_named_by_its_deed():
    t = report(review_year="全年有30个村成立集体经济合作社，8家企业完成搬迁改造。")
    (a,) = one(t, "30个")
    assert a.indicator == "成立集体经济合作社村"
    (b,) = one(t, "8家")
    assert b.indicator == "完成搬迁改造企业"


def test_completion_rate_of_each_subject_a_fenbie_distributes_over():
    t = report(review_year="新增就业5000人，失业人员再就业1200人，分别完成目标任务的110%。")
    assert sorted(f.indicator for f in one(t, "110%")) == ["失业人员再就业目标任务完成率", "新增就业目标任务完成率"]
    t = report(review_year="植树、种草分别完成年度目标任务的120%、130%。")
    assert [f.indicator for f in one(t, "120%")] == ["植树年度目标任务完成率"]
    assert [f.indicator for f in one(t, "130%")] == ["种草年度目标任务完成率"]


def test_growth_of_the_economy_keeps_the_growth_word():
    t = report(year_targets="全市经济增长预期目标为6%左右。")
    (f,) = one(t, "6%")
    assert (f.indicator, f.kind, f.status) == ("经济增长", "growth", "target")
    # a measurable subject keeps its plain name
    t = report(review_year="全市出口增长3%。")
    assert one(t, "3%")[0].indicator == "出口"


def test_counted_things_are_not_their_attributes():
    t = report(year_targets="提升20个特色小镇服务水平，改善8个重点片区周边环境面貌。")
    assert one(t, "20个")[0].indicator == "特色小镇"
    assert one(t, "8个")[0].indicator == "重点片区"


def test_a_counted_group_that_wins_an_award_is_named_without_the_award_list():
    t = report(review_year="6个集体和9名个人荣获全省劳动模范集体和劳动模范个人。")
    assert [f.indicator for f in one(t, "9名")] == ["荣获全省劳动模范个人"]
    t = report(review_year="5名教师荣获省级优秀教师。")
    assert [f.indicator for f in one(t, "5名")] == ["荣获省级优秀教师"]


def test_a_gap_to_another_place_belongs_to_the_figure_before():
    t = report(review_year="规上工业增加值增长8.3%，高于全国2.5个百分点；城镇调查失业率4.5%、低于全省0.6个百分点。"
                           "社会消费品零售总额增长6%。")
    (g,) = one(t, "2.5个百分点")
    assert (g.indicator, g.kind, g.value) == ("规上工业增加值增速高于全国", "percentage_points", 2.5)
    assert (g.period, g.base_period) == ("2020", "2020")  # the same year, in another place
    (d,) = one(t, "0.6个百分点")
    assert (d.indicator, d.value) == ("城镇调查失业率低于全省", -0.6)
    assert one(t, "6%")[0].indicator == "社会消费品零售总额"
    # or against the year's target (目标, 指标), the same year too
    t = report(review_year="新增就业69.1万人，城镇登记失业率为4.42%，低于控制指标1.08个百分点。"
                           "城镇登记失业率3.38%，低于控制目标0.92个百分点。")
    (g,) = one(t, "1.08个百分点")
    assert (g.indicator, g.value, g.base_period) == ("城镇登记失业率低于控制指标", -1.08, "2020")
    assert one(t, "0.92个百分点")[0].indicator == "城镇登记失业率低于控制目标"


def test_a_coordinate_abbreviation_spreads_over_a_fenbie_pair():
    t = report(review_year="金融机构存贷款余额分别增长7.9%、8%。")
    assert [f.indicator for f in one(t, "7.9%")] == ["金融机构存款余额"]
    assert [f.indicator for f in one(t, "8%")] == ["金融机构贷款余额"]


def test_ahead_of_schedule_is_no_part_of_the_name():
    t = report(review_year="提前一年实现农村贫困人口人均纯收入5000元的目标。")
    assert [f.indicator for f in one(t, "5000元")] == ["农村贫困人口人均纯收入"]


def test_money_is_named_by_its_purpose_or_owner_not_by_an_attribute():
    t = report(review_plan="乡村振兴扎实推进，五年累计投入9亿元用于农村公路养护。")
    assert one(t, "9亿元")[0].indicator == "农村公路养护投入"
    t = report(review_plan="全县养老服务能力明显增强，共完成投入2.1亿元。")
    assert one(t, "2.1亿元")[0].indicator == "养老服务投入"
    t = report(review_year="围绕群众关切，投入30亿元办好民生实事。")
    assert one(t, "30亿元")[0].indicator == "民生实事投入"


def test_a_number_that_counts_a_task_is_named_by_the_task():
    t = report(review_year="农村危房改造扎实推进，全面完成了1200户的年度改造任务。")
    assert one(t, "1200户")[0].indicator == "农村危房改造"
    t = report(year_targets="年内完成12万平方米的绿化任务、300亩温室建设任务。")
    assert one(t, "12万平方米")[0].indicator == "绿化"
    assert one(t, "300亩")[0].indicator == "温室建设"


def test_measure_words_are_no_part_of_an_investment_object():
    t = report(review_year="全年投资20亿元，完成1.2万户、150万平方米棚改任务。")
    assert one(t, "20亿元")[0].indicator == "棚改投资"


def test_a_bare_counted_object_of_a_reach_verb_takes_verb_and_subject():
    t = report(review_year="国际货运班列累计开行2000列，通达12个国家、30个城市。")
    assert one(t, "12个")[0].indicator == "国际货运班列通达国家"
    assert one(t, "30个")[0].indicator == "国际货运班列通达城市"


def test_a_place_right_before_the_number_owns_the_counted_things():
    t = report(review_year="高新片区12条主次干道全部完工，地铁3号线8座车站封顶。")
    assert one(t, "12条")[0].indicator == "高新片区完工主次干道"  # the owner's, those finished
    assert one(t, "8座")[0].indicator.startswith("地铁3号线车站")


def test_residents_do_not_own_the_money_of_the_topic():
    t = report(review_year="旧城更新进展顺利，1.5万户群众受益，完成投资8亿元。")
    assert one(t, "8亿元")[0].indicator == "旧城更新投资"


def test_money_spent_on_a_named_work_is_its_investment():
    t = report(review_year="投资2亿元实施的老城区雨污分流工程全面完工。")
    assert one(t, "2亿元")[0].indicator == "老城区雨污分流工程投资"


def test_a_verb_wrapping_the_number_is_no_part_of_the_name():
    t = report(year_targets="切实改善全县处于贫困边缘1200人的生活条件。")
    assert one(t, "1200人")[0].indicator == "贫困边缘"


def test_floor_area_after_a_projects_money_is_the_projects_area():
    t = report(review_year="科技园二期项目完成投资3亿元，竣工12万平方米。")
    assert one(t, "12万平方米")[0].indicator == "科技园二期项目竣工面积"


def test_what_the_country_has_is_a_fact_even_among_targets():
    t = report(year_targets="我市有300万人口、150万劳动力资源，发展潜力巨大。全年新增就业5万人。")
    assert one(t, "300万")[0].status == "actual"
    assert one(t, "150万")[0].status == "actual"
    assert one(t, "5万人")[0].status == "target"


def test_modal_leads_and_trailing_predicates_are_no_part_of_the_name():
    t = report(year_targets="今年要再压减钢铁产能3000万吨左右，全年再为企业减税500亿元。")
    assert one(t, "3000万吨")[0].indicator == "压减钢铁产能"
    assert one(t, "500亿元")[0].indicator == "企业减税"
    t = report(review_year="12个零碳园区启动建设，6个试点县取得成效。")
    # 启动建设 after the counted noun defines the count (issue 14, LEX settled_deeds, as 开工建设 does)
    assert one(t, "12个")[0].indicator == "启动建设零碳园区"
    assert one(t, "6个")[0].indicator == "试点县"
    # words that only start like a modal stay whole
    t = report(year_targets="要素市场交易额达到300亿元，再生资源回收量达到50万吨。")
    assert one(t, "300亿元")[0].indicator == "要素市场交易额"
    assert one(t, "50万吨")[0].indicator == "再生资源回收量"


def test_a_change_against_last_year_is_named_as_a_change():
    t = report(year_targets="今年拟安排财政赤字3000亿元，比上年增加500亿元。")
    assert one(t, "3000亿元")[0].indicator == "财政赤字"
    (f,) = one(t, "500亿元")
    assert (f.indicator, f.kind, f.value) == ("财政赤字增加额", "value", 500.0)
    t = report(review_year="退休教师生活补助每月增加300元。")
    assert one(t, "300元")[0].indicator == "退休教师生活补助每月增加额"  # per month, not a total (per_head_scope)


def test_a_measure_word_that_starts_a_noun_is_no_unit():
    t = report(review_year="覆盖农村3亿人口，惠及2万多家庭。")
    (p,) = one(t, "3亿")
    assert (p.text, p.unit) == ("3亿", "亿")
    (h,) = one(t, "2万多")
    assert (h.text, h.unit, h.qualifier) == ("2万多", "万", "more_than")


def test_the_receiver_of_a_giving_verb_is_no_part_of_the_name():
    t = report(review_year="向市场投放储备肉2000吨、蔬菜5万吨，对种粮农民一次性发放100亿元补贴。")
    assert one(t, "2000吨")[0].indicator == "投放储备肉"
    assert one(t, "5万吨")[0].indicator == "投放蔬菜"
    assert one(t, "100亿元")[0].indicator == "发放补贴"
    # 对 that belongs to the noun stays
    t = report(year_targets="对地方一般性转移支付规模增长8%。")
    assert one(t, "8%")[0].indicator == "对地方一般性转移支付规模"


def test_names_the_measure_completes():
    t = report(review_year="国际货运班列开行800列，企业开办实现2个工作日办结，政务服务事项95%实现“一网通办”。")
    assert one(t, "800列")[0].indicator == "国际货运班列开行列数"
    assert one(t, "2个工作日")[0].indicator == "企业开办办结时间"
    assert one(t, "95%")[0].indicator == "政务服务事项实现一网通办比例"


def test_a_measured_thing_after_de_and_a_deed_after_de():
    t = report(year_targets="确保8万平方米的会展中心完工，完成了12条街巷的改扩建。")
    assert one(t, "8万平方米")[0].indicator == "会展中心"
    assert one(t, "12条")[0].indicator == "改扩建街巷"
    # a capacity after 的 is the quantity's own name
    t = report(year_targets="今年要新增500万吨标准煤的节能能力。")
    assert one(t, "500万吨标准煤")[0].indicator == "新增节能能力"


def test_money_after_a_sentence_raising_a_level_belongs_to_that_field():
    t = report(year_targets="坚持规划引领，持续提升农村公路管护水平。全年计划投资6亿元，重点推进通村公路建设。")
    assert one(t, "6亿元")[0].indicator == "农村公路管护计划投资"


def test_deeds_joined_by_a_pause_all_name_the_count():
    t = report(review_year="累计关停、整合120家小煤矿，占全市煤矿总数的40%。")
    assert one(t, "120家")[0].indicator == "关停整合小煤矿"


def test_people_whose_condition_improved_are_named_by_the_improvement():
    t = report(review_year="老城区供水管网改造完成，2.5万户居民的用水质量得到明显改善。")
    assert one(t, "2.5万户")[0].indicator == "用水质量改善居民"


def test_places_and_people_of_one_deed_share_it():
    t = report(review_year="新建卫生室12所，覆盖了6个乡镇1.8万人的基本医疗。")
    assert one(t, "6个")[0].indicator == "覆盖基本医疗乡镇"
    assert one(t, "1.8万人")[0].indicator == "覆盖基本医疗人口"


def test_beneficiaries_of_a_project_are_named_by_the_project():
    t = report(review_year="城区供水改造工程铺设管网30公里，使1.2万户、3万居民受益。")
    assert one(t, "1.2万户")[0].indicator == "城区供水改造受益户数"
    assert one(t, "3万")[0].indicator == "城区供水改造受益居民"


def test_the_money_after_a_count_of_projects_is_theirs():
    t = report(review_year="实施水环境整治项目320个、总投资95亿元。")
    assert one(t, "95亿元")[0].indicator == "水环境整治项目总投资"


def test_a_list_cut_short_names_no_investment():
    t = report(review_plan="农业发展水平不断提高。五年共投资3亿元，实施了东镇、西乡“米袋子”工程和南湖奶牛小区等项目。")
    assert one(t, "3亿元")[0].indicator == "农业发展投资"


def test_a_second_figure_of_a_growth_is_a_growth():
    """增长7%、力争7.5%; 增长30%，力争40%: the figure joined to a growth with no noun or verb of
    its own is the same change, against the same base."""
    t = report(year_targets="全市地区生产总值增长7%、力争7.5%，全社会固定资产投资增长30%，力争40%，城镇登记失业率控制在4%以内。")
    for first, second in (("7%", "7.5%"), ("30%", "40%")):
        (a,) = one(t, first)
        (b,) = one(t, second)
        assert (b.kind, b.base_period, b.indicator) == ("growth", a.base_period, a.indicator)
    assert one(t, "4%")[0].kind == "percent"
    t = report(year_targets="全年单位生产总值能耗下降3%，力争3.5%。")
    assert (one(t, "3.5%")[0].kind, one(t, "3.5%")[0].value) == ("growth", -3.5)
