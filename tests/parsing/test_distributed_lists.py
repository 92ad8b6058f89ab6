"""分别 lists whose subjects are not spelled out one per number: each construct must
give one subject per value, and a list that cannot be resolved must not claim a
size its facts disagree with."""
from tests.parsing.helpers import facts, one, report


def _list(text: str, first_number: str):
    """(indicator, text) of the facts sharing the list of ``first_number``, and its list_size."""
    fs = facts(text)
    off = text.index(first_number)
    lid = next(f.list_id for f in fs if f.offset == off)
    members = [f for f in fs if f.list_id == lid]
    sizes = {f.list_size for f in members}
    assert lid is not None and len(sizes) == 1
    return [(f.indicator, f.text) for f in members], sizes.pop()


def test_ordinal_sectors_share_their_head():
    t = report(year_targets="全市生产总值增长6%左右，其中一、二、三产业增加值分别增长2%、7%、6%。")
    pairs, size = _list(t, "2%、")
    assert pairs == [("第一产业增加值", "2%"), ("第二产业增加值", "7%"), ("第三产业增加值", "6%")]
    assert size == 3


def test_ordinal_sectors_abbreviated_without_industry():
    t = report(review_year="二、三产增加值分别增长8.1%和6.4%。")
    pairs, size = _list(t, "8.1%")
    assert [p[0] for p in pairs] == ["第二产业增加值", "第三产业增加值"] and size == 2


def test_subjects_joined_by_he_share_the_head_of_the_last():
    t = report(review_year="全省和各开发区外资准入限制条目分别减少30%、45%。")
    pairs, size = _list(t, "30%")
    assert pairs == [("全省外资准入限制条目", "30%"), ("各开发区外资准入限制条目", "45%")] and size == 2


def test_nested_he_inside_a_dun_list():
    t = report(review_year="城区绿化覆盖率、雨水和中水回用率分别达到41%、60%、35%。")
    pairs, size = _list(t, "41%")
    assert [p[0] for p in pairs] == ["城区绿化覆盖率", "雨水回用率", "中水回用率"] and size == 3


def test_item_without_rate_takes_the_next_rate_head():
    t = report(review_year="乡村公厕、集中供水设施覆盖率和污水收集（处理）率分别达80%、90%、50%。")
    pairs, size = _list(t, "80%")
    assert [p[0] for p in pairs] == ["乡村公厕覆盖率", "集中供水设施覆盖率", "污水收集（处理）率"] and size == 3


def test_quoted_terms_side_by_side():
    t = report(review_year="“放管服”“一网通办”事项办结率分别达99%、96%。")
    pairs, size = _list(t, "99%")
    assert [p[0] for p in pairs] == ["放管服事项办结率", "一网通办事项办结率"] and size == 2


def test_coordinate_abbreviation_of_the_lexicon():
    t = report(review_year="新能源汽车产销量分别增长31%和28%。")
    pairs, size = _list(t, "31%")
    assert [p[0] for p in pairs] == ["新能源汽车产量", "新能源汽车销量"] and size == 2


def test_counted_subjects_share_the_head():
    t = report(review_year="12个重点园区、25个特色小镇营业收入分别增长9%、11%。")
    pairs, size = _list(t, "9%")
    assert [p[0] for p in pairs] == ["重点园区营业收入", "特色小镇营业收入"] and size == 2


def test_subjects_listed_in_the_clause_before():
    t = report(review_year="工业固废、建筑垃圾、餐厨垃圾处置能力明显增强，处置率分别达到92%、80%、75%。")
    pairs, size = _list(t, "92%")
    assert [p[0] for p in pairs] == ["工业固废处置率", "建筑垃圾处置率", "餐厨垃圾处置率"] and size == 3


def test_subjects_before_a_verb_only_clause():
    t = report(review_year="城乡低保标准、特困人员供养标准和孤儿基本生活费再次提高，分别提高50元、80元和100元。")
    pairs, size = _list(t, "50元")
    assert [p[0] for p in pairs] == ["城乡低保标准", "特困人员供养标准", "孤儿基本生活费"] and size == 3


