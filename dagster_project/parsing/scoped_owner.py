"""The owner of a scoped measure: 在校生, 经营性收入, 对工业增长的贡献率 name nothing alone
(LEX scoped_measures). Whose they are is said before them: the figure before in the sentence
(农民人均纯收入…，其中经营性收入增长6% → 农民人均经营性收入), the sentence's topic, the noun of
the clause before (加快发展职业教育，在校生达到145万人 → 职业教育在校生), the sentence before, or
the topic opening the sentence or its paragraph (（三）职业教育。…; 农民收入方面，…). An owner
counts only if it is of the measure's kind (a school's pupils, people's income); the first
one that is wins, so a nearer owner beats the paragraph's."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_subjects import HARD, prev_clause_noun, sentence_topic
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.name_completion import COUNT_UNITS, merge_head, without_head
from dagster_project.parsing.noun_phrase import strip_deeds, strip_phrase

_CONTRIBUTION = re.compile(r"对[\u4e00-\u9fff]{2,8}?的?贡献率")  # 对工业增长的贡献率
# a numbered heading opening a paragraph (（三）职业教育。, 三、农民收入：, 3．职业教育。) or a topic
# phrase opening a sentence (农民收入方面，, 在电力建设上，: LEX opening_topics)
_HEADING = re.compile(r"(?:（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.])\s*"
                      r"([\u4e00-\u9fff“”]{2,14})[。：:]")
_TOPIC_PHRASE = re.compile(r"在?([\u4e00-\u9fff“”]{2,10}?)(?:%s)[，,：:]" % LEX.opening_topics_alt)
_COUNT_DEED_LEAD = re.compile("^(?:%s)" % LEX.count_deeds_alt)
_GAP = re.compile(r"[高低]于|超过")
_OWNER_CHARS = re.compile(r"[\u4e00-\u9fff“”]{2,16}")
# no owner: words joined or related (对, 的), an opener, a share (二产比重 owns no contribution)
_NOT_OWNER = re.compile(r"[对的和及与、]|^(?:其中|同时|全年|今年|去年|当年|每)|(?:比重|占比|率)$|[高低]于|超过")


def scoped_kind(item: str) -> str | None:
    """The kind of owner item needs (LEX scoped_measures), or None if it names itself."""
    kind = LEX.scoped_kind.get(item)
    if kind is None and item.endswith("贡献率") and _CONTRIBUTION.fullmatch(item):
        return "contribution"
    return kind


def opening_topic(text: str, start: int, end: int) -> str:
    """The topic the words from start open on: a numbered heading's noun (（三）加快发展职业教育。
    → 职业教育) or a topic phrase's (农民收入方面， → 农民收入), else ""."""
    m = _HEADING.match(text, start, end) or _TOPIC_PHRASE.match(text, start, end)
    if not m:
        return ""
    topic = strip_deeds(strip_phrase(m.group(1), framing=True))
    return topic if len(topic) >= 2 else ""


def paragraph_topic(text: str, sent_start: int) -> str:
    """The topic opening the paragraph of the sentence at sent_start (its heading or topic phrase)."""
    para = text.rfind("\n", 0, sent_start) + 1
    end = text.find("\n", sent_start)
    return opening_topic(text, para, sent_start if para < sent_start else (end if end >= 0 else len(text)))


def owner_of_scoped(clause: Clause, head: str, kind: str) -> list[str]:
    """[owner + head] for the first owner before the head that is of its kind, else [head]."""
    unit = clause.group[0].unit.lstrip("万亿")
    if unit in COUNT_UNITS and not (kind == "school" and LEX.counts_people(unit)):
        return [head]  # 销售收入超亿元的企业200户: the count is of the firms, not a measure's
    # any noun may own a measure of no kind: only a figure's name or a topic, not a clause's words
    owners = _owners(clause, kind in LEX.scoped_task_owns) if LEX.scoped_owners[kind] else _owners(clause, False)[:4]
    for owner in owners:
        fit = _fitting(owner, kind)
        if fit and not fit.endswith(head):
            return [merge_head(fit, head)]
    return [head]


def _owners(clause: Clause, task_owns: bool) -> list[str]:
    """The owners before the clause, nearest first; task_owns: a task's object in the clause
    before among them ("" in its place if not: the places count)."""
    text, sent_start = clause.text, clause.sent_start
    sent = text[sent_start:clause.group[0].start]
    semi = max(sent.rfind("；"), sent.rfind(";"))
    in_part = clause.subject and clause.subject_at > sent_start + semi
    # the figure before (and the one before it: 增长21.7%、高于规上工业14.7个百分点 names a gap)
    gap = in_part and _GAP.search(clause.subject) and len(clause.history) > 1
    owners = [clause.subject, clause.history[-2] if gap else ""] if in_part else ["", ""]
    if clause.clause_start > sent_start:  # the topic of the clause before: 第三产业加快发展，对经济增长的贡献率
        prev = max(text.rfind(ch, sent_start, clause.clause_start - 1) for ch in "，,；;") + 1
        owners.append(sentence_topic(text, max(prev, sent_start), clause.clause_start))
    owners += [sentence_topic(text, sent_start, clause.sent_end), opening_topic(text, sent_start, clause.sent_end)]
    if clause.clause_start > sent_start:
        prev = max(text.rfind(ch, sent_start, clause.clause_start - 1) for ch in HARD) + 1
        task = LEX.scoped_task_lead_re.match(text, max(prev, sent_start)) is not None and not task_owns
        owners.append("" if task else prev_clause_noun(text, sent_start, clause.clause_start))
    if semi < 0 and clause.prev_sentence:  # (prev_sentence is in the same paragraph)
        owners.append(sentence_topic(text, *clause.prev_sentence))
    if semi < 0:
        owners.append(paragraph_topic(text, sent_start))
    return owners


def _fitting(owner: str, kind: str) -> str:
    """owner without the measure it was written with (农民人均纯收入 → 农民人均), if it is of
    kind (LEX scoped_measures' owners; the noun of that kind opening it), else ""."""
    if owner.count("“") != owner.count("”"):
        owner = owner.replace("“", "").replace("”", "")  # “六大优势产业”壮大规模 cut after the name
    if not owner or not _OWNER_CHARS.fullmatch(owner) or _NOT_OWNER.search(owner):
        return ""
    owner = without_head(owner, LEX.scoped_owner_heads)
    ends = LEX.scoped_owners[kind]
    if ends is not None and ends.start(owner) < 0:
        # the noun of the kind opening the words is the owner (文化产业做大做强 → 文化产业, 乡镇企业重组转制
        # → 乡镇企业), not a task's object (加强农业…), nor a bare word of the kind (产业, 行业, 教育)
        owner = "" if LEX.scoped_task_lead_re.match(owner) else next(
            (owner[:i] for i in range(len(owner) - 1, 1, -1) if ends.start(owner[:i]) >= 0), "")
    tasks = list(LEX.scoped_task_lead_re.finditer(owner))
    # 壮大装备制造业, 省领导领衔推动十大工业产业 (a topic's own words): the last task's object
    owner = owner[tasks[-1].end():] if tasks else owner
    owner = strip_deeds(owner, _COUNT_DEED_LEAD)  # 设立工人技术学校 (a count's name): the schools
    if len(owner) < 2 or LEX.verb_inside_re.search(owner) or LEX.up_tail_re.search(owner):
        return ""  # 引进入驻职业院校: a deed, not its object
    if ends is None:
        return owner if len(owner) <= 10 else ""
    return owner if ends.start(owner) >= 0 and owner not in LEX.owner_scopes | LEX.general_topics | LEX.scoped_bare_owners else ""
