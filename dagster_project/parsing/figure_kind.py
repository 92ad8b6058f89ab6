"""The kind of a figure (value, percent, growth, average annual growth, multiple,
percentage points) and its sign, from its unit and the words before it."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.numbers import Mention
from dagster_project.parsing.scan import last_match

GROWTH_AFTER = re.compile(r"的?(?:增速|增长|增幅|涨幅|年均增速)")
_ADVERB_TAIL = re.compile(r"(?:分别|均|各|再|了|共|累计|净|实际)+$")
_FALL = re.compile(r"下降|降低|减少|回落")
_AVG_GROWTH = re.compile(r"年均(?!浓度|气温|降水|降雨|日照|值|水平)")
# 人口自然增长率控制在7‰以内: births less deaths per head, a rate that is a level (not a
# change of the population); 自然增长率下降0.3个千分点 still changes it
_RATE_LEVEL = re.compile(r"自然增长率")
_CHANGE_WORD = re.compile(r"增长|增加|提高|上升|下降|降低|减少|回落")


def is_rate_level(clause: str) -> bool:
    """Whether the figure after ``clause`` is a rate level named 自然增长率 with no change after it."""
    m = last_match(_RATE_LEVEL.finditer(clause[-16:]))
    return m is not None and not _CHANGE_WORD.search(clause[-16:][m.end():])


def figure_kind(ment: Mention, tail: str, clause: str):
    """(kind, sign) from the unit and the words before the number."""
    # the words before a number count only for percents, points and multiples
    if ment.shape == "fanfan":
        return "multiple", 1
    if ment.shape not in ("pct", "pp", "times"):
        return "value", 1
    predicate = LEX.without_prefix_q(tail.rstrip()) if tail else ""
    predicate = _ADVERB_TAIL.sub("", predicate)
    up = LEX.up_tail_re.search(predicate)
    down = LEX.down_tail_re.search(predicate)
    level = LEX.level_tail_re.search(predicate)
    # 年均浓度, 年均气温: an annual mean level, not average annual growth
    avg = _AVG_GROWTH.search(clause[-20:]) is not None or (up and up.group(1)) or (down and down.group(1))
    sign = -1 if down and (not up or down.start() <= up.start()) else 1
    grow = bool(up or down)
    if level and (up or down):
        # 提高到 / 降至 are levels; 增长 is a change
        level_word = level.group(0)
        if level_word.endswith(("到", "至")) or level_word in ("为", "是", "达到", "达"):
            grow = False
    hold = LEX.growth_hold_re.search(predicate)
    if hold and not (up or down):
        grow = True
        avg = avg or bool(hold.group(1))
        sign = -1 if hold.group(3) else 1
    growth_noun = LEX.growth_nouns_re.search(clause[-16:])
    if ment.shape == "pct":
        if not avg and is_rate_level(clause):
            return "percent", 1
        if grow:
            return ("avg_annual_growth" if avg else "growth"), sign
        if growth_noun:
            return ("avg_annual_growth" if avg else "growth"), (-1 if growth_noun.group(0) == "降幅" else 1)
        return "percent", 1
    if ment.shape == "pp":
        return "percentage_points", sign if (up or down) else (-1 if _FALL.search(clause[-12:]) else 1)
    if grow:  # times
        return "growth", sign
    return "multiple", 1
