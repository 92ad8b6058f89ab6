"""Rules that name a number whose clause names nothing by what the sentence named
before: its earlier names or list, its subject or newer topic, the clause before;
and the fallback for a number no rule could name."""
from __future__ import annotations

import re

from dagster_project.parsing.clause_subjects import distinct_tail, prev_clause_noun
from dagster_project.parsing.clause_subjects import newer_topic as topic_after_subject
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.name_adjustments import NEW_WORD_LAST
from dagster_project.parsing.name_completion import merge_head
from dagster_project.parsing.noun_after import fallback_name
from dagster_project.parsing.noun_phrase import is_verb_only, noun_phrase, strip_phrase
from dagster_project.parsing.rules.state import Naming

_STAGE_ADVERB = re.compile(r"^(?:基本|全部|已|累计|共|当年)+")
# the deeds that lead a counted noun named by what happened to it (开工保障性住房, noun_after)
_SETTLED_LEAD = re.compile("^(?:%s)+" % LEX.settled_deeds_alt)
# counting deeds (LEX count_deeds, settled_deeds): a clause of them alone (fullmatch: 新开工2000套,
# 建成705公里) or those leading a subject (match: 开工建设二级公路)
_COUNT_DEEDS = re.compile("(?:%s|%s)+" % (LEX.count_deeds_alt, LEX.settled_deeds_alt))


def rate_of_each_earlier(n: Naming) -> list[str] | None:
    """办理建议405件和提案590件，办复率均达100%: a rate of each subject named before."""
    c, items = n.clause, n.items
    if len(items) != 1 or len(c.group) != 1 or not items[0].endswith("率") or len(items[0]) > 5 \
            or not re.search(r"(?<![年平人户])均", c.l_hard) or len(set(c.history)) < 2:
        return None
    n.inherit = True
    earlier = distinct_tail(c.history, min(4, len(set(c.history))))
    return [merge_head(_without_deed(h), items[0]) for h in earlier]


_DEED_LEAD = re.compile("^(?:%s)+" % LEX.count_deeds_alt)


def _without_deed(name: str) -> str:
    """办理提案 → 提案: the rate is the things', not the deed that counted them (LEX count_deeds)."""
    lead = _DEED_LEAD.match(name)
    return name[lead.end():] if lead and len(name) - lead.end() >= 2 else name


def previous_list(n: Naming) -> list[str] | None:
    """A list of numbers with no names of its own: the subjects of the sentence's last list."""
    c = n.clause
    if len(c.group) > 1 and c.last_list and len(c.last_list) == len(c.group):
        return list(c.last_list)
    return None


def earlier_names(n: Naming) -> list[str] | None:
    """A list of numbers with no names of its own: as many names as it has, named before."""
    c = n.clause
    return distinct_tail(c.history, len(c.group)) if 1 < len(c.group) <= len(c.history) else None


def newer_topic(n: Naming) -> list[str] | None:
    """标准提高，城镇…600元；补贴、工资再次提高，年人均增加2400元: the topic of a clause
    without numbers after the subject's number."""
    topic = topic_after_subject(n.clause) if n.clause.subject else ""
    return [topic] if topic else None


def carried_subject(n: Naming) -> list[str] | None:
    """A clause without a noun: the sentence's subject so far, given this clause's generic head."""
    subject = n.clause.subject
    if not subject:
        return None
    if n.n_soft in LEX.generic_heads and not subject.endswith(n.n_soft):
        return [merge_head(subject, n.n_soft)]
    if _stock_after_new(n) and (stock := _NEW_WORD.sub("", subject)) != subject and len(stock) >= 2:
        return [stock]  # (STOCK_AFTER_NEW)
    return [_own_deed(subject, n.n_soft)]


# Rule STOCK_AFTER_NEW. 金融机构新增58家，达到286家 (dev: 青岛 2022); 来汉投资的世界500强企业新增26家，累计达到
# 67家 (武汉 2007): after what the year added, the level the
# things reached is their stock, named without 新增 (issue 14); not money (新增贷款…，达到1205亿元: the new loans
# again), nor a target restated (确保新增…超过50万人，力争达到70万人)
_LEVEL_REACHED = re.compile(r"(?:累计|总数|总量|总计|共)?(?:达到|达|增至|增加到|增长到)$")
_TARGET_AGAIN = re.compile(r"力争|确保|争取|努力")
_NEW_WORD = re.compile("^新增|" + NEW_WORD_LAST)  # 新增 leading or ending the subject (name_adjustments.new_first)


