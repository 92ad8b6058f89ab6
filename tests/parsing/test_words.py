"""Words (dagster_project/parsing/words.py) and names built from whole words (whole_words.py)."""
import logging

import jieba

from dagster_project.parsing import words
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.whole_words import whole_word_name
from tests.parsing.helpers import one, report


def test_domain_terms_are_one_word():
    cut = words.words("全市一般公共预算收入增长5%，城乡居民参保率达到95%，创建省级建设先行县3个，新改扩建学校12所")
    assert {"一般公共预算收入", "城乡居民", "建设先行县", "新改扩建"} <= set(cut)


def test_segment_words_are_the_lexicons_terms():
    assert {"一般公共预算收入", "城乡居民", "建设先行县", "新改扩建"} <= LEX.segment_words
    assert all(len(w) >= 2 for w in LEX.segment_words)
    assert not any("(" in w or "?" in w for w in LEX.segment_words)  # no regex of inner_drop


def test_own_tokenizer_built_quietly(capfd):
    words.tokenizer.cache_clear()
    tk = words.tokenizer()
    assert tk is not jieba.dt
    assert "Building prefix dict" not in capfd.readouterr().err
    assert logging.getLogger("jieba").level >= logging.WARNING


def test_a_cut_edge_is_found():
    text = "取消、调整行政许可27项"
    at = text.index("许") + 1  # 调整行政许|可
    start, end, margin = words.cut_word(text, at)
    assert text[start:end] == "行政许可" and margin >= 6


def test_a_phrase_jieba_prefers_is_no_cut():
    # 价格上涨 is a phrase of jieba's dictionary, but 价格 | 上涨 is almost as likely: no cut
    assert words.cut_word("居民消费价格上涨2.4%", 6) is None
    # a number, a letter or a punctuation mark is an edge already
    assert words.cut_word("增长5%，占比", 4) is None


def test_name_ending_with_a_lexicon_word_stays():
    # 占比 is a lexicon word; jieba's best path is 占 | 比较
    text = "制造业增加值占比较上年提高0.7个百分点。"
    assert whole_word_name(text, 0, len(text), (text.index("0.7"), text.index("0.7") + 7), "制造业增加值占比") == \
        "制造业增加值占比"


def test_name_just_after_a_number_stays():
    # 个旧 is a word (a city) to jieba, but 个 is the count's measure word
    text = "完成4个旧工业区活化更新。"
    at = text.index("4")
    assert whole_word_name(text, 0, len(text), (at, at + 2), "旧工业区活化更新") == "旧工业区活化更新"


def test_a_cut_noun_is_completed_and_a_cut_verb_dropped():
    text = report(review_year="开展环境保护大检查，检查企业3.6万家、处罚环境违法行为3824宗。"
                              "城镇调查失业率平均为5.1%。")
    assert [f.indicator for f in one(text, "3824宗")] == ["处罚环境违法行为"]
    assert [f.indicator for f in one(text, "5.1%")] == ["城镇调查失业率"]


def test_a_bare_verb_or_adverb_is_no_trusted_name():
    assert words.bare_predicate("投入") and words.bare_predicate("脱贫") and words.bare_predicate("按照")
    assert words.bare_predicate("迈上")  # a lexicon threshold verb, no tag of jieba's
    assert not words.bare_predicate("人口") and not words.bare_predicate("城镇新增就业")
    assert not words.bare_predicate("建设")  # vn: a deed as a noun
    from dagster_project.parsing.naming_confidence import naming_confidence
    assert naming_confidence(["noun_before"], "投入") == "low"
    assert naming_confidence(["noun_before"], "粮食产量") == "high"


def test_a_likely_cut_word_is_completed_unless_the_rest_is_a_verb():
    # 施工许|可 is a likely cut (4-6 nats): completed; 物价|上涨 is a phrase of jieba's and 上涨 a verb
    text = report(year_targets="工业建设项目施工许可50个工作日内完成。", review_year="全年物价上涨1.6%。")
    assert [(f.indicator, "whole_words" in f.name_rules) for f in one(text, "50个工作日")] == [("工业建设项目施工许可", True)]
    assert [f.indicator for f in one(text, "1.6%")] == ["物价"]
