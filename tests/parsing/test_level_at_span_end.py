"""Rule LEVEL_AT_SPAN_END (periods.level_at_end): in a five-year review a level reached (LEX
threshold_verbs) or a stock stated (LEX stock_nouns) holds at the span's last year, actual; a total,
an average, a change or a count of deeds keeps the span (docs/facts.md, period and base_period)."""
from dagster_project.parsing.periods import level_at_end
from tests.parsing.helpers import one, report

PLAN = report(review_plan=(
    "五年累计完成固定资产投资9000亿元，城镇化率达到60%，森林覆盖率提高到45.2%，经济总量突破1万亿元，"
    "贷款余额达到5000亿元，人均GDP超过2.4万美元，新建学校30所，脱贫人口5万人，地区生产总值年均增长7%。"
    "常住人口1200万人，地区生产总值迈上3000亿元台阶。"
    "高新技术产业增加值年均增长11.4%，占全市生产总值比重提高到12.4%。"
    "民生支出累计达900亿元，占财政总支出的比重达到64.7%。"
    "进出口总额连续五年超过600亿元。盘活土地存量2.9万亩。"))


def _period(text: str, number: str):
    (f,) = one(text, number)
    return f.period, f.status


def test_a_level_reached_in_a_five_year_review_is_the_last_years():
    for number in ("60%", "45.2%", "1万亿元", "5000亿元", "2.4万美元", "3000亿元"):
        assert _period(PLAN, number) == ("2020", "actual"), number


def test_a_stock_stated_with_no_verb_is_the_last_years():
    assert _period(PLAN, "1200万人") == ("2020", "actual")


def test_a_share_reached_after_an_average_growth_does_not_take_its_span():
    assert _period(PLAN, "12.4%") == ("2020", "actual")


def test_totals_averages_and_deeds_keep_the_span():
    for number in ("9000亿元", "30所", "5万人", "900亿元"):
        assert _period(PLAN, number) == ("2016-2020", "actual"), number
    (g,) = one(PLAN, "7%")
    assert (g.period, g.base_period) == ("2016-2020", "2015")


def test_a_share_of_a_total_and_a_level_held_every_year_keep_the_span():
    # 占…: a share of the five years' total, not a level the rule moves to the last year
    assert not level_at_end("percent", "占财政总支出的比重达到", "占财政总支出的比重达到", "财政总支出的比重",
                            "民生支出累计达900亿元，占财政总支出的比重达到")
    assert level_at_end("percent", "占全市生产总值比重提高到", "占全市生产总值比重提高到", "全市生产总值比重",
                        "高新技术产业增加值年均增长11.4%，占全市生产总值比重提高到")


def test_a_total_of_things_counted_before_it_keeps_the_span():
    # 新建、改造城市主干道路80条，总里程达到61.4公里: the roads' length, what the deeds added
    assert not level_at_end("value", "总里程达到", "总里程达到", "城市主干道路总里程",
                            "新建、改造城市主干道路80条，总里程达到")
    # 新建高速公路1200公里，总里程达到4000公里: a stock grown by a length
    assert level_at_end("value", "总里程达到", "总里程达到", "高速公路总里程", "新建高速公路1200公里，总里程达到")
    assert _period(PLAN, "600亿元") == ("2016-2020", "actual")  # 连续五年: each of the years
    assert _period(PLAN, "2.9万亩") == ("2016-2020", "actual")  # 盘活: a deed on a stock


PAST = report(review_year=(
    "过去五年，全市累计完成投资8000亿元，城镇化率达到61%，机动车保有量突破300万辆。"
    "五年累计，新增就业50万人，金融机构贷款余额达到7000亿元。"))


def test_a_five_year_passage_in_the_past_years_review():
    assert _period(PAST, "8000亿元") == ("2016-2020", "actual")
    assert _period(PAST, "50万人") == ("2016-2020", "actual")
    for number in ("61%", "300万辆", "7000亿元"):
        assert _period(PAST, number) == ("2020", "actual"), number


def test_a_count_of_listed_or_high_tech_firms_stated_is_the_last_years():
    # 广州 2016, 南昌 2006, 太原 2017 (dev): the firms a place has are a stock (LEX stock_nouns);
    # newly listed or certified ones are what the years added (合肥 2016, 辽宁 2003)
    t = report(review_plan="组建广州基金投融资平台，上市企业115家，新三板挂牌企业146家。拥有工业园区11个，上市公司16家。"
                           "国家级高新技术企业533家。新认定国家级高新技术企业363家。新上市公司34家。")
    for number in ("115家", "146家", "16家", "533家"):
        assert _period(t, number) == ("2020", "actual"), number
    for number in ("363家", "34家"):
        assert _period(t, number) == ("2016-2020", "actual"), number