def _stock_after_new(n: Naming) -> bool:
    c = n.clause
    return n.kind == "value" and not c.group[0].unit.endswith("元") and bool(_LEVEL_REACHED.search(c.l_soft)) \
        and not _TARGET_AGAIN.search(c.l_soft)


def _own_deed(subject: str, n_soft: str) -> str:
    """棚改开工7.6万套，建成4.1万套: a clause whose words are only a deed counts that deed of the
    subject, so the deed ending the subject is replaced by it (棚改建成), not kept (棚改开工)."""
    own = _STAGE_ADVERB.sub("", n_soft)
    if not LEX.coordinated_deed_re.fullmatch(own):  # 基本建成
        return _own_count_deed(subject, own)
    # 1.8万套保障性住房全面开工，基本建成9123套: 建成保障性住房; 开工建设二级公路…，建成705公里: 建成二级公路
    lead = _SETTLED_LEAD.match(subject) or _COUNT_DEEDS.match(subject)
    rest = subject[lead.end():] if lead else ""
    if len(rest) >= 2 and rest[0] not in "和及与、":  # 开工和在建标准厂房: both stages, not one to replace
        return rest if own in rest else own + rest  # 开工复工棚户区改造，完成改造: 棚户区改造
    deed = LEX.coordinated_deed_end_re.search(subject)
    return subject[:deed.start()] + n_soft if deed and deed.start() >= 2 else _own_count_deed(subject, own)


def bare_money_noun(n: Naming) -> list[str] | None:
    """投入16.54亿元用于…: the money noun alone, named below by its purpose or owner."""
    return [n.n_soft] if n.n_soft in LEX.money_nouns and len(n.clause.group) == 1 else None


def previous_clause_noun(n: Naming) -> list[str]:
    """调整企业退休人员养老金，达到人均每月3392元: the noun of the clause before; a percent
    after a word of growth there is growth."""
    c = n.clause
    if n.kind == "percent" and LEX.growth_nouns_re.search(c.text[max(c.sent_start, c.clause_start - 12):c.clause_start]):
        n.kind, n.sign = "growth", 1
    return [prev_clause_noun(c.text, c.sent_start, c.clause_start)]


def fallback(n: Naming) -> list[str] | None:
    """Some name for a number no rule could name: the words after it, else the clause before it."""
    if any(n.items):
        return None
    c = n.clause
    return [fallback_name(c.text, n.first, c.l_clause, c.sent_end)]


# an event or cooperation opening its clause (LEX event_verbs + a noun ending in an event_nouns word),
# and the results of it counted after it (签约项目, 签约金额, 投资总额; a clause of them between)
_EVENT = re.compile(r"(?:^|[，,；;])(?:成功)?(?:%s)了?([^，,；;。：:\d]{2,24}?(?:%s))(?=[，,])" % (
    LEX.event_verbs_alt, LEX.event_nouns_alt))
# (a bare 金额 stays the projects' own, named later: 签订项目39个，金额350亿元)
_EVENT_RESULT = re.compile(r"(?:签约|签订|达成|引进|合同|协议)(?:项目|金额|额|总额|资金|投资额|投资总额|总投资|引资额)"
                           r"|项目|投资额|投资总额|引资额|贷款额")
_RESULT_CLAUSE = re.compile(r"(?:共|累计|现场)?(?:签约|签订|达成|引进|合同|协议|投资|总投资|金额|贷款)[^，,；;]*\d[^，,；;]*")


def scope_of_event(n: Naming) -> list[str] | None:
    """深化校地合作，签约项目86个 / 成功举办第七届中国—亚欧博览会，签约项目448个，签约总额1.17万亿元:
    a result with no owner of its own (签约项目, 签约总额) is the result of the event or cooperation
    opening the clause before (校地合作签约项目), over clauses of its other results."""
    c = n.clause
    if len(n.items) != 1 or not _EVENT_RESULT.fullmatch(n.items[0]):
        return None
    before = c.text[c.sent_start:c.clause_start]
    event = max(_EVENT.finditer(before), key=lambda m: m.start(), default=None)  # the last one
    if event is None or not all(_RESULT_CLAUSE.fullmatch(part) for part in re.split(
            r"[，,、]", before[event.end():].strip("，, ")) if part):
        return None
    return [event.group(1) + n.items[0]]


