"""Indicator names for constructs where the words around a number, not the noun
just before it, say what it measures. Each sentence is written for its construct."""
from tests.parsing.helpers import facts, one, report


def _name(section: str, sentence: str, number: str) -> str:
    found = one(report(**{section: sentence}), number)
    assert len(found) == 1, found
    return found[0].indicator


def _names(**sections: str) -> dict[str, str]:
    """The indicator of each figure (its text as written) of a test report with these sections."""
    return {f.text: f.indicator for f in facts(report(**sections))}


def test_money_spent_beside_a_total_keeps_its_own_name():
    # 总投资 and 完成投资 of one project are two indicators, not one
    assert _name("review_year", "总投资12亿元的滨河公园项目当年完成投资4.5亿元。", "4.5亿元") == "滨河公园项目完成投资"
    assert _name("review_year", "总投资9亿元的北城污水厂扩建工程，当年完成投资3.2亿元。", "3.2亿元") == "北城污水厂扩建工程完成投资"


def test_money_spent_alone_is_the_projects_investment():
    assert _name("review_year", "北城污水厂扩建工程完成投资3.2亿元。", "3.2亿元") == "北城污水厂扩建工程投资"


def test_a_deed_without_object_names_the_counted_things():
    assert _name("year_targets", "做强食品加工园区，年内实现8家以上企业入驻。", "8家") == "入驻企业"
    assert _name("review_year", "工业经济稳步增长，全年有12个项目投产。", "12个") == "投产项目"


def test_places_added_are_those_of_the_facilities_counted_before():
    # LEX capacity_nouns: the clause before counted one kind of facility that holds such places
    assert _name("review_year", "新建、改扩建中小学、幼儿园12所，新增学位9000个。", "9000个") == "中小学幼儿园新增学位"
    assert _name("review_year", "改扩建公共停车场8处，新增停车位2600个。", "2600个") == "公共停车场新增停车位"


def test_places_added_are_not_those_of_other_facilities_or_of_a_split_count():
    # a footbridge holds no parking places; two counts before: each holds its own
    assert _name("review_year", "建成人行天桥6座，新增停车泊位3000个。", "3000个") == "新增停车泊位"
    assert _name("review_year", "新建幼儿园9所、小学4所，新增学位5000个。", "5000个") == "新增学位"


def test_money_whose_noun_runs_into_yongyu_is_named_by_its_purpose():
    # 资金用于…: the counted noun stops before 用于 (not 资金用), and the purpose names the money
    assert _name("review_year", "区财政安排8000万元专项资金用于老旧管网改造。", "8000万元") == "老旧管网改造资金"
    assert _name("review_year", "全年60%的财政支出用于民生。", "60%") == "财政支出"


def test_a_capacity_is_not_named_by_its_deed():
    assert not _name("year_targets", "确保200万吨煤制气一期投产。", "200万吨").startswith("投产")


def test_counted_things_named_by_the_list_or_approval_they_entered():
    assert _name("review_plan", "科技创新能力增强，五年共有6个项目列入省级重点研发计划。", "6个") == "列入省级重点研发计划项目"
    assert _name("review_year", "职业教育改革深化，3所职业院校获批省级“双高”建设单位。", "3所") \
        == "获批省级“双高”建设单位职业院校"


def test_a_conjunction_after_the_number_is_not_a_counted_noun():
    assert _name("year_targets", "继续代发地方债3000亿元并纳入地方预算。", "3000亿元") == "代发地方债"
    # 以及 joins as 及 does: its 以 is no part of the counted noun
    assert _name("review_year", "整治经纬街等78条主干街路以及火车站周边环境。", "78条").endswith("主干街路")
    assert _name("review_year", "全市建成3个国家级高新区以及10个省级开发区。", "3个") == "建成国家级高新区"


def test_a_bare_task_takes_its_object_from_the_paragraph():
    text = "二是推进老旧小区改造工程。坚持群众自愿，完善补偿政策，全力完成今年5000户改造任务。"
    assert _name("year_targets", text, "5000户") == "老旧小区改造"


def test_a_word_used_as_a_modifier_does_not_name_the_task():
    text = "我们坚持用改革的办法破解难题，全年完成40项改革任务。"
    assert _name("review_year", text, "40项") == "改革"


def test_a_verb_shared_by_list_items_names_each():
    assert _name("review_year", "减免房租12亿元、税额8亿元。", "8亿元") == "减免税额"


def test_a_list_closed_by_a_vague_head_names_the_figure():
    assert _name("review_year", "减免中小企业物业费及停车费等费用2亿元。", "2亿元") == "减免中小企业物业费及停车费等费用"


def test_one_number_after_a_list_of_one_head_counts_them_all():
    name = _name("review_year", "发放创业补贴、就业补贴、高校毕业生技能培训补贴3亿元。", "3亿元")
    assert name.replace("、", "") == "发放创业补贴就业补贴高校毕业生技能培训补贴"


def test_letters_and_digits_inside_a_counted_noun():
    assert _name("review_year", "新型基础设施加快建设，建成15个5G基站。", "15个") == "建成5G基站"


def test_achieving_a_bare_deed_is_the_deed():
    assert _name("review_year", "城市路网更加完善，新区内9条道路实现通车。", "9条") == "新区通车道路"


def test_takings_belong_to_the_activity_of_the_clause_before():
    assert _name("review_year", "发放消费券、举办汽车消费节等促销活动，实现销售额12亿元。", "12亿元") == "促销活动销售额"


def test_times_a_deed_was_done():
    assert _name("review_year", "针对企业融资难问题，先后4次降低存款准备金率。", "4次") == "降低存款准备金率次数"


def test_a_fall_written_as_yajiang():
    (f,) = one(report(review_year="稳步推进金融机构改革化险，高风险机构压降60%。"), "60%")
    assert (f.indicator, f.kind, f.value) == ("高风险机构", "growth", -60.0)


def test_a_rate_after_a_deed_in_a_list_is_not_the_deeds():
    assert _name("review_year", "城镇新增就业120万人、调查失业率稳定在5%左右。", "5%") == "调查失业率"


def test_categories_after_qizhong_name_the_whole():
    t = report(year_targets="今年安排重点项目80个，其中，工业类12个、农业类9个。")
    assert [f.indicator for f in one(t, "12个")] == ["工业类重点项目"]
    assert [f.indicator for f in one(t, "9个")] == ["农业类重点项目"]


