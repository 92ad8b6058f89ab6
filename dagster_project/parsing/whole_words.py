"""Names built from whole words (naming step ``whole_words``): a name cut out of its sentence
that starts or ends inside a word (words.cut_word) is moved to the word's edge.

- It ends inside a predicate's verb or adverb (城镇调查失业率平均为4.5%: 城镇调查失业率平; 地方
  财政收入接近300亿元: the qualifier 近 cut from 接近): the fragment is dropped, unless one
  character would be left (签约258万人: 签 → 签约).
- It ends inside a noun (查处污染环境违法行为505宗: 污染环境违法行 → 污染环境违法行为) or a deed a
  name may end with (LEX name_deeds: 农村危房 → 农村危房改造): the word is completed.
- It starts inside a time or function word (去年底实有市场主体: 底实有市场主体): the fragment is
  dropped; inside another word (苏州 2016: 均可支配收入 for 农村居民人均可支配收入), it is completed.

Completing a word takes jieba to be sure of it (SURE_MARGIN), or likely sure (LIKELY_MARGIN) when
what the name lacks is no predicate's verb: a wrong completion adds words that were never the
name's (物价上涨), where a dropped fragment of a verb was never a name's.
A name that starts or ends with a lexicon word is left as it is: the lexicon's words are the
parser's own cuts (累计完成投资 → 投资, 进出口 → 出口, 占比 before 较上年), whatever jieba's best
path says; so is a name starting within a few characters after a digit, whose unit jieba may
join to the words after it (4个旧工业区: 个旧; 6周岁; 700万人民: 人民).
"""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.words import cut_word, word_tags

# jieba's part-of-speech tags of nouns and of words that stand as nouns in a name
# (vn: 改革, 投资; l: 违法行为; j: 人均; b: 国有); the others (v, a, d, i, t …) are a predicate's
_NOUN_TAGS = frozenset("n nr ns nt nz nrt nrfg ng vn an l j b s".split())
# time words, pronouns, conjunctions, prepositions, adverbs, places (年底, 为此, 所以, 并且): a
# name's first character that ends one is no part of it
_LEAD_DROP_TAGS = frozenset("t r c p d f".split())
# the margin (words.cut_word) at which a word is completed; a fragment is dropped from LEAST_MARGIN
SURE_MARGIN = 6.0
# below it, a word is completed from LIKELY_MARGIN when what the name lacks is no predicate's verb
LIKELY_MARGIN = 4.0
# a word that opens right after a number (6周岁, 4个旧, 200多万人民) may hold the number's unit
_AFTER_NUMBER = re.compile(r"[0-9０-９][多余]?[十百千万亿]*$")


def _completes(word: str) -> bool:
    """Whether a name ending inside ``word`` takes the whole word (a noun, a deed) rather than dropping it."""
    if word in LEX.name_deeds:
        return True
    tag = word_tags().get(word)
    if tag is None:  # a lexicon word: a noun unless a predicate's word (跃升到)
        return word not in LEX.predicate_words
    return tag in _NOUN_TAGS


def _whole_start(text: str, k: int, e: int, lo: int, hi: int) -> int:
    if LEX.segment_word_starts.end(text[k:e]) > 0:
        return k
    cut = cut_word(text, k, lo, hi)
    if cut is None or _AFTER_NUMBER.search(text, max(lo, cut[0] - 4), cut[0]):
        return k
    a, b, margin = cut
    if word_tags().get(text[a:b]) in _LEAD_DROP_TAGS:
        return b if e - b >= 2 else k
    return a if margin >= SURE_MARGIN else k


def _whole_end(text: str, k: int, e: int, lo: int, hi: int) -> int:
    if LEX.segment_word_ends.start(text[k:e]) >= 0:
        return e
    cut = cut_word(text, e, lo, hi)
    if cut is None:
        return e
    a, b, margin = cut
    if a - k >= 2 and not _completes(text[a:b]):
        return a
    if margin >= SURE_MARGIN:
        return b
    rest = text[e:b]  # a phrase of jieba's, a noun and its predicate's verb (物价上涨), is no word to complete
    verb = len(rest) >= 2 and rest in LEX.predicate_words and rest not in LEX.name_deeds
    return b if margin >= LIKELY_MARGIN and not verb else e


def whole_word_name(text: str, lo: int, hi: int, figure: tuple[int, int], name: str) -> str:
    """``name`` on word edges, where its occurrence in text[lo:hi] starts or ends inside a word;
    else ``name``. Its occurrence is the counted noun right after the figure (text[figure[0]:figure[1]]:
    262万学生), or else the nearest before the figure, or else the first after it."""
    if not name:
        return name
    k = figure[1] if text.startswith(name, figure[1]) else text.rfind(name, lo, figure[0])
    if k < 0:
        k = text.find(name, figure[1], hi)
        if k < 0:
            return name
    e = k + len(name)
    start, end = _whole_start(text, k, e, lo, hi), _whole_end(text, k, e, lo, hi)
    return text[start:end] if (start, end) != (k, e) and start < end else name
