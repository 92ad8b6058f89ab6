"""Numbers: units, magnitudes, qualifiers, ranges, fractions, 翻番, odd digits."""
import pytest

from tests.parsing.helpers import facts, one, report


def test_value_with_magnitude_and_measure_word():
    t = report(review_year="全年粮食产量达到85.6万吨，新建公园12座。")
    (f,) = one(t, "85.6万吨")
    assert (f.kind, f.value, f.unit, f.qualifier) == ("value", 85.6, "万吨", "exact")
    (g,) = one(t, "12座")
    assert (g.value, g.unit) == (12, "座")


def test_a_measure_word_opening_a_noun_is_no_unit():
    # 群 is a measure word, 群众 a noun (LEX units not_unit_before)
    t = report(review_year="安全转移7万群众，无一人伤亡。")
    (f,) = one(t, "7万")
    assert (f.text, f.unit) == ("7万", "万")


@pytest.mark.parametrize("phrase,qual", [
    ("约120万人", "about"), ("近120万人", "about"), ("120万人左右", "about"),
    ("120万人以上", "more_than"), ("120余万人", "more_than"), ("超过120万人", "more_than"),
    ("突破120万人", "more_than"), ("不少于120万人", "more_than"), ("120多万人", "more_than"),
    ("120万人以内", "less_than"), ("不超过120万人", "less_than"),
])
def test_qualifiers(phrase, qual):
    t = report(review_year=f"全市常住人口{phrase}。")
    (f,) = one(t, "120")
    assert f.qualifier == qual
    assert f.value == 120


def test_control_within_is_less_than():
    t = report(year_targets="城镇登记失业率控制在4.5%以内。")
    (f,) = one(t, "4.5%")
    assert (f.kind, f.value, f.qualifier, f.status) == ("percent", 4.5, "less_than", "target")


def test_ranges():
    t = report(year_targets="研发投入强度提高1至2个百分点，地区生产总值增长6.5%—7%，居民收入增长5%-5.5%。")
    (a,) = one(t, "1至2个百分点")
    assert (a.kind, a.value, a.value_high, a.unit) == ("percentage_points", 1, 2, "个百分点")
    (b,) = one(t, "6.5%—7%")
    assert (b.kind, b.value, b.value_high) == ("growth", 6.5, 7)
    (c,) = one(t, "5%-5.5%")
    assert (c.value, c.value_high) == (5, 5.5)
    assert not one(t, "2个百分点")  # the end of a range is no fact of its own


def test_fraction_share_is_percent():
    t = report(review_year="民营经济增加值占全市经济总量的1/4。")
    (f,) = one(t, "1/4")
    assert (f.kind, f.value, f.unit) == ("percent", 25, "%")


def test_fanfan_is_multiple():
    t = report(plan_targets="到2025年，数字经济规模实现翻一番，外贸总额翻两番。")
    (a,) = one(t, "翻一番")
    assert (a.kind, a.value, a.unit, a.period, a.base_period) == ("multiple", 2, "倍", "2021-2025", "2020")
    (b,) = one(t, "翻两番")
    assert b.value == 4


def test_full_width_digits_and_percent():
    t = report(review_year="全年地区生产总值增长６．５％。")
    fs = facts(t)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].value, fs[0].unit) == ("growth", 6.5, "%")
    assert fs[0].offset == t.index("６")


def test_thousands_separator():
    t = report(review_year="全年接待游客12,345万人次，比上年增长8%。")
    (f,) = one(t, "12,345")
    assert (f.value, f.unit) == (12345, "万人次")


def test_years_dates_names_slogans_are_not_facts():
    t = report(review_year="2020年3月15日，地铁2号线开通，建成5G基站800个，落实“1+3”部署，第20中学新校区启用，纪念建校100周年。")
    offs = {f.offset for f in facts(t)}
    assert offs == {t.index("800个")}


def test_plan_names_are_periods_not_numbers():
    t = report(review_plan="“十三五”期间，累计新增城镇就业50万人。")
    (f,) = facts(t)
    assert f.period == "2016-2020" and f.value == 50


def test_bare_wan_unit():
    t = report(review_year="年初剩余的12万农村贫困人口全部脱贫。")
    (f,) = one(t, "12万")
    assert (f.unit, f.value) == ("万", 12)
    assert "贫困人口" in f.indicator


def test_descriptors_are_not_facts():
    t = report(review_year="落实省委15条措施，连续8年增产，为80岁以上老人发放补贴，实施“3个100”工程，改造30年以上住宅，全年新建养老院6所。")
    assert [f.text for f in facts(t)] == ["6所"]


