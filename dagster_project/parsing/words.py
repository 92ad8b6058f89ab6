"""Words: where a sentence's words begin and end, as jieba segments it, with the lexicon's
terms as words of their own (LEX segment_words: 一般公共预算收入, 城乡居民, 新改扩建 are one
word each), so a name can be checked to start and end on a word's edge.

The tokenizer is this module's own ``jieba.Tokenizer`` (never jieba's global one, whose
dictionary other code may change), built once per process on first use and quiet (jieba
logs "Building prefix dict" at INFO). Its dictionary is jieba's own, cached by jieba as a
pickle in the temporary directory; the lexicon's words are added in memory.

Only short windows around an edge are segmented (a name's start or end, not whole
sentences): jieba's best path through a window is the one through the sentence but near
the window's ends. HMM is off: jieba's HMM joins characters no dictionary holds into new
"words" (on the dev facts it made the names that seem to cut a word 5,567 instead of 2,942:
率拟, 营收增, most of them no word), and a boundary test needs words that exist.
"""
from __future__ import annotations

import logging
import re
from functools import cache

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.noun_phrase import memoised

# How much likelier (in nats, the log of the probability ratio) jieba's best segmentation of a
# window is than the best one with a boundary at a position, for the position to fall inside a
# word (cut_word's margin): below LEAST_MARGIN jieba only prefers a phrase of its dictionary to two
# words the position keeps apart (价格上涨, 比达: about 3 nats), and the position is a word's edge.
LEAST_MARGIN = 3.0
WINDOW = 8  # characters segmented on each side of an edge
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]*\Z")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]*")


@cache
def tokenizer():
    """The parser's jieba tokenizer: jieba's dictionary and the lexicon's words (built once)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word in sorted(LEX.segment_words):
        tk.add_word(word)
    return tk


def _route(s: str) -> dict[int, tuple[float, int]]:
    """jieba's best path through s, for each position: (log probability of the rest, end of the word there - 1)."""
    tk = tokenizer()
    route: dict[int, tuple[float, int]] = {}
    tk.calc(s, tk.get_DAG(s), route)
    return route


def words(s: str) -> list[str]:
    """s cut into words (jieba's best path, no HMM)."""
    route, out, i = _route(s), [], 0
    while i < len(s):
        j = route[i][1] + 1
        out.append(s[i:j])
        i = j
    return out


# jieba's part-of-speech tags of words that are no name by themselves: verbs (v, vd, vi, vg),
# adverbs (d, ad, dg), adjectives (a), prepositions, conjunctions, pronouns, particles
_PREDICATE_TAGS = frozenset("v vd vi vg d ad dg a p c r u".split())


@cache
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its dictionary, read from the dictionary file
    (jieba.posseg reads the same table, and builds another for jieba's global tokenizer on import)."""
    tags = {}
    with tokenizer().get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


@memoised
def bare_predicate(name: str) -> bool:
    """Whether ``name`` is one word and that word a verb, an adverb or a function word (投入,
    脱贫, 迈上, 按照, 具体): no name of a quantity by itself."""
    # one word is a word of the dictionary (jieba's path holds no other string of two or more)
    if not 2 <= len(name) <= 4 or not tokenizer().FREQ.get(name) or len(words(name)) != 1:
        return False
    tag = word_tags().get(name)
    return tag in _PREDICATE_TAGS if tag is not None else name in LEX.predicate_words


def _han_window(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The run of Chinese characters around ``at`` in text[lo:hi], at most WINDOW each side:
    a digit, a letter or a punctuation mark is an edge of every word already."""
    return _HAN_BEFORE.search(text, max(lo, at - WINDOW), at).start(), _HAN_AFTER.match(text, at, min(hi, at + WINDOW)).end()


def cut_word(text: str, at: int, lo: int = 0, hi: int | None = None) -> tuple[int, int, float] | None:
    """The word of text (segmented in text[lo:hi]) that position ``at`` falls inside, as (start,
    end, margin): how much likelier, in nats, jieba's best segmentation is than the best with a
    boundary at ``at`` (at least LEAST_MARGIN); None when ``at`` is a word's edge."""
    start, end = _han_window(text, at, lo, len(text) if hi is None else hi)
    if start == at or end == at:
        return None
    window, at_ = text[start:end], at - start
    freq = tokenizer().FREQ  # every word's prefixes are keys too: a word over at_ starts with window[i:at_ + 1]
    if not any(window[i:at_ + 1] in freq for i in range(at_)):
        return None
    found = _cut_in(window, at_)
    return None if found is None else (start + found[0], start + found[1], found[2])


@memoised  # the same names are checked in the same words again and again
def _cut_in(s: str, at: int) -> tuple[int, int, float] | None:
    route = _route(s)
    i = 0
    while i < at:
        j = route[i][1] + 1
        if j > at:
            break
        i = j
    if i == at:
        return None
    # the best path with a word boundary at ``at``: the best of s[:at], then the best of s[at:]
    margin = route[0][0] - (_route(s[:at])[0][0] + route[at][0])
    return (i, route[i][1] + 1, margin) if margin >= LEAST_MARGIN else None