def test_plans_and_agains_are_no_part_of_a_name():
    assert _name("year_targets", "中央财政预算拟安排补助资金900亿元。", "900亿元") == "中央财政补助资金"
    assert _name("review_year", "城乡建设用地再减量3.5平方公里。", "3.5平方公里") == "城乡建设用地减量"


def test_a_deed_closing_the_clause_is_part_of_the_name():
    assert _name("year_targets", "完成18条背街小巷改造。", "18条") == "背街小巷改造"


def test_a_nations_people_in_the_plans_are_what_is():
    (f,) = one(report(year_targets="我们完全有能力保障好14亿人的饭碗。"), "14亿人")
    assert (f.indicator, f.status) == ("人口", "actual")
    (f,) = one(report(year_targets="要解决好1亿人的住房问题。"), "1亿人")
    assert f.status == "target"


def test_a_preposition_before_the_deed_is_no_part_of_the_name():
    assert _name("review_year", "围绕主导产业布局12个重点实验室。", "12个") == "布局重点实验室"


def test_a_deed_of_its_own_in_a_list_is_not_joined_to_the_item_before():
    t = report(year_targets="实施20项以上重大科技项目、转化100项以上科技成果。")
    assert [f.indicator for f in one(t, "100项")] == ["转化科技成果"]


def test_tasks_of_a_rank_are_counted_as_tasks():
    assert _name("review_year", "制定落实乡村振兴60项重点任务。", "60项") == "重点任务"


def test_a_deed_task_is_named_by_the_deed():
    assert _name("review_year", "全年完成1.2万户、90万平方米棚改任务。", "1.2万户") == "棚改"


def test_money_named_by_the_works_it_pays_for_after_an_adverb():
    t = "农业基础不断夯实。全年投资2.3亿元，重点实施了滨河灌区节水工程，新建温室大棚300亩。"
    assert _name("review_year", t, "2.3亿元") == "滨河灌区节水投资"


def test_a_total_after_a_count_is_the_total_of_the_things_counted():
    t = report(review_year="新增8家国家级专精特新企业、总数达60家；新增地铁运营里程40公里、总里程达500公里。")
    assert [f.indicator for f in one(t, "60家")] == ["国家级专精特新企业总数"]
    assert [f.indicator for f in one(t, "500公里")] == ["地铁运营总里程"]


def test_a_rate_of_the_measure_just_given_is_its_owners():
    t = report(review_year="120个制造业重大项目完成投资830亿元、投资完成率112.5%。")
    assert [f.indicator for f in one(t, "112.5%")] == ["制造业重大项目投资完成率"]


def test_a_rank_word_after_a_count_stays():
    assert _name("review_year", "新增5家全国重点实验室。", "5家") == "新增全国重点实验室"


def test_more_than_last_year_is_a_change():
    t = report(year_targets="城镇新增就业预期目标比去年多100万人。")
    assert [f.indicator for f in one(t, "100万人")] == ["城镇新增就业增加额"]


def test_the_modal_yao_is_no_part_of_a_name():
    t = report(year_targets="今年能源消耗强度要降低3%以上，要再取消和下放行政审批事项100项以上。")
    assert [f.indicator for f in one(t, "3%")] == ["能源消耗强度"]
    assert [f.indicator for f in one(t, "100项")] == ["取消和下放行政审批事项"]


def test_the_parts_of_a_plan_are_no_quantity():
    assert one(report(year_targets="今年要重点做好以下9个方面工作。"), "9个") == []


def test_the_following_n_items_are_no_quantity():
    assert one(report(year_targets="重点做好以下7项工作："), "7项") == []


def test_a_counted_noun_may_start_with_guimo_yishang():
    t = report(year_targets="完成800户规模以上工业企业数字化改造。")
    assert [f.indicator for f in one(t, "800户")] == ["规模以上工业企业数字化改造"]


def test_a_measure_written_once_is_shared_by_long_items():
    t = report(review_year="规上科技服务业、人力资源服务业营收分别增长16%和20%。")
    assert [f.indicator for f in one(t, "16%")] == ["规上科技服务业营收"]
    t = report(review_year="生产安全事故起数、死亡人数分别下降10%、12%。")
    assert [f.indicator for f in one(t, "10%")] == ["生产安全事故起数"]


def test_the_people_a_deed_reached_are_named_by_the_deed():
    t = report(review_year="新增保障性住房2万套，改造老旧小区300个、惠及5.6万户。")
    assert [f.indicator for f in one(t, "5.6万户")] == ["改造老旧小区惠及户数"]
    t = report(review_year="对40个老旧小区进行改造，改造面积80万平方米，惠及居民1.2万户。")
    assert [f.indicator for f in one(t, "1.2万户")] == ["老旧小区改造惠及居民"]


def test_a_fund_launched_with_its_size_names_the_size():
    t = report(review_year="设立总规模200亿元的新兴产业母基金。")
    assert [f.indicator for f in one(t, "200亿元")] == ["新兴产业母基金总规模"]


def test_projects_for_the_people_keep_their_name():
    t = report(review_year="全面完成20项市委市政府为民办实事项目。")
    # whole, not cut at 办; 完成 (LEX completion_deeds) says the projects were finished
    assert [f.indicator for f in one(t, "20项")] == ["完成市委市政府为民办实事项目"]


def test_list_words_opening_a_name_are_dropped():
    t = report(review_year="办理人大代表建议120件和政协委员提案300件。")
    assert [f.indicator for f in one(t, "300件")] == ["办理政协委员提案"]  # not 和…; the shared deed stays
    t = report(review_year="和美乡村覆盖率达到60%。")
    assert [f.indicator for f in one(t, "60%")] == ["和美乡村覆盖率"]


def test_n_and_above_before_a_noun_is_a_class_threshold():
    t = report(review_year="20户及以上自然村千兆光纤和5G网络通达率分别达100%和90%。")
    assert one(t, "20户") == []
    assert [f.indicator for f in one(t, "100%")] == ["20户及以上自然村千兆光纤通达率"]


def test_a_list_item_at_another_stage_of_the_same_works():
    t = report(review_year="老旧小区改造开工300个、完工260个。")
    assert [f.indicator for f in one(t, "260个")] == ["老旧小区改造完工"]