def test_an_age_in_full_years_is_no_count_of_weeks():
    # 周岁 is one unit (LEX measure_words), not 周 (weeks) and a name opening with 岁
    t = report(review_year="为全市所有60周岁以上老年农民每人每月发放基础养老金55元。")
    got = facts(t)
    assert [f.text for f in got] == ["55元"] and not got[0].indicator.startswith("岁")


def test_capacity_names_are_not_facts():
    t = report(year_targets="推进年产50万吨钢材项目和日处理300吨垃圾焚烧厂建设，开工建设200万吨煤矿项目，新建道路12公里。")
    assert [f.text for f in facts(t)] == ["12公里"]


def test_time_expressions_are_not_facts():
    t = report(review_year="时隔5年再获冠军，经过30多年努力，近3年来持续向好，推行24小时在线监控，打造15分钟便民生活圈，审批时限压缩到3个工作日。")
    assert [f.text for f in facts(t)] == ["3个工作日"]


def test_numbers_in_titles_are_not_facts():
    t = report(year_targets="落实《推动大规模设备更新三年行动方案（2024—2026年）》和《关于支持100家企业上市的意见》，新建5G基站3000个。")
    assert [f.text for f in facts(t)] == ["3000个"]


def test_thresholds_naming_a_class_are_not_facts():
    t = report(year_targets="开工建设10亿元以上重大产业项目50个，年能耗5000吨标准煤以上企业全部完成诊断，引进5家以上企业入驻。")
    assert [f.text for f in facts(t)] == ["50个", "5家"]


def test_letter_units_and_named_years():
    t = report(review_year="全省智能算力达1.6万P，新增装机300MW，发布2024县域产业白皮书，建成5G基站2000个。")
    got = {f.text: f.unit for f in facts(t)}
    assert got == {"1.6万P": "万P", "300MW": "MW", "2000个": "个"}


def test_ages_and_bases_per_unit_are_not_facts():
    t = report(review_year="为0-6岁儿童免费体检，小麦最低收购价每50公斤提高5元，人均预期寿命提高到79.3岁。")
    got = {f.text: f.indicator for f in facts(t)}
    assert got == {"5元": "小麦最低收购价增加额", "79.3岁": "人均预期寿命"}  # raised by 5元: a change


def test_a_one_character_qualifier_before_a_word_is_that_words():
    # 强 of 强降雨, 多 of 多功能: not "more than"
    t = report(review_year="有效应对14轮强降雨，建成45个多功能运动场。")
    assert [f.qualifier for f in one(t, "14轮")] == ["exact"]
    assert [f.qualifier for f in one(t, "45个")] == ["exact"]
    t = report(review_year="外贸出口增长10%强。")
    assert [f.qualifier for f in one(t, "10%")] == ["more_than"]


def test_more_than_n_percentage_points():
    t = report(review_year="出口额占国际市场份额比上年提高2个多百分点。")
    (f,) = one(t, "2个多百分点")
    assert (f.kind, f.value, f.unit, f.qualifier) == ("percentage_points", 2.0, "个百分点", "more_than")
    # any measure word 个… written around 多 (个多月 is 个月, more than), not 个 and a name 多月
    t = report(review_year="实施惠游活动，4个多月接待游客7740万人次。")
    (f,) = one(t, "4个多月")
    assert (f.value, f.unit, f.qualifier) == (4.0, "个月", "more_than")
    assert [f.indicator for f in one(t, "7740万人次")] == ["接待游客"]


def test_a_facts_text_is_the_report_text_at_its_offset():
    """Full-width signs and a line break inside a figure stay as written, so
    text[offset:offset + len(fact.text)] is always the fact's text (docs/facts.md)."""
    from dagster_project.parsing.report import parse_report

    text = ("某市2021年政府工作报告\n\n——2021年1月10日在某市第一届人民代表大会第一次会议上\n\n各位代表：\n\n"
            "一、2020年工作回顾\n\n过去一年，全市地区生产总值增长8.1％，居民消费价格上涨2.5％，"
            "城镇新增就业2.1万人，培训技术工人1200\n名。\n")
    facts = parse_report("t", text).facts
    assert {f.text for f in facts} >= {"8.1％", "2.5％"}
    assert all(text[f.offset:f.offset + len(f.text)] == f.text for f in facts)
    assert next(f for f in facts if f.text.startswith("8.1")).unit == "%"


