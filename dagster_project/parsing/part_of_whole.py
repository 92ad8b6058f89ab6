"""A part named after 其中 (of which): a category or a kind of the whole just given
takes the whole's deed and measure (新增公路60.9万公里，其中高速公路4.2万公里 → 新增高速公路)."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.name_completion import COUNT_UNITS
from dagster_project.parsing.noun_phrase import strip_deeds

_ARRANGE = re.compile(r"安排|确定|谋划|储备")
_MEASURES = ("里程", "总量", "量", "额", "数", "面积", "规模")
# a part's own words that are only a deed on the counted things (其中120件得到有效化解, 其中已投用15所,
# 其中竣工30个): LEX settled_deeds, stage_deeds and count_deeds after settled_adverbs (已, 得到有效)
_DEEDS = "%s|%s|%s" % (LEX.settled_deeds_alt, LEX.stage_deeds_alt, LEX.count_deeds_alt)
_DEED_ONLY = re.compile(r"(?:有|共)?(?:%s)*(?:%s)+(?:%s)*" % (LEX.settled_adverbs_alt, _DEEDS, LEX.settled_adverbs_alt))
_DEED_RUN = re.compile("(?:%s|%s)+" % (_DEEDS, LEX.transitive_lead_re.pattern[1:]))
_PART_END = re.compile(r"[，；。、：）)]")
_STOP = re.compile(r"[；。：）)]")
_FIRST_PART = re.compile(r"([^\d，、]*)\d")
_THINGS = COUNT_UNITS - {"人", "人次", "名", "次"}
# what opens a whole's name without naming its things (实施省重点项目204个, 筹集廉租住房5万套):
# LEX framing_verbs and money_raising_verbs
_FRAMING_LEAD = re.compile("^(?:%s|%s)" % (alternation(LEX.framing_verbs), LEX.money_raising_alt))


def part_of_whole(clause: Clause, item: str, n_soft: str) -> str:
    """item, named as the part of the whole before 其中 where it is one."""
    text = clause.text
    first = clause.group[0]
    if text.find("其中", clause.sent_start, first.start) < 0:  # (a plain look-up: faster than a pattern)
        return item
    wholes = [f for f in clause.facts if f.unit.lstrip("万亿") == first.unit.lstrip("万亿") and "类" not in f.indicator
              and not f.indicator.endswith(("增加额", "减少额"))]
    if not wholes:
        return item
    whole = wholes[-1].indicator
    if n_soft.endswith("类") and 2 <= len(n_soft) <= 8:
        # 安排重点项目105个，其中，工业类3个、农业类21个: a category of the whole
        lead = LEX.transitive_lead_re.match(whole) or _ARRANGE.match(whole)
        head = whole[lead.end():] if lead and len(whole) - lead.end() >= 2 else whole
        return n_soft + head
    if "其中" not in text[max(clause.sent_start, clause.clause_start - 4):first.start] or item != n_soft:
        return item
    for k in range(1, len(item) - 1):
        common = item[k:]  # the longest end of the part that the whole names (高速铁路 → 铁路)
        at = whole.find(common)
        if at < 0:
            continue
        deed = whole[:at]
        # the whole is a deed on the common noun and a measure of it: 新增 + 铁路 + 里程
        measure = whole[at + len(common):]
        if (deed == "" or LEX.action_re.fullmatch(deed) or LEX.transitive_lead_re.fullmatch(deed)) and item[:k] not in whole \
                and (measure == "" or measure in LEX.generic_heads or measure.endswith(_MEASURES)):
            return deed + item + measure
        return item
    return item


def deed_part_of_whole(clause: Clause, items: list[str]) -> list[str]:
    """items, or the one name of a part after 其中 whose own words are only a deed (see _deed_part)."""
    named = _deed_part(clause) if len(items) == 1 and len(clause.group) == 1 else ""
    return [named] if named else items


def _deed_part(clause: Clause) -> str:
    """受理信访案件500件，其中120件得到有效化解 → 化解信访案件: a count whose own words are only a
    deed takes the noun the whole counted (开工项目80个，其中竣工30个 → 竣工项目); "" where it is not one."""
    text, first = clause.text, clause.group[0]
    at = text.rfind("其中", clause.sent_start, first.start)
    unit = first.unit.lstrip("万亿")
    # counted things only: people (就业6万人) are counted by their own deed, money by its use
    if at < 0 or _STOP.search(text, at, first.start) or first.shape != "value" or unit not in _THINGS:
        return ""
    whole = _whole_before(clause, at, unit)
    lead = _FIRST_PART.match(text, at + 2, first.start)
    if lead and lead.group(1) and not _DEED_ONLY.fullmatch(lead.group(1)):
        return ""  # 其中百亿项目新开工3个、投产2个: the parts are of a kind with a name of its own
    # the parts listed after 其中 (其中新建30个，改扩建5个; 其中新开工45个、竣工投产21个) each count the whole's things
    cut = max(text.rfind(x, at, first.start) for x in "，、（(")
    at = at if cut < 0 else cut - 1
    end = _PART_END.search(text, first.num_end, clause.sent_end)
    before, after = text[at + 2:first.start], text[first.num_end:end.start() if end else clause.sent_end]
    own = _DEED_ONLY.fullmatch(before) if before else None
    if not whole or not (own and not after or not before and (own := _DEED_ONLY.fullmatch(after))):
        return ""
    deed = "".join(_DEED_RUN.findall(own.group(0)))
    noun = _counted_noun(whole)
    return deed + noun if deed and noun and not noun.startswith(deed) else ""


def _whole_before(clause: Clause, at: int, unit: str) -> str:
    """The name of the count just before 其中 at, in the part's unit, where every figure since is a part in it."""
    before = [f for f in clause.facts if f.offset < at]
    since = [f for f in clause.facts if f.offset > at]
    if not before or before[-1].unit.lstrip("万亿") != unit or any(f.unit.lstrip("万亿") != unit for f in since):
        return ""
    return before[-1].indicator


def _counted_noun(whole: str) -> str:
    """The thing a whole counts: its name without the deeds on it (学校开工 → 学校, 新建学校 → 学校)."""
    runs = list(_DEED_RUN.finditer(whole))
    if runs and runs[-1].end() == len(whole):
        whole, runs = whole[:runs[-1].start()], runs[:-1]
    noun = strip_deeds(whole[runs[-1].end():] if runs else whole, LEX.transitive_lead_re, _ARRANGE, _FRAMING_LEAD)
    return noun if 2 <= len(noun) <= 10 and not LEX.action_re.fullmatch(noun) else ""
