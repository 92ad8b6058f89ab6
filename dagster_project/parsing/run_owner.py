"""The owner of a run of figures: a part of the place (兵团, 开发区, 保税港区, 三县（市）; LEX
sub_entities) that opens a clause with a figure owns the figures after it in the sentence, until
another owner or a scope (全市, 我省, 农村) opens a clause or a clause has no figure (the run is
over): 经济技术开发区生产总值…；固定资产投资186亿元 → 经济技术开发区固定资产投资, not the
place's own investment. A sub-entity in a clause of no figure is a topic, no owner (开发区建设加快);
a later clause that opens with a deed (；建设200个全民健身场地) may be the place's own work and
does not take the owner. Only an owner that opens its sentence runs on past a ； (兵团生产总值…；固定资产
投资…): one that opens a clause inside it (…，工业园区完成工业增加值766亿元…；六大支柱产业完成增加值…)
is that part's topic, and the part after the ； has its own."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX

_SUB_WORD = re.compile(LEX.sub_entities_alt)
_TIME_LEAD = r"(?:\d{4}年|今年|去年|全年|上半年|前三季度)?"
# the owner: a few words of its name (保税, 五象, 金融创新) and the sub-entity word, not the first item
# of a list (高新区、经济区…分别) nor one of two joined owners (兵团和地方), nor an example before 等
# (浪潮产业园等35个重点项目), nor a word the sub-entity word only starts (创新区域, 城区段)
_OWNER = re.compile(_TIME_LEAD + r"(?:([\u4e00-\u9fff“”]{0,6}?)(%s)|([一二三四五六七八九十两]+县（市(?:、区)?）))(?![、和与及等段域划间块])"
                    % LEX.sub_entities_alt)
# a clause that opens with the place's own scope ends the run (…；全市生产总值…)
_SCOPE = re.compile(_TIME_LEAD + r"(?:(?:全|我|本)[国省市区县州盟旗]|农村|乡村|城乡)")
_DIGIT = re.compile(r"\d")
# the deeds of LEX transitive/action (transitive_lead_re's alternation) and framing_verbs, after an adverb
_DEED_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:%s)" % "|".join(
    sorted(set(LEX.transitive_lead_re.pattern[4:-1].split("|")) | LEX.framing_verbs, key=len, reverse=True)))
# a name with an owner or scope of its own keeps it
_OWNED = re.compile(r"%s|[全我本][国省市区县州盟旗]|县（市" % LEX.sub_entities_alt)
_CLAUSE_SEP = re.compile("[，,；;]")
# the words before an owner that opens its sentence: none, or a time (2014年，兵团生产总值…)
_SENTENCE_LEAD = re.compile(_TIME_LEAD + r"(?:以来)?[，,]?\s*")
# a joint, or a deed the verb lists lack opening the words (做强, 推动, 打造): no name
_DEED_WORDS = re.compile("[的在和及与等了对把每各级含]|以上|^[做推加建打培壮提促强抓抢稳办创扩新完充发依围以消编清成占设将仅]")


def run_owners(text: str, sent_start: int, sent_end: int) -> list[tuple[int, str]]:
    """(where, owner) for each clause of the sentence an owner opens, in order; "" where a scope
    opens one. Empty when the sentence names no sub-entity."""
    if _SUB_WORD.search(text, sent_start, sent_end) is None and "县（市" not in text[sent_start:sent_end]:
        return []
    out: list[tuple[int, str]] = []
    starts = [sent_start] + [m.end() for m in _CLAUSE_SEP.finditer(text, sent_start, sent_end)]
    active = ""
    opened_sentence = False
    for p, end in zip(starts, starts[1:] + [sent_end], strict=True):
        figures = _DIGIT.search(text, p, end) is not None
        m = _OWNER.match(text, p, end) if figures else None  # the owner of a run is its first figure's
        if m and re.search("[、和]", text[m.end():_DIGIT.search(text, p, end).start()]):
            m = None  # 城区绿化覆盖率、雨水和中水回用率分别…, 城区小区和行政村…: the first item's, not the list's
        if m and (m.group(3) or _plain_name(m.group(1))):
            active = m.group(3) or m.group(1) + m.group(2)
            opened_sentence = _SENTENCE_LEAD.fullmatch(text, sent_start, p) is not None
            out.append((p, active))
        elif active and (not figures or _SCOPE.match(text, p, end)
                         or (text[p - 1] in "；;" and not opened_sentence)):
            # a clause with no figure, or the place's own scope, ends the run; so does
            # a ； after an owner that did not open the sentence (…，老城区升级改造11家集贸市场，…；深圳…)
            active = ""
            out.append((p, ""))
        elif active:
            # a clause the run goes on in opens with its measure (；固定资产投资420亿元); one that opens
            # with a deed (；建设200个全民健身场地) may be the place's own work
            out.append((p, "" if _DEED_LEAD.match(text, p, end) else active))
    return out


def _plain_name(words: str) -> bool:
    """The words before the sub-entity word name it (保税, 长沙), no deed (推动开发区…) or joint."""
    return not words or (LEX.verb_inside_re.search(words) is None and _DEED_WORDS.search(words) is None
                         and LEX.framing_lead_re.match(words) is None)


def owned_name(owners: list[tuple[int, str]], at: int, name: str) -> str:
    """name given the owner of the run the figure at ``at`` is in, when it has none of its own
    (the part before 占 for a share: 生产总值占全省比重 → 开发区生产总值占全省比重)."""
    owner = ""
    for p, o in owners:
        if p > at:
            break
        owner = o
    if not owner or not name or name.startswith(owner) or _OWNED.search(name.split("占")[0]):
        return name
    return owner + name