def test_a_blank_inside_a_decimal_number_is_no_break():
    """增长15. 3%, 灾民12 .54万人 (old typesetting): one number, its text as written at its offset."""
    t = report(review_year="工业增加值增长15. 3%，转移安置灾民12 .54万人，计划生育率达到　91. 69%以上。")
    (a,) = one(t, "15. 3%")
    assert (a.text, a.kind, a.value, a.indicator) == ("15. 3%", "growth", 15.3, "工业增加值")
    (b,) = one(t, "12 .54万人")
    assert (b.text, b.value, b.unit) == ("12 .54万人", 12.54, "万人")
    (c,) = one(t, "91. 69%")
    assert (c.value, c.qualifier) == (91.69, "more_than")
    assert not [f for f in facts(t) if f.text in ("3%", "54万人", "69%")]
    assert all(t[f.offset:f.offset + len(f.text)] == f.text for f in facts(t))


def test_a_list_marker_opening_a_line_is_no_decimal_point():
    t = report(review_year="改革持续深化。\n\n8. 6张清单：即权力清单等。\n\n14. 2019民生示范工程：共12项。")
    assert one(t, "6张")[0].value == 6
    assert not [f for f in facts(t) if f.text.startswith(("8. 6", "14. 2"))]


def test_a_unit_cut_by_a_line_wrap_blank_is_read_whole():
    # (天津 2004: 8.6个百 分点; 河北 2011: 10000平 方公里): the blank is inside the word, the text runs to its end
    t = report(review_year="全年出口达到115.9亿美 元，比上年提高8.6个百 分点。划定保护面积10000平 方公里，新建3个 项目，节约5吨 标准煤。")
    (x,) = one(t, "115.9")
    assert (x.text, x.unit, x.value) == ("115.9亿美 元", "亿美元", 115.9)
    (p,) = one(t, "8.6")
    assert (p.text, p.kind, p.unit) == ("8.6个百 分点", "percentage_points", "个百分点")
    (a,) = one(t, "10000")
    assert (a.text, a.unit) == ("10000平 方公里", "平方公里")
    (n,) = one(t, "3个")
    assert (n.text, n.unit) == ("3个", "个")  # a whole word before the blank: no cut
    (c,) = one(t, "5吨")
    assert c.unit == "吨"


def test_figures_damaged_by_a_substitution_placeholder_are_left_out():
    # A converter's failed regex substitution wrote `$1.$2` over decimals; the digits
    # around it (１０７…６亿元, １…％) are fragments, while whole figures beside them stay.
    t = report(review_year="地区生产总值１０７$1.$2６亿元，增长１$1.$2％。"
                           "城镇居民人均可支配收入１１０１３元，增长１$1.$2％。")
    kept = [(f.text, f.indicator) for f in facts(t)]
    assert kept == [("１１０１３元", "城镇居民人均可支配收入")]


def test_a_dollar_sign_alone_does_not_damage_a_figure():
    t = report(review_year="实际利用外资US$5.2亿元，增长8%。")
    assert [f.value for f in facts(t)] == [5.2, 8]


def test_a_report_typeset_with_full_stops_as_decimal_points_reads_its_numbers_whole():
    # DECIMAL_FULL_STOP (text.py; dev: 合肥 2009, 山东 1997): 160。9亿元 is 160.9 where the report has
    # no other decimal point; in a report with decimal points 。 between digits ends a sentence
    from dagster_project.parsing.report import parse_report

    text = ("某市2009年政府工作报告\n\n各位代表：\n\n一、2008年工作回顾\n\n"
            "地方财政收入160。9亿元，增长57。8%。居民消费价格上涨9。6%，涨幅回落8个百分点。\n")
    values = {f.text: f.value for f in parse_report("t-2009", text).facts}
    assert values["160。9亿元"] == 160.9 and values["57。8%"] == 57.8 and values["9。6%"] == 9.6
    other = text.replace("涨幅回落8个百分点", "涨幅回落0.8个百分点")
    assert "160。9亿元" not in {f.text for f in parse_report("t-2009", other).facts}


def test_medals_and_satellites_are_counted():
    # 枚, 颗 (LEX measure_words; dev: 陕西 2011, 河北 1999): a count with its unit, not a bare number
    from tests.parsing.helpers import facts, report

    t = report(review_year="我省运动员在国内外赛事中获35枚金牌、22枚银牌和27枚铜牌。确保完成压锭22.3万枚的任务。")
    units = {f.text: f.unit for f in facts(t)}
    assert units["35枚"] == "枚" and units["22枚"] == "枚"
    assert units["22.3万枚"] == "万枚"
