"""A part named after 其中 (of which): a category or a kind of the whole just given
takes the whole's deed and measure (新增公路60.9万公里，其中高速公路4.2万公里 → 新增高速公路)."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.lexicon import LEX

_ARRANGE = re.compile(r"安排|确定|谋划|储备")
_MEASURES = ("里程", "总量", "量", "额", "数", "面积", "规模")


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