def test_a_quoted_class_of_projects_is_named_whole():
    t = report(review_year="120项“三年全面提升”项目开工建设。")
    assert [f.indicator for f in one(t, "120项")] == ["开工建设“三年全面提升”项目"]  # and by its deed


def test_people_benefiting_from_the_works_of_the_clause_before():
    t = report(year_targets="维修农村供水工程900处，受益80万人。")
    assert [f.indicator for f in one(t, "80万人")] == ["维修农村供水工程受益人数"]


def test_a_change_by_any_base_is_a_change():
    t = report(review_plan="全国社会保障基金积累7810亿元，比五年前增加5800多亿元。农村贫困人口减少6800多万。")
    assert [f.indicator for f in one(t, "5800多亿元")] == ["社会保障基金积累增加额"]
    assert [f.indicator for f in one(t, "6800多万")] == ["农村贫困人口减少额"]


def test_what_follows_a_change_is_about_the_thing():
    t = report(year_targets="中央对地方转移支付增加1.5万亿元、规模达到9.8万亿元。")
    assert [f.indicator for f in one(t, "1.5万亿元")] == ["中央对地方转移支付增加额"]
    assert [f.indicator for f in one(t, "9.8万亿元")] == ["中央对地方转移支付规模"]


def test_adding_counted_things_is_no_change_of_a_level():
    t = report(review_year="鼓励类产业目录增加33项内容。")
    assert not one(t, "33项")[0].indicator.endswith("增加额")


def test_a_part_after_qizhong_takes_the_wholes_deed_and_measure():
    t = report(review_plan="新增铁路里程1.2万公里，其中高速铁路6000公里；新增公路40万公里，其中高速公路3万公里。")
    assert [f.indicator for f in one(t, "6000公里")] == ["新增高速铁路里程"]
    assert [f.indicator for f in one(t, "3万公里")] == ["新增高速公路"]


def test_a_part_that_names_itself_fully_is_left_alone():
    t = report(year_targets="今年拟安排财政赤字1.2万亿元，比上年增加1000亿元，其中中央财政赤字8000亿元。")
    assert [f.indicator for f in one(t, "8000亿元")] == ["中央财政赤字"]


def test_widening_by_an_amount_is_a_change():
    t = report(year_targets="支出规模比去年扩大2万亿元以上。")
    assert [f.indicator for f in one(t, "2万亿元")] == ["支出规模增加额"]


def test_raising_by_an_amount_is_a_change_and_raising_to_a_level_is_not():
    t = report(plan_targets="人均预期寿命提高1岁。", year_targets="城乡居民医保财政补助标准提高到人均550元。")
    assert [f.indicator for f in one(t, "1岁")] == ["人均预期寿命增加额"]
    assert [f.indicator for f in one(t, "550元")] == ["城乡居民医保财政补助标准"]


def test_adverbs_inside_a_name_are_dropped():
    assert _name("review_year", "高新区已入驻企业27家。", "27家") == "高新区入驻企业"
    assert _name("review_year", "17种抗癌药大幅降价并纳入医保目录。", "17种") == "抗癌药"


def test_a_rank_among_the_top_is_no_quantity():
    t = report(review_year="30个学科进入ESI全球前1%，8项主要经济指标增速居全国前3位。")
    assert one(t, "1%") == [] and one(t, "3位") == []


def test_hours_of_opening_are_no_quantity():
    t = report(review_year="600座公园实现24小时开放、占全市公园总数的80%。")
    assert one(t, "24小时") == []
    assert [f.indicator for f in one(t, "80%")] == ["公园占全市公园总数比重"]


def test_a_counted_noun_described_by_a_clause():
    t = report(year_targets="新增60所达到二级医院服务能力的县域医疗卫生次中心。")
    assert [f.indicator for f in one(t, "60所")] == ["新增达到二级医院服务能力的县域医疗卫生次中心"]


def test_a_fenbie_verb_is_no_part_of_the_last_subject():
    t = report(review_year="浦东新区法规、管理措施分别新增4部、10部。")
    assert [f.indicator for f in one(t, "10部")] == ["管理措施"]


def test_medals_are_named_by_the_games_won_at():
    t = report(review_year="运动员在2024年巴黎奥运会获得2块金牌、残奥会获得5块金牌。")
    assert [f.indicator for f in one(t, "2块")] == ["巴黎奥运会金牌"]
    assert [f.indicator for f in one(t, "5块")] == ["残奥会金牌"]


def test_stating_a_target_and_rising_to_a_share_are_no_part_of_names():
    t = report(year_targets="提出居民消费价格涨幅3%左右。", review_year="相关专业点占比升至64%。")
    assert [f.indicator for f in one(t, "3%")] == ["居民消费价格"]
    assert [f.indicator for f in one(t, "64%")] == ["相关专业点占比"]


def test_a_bare_counted_deed_counts_the_thing_its_unit_names():
    t = report(review_year="新引进企业30余家，中欧班列集结中心功能日趋完善，全年开行800列。")
    assert [f.indicator for f in one(t, "800列")] == ["中欧班列开行列数"]


def test_a_bare_task_without_object_takes_the_place_of_its_paragraph_heading():
    t = "三是加快东城片区建设。完善道路和管网，年内完成12万平方米的绿化任务。"
    assert _name("year_targets", t, "12万平方米") == "东城片区绿化"


def test_a_modifier_after_the_deed_names_whose_counted_things():
    assert _name("year_targets", "推进第三轮爱国卫生7个专项行动。", "7个") == "第三轮爱国卫生专项行动"
    # examples before 等 are not a modifier; the deed before them (建成) says which hospitals count
    assert _name("year_targets", "建成省人民医院新院区等5家医院。", "5家") == "建成医院"


def test_adverbs_before_the_verb_stay_out_of_names():
    t = report(review_year="企业退休人员基本养老金水平又提高10%，汽车产量继续保持30%以上增长。")
    assert [f.indicator for f in one(t, "10%")] == ["企业退休人员基本养老金水平"]
    assert [f.indicator for f in one(t, "30%")] == ["汽车产量"]


def test_first_time_and_comparable_basis_stay_out_of_names():
    t = report(review_year="煤炭产量首次突破1亿吨，规上制造业亩均税收可比增长13%。")
    assert [f.indicator for f in one(t, "1亿吨")] == ["煤炭产量"]
    assert [f.indicator for f in one(t, "13%")] == ["规上制造业亩均税收"]


