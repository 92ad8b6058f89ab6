"""Chinese numerals read with cn2an: plan names, plan ordinals and 翻N番."""
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.numerals import doubling, plan_name, plan_ordinal, plan_span
from tests.parsing.helpers import one, report


def test_plan_names_and_spans_follow_the_ordinal():
    assert plan_name(14) == "十四五" and plan_span(14) == (2021, 2025)
    assert plan_name(10) == "十五" and plan_span(10) == (2001, 2005)
    assert plan_ordinal("十一五") == 11 and plan_ordinal("十五") == 10
    assert LEX.plan_periods["十五五"] == "2026-2030"
    assert LEX.ordinals["十四五"] == "十四"


def test_doubling_counts_the_numeral():
    assert doubling(None) == 2 and doubling("一") == 2
    assert doubling("两") == 4 and doubling("三") == 8


def test_fanfan_with_any_numeral_is_a_multiple():
    t = report(review_plan="五年来，全市经济总量翻了三番。")
    (f,) = one(t, "翻了三番")
    assert (f.kind, f.value, f.unit, f.text) == ("multiple", 8.0, "倍", "翻了三番")


def test_a_plan_base_gets_its_span_from_the_ordinal():
    t = report(review_plan="五年累计完成固定资产投资8000亿元，较“十一五”时期增长1.5倍。")
    (f,) = one(t, "1.5倍")
    assert (f.kind, f.value, f.base_period) == ("growth", 150.0, "2006-2010")
