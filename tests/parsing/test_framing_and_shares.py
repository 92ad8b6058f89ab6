"""Framing phrases (an adverb of manner or priority before a programme verb, LEX
framing_adverbs + framing_deeds, and 开展) are no part of a name; defining deeds (新建,
改造, 认定, 组建) stay. A bare share word names the share of the figure before it."""
import pytest

from tests.parsing.helpers import one, report


def _name(sentence: str, figure: str, section: str = "review_year") -> str:
    found = one(report(**{section: sentence}), figure)
    assert found, f"{figure}: no fact"
    return found[0].indicator


@pytest.mark.parametrize("sentence, figure, name", [
    ("高质量建设15个先进制造业集群。", "15个", "先进制造业集群"),
    ("重点建设省级孵化器40个。", "40个", "省级孵化器"),
    ("加快建设合肥先进光源等4个大装置。", "4个", "大装置"),
    ("统筹推进380个市级重大项目。", "380个", "市级重大项目"),
    ("组织实施关键共性技术攻关项目73个。", "73个", "关键共性技术攻关项目"),
    ("开展节水灌溉技术示范50万亩。", "50万亩", "节水灌溉技术示范"),
    ("组织开展各类职业培训30万人次。", "30万人次", "各类职业培训"),
    # a plan word (计划, 安排: LEX framing_verbs) only says the count is planned (its status)
    ("与铁道部签署部省合作纪要，计划建设8个铁路项目。", "8个", "建设铁路项目"),
    ("全年计划实施167个在建重点项目，实现年度投资300亿元以上。", "167个", "在建重点项目"),
    ("安排实施100件左右民生实事。", "100件", "民生实事"),
    # a plan word before a count of works named before the number (name_adjustments._without_plan_word)
    ("全年安排省重点项目300项，投资3900亿元。", "300项", "省重点项目"),
    ("今年计划建设保障性住房1600套。", "1600套", "建设保障性住房"),
    ("全年安排大学生就业8026人。", "8026人", "安排大学生就业"),  # 安排 places people: a deed
])
def test_a_framing_phrase_is_no_part_of_the_name(sentence, figure, name):
    assert _name(sentence, figure, "year_targets") == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("新建保障性住房6000套。", "6000套", "新建保障性住房"),
    ("认定高新技术企业120家。", "120家", "认定高新技术企业"),
    ("建设作物制种专业村100个以上。", "100个", "建设作物制种专业村"),  # a bare deed, no framing adverb
])
def test_a_defining_deed_stays(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("全市重点建设228个项目，完成投资382.44亿元。", "228个", "重点建设项目"),  # one noun
    ("重点建设项目完成投资900亿元。", "900亿元", "重点建设项目投资"),
    ("21项高质量发展指标位居全省前列。", "21项", "高质量发展指标位居全省前列"),  # after the number: its own words
    ("开展家庭医生式服务的社区卫生服务机构达到40%。", "40%", "开展家庭医生式服务的社区卫生服务机构"),  # a relative clause
])
def test_a_framing_phrase_that_is_part_of_a_noun_stays(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("全市非公有制企业工业增加值362.74亿元，比重达67%。", "67%", "非公有制企业工业增加值比重"),
    ("三产投资增长31.5%、比重达到58.6%。", "58.6%", "三产投资比重"),
    ("全区优良天数311天、比例达85.1%。", "85.1%", "优良天数比例"),
    ("内源型经济占生产总值的62.5%，比重提高4.5个百分点。", "4.5个百分点", "内源型经济占生产总值比重"),
    ("进出口总额2989亿美元，占全省的60%、占东北三省的42%。", "42%", "进出口总额占东北三省比重"),
])
def test_a_share_names_its_part_and_whole(sentence, figure, name):
    assert _name(sentence, figure) == name


def test_already_is_dropped_whole_not_cut():
    # 已经 is one word: cutting 已 alone left 经占总农户比重
    name = _name("参加合作社的农户已经占总农户的60%左右。", "60%")
    assert not name.startswith("经") and name.endswith("占总农户比重")


