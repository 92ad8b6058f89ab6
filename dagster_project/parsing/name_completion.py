"""Finishing touches on an indicator name: a name completed by the measure of its
number, a head merged with its owner, the places and people of one deed, and the
tidying every name gets."""
from __future__ import annotations

import dataclasses
import re

from dagster_project.parsing.clause_subjects import HARD
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.model import Fact
from dagster_project.parsing.noun_phrase import strip_phrase
from dagster_project.parsing.numbers import Mention

_PEOPLE_OF = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?:问题)?(?=[，,；;。]|$)")
_SHORT_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")
_DEED_OPENING = re.compile(r"[\s，,、]*([\u4e00-\u9fff]{2})了?")


def places_and_people(text: str, start: int, end: int, ments: list[Mention], facts: list[Fact]) -> list[Fact]:
    """解决了9个村3.2万人的安全饮水: the places and the people both take the deed and its object
    (解决安全饮水村, 解决安全饮水人口)."""
    if len(ments) < 2 or len(facts) != len(ments):
        return facts
    for k in range(len(ments) - 1):
        a, b = ments[k], ments[k + 1]
        between = text[a.end:b.start]
        if not (_SHORT_WORD.fullmatch(between) and b.unit.lstrip("万亿") in ("人", "户", "名")):
            continue
        people = _PEOPLE_OF.match(text, b.end, end)
        clause_start = max(text.rfind(ch, start, a.start) for ch in HARD) + 1
        opening = _DEED_OPENING.fullmatch(text[max(clause_start, start):a.start])  # the deed alone opens the clause
        if not (people and opening):
            continue
        deed = opening.group(1) + people.group(1)
        facts[k] = dataclasses.replace(facts[k], indicator=deed + between)
        facts[k + 1] = dataclasses.replace(facts[k + 1], indicator=deed + ("户数" if b.unit.endswith("户") else "人口"))
    return facts
def beneficiary_word(text: str, ment: Mention, end: int) -> str:
    """8万市民 → 市民; 2.58万户 → 户数; 3000人 → 人数."""
    if ment.unit.lstrip("万亿") == "":
        m = re.match(r"[\u4e00-\u9fff]{2,4}?(?=[、，,和及]|直接|均|受益)", text[ment.end:end])
        if m:
            return m.group(0)
    return "户数" if ment.unit.endswith("户") else "人数"


def without_head(ind: str, heads) -> str:
    """ind without the longest of heads that ends it, if two characters are left (老旧小区改造面积 → 老旧小区改造)."""
    for h in sorted(heads, key=len, reverse=True):
        if ind.endswith(h) and len(ind) - len(h) >= 2:
            return ind[: -len(h)]
    return ind


def money_owner(ind: str) -> str:
    """红星项目完成投资 → 红星项目 (the owner of a money indicator; the indicator itself otherwise)."""
    return without_head(ind, LEX.money_nouns)
COUNT_UNITS = {"个", "家", "项", "所", "座", "条", "处", "名", "户", "台", "辆", "艘", "架", "场", "次", "件", "列", "批",
                "人", "人次", "套", "栋", "间", "张", "只", "头", "株", "棵"}
_TIMES_DEED = re.compile(r"([\u4e00-\u9fff]{3,12})(?=[，,；;。]|$)")
_R_VERB = re.compile("(?:%s)" % alternation(LEX.up + LEX.down))
_ACHIEVED_AFTER = re.compile(r"(?:以上|左右)?(实现|达到)“?([\u4e00-\u9fff]{2,10})”?(?=[，,；;。]|$)")


def name_by_measure(ind: str, ment: Mention, text: str, end: int, right: str, n_soft: str) -> str:
    """Complete a name the measure explains: 中欧班列开行1015列 → …开行列数 (a deed counted in a unit),
    企业注册实现3个工作日办结 → 企业注册办结时间, 事项90%实现“最多跑一次” → 事项实现最多跑一次比例."""
    unit = ment.unit.lstrip("万亿")
    times = _TIMES_DEED.match(text, ment.end, end) if ment.shape == "value" and ment.unit in ("次", "轮") else None
    if times and (LEX.transitive_lead_re.match(times.group(1)) or _R_VERB.match(times.group(1))):
        return strip_phrase(times.group(1)) + "次数"  # 先后4次降低存款准备金率 → 降低存款准备金率次数
    if ment.shape == "value" and unit in COUNT_UNITS and ind.endswith(tuple(LEX.counted_deeds)):
        return ind + unit + "数"
    if ment.shape == "value" and ment.unit in LEX.time_units and right and ind == right and right in LEX.timed_deeds:
        owner = strip_phrase(LEX.transitive_re.sub("", n_soft)) if n_soft else ""
        return owner + right + "时间"
    if ment.shape == "pct" and not ind.endswith(("率", "比例", "比重", "占比")):
        achieved = _ACHIEVED_AFTER.match(text, ment.end, end)
        if achieved:
            return ind + achieved.group(1) + achieved.group(2) + "比例"
    return ind
_UNTIDY = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


def tidy_name(ind: str | None) -> str:
    ind = _UNTIDY.sub("", ind or "").strip("，,、；;：:。")
    return ind


def merge_head(obj: str, head: str) -> str:
    """商品房成交 + 成交额 → 商品房成交额; 地铁运营里程 + 总里程 → 地铁运营总里程."""
    if obj.endswith(head):
        return obj
    if head.startswith("总") and len(head) >= 3 and obj.endswith(head[1:]) and len(obj) > len(head):
        return obj[:len(obj) - len(head) + 1] + head
    for n in range(min(len(obj), len(head)) - 1, 0, -1):
        if obj.endswith(head[:n]):
            return obj + head[n:]
    return obj + head