def test_an_annual_mean_level_is_no_average_growth():
    t = report(review_year="细颗粒物年均浓度30微克/立方米、下降6%。")
    (f,) = one(t, "6%")
    assert (f.indicator, f.kind, f.value) == ("细颗粒物年均浓度", "growth", -6.0)


def test_durations_years_of_and_set_targets():
    t = report(review_year="历时5年建设、全长800公里的环湖公路全线贯通。多年来累计改造农村危房300万户。")
    assert one(t, "5年") == []
    assert [f.indicator for f in one(t, "800公里")] == ["环湖公路全长"]
    assert [f.indicator for f in one(t, "300万户")] == ["改造农村危房"]
    t = report(year_targets="今年经济增长预期目标定为6%左右。")
    assert [f.indicator for f in one(t, "6%")] == ["经济增长"]


def test_the_parts_of_an_urban_rural_standard_and_a_newer_topic():
    t = report(review_year="城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元；"
                           "社区干部生活补贴再次提高，年人均增加2400元。")
    assert [f.indicator for f in one(t, "600元")] == ["城镇最低生活保障标准增加额"]
    assert [f.indicator for f in one(t, "200元")] == ["农村最低生活保障标准增加额"]
    assert [f.indicator for f in one(t, "2400元")] == ["社区干部生活补贴增加额"]


def test_jiben_naming_a_basic_scheme_stays_and_jiben_before_a_deed_goes():
    t = report(review_year="基本养老保险参保率达到95%，基本建成保障房300万套。")
    assert [f.indicator for f in one(t, "95%")] == ["基本养老保险参保率"]
    assert not one(t, "300万套")[0].indicator.startswith("基本")


def test_a_fenbie_list_raised_by_amounts_is_a_list_of_changes():
    t = report(year_targets="居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。")
    assert [f.indicator for f in one(t, "5元")] == ["基本公共卫生服务经费人均财政补助标准增加额"]


def test_a_tax_bracket_is_no_quantity_and_circled_numbers_no_name():
    t = report(year_targets="对小微企业年应纳税所得额100万元至300万元部分，再减半征收。①补充配置学校电脑3万台。")
    assert one(t, "100万元至300万元") == []
    assert [f.indicator for f in one(t, "3万台")] == ["补充配置学校电脑"]


def test_total_investment_of_a_project_named_after_de():
    t = report(year_targets="实施总投资11亿元的基础设施PPP项目建设。")
    assert [f.indicator for f in one(t, "11亿元")] == ["基础设施PPP项目总投资"]


def test_people_a_project_reached_are_named_by_the_project():
    t = report(review_year="“阳光成长”心理关爱服务项目惠及12万儿童。")
    assert [f.indicator for f in one(t, "12万")] == ["阳光成长心理关爱服务项目惠及儿童"]


def test_total_investment_after_any_deed_is_the_projects():
    t = report(year_targets="继续举全区之力推进总投资80亿元的棚户区改造工程。")
    assert [f.indicator for f in one(t, "80亿元")] == ["棚户区改造工程总投资"]


def test_a_deed_followed_by_its_own_count():
    t = report(review_year="在90个县建设粮油千亩高产示范片800个。")
    assert [f.indicator for f in one(t, "90个")] == ["建设粮油千亩高产示范片县"]


def test_since_a_year_is_no_period_and_on_average_no_name():
    t = report(year_targets="2015年以来新增的涉税市场主体去年纳税达到4万亿元。一般工商业电价平均降低10%。")
    (f,) = one(t, "4万亿元")
    assert (f.indicator, f.period, f.status) == ("新增的涉税市场主体纳税", "2020", "actual")
    assert [f.indicator for f in one(t, "10%")] == ["一般工商业电价"]


def test_listed_in_a_ranking():
    assert _name("review_year", "12家企业上榜中国民营企业500强。", "12家") == "上榜中国民营企业500强企业"


def test_ranked_tasks_deeds_before_a_comma_and_living_conditions():
    assert _name("year_targets", "稳步推进省委确定的300项重点改革任务落地。", "300项") == "重点改革任务"
    t = report(review_year="8000平方米老旧小区改造、30条背街巷道改造等民生工程顺利完工，4000余户居民的居住条件将得到彻底改善。")
    assert [f.indicator for f in one(t, "8000平方米")] == ["老旧小区改造"]
    assert [f.indicator for f in one(t, "4000余户")] == ["居住条件改善居民"]


def test_a_multiple_of_an_earlier_level_belongs_to_the_subject():
    t = report(review_plan="市场主体总量超过1.5亿户、是十年前的3倍。")
    assert [f.indicator for f in one(t, "3倍")] == ["市场主体总量"]


def test_shrinking_by_an_area_and_a_shared_customs_time():
    t = report(review_plan="沙化土地面积年均缩减近2000平方公里。进口、出口通关时间分别压减60%和90%。")
    assert [f.indicator for f in one(t, "2000平方公里")] == ["沙化土地面积减少额"]
    assert [f.indicator for f in one(t, "60%")] == ["进口通关时间"]


def test_deed_words_that_end_a_counted_noun():
    # a 建设先行县 is a kind of county, not a deed done to it
    assert _name("review_year", "12个美丽乡村建设先行县试点取得成效。", "12个") == "美丽乡村建设先行县试点"
    assert _name("review_year", "20项改革事项落地见效。", "20项") == "改革事项"
    assert _name("review_year", "500万农业转移人口成为城镇居民。", "500万") == "农业转移人口"
    assert _name("review_year", "3个园区入围全国百强。", "3个") == "入围全国百强园区"
    assert _name("review_year", "8个项目纳入国家重大项目库。", "8个") == "纳入国家重大项目库项目"


def test_hopes_and_pronouns_stay_out_of_names():
    assert _name("review_year", "全省排名有望提升5位。", "5位") == "排名"
    assert _name("year_targets", "我们将实施12类民生实事。", "12类") == "民生实事"  # 实施 frames the count


def test_the_deed_before_a_count_names_what_it_counts():
    # 引进培养 says which talents are counted; 力争 only frames the target
    assert _name("year_targets", "力争引进培养100名高层次科技创新人才。", "100名") == "引进培养高层次科技创新人才"
    assert _name("review_year", "新建和改造了市急救中心和5所急救分中心。", "5所") == "新建和改造急救分中心"
    assert _name("review_year", "新建和改造了海军、绿之梦等14个广场。", "14个") == "新建和改造广场"