@pytest.mark.parametrize("sentence, figure, name", [
    ("城镇居民人均可支配收入达到3.2万元，“十三五”期间年均增长7.5%。", "7.5%", "城镇居民人均可支配收入"),
    ("工业总产值1995年达到134亿元，“八五”期间年平均增长25%。", "25%", "工业总产值"),
    ("高新技术企业突破2万家、两年翻番。", "翻番", "高新技术企业"),
    ("两年实际到位外资70亿美元。", "70亿美元", "实际到位外资"),
    ("今后五年国内生产总值年均增长7.5%。", "7.5%", "国内生产总值"),
])
def test_a_time_phrase_is_never_a_name(sentence, figure, name):
    assert _name(sentence, figure, "review_plan") == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("学前三年入园率达82.5%。", "82.5%", "学前三年入园率"),
    ("九年义务教育巩固率达99%。", "99%", "九年义务教育巩固率"),
])
def test_years_that_are_part_of_a_name_stay(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("新建保障性住房6000套，完成分配4200户。", "4200户", "保障性住房分配"),
    ("10亿元以上重大项目新开工270个以上，续建620个以上。", "620个", "10亿元以上重大项目续建"),
    ("新开工亿元以上工业项目60项、竣工50项。", "50项", "亿元以上工业项目竣工"),
])
def test_a_bare_stage_counts_the_works_of_the_figure_before(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("市区支路建设整治53条，竣工22条。", "22条", "竣工"),  # a deed ends the name before: its works are unclear
    ("新建住房6000套，竣工120万平方米。", "120万平方米", "竣工"),  # another unit: other works
])
def test_a_stage_is_not_carried_over_unclear_works(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure, name", [
    ("深化校地合作，签约项目86个。", "86个", "校地合作签约项目"),
    ("成功举办第二届物流合作洽谈会，签约项目84项，签约金额184.07亿元。", "184.07亿元", "第二届物流合作洽谈会签约金额"),
])
def test_the_results_of_an_event_are_scoped_by_it(sentence, figure, name):
    assert _name(sentence, figure) == name


def test_a_result_after_another_deed_is_not_scoped_by_an_event():
    # 完成投资 is no result of the campaign: the projects own it
    assert _name("开展招商引资，新引进项目200个，完成投资50亿元以上。", "200个") == "新引进项目"


@pytest.mark.parametrize("sentence, figure, name", [
    ("数字经济快速发展，营业收入320亿元，增长18%。", "320亿元", "数字经济营业收入"),
    ("现代物流业蓬勃发展，增加值突破300亿元。", "300亿元", "现代物流业增加值"),
    ("民营经济发展提速，实现增加值797.2亿元。", "797.2亿元", "民营经济增加值"),
])
def test_a_generic_measure_takes_the_topic_of_the_clause_before(sentence, figure, name):
    assert _name(sentence, figure) == name


@pytest.mark.parametrize("sentence, figure", [
    ("各项工作取得新进展，营业收入320亿元。", "320亿元"),  # a general opener (LEX general_topics)
    ("支持“六大优势产业”壮大规模，力争营业收入突破6万亿元。", "6万亿元"),  # a task, not a topic
])
def test_a_general_opener_or_a_task_owns_no_measure(sentence, figure):
    assert _name(sentence, figure) == "营业收入"


def test_the_texts_own_share_word_is_not_doubled():
    # dev: 湖北 2022 (税收收入…占比达到78%), 福建 2024 (福耀汽车玻璃市场占有率达34%): 占比 is the name's
    # share word, and a 占有率 is a rate already (not …占比比重, …市场占有率比重)
    from tests.parsing.helpers import facts, report

    t = report(review_year="税收收入增长33.1%，占比达到78%。福耀汽车玻璃市场占有率达34%。")
    names = {f.text: f.indicator for f in facts(t)}
    assert names["78%"] == "税收收入占比"
    assert names["34%"] == "福耀汽车玻璃市场占有率"
