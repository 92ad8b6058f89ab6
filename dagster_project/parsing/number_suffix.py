"""What follows a number: an infix qualifier (余, 多), a magnitude (万, 亿) and a
unit (%, 个百分点, 倍, a measure word of the lexicon, a letter unit such as MW)."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX, alternation

PCT = {"%", "％", "‰"}
_MEASURES = set(LEX.units["measure_words"]) | {"个百分点", "倍"}
# the lengths of the measure words, longest first, by their first character: the unit
# after a number is tried only at the lengths of the words that start as it does
_MW_LENGTHS: dict[str, tuple[int, ...]] = {}
for _w in sorted(_MEASURES, key=len, reverse=True):
    if len(_w) not in _MW_LENGTHS.get(_w[0], ()):
        _MW_LENGTHS[_w[0]] = _MW_LENGTHS.get(_w[0], ()) + (len(_w),)
# a measure word that is the first character of a noun (5亿人口, 300户籍) is no unit
_NOT_UNIT_BEFORE = {w: nxt for w, nxt in LEX.units["not_unit_before"].items()}
_LETTER_UNIT = re.compile(r"(?:%s)(?![A-Za-z0-9])" % alternation(LEX.units["letter_units"]))
_MAGS = sorted(LEX.units["magnitudes"], key=len, reverse=True)
_MAG_FIRST = frozenset(mg[0] for mg in _MAGS)  # most numbers have no magnitude: one look-up says so


_BLANKS = " \t\u3000\r\n"


def _unit_across_blank(clean: str, p: int, e: int) -> tuple[str, int] | None:
    """(measure word, where it ends) of a unit that a line-wrap blank cuts (亿美 元, 个百 分点,
    平 方公里): the word without the blanks, its end after them; None if there is none, or if
    the characters before the blank are a word of their own."""
    lengths = _MW_LENGTHS.get(clean[p], ()) if p < e else ()
    if not lengths or lengths[0] < 2:  # (longest first)
        return None
    reach = min(e, p + lengths[0])
    q = p + 1
    while q < reach and clean[q] not in _BLANKS:
        q += 1  # the first blank inside the word's reach
    if q >= reach:
        return None  # no blank inside it: most units
    r = q
    while r < e and r - q < 3 and clean[r] in _BLANKS:
        r += 1
    if r == q:
        return None
    head = clean[p:q]
    if head in _MEASURES:
        return None  # a whole word before the blank (5吨 标准煤 is 5吨): no cut
    for n in lengths:
        tail = n - len(head)
        if tail > 0 and r + tail <= e:
            w = head + clean[r:r + tail]
            if w in _MEASURES and not clean.startswith(_NOT_UNIT_BEFORE.get(w, "\0"), r + tail):
                return w, r + tail
    return None


_GE_UNITS = sorted((w for w in _MEASURES if w.startswith("个") and len(w) > 1), key=len, reverse=True)


def _unit_around_duo(clean: str, p2: int, e: int) -> str | None:
    """个多百分点, 个多月: the measure word 个… written around 多 (个百分点, 个月), or None."""
    return next((w for w in _GE_UNITS if clean.startswith(w[1:], p2 + 2) and p2 + len(w) + 1 <= e), None)


class Suffix:
    """What follows a number (read character by character: faster than one regular expression)."""
    __slots__ = ("inf1", "mag", "inf2", "unit", "_end")

    def __init__(self, clean: str, pos: int, e: int) -> None:
        self.inf1 = self.mag = self.inf2 = self.unit = None
        if pos < e and clean[pos] in "余多":
            self.inf1 = clean[pos]
            pos += 1
        if pos + 1 < e and clean[pos] == " " and clean[pos + 1] in "万亿":
            pos += 1
        for mg in (_MAGS if clean[pos:pos + 1] in _MAG_FIRST else ()):
            if clean.startswith(mg, pos) and pos + len(mg) <= e:
                self.mag = mg
                pos += len(mg)
                break
        if pos < e and clean[pos] in "余多" and self.inf1 is None:
            self.inf2 = clean[pos]
            pos += 1
        p2 = pos + 1 if pos < e and clean[pos] == " " else pos
        if p2 < e and clean[p2] in "%％‰":
            self.unit = clean[p2]
            pos = p2 + 1
        elif clean.startswith("个多", p2) and (w := _unit_around_duo(clean, p2, e)):
            self.unit, self.inf2 = w, self.inf2 or "多"  # 提高2个多百分点, 过去3个多月: 个…, more than
            pos = p2 + len(w) + 1
        elif (cut := _unit_across_blank(clean, p2, e)) is not None:
            self.unit, pos = cut  # (before the words it starts with: 个百 分点 is not 个)
        else:
            for n in (_MW_LENGTHS.get(clean[p2], ()) if p2 < e else ()):
                if n > e - p2:
                    continue
                w = clean[p2:p2 + n]
                if w in _MEASURES and not clean.startswith(_NOT_UNIT_BEFORE.get(w, "\0"), p2 + n):
                    self.unit = w
                    pos = p2 + n
                    break
            else:
                lm = _LETTER_UNIT.match(clean, p2, e)
                if lm and (self.mag or len(lm.group()) >= 2):
                    self.unit = lm.group()
                    pos = lm.end()
        self._end = pos

    def group(self, name: str):
        return getattr(self, name)

    def end(self) -> int:
        return self._end


def unit_of(m) -> tuple[str, str, str]:
    """(unit as written, infix qualifier, shape) of a Suffix."""
    mag = m.mag or ""
    unit = m.unit or ""
    inf = m.inf1 or m.inf2 or ""
    if unit in PCT:
        return ("‰" if unit == "‰" else "%"), inf, "pct"
    if unit == "个百分点":
        return "个百分点", inf, "pp"
    if unit == "倍":
        return "倍", inf, "times"
    return mag + unit, inf, "value"