def test_a_framing_verb_is_no_part_of_the_counted_name():
    assert _name("year_targets", "实施20个重点项目，带动就业1万人。", "20个") == "重点项目"
    assert _name("year_targets", "推进224个工业污染减排项目的实施。", "224个") == "工业污染减排项目"


def test_examples_closed_by_etc_after_a_count_are_not_the_counted_noun():
    # the enterprises are counted, not the first sector listed (商贸)
    assert _name("review_year", "全市1320户商贸、交通、建设等领域的地方国有企业完成改制。", "1320户") == "地方国有企业改制"


def test_people_whose_problem_was_solved_are_counted_not_problems():
    assert _name("year_targets", "解决农村100万人饮水困难问题。", "100万人") == "解决饮水困难农村人口"
    assert _name("review_year", "解决了10万农村贫困人口的温饱问题。", "10万") == "解决温饱问题农村贫困人口"
    assert _name("review_year", "解决了5600多个实际问题。", "5600多个") == "解决实际问题"
    assert _name("review_year", "解决了4200多户教师的住房困难。", "4200多户") == "解决住房困难教师"


def test_counted_things_named_by_what_happened_to_them_after_the_noun():
    assert _name("review_plan", "442家外资企业设立了研发机构。", "442家") == "设立研发机构外资企业"
    assert _name("review_year", "2家医院进入全国最佳医院百强。", "2家") == "进入全国最佳医院百强医院"
    assert _name("review_year", "5项科技成果获国家科学技术奖。", "5项") == "获国家科学技术奖科技成果"
    # the villages are counted, not the clause about their environment
    assert _name("review_plan", "2000多个行政村环境发生明显变化。", "2000多个") == "环境变化行政村"


def test_counted_things_whose_progress_is_reported_are_named_without_the_pace():
    assert _name("review_year", "34个安居房项目加快建设，配售房源6157套。", "34个") == "建设安居房项目"
    # 稳步推进 frames the count: the projects alone
    assert _name("review_plan", "43个助残项目稳步推进，建成省级残疾人康复服务示范点22个。", "43个") == "助残项目"


def test_a_bare_measure_of_an_owner_keeps_the_owner_of_the_figure_before():
    # 出口, 利润, 净资产 after an owner's measure are that owner's, not the place's
    assert _name("review_year", "软件销售收入100亿元，出口3亿美元。", "3亿美元") == "软件出口"
    assert _name("review_year", "全市工商企业资产总额5000亿元，净资产2100亿元。", "2100亿元") == "工商企业净资产"
    assert _name("review_year", "规上工业增加值增长8.6%、利润增长22.3%。", "22.3%") == "规上工业利润"
    assert [f.indicator for f in one(report(review_year="市属国企资产总额和利润总额均增长10%以上。"), "10%")] \
        == ["市属国企资产总额", "市属国企利润总额"]


def test_a_place_s_trade_after_its_headline_figures_stays_the_place_s():
    # a headline list: the exports are the place's, not the industry's before them
    assert _name("year_targets", "规模以上工业增加值增长6%，出口增长5%。", "5%") == "出口"
    assert _name("review_year", "进出口总额952.9亿美元，其中出口586.5亿美元。", "586.5亿美元") == "出口"
    assert _name("review_year", "汽车整车进口450辆，进出口总额完成39.2亿美元。", "39.2亿美元") == "进出口总额"


def test_a_base_or_conversion_before_the_number_names_nothing():
    # 比“九五”时期, 按年平均汇率折算, 同口径, 比增: the figure is the subject's, carried from before
    assert _name("review_plan", "累计完成基础设施投资2200亿元，比“九五”时期增长60%。", "60%") == "基础设施投资"
    assert _name("review_year", "人均地区生产总值30899元，按年平均汇率折算达到4500美元。", "4500美元") == "人均地区生产总值"
    assert _name("review_year", "一般公共预算收入266.9亿元、同口径增长8%。", "8%") == "一般公共预算收入"
    assert _name("year_targets", "地方一般公共预算收入同口径增长6%左右。", "6%") == "地方一般公共预算收入"
    assert [f.indicator for f in one(report(review_plan="完成全社会固定资产投资5461.7亿元，实现社会消费品零售额5927亿元，"
                                                         "分别比“八五”时期增长1.3倍和1.1倍。"), "1.1倍")] == ["社会消费品零售额"]


def test_a_balance_changed_since_the_year_began_is_its_change():
    assert _name("review_year", "各项贷款余额5429亿元、比年初增加499亿元。", "499亿元") == "各项贷款余额增加额"
    assert _name("review_year", "存贷款分别比年初新增341亿元和245亿元。", "245亿元") == "贷款增加额"
    # what follows a list of changes is about the balances, not their changes
    text = report(review_plan="金融机构各项存贷款余额分别为6590亿元、4590亿元，比2000年末分别增加3584亿元、2500亿元，年均增长17.3%和14.8%。")
    assert [f.indicator for f in one(text, "14.8%")] == ["金融机构各项贷款余额"]


def test_deeds_or_levels_joined_before_a_noun_share_it():
    assert _name("review_year", "全年新开工和在建项目120个。", "120个") == "新开工和在建项目"
    assert _name("review_year", "新建、改扩建中小学校及幼儿园共25所。", "25所") == "新建改扩建中小学校及幼儿园"
    assert _name("review_year", "新认定高新技术企业151家，省、市级创新型试点企业92家。", "92家") == "省市级创新型试点企业"
    # a list item of its own figure keeps its own name (not 市级), with the list's deed (deed_of_previous)
    assert _name("review_year", "新增市级民营科技企业200家、省级民营科技企业60家。", "60家") == "新增省级民营科技企业"


