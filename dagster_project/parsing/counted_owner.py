"""Who owns counted things when the words before a number are no plain noun: the
modifier after an opening deed, the thing a bare counted deed counts, a 、-list one
number counts whole."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.noun_phrase import strip_deeds


def modifier_after_deed(lead: str, framed: bool = False) -> str:
    """The noun modifier after the deeds opening lead (制定落实新时代中部地区崛起 → 新时代中部地区崛起), or "";
    framed: the deeds were a framing phrase the noun phrase already dropped (加快推进第二批金融改革创新)."""
    m = LEX.transitive_lead_re.match(lead)
    if not framed and (not m or m.group(0) in LEX.reach_verbs):
        return ""
    rest = strip_deeds(lead) if m else lead
    # a short rest is likely one more deed the lexicon lacks (建成投运); examples before 等 are no modifier,
    # nor a threshold (年产值超10亿元) or a frame (以11个省级示范镇为重点)
    if LEX.transitive_lead_re.match(rest) or not 3 <= len(rest) <= 10 or LEX.verb_inside_re.search(rest) or re.search(r"^[已以]|[和及与的了]|每|至少|[超过逾向]$", rest):
        return ""
    return rest


def deed_object(text: str, sent_start: int, first) -> str:
    """The thing a bare counted deed counts (开行1015列 → 班列), with the two characters naming
    it (中欧班列), from its nearest mention earlier in the sentence; "" if none."""
    best = -1
    for noun in LEX.deed_objects.get(first.unit, ()):
        best = max(best, text.rfind(noun, sent_start, first.start))
    if best < 0:
        return ""
    end = best + 2
    start = best
    while start > sent_start and start > best - 2 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return text[start:end]


def whole_list(parts: list[str]) -> bool:
    """A 、-list one number follows is counted whole (就业困难人员、高校毕业生实现就业3.3万人):
    short items, or items of one head noun (发放社保补贴、稳岗补贴、返乌就业人员交通补贴6亿元)."""
    if any(re.search(r"\d", x) for x in parts):
        return False  # 历时7年建设、投资近千亿元、全长1.3万公里: clauses, not nouns
    if all(len(x) <= 8 for x in parts):
        return True
    head = parts[-1][-2:]
    return len(parts) >= 2 and all(len(x) <= 12 and x.endswith(head) for x in parts)
