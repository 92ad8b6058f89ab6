"""Figures about several years, or a year still to come, inside the review of one year
(the sentences here are made up; the constructs are the reports')."""
from __future__ import annotations

import pytest

from tests.parsing.helpers import one, report


def fields(sentence: str, number: str) -> tuple:
    [fact] = one(report(review_year=sentence), number)
    return fact.kind, fact.period, fact.base_period, fact.status


@pytest.mark.parametrize(("sentence", "number", "expected"), [
    # N年来 counts back from the year reviewed (the report is of 2021: 2020 is reviewed)
    ("三年来，全市累计新增就业30万人。", "30万人", ("value", "2018-2020", None, "actual")),
    ("四年来，全市发明专利申请量年均增长25.5%。", "25.5%", ("avg_annual_growth", "2017-2020", "2016", "actual")),
    # 历时N年 (the work took the last N years), not 历时N年的X (an attribute) nor 历时两年零八个月
    ("历时三年，完成了528万亩荒山绿化。", "528万亩", ("value", "2018-2020", None, "actual")),
    ("历时三年的旧城改造工程顺利完成，166平方公里城区旧貌换新颜。", "166平方公里", ("value", "2020", None, "actual")),
    # a span of years the sentence names
    ("2018年至2020年，累计减税降费300亿元。", "300亿元", ("value", "2018-2020", None, "actual")),
    ("2018—2020年，全市地区生产总值年均增长6.5%。", "6.5%", ("avg_annual_growth", "2018-2020", "2017", "actual")),
])
def test_a_passage_over_several_years_is_dated_to_them(sentence, number, expected):
    assert fields(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), [
    # 从A年到B年…从X增加到Y: X is the level of the first year, Y of the last
    ("从2016年到2020年，全市生产总值从2000亿元增加到3500亿元。", "2000亿元", ("value", "2016", None, "actual")),
    ("从2016年到2020年，全市生产总值从2000亿元增加到3500亿元。", "3500亿元", ("value", "2020", None, "actual")),
    # the change from the first year's level: the years after it
    ("从2016年到2020年，全市生产总值从2000亿元增加到3500亿元，年均增长12%。", "12%",
     ("avg_annual_growth", "2017-2020", "2016", "actual")),
    ("从2016年到2020年，固定资产投资四年累计完成900亿元。", "900亿元", ("value", "2017-2020", None, "actual")),
    # a level reached at the end of a span is the last year's
    ("2016-2020年，全市常住人口达到800万人。", "800万人", ("value", "2020", None, "actual")),
])
def test_from_one_year_to_another_the_first_is_where_the_change_starts(sentence, number, expected):
    assert fields(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), [
    ("力争到2025年，数字经济核心产业增加值占比达到12%左右。", "12%", ("percent", "2025", None, "target")),
    ("计划到2023年改造农村住房10万户，已启动3.2万户。", "10万户", ("value", "2023", None, "target")),
    # what is already done is the reviewed year's, even beside a target
    ("计划到2023年改造农村住房10万户，已启动3.2万户。", "3.2万户", ("value", "2020", None, "actual")),
])
def test_a_year_still_to_come_in_a_review_is_a_target(sentence, number, expected):
    assert fields(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "name", "period"), [
    # the years a total covers are its period, not a word of its name
    ("三年来累计处置不良贷款768亿元。", "768亿元", "处置不良贷款", "2018-2020"),
    ("四年共拆除违法建筑96.6万平方米。", "96.6万平方米", "拆除违法建筑", "2017-2020"),
    ("淘汰黄标车和老旧车18.6万辆、四年累计88.9万辆。", "88.9万辆", "淘汰黄标车和老旧车", "2017-2020"),
    # a plan named by its years keeps them
    ("三年行动计划完成投资120亿元。", "120亿元", "三年行动计划投资", "2020"),
])
def test_a_span_of_years_before_a_total_dates_it_and_leaves_its_name(sentence, number, name, period):
    [fact] = one(report(review_year=sentence), number)
    assert (fact.indicator, fact.period) == (name, period)