def test_money_raised_is_named_by_its_purpose():
    assert _name("review_year", "安排资金1亿元，用于草原生态效益补偿机制试点工作。", "1亿元") == "草原生态效益补偿机制试点资金"
    # a list of purposes: the class it is closed by (等民生工程), else the first purpose
    assert _name("review_year", "市财力安排专项资金1.2亿元，用于农村水利、生态建设及贫困户异地搬迁。", "1.2亿元") == "农村水利资金"
    assert _name("review_year", "筹集资金385亿元，用于教育、医疗、社保、保障性住房等民生工程。", "385亿元") == "民生工程资金"
    assert _name("review_year", "安排22亿元资金，支持乡村振兴、城市更新和生态修复。", "22亿元") == "乡村振兴资金"
    # a purpose with no comma, or done by 开展/实施
    assert _name("review_year", "安排资金9亿元，用于城乡供水一体化建设。", "9亿元") == "城乡供水一体化建设资金"
    assert _name("review_year", "投入1.2亿元开展中心市区防洪排涝整治。", "1.2亿元") == "中心市区防洪排涝整治投入"
    assert _name("review_year", "筹措资金1.5亿元，实施艾滋病攻坚工程。", "1.5亿元") == "艾滋病攻坚工程资金"
    assert _name("review_year", "筹集10亿元用于解决离退休人员养老金历史拖欠问题。", "10亿元") == "解决离退休人员养老金历史拖欠问题资金"


def test_the_deed_that_defines_a_count_with_words_between():
    # the deeds opening a list define its number-first items too
    assert _name("review_year", "建设区域物流中心5个、10个物流分拨中心、20个配送中心。", "20个") == "建设配送中心"
    # a noun joined by 和 shares the deed of the figure before
    assert _name("review_year", "全市新建各类文化设施300多处和社区书屋1200多个。", "1200多个") == "新建社区书屋"
    # two joined deeds, not the plan before them
    assert _name("review_year", "全年计划开工新建、改扩建30所幼儿园。", "30所") == "新建改扩建幼儿园"
    # a clause that is only a deed counts that deed of the carried subject
    assert _name("review_year", "棚户区改造开工5.2万套，建成3.1万套。", "3.1万套") == "棚户区改造建成"
    # helped things are named by their own deed; the helper frames
    assert _name("review_year", "支持30家骨干企业建立技术中心。", "30家") == "建立技术中心骨干企业"
    assert _name("review_year", "帮助20家企业成功上市。", "20家") == "上市企业"
    # 拟安排 frames money even before a quoted name
    assert _name("review_year", "省财政拟安排“菜篮子”投入12亿元。", "12亿元") == "省财政“菜篮子”投入"
    # a helper alone still names the count
    assert _name("review_year", "扶持100家企业。", "100家") == "扶持企业"


def test_a_deed_after_a_counted_noun_names_what_happened_to_it():
    # a deed with no object ending the clause says which things are counted (LEX settled_deeds)
    assert _name("review_year", "实现104万贫困人口脱贫。", "104万") == "脱贫贫困人口"
    assert _name("review_year", "24个贫困县脱贫摘帽、23个贫困县进入脱贫摘帽序列。", "24个") == "脱贫摘帽贫困县"
    assert _name("review_year", "300个贫困村整村脱贫。", "300个") == "脱贫贫困村"
    assert _name("review_year", "100个项目竣工投产，", "100个") == "竣工投产项目"
    # the helper frames a deed of the helped; a deed alone names no one, so the helper stays
    assert _name("review_year", "帮助3万名高校毕业生就业。", "3万名") == "就业高校毕业生"
    assert _name("review_year", "中小微工业企业活力显著增强，带动45万人就业。", "45万人") == "带动就业"
    # a noun holding the deed keeps its order; an adverb is no noun
    assert _name("review_year", "帮助3.7万名就业困难人员就业。", "3.7万名") == "就业困难人员就业"
    assert _name("review_year", "确保有劳动力的搬迁家庭至少1人稳定就业。", "1人") == "稳定就业"
    # a rate after the deed is no deed (达标率)
    assert _name("review_year", "7个城市集中式饮用水源地水质达标率100%。", "7个") != "达标城市集中式饮用水源地水质"
    # the next clause's deed replaces the one leading the carried subject
    assert _name("review_year", "1.8万套保障性住房全面开工，基本建成9123套。", "9123套") == "建成保障性住房"
    # any counting deed leading it (LEX count_deeds: 建设, 整治 …), not only a stage (开工)
    assert _name("review_year", "开工建设二级公路1100公里，建成705公里。", "705公里") == "建成二级公路"
    assert _name("review_year", "关停取缔“散乱污”企业（作坊）8106家，整治完成5475家。", "5475家") == "整治“散乱污”企业作坊"
    # a subject led by no deed is a measure's or a stock: the deed is its change, left to the subject
    assert _name("review_year", "铁路营运里程达到5500公里，新增288公里。", "288公里") == "铁路营运里程"


def test_the_verb_that_raised_money_is_no_part_of_what_money_it_is():
    assert _name("review_year", "累计落实帮扶资金超130亿元。", "130亿元") == "帮扶资金"
    assert _name("review_year", "下达财力性转移支付1484亿元。", "1484亿元") == "财力性转移支付"
    # a payer before the verb stays: it says whose spending it is
    assert _name("review_year", "财政安排科学技术支出12亿元。", "12亿元") == "财政科学技术支出"
    assert _name("review_year", "省财政安排专项资金3亿元。", "3亿元") == "省财政安排专项资金"
    # a bare money noun keeps the verb: it says the most
    assert _name("review_year", "筹措资金1.83亿元，解决了91万名贫困中小学生的入学问题。", "1.83亿元") == "筹措资金"
    assert _name("review_year", "五年整合投入财政资金182亿元。", "182亿元") == "整合投入财政资金"
    # 主要 before a noun is the noun's (主要污染物, a set term); before a verb it is an adverb (LEX adverb_leads)
    assert _name("review_year", "严格落实污染减排目标责任制，主要污染物排放总量下降2%。", "2%") == "主要污染物排放总量"
    assert _name("review_year", "主要农作物耕种收综合机械化率达到88%。", "88%") == "主要农作物耕种收综合机械化率"
    assert _name("review_year", "主要建设中心城市周边产业区9个。", "9个") == "建设中心城市周边产业区"
    # levels joined after a count share the noun after them (LEX coordinated_leads' levels: noun_after)
    assert _name("review_year", "实施478项国家和省级重点科技项目。", "478项") == "国家和省级重点科技项目"
    assert _name("review_year", "新增5个省、市级工程技术研究中心。", "5个") == "新增省市级工程技术研究中心"
    assert _name("review_year", "我市与11个国家的12个城市建立了友好城市关系。", "11个") == "国家"
    # levels of monitoring or ownership joined before the noun share it (LEX coordinated_leads)
    assert _name("review_year", "地表水国控、省控监测断面Ⅰ－Ⅲ类水质达到80%以上。", "80%") == "国控省控监测断面Ⅰ－Ⅲ类水质"
    # a deed and its stage both lead: the carried subject keeps them (开工和在建)
    assert _name("review_year", "开工复工棚户区改造43万户、完成改造9万户。", "9万户") == "棚户区改造"