def test_shares_of_each_subject_just_listed():
    t = report(review_year="电子信息、新材料产业增加值分别增长15%、12%，占规模以上工业比重分别提高到18%、9%。")
    pairs, size = _list(t, "18%")
    assert [p[0] for p in pairs] == ["电子信息产业增加值占规模以上工业比重", "新材料产业增加值占规模以上工业比重"]
    assert size == 2


def test_unresolvable_list_keeps_size_equal_to_its_values():
    t = report(review_year="年分红超5万元、超20万元合作社占比分别达40%、10%。")
    pairs, size = _list(t, "40%")
    assert len(pairs) == 2 and size == 2


def test_a_list_whose_last_item_joins_two_with_he():
    t = report(review_year="项目结算率、决算率和通过率均提高10个百分点。")
    assert sorted(f.indicator for f in one(t, "10个百分点")) == ["决算率", "通过率", "项目结算率"]


def test_an_industry_named_with_he_is_one_item():
    t = report(review_year="批发业、租赁和商务服务业增加值分别增长5%、8%。")
    assert [f.indicator for f in one(t, "8%")] == ["租赁和商务服务业增加值"]


def test_a_unit_written_once_after_a_run_of_figures_pairs_in_order():
    """分别高于全市2、13和3.7个百分点: every figure of the run shares the unit, so the
    subjects pair with the figures in order."""
    t = report(review_year="县域地区生产总值、财政收入、固定资产投资增幅分别高于全市2、13和3.7个百分点。")
    pairs, size = _list(t, "2、13")
    assert [p[1] for p in pairs] == ["2", "13", "3.7个百分点"] and size == 3
    assert all(s in p[0] for p, s in zip(pairs, ["地区生产总值", "财政收入", "固定资产投资"], strict=True))
    t = report(review_year="三县（区）地区生产总值、规模以上工业增加值、财政收入、进出口增幅分别高于全市平均水平1.2、3.5、0.6、4.1个百分点。")
    pairs, size = _list(t, "1.2、")
    assert [p[1] for p in pairs] == ["1.2", "3.5", "0.6", "4.1个百分点"] and size == 4
    assert all(s in p[0] for p, s in zip(pairs, ["地区生产总值", "规模以上工业增加值", "财政收入", "进出口"], strict=True))
    assert all(f.kind == "percentage_points" for f in facts(t))


def test_changes_compared_with_another_place_each_keep_the_change_the_comparison_and_the_owner():
    """A、B、C增幅分别高于全市…: each figure is a gap (named as one: …增幅高于全市), and an
    owner opening the list (县域, 三县（区）) is every item's."""
    t = report(review_year="三县（区）地区生产总值、规模以上工业增加值、财政收入、进出口增幅分别高于全市平均水平1.2、3.5、0.6、4.1个百分点。")
    pairs, size = _list(t, "1.2、")
    assert [p[0] for p in pairs] == ["三县（区）地区生产总值增幅高于全市平均水平", "三县（区）规模以上工业增加值增幅高于全市平均水平",
                                     "三县（区）财政收入增幅高于全市平均水平", "三县（区）进出口增幅高于全市平均水平"]
    t = report(review_year="基础设施、生态环境、民生工程投资增速分别高于全省投资4.2、11.6和21.2个百分点。")
    pairs, size = _list(t, "4.2、")
    assert [p[0] for p in pairs] == ["基础设施投资增速高于全省投资", "生态环境投资增速高于全省投资", "民生工程投资增速高于全省投资"]
    t = report(review_year="两县（市）GDP、规模以上工业增加值、财政收入、出口增速分别高于全市平均水平1.1、2.3、0.5、3.2个百分点。")
    pairs, size = _list(t, "1.1、")
    assert [p[0] for p in pairs][::3] == ["两县（市）GDP增速高于全市平均水平", "两县（市）出口增速高于全市平均水平"] and size == 4