def _own_count_deed(subject: str, own: str) -> str:
    """开工建设二级公路1100公里，建成705公里: a clause of a counting deed alone counts that deed
    of the subject's things, so it replaces the deeds leading the subject (建成二级公路); a subject
    with no deed leading it is left (a measure's: 铁路营运里程…，新增288公里)."""
    if not _COUNT_DEEDS.fullmatch(own) or LEX.coordinated_deed_end_re.search(subject):
        return subject  # 保障性安居工程新开工52.9万套，竣工48万套: _own_deed's
    lead = _COUNT_DEEDS.match(subject)
    rest = subject[lead.end():] if lead else ""
    return own + rest if len(rest) >= 2 and rest[0] not in "和及与、" else subject


# the words of the people's noun: after the last punctuation or figure before its head
_PEOPLE_WORDS = re.compile(r"(?:^|[，,；;、：:（(]|[\d.]+(?:万|亿)?(?:余|多)?(?:名|人次|人)?)([\u4e00-\u9fff]{0,12})$")


def people_of_deed(n: Naming) -> list[str] | None:
    """全年完成农村劳动力培训7000多人，转移就业2.42万人: a count of people named by their deed
    alone (LEX people_deed_owners: 转移就业) is of the people the sentence named before it with
    the deed's head (农村劳动力转移就业), not of everyone; the noun without the deeds before it
    (培训, 加强, 组织) and with no verb left in it."""
    c, items = n.clause, n.items
    head = LEX.people_deed_owners.get(items[0]) if len(items) == 1 and len(c.group) == 1 else None
    if not head or n.first.unit.lstrip("万亿") not in ("人", "名", "人次"):
        return None
    at = c.text.rfind(head, c.sent_start, n.first.start)
    words = _PEOPLE_WORDS.search(c.text[c.sent_start:at]) if at >= 0 else None
    owner = _after_last_deed(words.group(1)) if words else None
    if owner is None or len(owner) > 6:
        return None  # (吸纳技能型农村劳动力新机制: no deed the lexicon knows ends the words, no noun)
    return [owner + head + items[0]]


def _after_last_deed(words: str) -> str:
    """The words after the last verb or deed in them (加强农村 → 农村, 组织培训广东省农村 → 广东省农村)."""
    cut = max((m.end() for p in (LEX.verb_inside_re, LEX.scoped_task_lead_re) for m in p.finditer(words)), default=0)
    for event in LEX.people_events:  # 培训, 安置: deeds done to the people
        k = words.rfind(event)
        cut = max(cut, k + len(event) if k >= 0 else 0)
    return strip_phrase(words[cut:]) if cut < len(words) else ""


# what follows 分别 when the figures compare each subject with a base or a plan (分别是上年的1.15倍,
# 分别完成年计划的160%, 分别比上年末增长13.5%和12.8%): the subjects' own names; a comparison with places (分别高于全国、全省) is
# a list of places, not of the subjects before
_FENBIE_RATIO = re.compile(r"^(?:是|为|相当于|占|完成(?:年度?|全年)?(?:计划|任务)|恢复|(?:比|较)[^，,；;]*?(?:增长|下降|提高|增加|减少|上升|回落|降低|提升))")
_FENBIE_PLACES = re.compile(r"^(?:高于|低于|高出|低出|快于|慢于|超过|领先|居)")


def each_earlier_subject(n: Naming) -> list[str] | None:
    """年内新改扩建公办中小学45所、幼儿园18所，分别新增学位4.68万和7000个: a 分别 list with no
    subject of its own in its clause is spread over the figures the sentence named before, one each,
    with the measure written after 分别 (新改扩建公办中小学新增学位, 幼儿园新增学位), or its deed
    (分别新增36个、44个 → 新增绿色食品); 分别是上年的1.15倍和1.22倍: the subjects themselves."""
    c = n.clause
    at = c.l_clause.find("分别")
    if len(c.group) < 2 or at < 0 or c.seg_start != c.clause_start or noun_phrase(c.l_clause[:at]) \
            or len(set(c.history)) < len(c.group) or _FENBIE_PLACES.match(c.l_clause[at + 2:]) \
            or "、" in c.l_clause[at + 2:]:
        return None  # (分别完成危旧房改造、棚户区改造…任务: subjects of its own after 分别)
    earlier = distinct_tail(c.history, len(c.group))
    after = c.l_clause[at + 2:]
    if _FENBIE_RATIO.match(after):
        return earlier
    measure = noun_phrase(after)
    if not measure:
        return None  # 分别增长5%和6%: the earlier rules' (previous_list, earlier_names)
    if is_verb_only(measure):  # 分别新增36个、44个: the deed done to each (新增绿色食品)
        return [e if e.startswith(measure) else measure + e for e in earlier]
    return [merge_head(e, measure) for e in earlier]