def test_a_long_counted_noun_is_named_by_the_plain_deed_ending_its_clause():
    assert _name("review_year", "开展养老服务业综合改革试点，11家养老服务机构纳入医保范围。", "11家") == "纳入医保范围养老服务机构"
    assert _name("review_year", "22户国有企业依法进入破产清算程序。", "22户") == "进入破产清算程序国有企业"
    assert _name("review_year", "全省120万农村贫困人口实现稳定脱贫。", "120万") == "稳定脱贫农村贫困人口"
    # not a deed after a verb inside the noun, nor progress, nor a figure after the deed
    assert _name("review_year", "加快新药审评审批改革，17种抗癌药大幅降价并纳入国家医保目录。", "17种") == "抗癌药"
    assert _name("review_year", "30个重点文化项目建设全面启动，旅游收入创2135亿元新高。", "30个") == "重点文化项目"
    assert _name("review_year", "346个省市级重点项目完成投资2400亿元。", "346个") == "省市级重点项目"


def test_money_allotted_before_its_noun_is_named_by_its_purpose():
    assert _name("review_year", "安排2亿元资金，用于哈尔滨和有关城市治理雾霾。", "2亿元") == "哈尔滨和有关城市治理雾霾资金"
    assert _name("review_year", "省财政每年安排2000万元专项资金，主要用于支持企业的创业辅导和技术创新。", "2000万元") \
        == "企业的创业辅导和技术创新资金"
    # money put in keeps its own word
    assert _name("review_year", "投入1000万元，用于补助农村居民最低生活保障。", "1000万元") == "农村居民最低生活保障投入"
    # a payer and its allotting verb (市财政安排, 市财政共投入) say who pays, the purpose what the money is
    assert _name("review_year", "市财政安排1.18亿元用于全市低温洪涝灾害救灾复产。", "1.18亿元") == "低温洪涝灾害救灾复产资金"
    assert _name("review_year", "市财政全年共投入205亿元用于民生事业。", "205亿元") == "民生事业投入"
    assert _name("review_year", "省级财政投入6.1亿元用于抗灾救灾。", "6.1亿元") == "抗灾救灾投入"


def test_a_settled_deed_with_its_place_names_the_counted_things():
    assert _name("review_year", "5家域外金融机构落户长春。", "5家") == "落户长春域外金融机构"
    assert _name("review_year", "8家企业在境内外上市。", "8家") == "境内外上市企业"
    # a long place name between 在 and the deed, and a chain of deeds
    assert _name("review_year", "23家企业在区域性股权交易市场挂牌。", "23家") == "区域性股权交易市场挂牌企业"
    assert _name("review_year", "13家中小企业在天交所成功挂牌上市。", "13家") == "天交所挂牌上市中小企业"
    # examples closed by 等, then the counted noun led by its deed
    assert _name("review_year", "宝能、万科等国内20多家金融、地产等行业龙头企业落户南宁。", "20多家") == "落户南宁龙头企业"


def test_a_sub_entity_opening_a_clause_owns_the_figures_after_it():
    sent = "经济技术开发区生产总值预计完成312亿元，增长11.4%；固定资产投资186亿元，增长21%；外贸进出口总额9亿美元。"
    assert _name("review_year", sent, "186亿元") == "经济技术开发区固定资产投资"
    assert _name("review_year", sent, "9亿美元") == "经济技术开发区外贸进出口总额"
    assert _name("review_year", "高新区实现工业总产值297亿元，税收47.7亿元、增长11%。", "47.7亿元") == "高新区税收"
    assert _name("review_year", "三县（市）生产总值增长7.5%，地方财政收入15亿元。", "15亿元") == "三县（市）地方财政收入"
    assert _name("review_year", "保税港区生产总值增长20%；固定资产投资80亿元。", "80亿元") == "保税港区固定资产投资"
    # until another owner or the place's own scope opens a clause
    sent = "高新技术产业开发区工业产值增长20%，税收8亿元；全市地方一般公共预算收入120亿元。"
    assert _name("review_year", sent, "8亿元") == "高新技术产业开发区税收"
    assert _name("review_year", sent, "120亿元") == "地方一般公共预算收入"
    # a list of owners, a deed before the sub-entity, or two joined owners own nothing
    assert _name("review_year", "推动开发区能级提升，营业收入增长8%。", "8%") == "营业收入"
    assert not _name("review_year", "兵团和地方协同推进，新增就业2万人。", "2万人").startswith("兵团")
    # a sub-entity in a clause of no figure is a topic; a clause of no figure ends the run
    assert _name("review_year", "全域旅游示范区建设稳步推进，旅游收入增长20%。", "20%") == "旅游收入"
    assert _name("review_year", "城区新植树木20万株，生态环境持续改善，治理水土流失36万亩。", "36万亩") == "治理水土流失"


def test_a_deed_after_qizhong_names_the_things_the_whole_counted():
    # deed_part_of_whole: the part's own words are only a deed (LEX settled_deeds, stage_deeds, count_deeds)
    assert _name("review_year", "新建学校20所，其中已投用15所。", "15所") == "投用学校"
    assert _name("review_year", "开工项目80个，其中竣工30个。", "30个") == "竣工项目"
    assert _name("review_year", "全省股份有限公司发展到124户，其中19户已经上市。", "19户") == "上市股份有限公司"
    t = report(review_year="新建、改扩建幼儿园项目40个（其中新建32个，改扩建8个）。")
    assert [f.indicator for f in one(t, "8个")] == ["改扩建幼儿园项目"]
    # a first part with a noun of its own keeps it; people are counted by their own deed
    assert _name("review_year", "新开工239个、竣工154个，其中百亿项目新开工3个、投产2个。", "2个") != "投产项目"
    assert _name("review_year", "全年实现城镇就业14万人，其中稳定就业6万人。", "6万人") != "就业城镇"


