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
from dagster_project.parsing.clause_subjects import HARD, HARD_RE, prev_clause_noun, sentence_topic
from dagster_project.parsing.lexicon import LEX, Suffixes
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


# 增加值占地区生产总值比重: a share whose part is written bare
_SHARE_OF_PART = re.compile(r"([\u4e00-\u9fff]{2,8}?)占")


def scoped_part(item: str) -> tuple[str, str, str] | None:
    """(head, its kind, the words after it) when item is a scoped measure (增加值) or a share whose
    part is one (增加值占地区生产总值比重 → 增加值, output, 占地区生产总值比重), else None."""
    kind = scoped_kind(item)
    if kind:
        return item, kind, ""
    m = _SHARE_OF_PART.match(item)
    kind = scoped_kind(m.group(1)) if m else None
    return (m.group(1), kind, item[m.end(1):]) if kind else None


def opening_topic(text: str, start: int, end: int) -> str:
    """The topic the words from start open on: a numbered heading's noun (（三）加快发展职业教育。
    → 职业教育) or a topic phrase's (农民收入方面， → 农民收入), else ""."""
    m = _HEADING.match(text, start, end) or _TOPIC_PHRASE.match(text, start, end)
    if not m:
        return ""
    topic = strip_deeds(strip_phrase(m.group(1), framing=True))
    return topic if len(topic) >= 2 else ""


# the words a sentence opens on stop at a joining word, a modal or a figure (民营经济规模和层次…);
# opened by a preposition (以优势矿产业…为重点, 在…的同时) they are no topic
_OPENING_STOP = re.compile(r"[的和及与、“”（）()要将把使\d]")
_PREPOSITION_LEAD = re.compile(r"[以在对把从由为按据拿就随]")
_ANY_OWNER = Suffixes(w for ends in LEX.scoped_owners.values() if ends for w in ends.words)


def opening_words(text: str, sent_start: int, clause_start: int) -> list[str]:
    """The words opening the sentence (its part after a ；), when the clause is not their first:
    their first clause up to a joining word, a modal, a figure or a task's deed after a noun
    (服务业质效提升，实现增加值9700亿元 → 服务业质效提升; 推动国企发展混合经济 → 推动国企). A topic written with no predicate word
    (取得, 加快 … that sentence_topic looks for) is still there: only an owner noun of a measure's
    kind opening them is taken from them (_fitting)."""
    semi = max(text.rfind("；", sent_start, clause_start), text.rfind(";", sent_start, clause_start))
    start = semi + 1 if semi >= 0 else sent_start
    if clause_start <= start or _PREPOSITION_LEAD.match(text, start):
        return []
    m = HARD_RE.search(text, start, clause_start)
    words = text[start:m.start() if m else clause_start]
    stop = _OPENING_STOP.search(words)
    words = words[:stop.start()] if stop else words
    lead = 0  # the deeds opening a task (大力发展非公有制经济) keep their object; one after a noun ends it
    while (task := LEX.scoped_task_lead_re.match(words, lead)) is not None:
        lead = task.end()
    inner = LEX.scoped_task_lead_re.search(words, lead + 1)
    if inner:  # 乡镇企业围绕调整优化产业 → 乡镇企业 first; 继续大力发展乡镇企业 (an adverb before the deeds) whole
        return [words[:inner.start()], words]
    if stop and stop.group() == "、" and _ANY_OWNER.start(words) >= lead:
        return []  # 大力发展旅游文化产业、冰雪文化产业…: a list of owners; no item owns alone
    return [words]


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
        owners += opening_words(text, sent_start, clause.clause_start)
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
            (_with_place(owner, i) for i in range(len(owner) - 1, 1, -1) if ends.start(owner[:i]) >= 0), "")
    tasks = list(LEX.scoped_task_lead_re.finditer(owner))
    # 壮大装备制造业, 省领导领衔推动十大工业产业 (a topic's own words): the last task's object
    owner = owner[tasks[-1].end():] if tasks else owner
    owner = strip_deeds(owner, _COUNT_DEED_LEAD)  # 设立工人技术学校 (a count's name): the schools
    # 引进入驻职业院校: a deed, not its object (the kind's own noun may hold a verb: 服务业)
    noun_at = _kind_noun_at(owner, ends) if ends is not None else -1
    if len(owner) < 2 or LEX.verb_inside_re.search(owner[:noun_at] if noun_at >= 0 else owner) \
            or LEX.up_tail_re.search(owner):
        return ""
    if ends is None:
        return owner if len(owner) <= 10 else ""
    wrapper = LEX.owner_wrappers.start(owner)
    if wrapper >= 2 and ends.start(owner[:wrapper]) >= 0:
        owner, noun_at = owner[:wrapper], ends.start(owner[:wrapper])  # 工业经济 → 工业 (LEX owner_wrappers)
    return owner if noun_at >= 0 and owner not in LEX.owner_scopes | LEX.general_topics | LEX.scoped_bare_owners else ""


def _kind_noun_at(owner: str, ends) -> int:
    """Where the noun of the kind ending owner starts, itself or before a place word (服务业集聚区), else -1."""
    place = LEX.owner_places.start(owner)
    return ends.start(owner[:place]) if place >= 2 and ends.start(owner) < 0 else ends.start(owner)


def _with_place(words: str, i: int) -> str:
    """words[:i], an owner noun of a kind, with the place word after it that it names (六大产业基地,
    服务业集聚区, 生态工业园: LEX owner_places)."""
    place = LEX.owner_places_re.match(words, i)
    return words[:place.end()] if place else words[:i]


def owner_shared_in_list(items: list[str]) -> list[str]:
    """A scoped measure written bare in a list after one of its kind with an owner takes that
    owner (农业总产值和增加值分别增长4.6%和4.1% → 农业总产值, 农业增加值)."""
    out = list(items)
    for k in range(1, len(items)):
        kind = scoped_kind(items[k])
        owners = (_owner_of_kind_in(prev, kind) for prev in reversed(out[:k])) if kind else ()
        owner = next((o for o in owners if o), "")  # the nearest name before with an owner of the kind
        out[k] = merge_head(owner, items[k]) if owner else items[k]
    return out


def _owner_of_kind_in(name: str, kind: str) -> str:
    """The owner in a name ending with a scoped measure of kind (规模以上工业总产值 → 规模以上工业), else ""."""
    head_at = next((j for j in range(2, len(name) - 1) if LEX.scoped_kind.get(name[j:]) == kind), -1)
    return _fitting(name[:head_at], kind) if head_at >= 0 else ""

