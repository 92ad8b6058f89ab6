"""What a sentence or clause is about, for numbers whose own clause names nothing:
the topic of the sentence, the noun of the clause before, the subjects named so far."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.noun_phrase import is_verb_only, noun_phrase, strip_phrase

HARD = "，,；;：:。！？!?\n"
HARD_RE = re.compile("[%s]" % re.escape(HARD))
_TASK_LEAD = re.compile(r"(?:围绕|突出|坚持|促进|推动|提升|提高|加强|深化|破解|支持|实施|推进|加快|着力|积极|大力)")


def sentence_topic(text: str, start: int, end: int) -> str:
    """What a sentence is about: the noun of its first clause before the predicate
    (东山组团基础设施建设取得突破性进展 → 东山组团基础设施)."""
    m = HARD_RE.search(text, start, end)
    first = text[start:m.start() if m else end]
    if re.search(r"\d", first):
        first = first[: re.search(r"\d", first).start()]
    cut = LEX.topic_cut_re.search(first, 2)
    if not cut:
        return ""
    topic = strip_phrase(first[: cut.start()])
    topic = LEX.topic_trailing_re.sub("", topic)
    # 各项工作取得新进展: an opener about everything owns nothing (LEX general_topics); nor does a
    # task (支持“六大优势产业”壮大规模, 围绕工业经济发展目标…: a deed opens it)
    if topic in LEX.general_topics or _TASK_LEAD.match(topic):
        return ""
    return topic if len(topic) >= 2 and not is_verb_only(topic) else ""


def prev_clause_noun(text: str, start: int, clause_start: int) -> str:
    """The noun of the clause before (调整企业退休人员养老金，达到人均每月3392元)."""
    if clause_start <= start + 1:
        return ""
    prev_start = max(text.rfind(ch, start, clause_start - 1) for ch in HARD) + 1
    seg = text[max(prev_start, start):clause_start - 1]
    k = seg.find("是")
    if k >= 2:
        seg = seg[:k]  # 经济增速是综合性指标 → 经济增速
    noun = noun_phrase(seg)
    predicate = LEX.predicate_tail_re.search(noun) if noun else None
    noun = noun[:predicate.start()].rstrip("的") if predicate else noun  # 住房制度改革进一步深入 → 住房制度改革
    growth = LEX.growth_nouns_re.search(seg[-3:])
    if growth and noun and len(noun) <= 3 and seg.endswith(growth.group(0)):
        noun = noun + growth.group(0)  # 经济增速, not 经济
    m = LEX.transitive_lead_re.match(noun) if noun else None
    return noun[m.end():] if m and m.end() < len(noun) - 1 else noun


def distinct_tail(history: list[str], k: int) -> list[str]:
    out: list[str] = []
    for h in reversed(history):
        if h not in out:
            out.append(h)
        if len(out) == k:
            break
    return list(reversed(out))


_CHANGED = re.compile(r"(?:提高|增加|增长|上调|提升)$")


def newer_topic(clause) -> str:
    """The noun of a clause without numbers between the subject's number and this
    clause, with a verb of change (X再次提高，年人均增加N): the newer topic, or ""."""
    text, start = clause.text, clause.clause_start
    if start - 1 <= clause.subject_at or start - 1 <= clause.sent_start:
        return ""
    prev_start = max(text.rfind(ch, clause.sent_start, start - 1) for ch in "，,；;") + 1
    words = text[max(prev_start, clause.sent_start):start - 1]
    if prev_start <= clause.subject_at or re.search(r"\d", words) or not _CHANGED.search(words):
        return ""
    noun = prev_clause_noun(text, clause.sent_start, start)
    return noun if 2 <= len(noun) <= 20 else ""