def test_a_bare_level_in_a_count_list_takes_the_last_items_head():
    # head_of_last_item: the level or scale alone counts the noun the last item writes
    for sentence, figure, name in (("获得3项国家级、15项省级科技奖励。", "3项", "国家级科技奖励"),
                                   ("新建5所县级、12所乡镇敬老院。", "5所", "新建县级敬老院"),
                                   ("支持30个省级和150个市县级旅游重点项目。", "30个", "支持省级旅游重点项目")):
        text = report(review_year=sentence)
        assert [f.indicator for f in one(text, figure)] == [name]
    # a place that is the noun itself (县城) is not stripped as a level; a head the verb runs into is no noun
    text = report(review_year="我市4个国家级、13个省级开发区是经济高质量发展的主战场。")
    assert [f.indicator for f in one(text, "4个")] == ["国家级"]


def test_a_deed_alone_in_a_deed_list_takes_the_last_items_noun():
    # head_of_deed_list: 续建10条、开工2条地铁线路 counts lines being continued, not a bare 续建
    text = report(review_year="续建10条、开工2条地铁线路。")
    assert [f.indicator for f in one(text, "10条")] == ["续建地铁线路"]
    # the word after the last count measures a later number: no noun to share
    text = report(review_year="续建6条、开工6条总长237公里地铁线路。")
    assert "续建总长" not in [f.indicator for f in facts(text)]
    # a stage list whose noun is before the first count keeps stage_of_previous
    text = report(review_year="老旧小区改造开工742个、完工548个。")
    assert [f.indicator for f in one(text, "548个")] == ["老旧小区改造完工"]


def test_a_later_threshold_item_counts_the_first_class_over_its_line():
    # threshold_list_item: 超100亿元5家 counts firms over 100亿元 of the first's measure; 100亿元 is no figure
    text = report(review_year="打造主营业务收入超300亿元企业2家、超100亿元5家、超10亿元18家。")
    found = facts(text)
    assert [f.indicator for f in one(text, "5家")] == ["主营业务收入超100亿元企业"]
    assert not [f for f in found if f.text in ("100亿元", "10亿元")]
    text = report(review_year="新备案超10亿元项目84个，其中超50亿元19个。")
    assert [f.indicator for f in one(text, "19个")] == ["超50亿元项目"]


def test_a_framing_verb_between_an_owner_and_its_measure_is_dropped():
    # without_inner_framing (name_adjustment): 实现/完成 frame the owner's measure (dev: 长沙 2006,
    # 哈尔滨 2009, 呼和浩特 2019); not after an adverb (提前实现), nor 实现程度
    from dagster_project.parsing.name_adjustments import without_inner_framing

    assert without_inner_framing("市属归口管理企业实现进出口总额") == "市属归口管理企业进出口总额"
    assert without_inner_framing("哈开发区实现工业总产值") == "哈开发区工业总产值"
    assert without_inner_framing("龙头企业预计实现销售收入") == "龙头企业销售收入"
    assert without_inner_framing("提前实现人均国内生产总值") == "提前实现人均国内生产总值"
    assert without_inner_framing("建成小康社会实现程度") == "建成小康社会实现程度"


def test_a_framing_verb_before_money_an_owner_reached_is_dropped():
    # LEX framed_measures (dev: 海口 2015, 成都 2020, 太原 2022); not a relative clause (实现的), nor
    # after an adverb (分别完成, 可完成)
    from dagster_project.parsing.name_adjustments import without_inner_framing

    assert without_inner_framing("省市重点项目实现投资") == "省市重点项目投资"
    assert without_inner_framing("软件产业实现业务收入") == "软件产业业务收入"
    assert without_inner_framing("竞争性市属企业力争实现营业收入") == "竞争性市属企业营业收入"
    assert without_inner_framing("限额以上单位通过互联网实现的餐饮收入") == "限额以上单位通过互联网实现的餐饮收入"
    assert without_inner_framing("分别完成年度计划投资") == "分别完成年度计划投资"
    assert without_inner_framing("到今年底可完成政府性投资") == "到今年底可完成政府性投资"


def test_new_leads_the_name_and_the_level_reached_after_it_is_the_stock():
    # new_first and STOCK_AFTER_NEW (dev: 青岛 2022, 武汉 2007); not new loans restated (青岛 2010), nor a
    # target restated (江苏 2004)
    names = _names(review_year="金融机构新增58家，达到286家。来汉投资的世界500强企业新增26家，累计达到67家。"
                               "新增贷款首次突破1000亿元，达到1205亿元。")
    assert names["58家"] == "新增金融机构"
    assert names["286家"] == "金融机构"
    assert names["67家"] == "来汉投资的世界500强企业"
    assert names["1205亿元"] == "新增贷款"
    assert _names(year_targets="确保新增农村劳务输出超过50万人，力争达到70万人。")["70万人"] == "新增农村劳务输出"


def test_a_ranks_digits_are_part_of_the_counted_noun():
    # dev: 厦门 2016, 内蒙古 2024: 世界500强企业 is the noun after the count, not 世界
    names = _names(review_year="成功引进绿地集团等6家世界500强企业。目前有37家中国500强企业在本市投资。")
    assert names["6家"] == "世界500强企业"
    assert names["37家"] == "中国500强企业"


def test_a_level_verb_ending_a_name_goes_and_a_bare_per_head_takes_the_total_before():
    # without_level_verb, _per_head_of_previous (dev: 合肥 2016, 海南 2003, 宁夏 2006)
    names = _names(review_year="财政收入突破千亿元、达到1000.5亿元，年均增长14.5%。少数民族地区民房改造受益人口达37万多人。"
                               "全区地区生产总值达到3614.9亿元，年均增长10.6%；人均达到13328元。")
    assert names["1000.5亿元"] == "财政收入"
    assert names["37万多人"] == "少数民族地区民房改造受益人口"
    assert names["13328元"] == "人均地区生产总值"


def test_a_comparison_alone_is_named_by_what_it_compares():
    # noun_before leaves a comparison alone to the rules after it (dev: 大连 2008, 上海 2018, 昆明 2022);
    # a gap in points keeps its comparison (name_adjustments' gap against a place)
    names = _names(review_year="累计完成工业投资9490亿元，是上一个五年的5.4倍。新设企业121.9万家，是上个五年的2.1倍。"
                               "人均期望寿命提高到80.04岁，比全国平均水平高2.74岁。")
    assert names["5.4倍"] == "工业投资"
    assert names["2.1倍"] == "新设企业"
    assert names["2.74岁"] == "人均期望寿命"