def test_the_deng_of_a_word_closes_no_list():
    """高等教育毛入学率: 等 of 高等 is no 'and so on' that cuts the name."""
    t = report(review_year="九年义务教育巩固率、高中阶段教育毛入学率、高等教育毛入学率分别提高3.3、15.1和10.18个百分点。")
    pairs, size = _list(t, "3.3、")
    assert [p[0] for p in pairs] == ["九年义务教育巩固率", "高中阶段教育毛入学率", "高等教育毛入学率"] and size == 3
    t = report(review_year="中、高等职业教育在校生分别达到2000万人和861万人。")
    pairs, size = _list(t, "2000万人")
    assert [p[0] for p in pairs] == ["中等职业教育在校生", "高等职业教育在校生"] and size == 2
    t = report(review_year="省、市级民营科技企业分别新增63家和200家，肉、奶、禽蛋产量分别增长10%、9%、2%。")
    assert [p[0] for p in _list(t, "63家")[0]] == ["省级民营科技企业", "市级民营科技企业"]
    assert [p[0] for p in _list(t, "10%")[0]] == ["肉产量", "奶产量", "禽蛋产量"]


def _names(sentence: str) -> list[str]:
    return [f.indicator for f in facts(report(review_year=sentence))]


def test_straddled_abbreviation_one_character_item_takes_the_rest_of_the_pair():
    # rule STRADDLED_ABBREVIATION: 存、贷款 is 存贷款 (lexicon pair_abbreviations) cut by the 、
    assert _names("金融机构本外币存、贷款余额分别突破1.8万亿元和1.2万亿元。") == ["金融机构本外币存款余额", "金融机构本外币贷款余额"]
    assert _names("金融机构存、贷款分别增长35%和40.1%。") == ["金融机构存款", "金融机构贷款"]
    assert _names("进、出口分别增长12%和8%。") == ["进口", "出口"]
    assert _names("农村中、小学的生均公用经费定额分别提高155元和105元。")[0].startswith("农村中学")
    # two words, not 初 and a cut 中小学
    assert _names("初中、小学生均公用经费标准分别提高到450元和300元。") == ["初中生均公用经费标准", "小学生均公用经费标准"]


def test_shared_remainder_keeps_the_words_of_the_head():
    # rule SHARED_REMAINDER: 综合 and 常住 (lexicon head_modifiers) belong to the shared head
    assert _names("广播、电视综合人口覆盖率分别达到95.4%和96.7%。") == ["广播综合人口覆盖率", "电视综合人口覆盖率"]
    assert _names("城镇、农村常住居民人均可支配收入分别增长9%和10%。") == [
        "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
    assert _names("全市刑事、治安警情分别下降17.9%、33.6%。") == ["刑事警情", "治安警情"]
    assert _names("化肥、农药使用量分别下降20%、10%。") == ["化肥使用量", "农药使用量"]


def test_shared_remainder_leaves_words_cut_inside_and_verbs_alone():
    assert _names("工业、服务业投资年均分别增长3.6%和4.5%。") == ["工业投资", "服务业投资"]  # 服务|业
    assert _names("风电、光伏发电累计装机分别达803万千瓦、326万千瓦。") == ["风电装机", "光伏发电装机"]
    assert _names("城市、农村低保标准分别提高11.4%和17.3%。") == ["城市低保标准", "农村低保标准"]


def test_levels_share_head_each_level_keeps_the_noun():
    # rule LEVELS_SHARE_HEAD: the first level is not lost, bare levels take 级 from the last
    assert _names("国家级、省级众创空间分别达到25家和77家。") == ["国家级众创空间", "省级众创空间"]
    assert _names("国家、省、市级重点农业龙头企业分别达11户、37户和222户。") == [
        "国家级重点农业龙头企业", "省级重点农业龙头企业", "市级重点农业龙头企业"]
    assert _names("新增国家级、省级示范区3个、5个。") == ["新增国家级示范区", "新增省级示范区"]
    assert _names("国家级、省级重点龙头企业分别达到12家和85家。") == ["国家级重点龙头企业", "省级重点龙头企业"]


def test_levels_share_head_not_after_a_place():
    # 北京市和中央单位: a place, not a deed, before the first level
    names = _names("北京市和中央单位分别投入资金19.1亿元和3.3亿元。")
    assert not any(n.startswith("北京中央") for n in names)


def test_two_subjects_with_fenbie_pair_in_order_and_one_number_does_not_split():
    t = report(review_year="城镇和农村居民人均收入分别增长8%和10%。")
    assert [(f.indicator, f.value) for f in facts(t)] == [("城镇居民人均收入", 8.0), ("农村居民人均收入", 10.0)]
    t = report(review_year="城镇、农村居民人均可支配收入增长8%。")
    assert len(facts(t)) == 1
