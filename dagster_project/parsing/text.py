"""A cleaned view of a report's text, with a map back to the original offsets.

The parser works on a *clean* string: zero-width characters removed, words that
a line break split rejoined, runs of blank lines collapsed into one paragraph
break. Every clean index maps back to the index of the same character in the
text as given, which is what fact offsets count.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.scan import finditer_from

ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE = " \t\u3000\u00a0" + ZW
_ZW_SET = frozenset(ZW)
# A run of line breaks with the blanks and zero-width characters around them,
# or a lone zero-width character.
# A 。 between a percent sign and its qualifier (人口自然增长率控制在7.64％。以内: a ‰ sign
# mis-encoded as ％。) is no sentence end: it is dropped like a break, so the figure keeps
# its 以内 (a 。 before 以上 may end a sentence: 增长19.2%。以上数据说明).
# One blank inside a decimal number (增长15. 3%, 灾民12 .54万人: a typesetting artefact of
# old reports) is dropped like a break, so the number reads whole; its text stays as
# written (the map gives the original offsets). Not before a year (…100. 2020年…) and not
# after a list marker opening a line (8. 6张清单): see _inside_number.
_NUMBER_BLANK = "[ \u3000\u00a0\u2002\u2003\u2009]"
_BREAK = re.compile(
    r"[%s]*(?:\r?\n[%s]*)+|[%s]+|(?<=[%%％])。(?=以内|以下|左右)"
    r"|(?P<num>(?<=\d[.．])%s(?=\d)(?!\d{4}年)|(?<=\d)%s(?=[.．]\d))" % (_SPACE, _SPACE, ZW, _NUMBER_BLANK, _NUMBER_BLANK))
# where a match of _BREAK can begin (scan.py): a blank, a line break, or a 。 before 以内/以下/左右
# (not every 。: most end a sentence, and each would be tried)
_BREAK_FIRST = re.compile(r"[%s\r\n\u2002\u2003\u2009]|。(?=以内|以下|左右)" % _SPACE)
_MARKUP = set("*#>-+")  # what may open a Markdown line before a list marker
# Characters that end a paragraph line: after them a line break is a real break.
_LINE_END = set("。！？!?；;：:…”」』）)")
# A line that long without final punctuation was wrapped, not ended.
_WRAP_MIN = 24


@dataclass
class CleanView:
    text: str          # the original text
    clean: str         # the cleaned text
    _clean_pos: list   # anchors: clean index where a kept run starts
    _orig_pos: list    # anchors: the original index of that character

    def orig(self, i: int) -> int:
        """Original offset of clean index ``i``."""
        k = bisect_right(self._clean_pos, i) - 1
        return self._orig_pos[k] + (i - self._clean_pos[k])


def clean_view(text: str) -> CleanView:
    out: list[str] = []
    cpos, opos = [0], [0]
    last = 0
    n_clean = 0
    line_start = 0  # original index where the current line starts
    for m in finditer_from(_BREAK, _BREAK_FIRST, text):
        s, e = m.start(), m.end()
        if m.group("num") is not None and not _inside_number(text, s):
            continue
        if s > last:
            out.append(text[last:s])
            n_clean += s - last
        run = m.group()
        if "\n" in run:
            prev = text[line_start:s].strip(_SPACE)
            # the next visible character
            nxt = text[e:e + 1]
            n_nl = run.count("\n")
            has_zw = not _ZW_SET.isdisjoint(run)
            nl = text.find("\n", e)
            nxt_line = text[e:nl if nl >= 0 else len(text)].strip(_SPACE + "\r")
            numbered = bool(_NUMBERED.match(prev)) and len(prev) <= 48
            # a break carrying zero-width characters is an artefact of the source
            wrapped = (len(prev) >= _WRAP_MIN or has_zw or "，" in prev) and not numbered
            # a short tail without punctuation finishes the line before (政府工作报\n告)
            tail = 0 < len(nxt_line) <= 12 and not _PUNCT.search(nxt_line)
            joined = (
                (n_nl == 1 or has_zw)
                and prev != ""
                and prev[-1:] not in _LINE_END
                and nxt != ""
                and not _looks_heading_start(text, e)
                and (wrapped or tail)
            )
            rep = "" if joined else "\n"
            line_start = e if not joined else line_start
        else:
            rep = ""
        if rep:
            out.append(rep)
            n_clean += len(rep)
        last = e
        cpos.append(n_clean)
        opos.append(e)
    if last < len(text):
        out.append(text[last:])
    return CleanView(text, _decimal_full_stops("".join(out)), cpos, opos)


# Rule DECIMAL_FULL_STOP. 地方财政收入160。9亿元，增长57。8% (合肥 2009), 居民消费价格上涨9。6% (山东 1997): a
# report typeset with 。 as its decimal point (several 。 between digits before a unit, and no other decimal
# point) has its numbers read whole; one such 。 in a report with decimal points ends a sentence (…增长8%。
# 2个…). Same length, so offsets hold.
_FULL_STOP_DECIMAL = re.compile(r"(?<=\d)。(?=\d+(?:[%％‰]|亿|万|个百分点|元|倍|吨|公里|平方米))")
_DECIMAL_POINT = re.compile(r"\d[.．]\d")


def _decimal_full_stops(clean: str) -> str:
    if "。" not in clean or _DECIMAL_POINT.search(clean):
        return clean
    found = _FULL_STOP_DECIMAL.findall(clean)
    return _FULL_STOP_DECIMAL.sub(".", clean) if len(found) >= 3 else clean


def _inside_number(text: str, s: int) -> bool:
    """Whether the blank at ``s`` (after 12. or before .54) is inside a number: the digits
    before it do not open a line (a list marker, 8. 6张清单)."""
    i = s - 1
    while i >= 0 and text[i] in ".．":
        i -= 1
    while i >= 0 and text[i].isdigit():
        i -= 1
    while i >= 0 and (text[i] in _MARKUP or text[i] in _SPACE):
        i -= 1
    return i >= 0 and text[i] not in "\r\n"


_NUMBERED = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)")
_PUNCT = re.compile(r"[，。；：！？,.;:!?、]")
_HEAD_START = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|——|各位代表")


def _looks_heading_start(text: str, i: int) -> bool:
    return bool(_HEAD_START.match(text, i))


def body_span(clean: str) -> tuple[int, int]:
    """Start and end of the report proper: web-page headers, footers, licence
    notes and glossaries fall outside."""
    n = len(clean)
    end = n
    m = LEX.footer_re.search(clean, int(n * 0.6))
    if m:
        line = clean.rfind("\n", 0, m.start()) + 1
        end = line if m.start() - line <= 20 else m.start()
    g = LEX.glossary_re.search(clean, int(n * 0.3))
    if g and g.start() < end:
        end = g.start()
    start = 0
    h = re.search(r"^[ \t\u3000]*各位代表", clean[: max(2000, n // 8)], re.M) or \
        re.search(r"各位代表[：:]", clean[: max(2000, n // 8)])
    if h:
        start = h.start()
    return start, end


_SENT = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』]?|\n|$)")
_SENT_TRIM = _SPACE + "\n"  # the blanks trimmed off a sentence


def sentences(clean: str, start: int, end: int):
    """Yield (start, end) of each sentence of clean[start:end]; paragraph
    breaks also end a sentence."""
    for m in _SENT.finditer(clean, start, end):
        s, e = m.start(), m.end()
        if e <= s:
            continue
        seg = m.group()
        # trim blanks
        ls = len(seg) - len(seg.lstrip(_SENT_TRIM))
        rs = len(seg.rstrip(_SENT_TRIM))
        if rs > ls:
            yield s + ls, s + rs
