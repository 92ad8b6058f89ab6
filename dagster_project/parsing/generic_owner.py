"""The owner of a generic head: 投资, 面积 and the like name nothing alone."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_subjects import prev_clause_noun, sentence_topic
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.name_completion import COUNT_UNITS, merge_head, money_owner
from dagster_project.parsing.noun_phrase import memoised, strip_deeds, strip_phrase
from dagster_project.parsing.scoped_owner import opening_topic

_PREDICATE_INSIDE = re.compile(alternation(set(LEX.up + LEX.down + LEX.level) - {"增", "降", "减", "涨"}))
_RAISE_LEAD = re.compile(r"^(?:不断|进一步|持续|全面|切实)?(?:提高|提升|改善|增强|优化)")


_R_DE = re.compile(r"(?:实施|建设|新建|改造|完成)?的([\u4e00-\u9fffA-Za-z0-9“”（）()&]{2,24})")
_R_DE_STOP = re.compile(r"提前|全线|贯通|开门|营业|全面|开业|运营|投用|使用|当年|全年|完成|实现|开工|投入|全部|实施|建成|正式|顺利|已|于|将|进展|基本|主体|投资|完工|落地|成功|竣工|启动|新增|新接入|使|带动|惠及|\d+(?:\.\d+)?(?:万|亿)?(?:平方米|户|人|元|公里|个)")
_VERB_OBJ = re.compile(r"[，,]?(?:重点|主要|集中|全面)?(?:实施了?|办好了?|完成了?|建成了?|新建了?|建设了?)(?:的)?([^，,；;。]{2,24}?)(?=[，,；;。]|$|工程|项目|建设|任务|开工|完工|竣工|投入)")
_COUNTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:%s|[\u4e00-\u9fff])?" % LEX.measure_alt)
_WORKS_END = re.compile("[\u4e00-\u9fff”](?:%s)$" % LEX.works_heads_alt)
_A_BATCH = re.compile(r"^(?:一批|一系列|若干|多个|各类)")
_FRAME_LEAD = re.compile("^(?:%s|开创性|分步|突出|好)" % alternation(LEX.verbs["framing_verbs"] + LEX.verbs["framing_adverbs"]))
_USED_FOR = re.compile(r"[^，,；;。]{0,3}?用于([\u4e00-\u9fff“”]{2,16}?)(?:[，,；;。]|$)")


# 开展促销活动，实现销售额X: the takings of the activity in the clause before
_TAKINGS = {"销售额", "交易额", "成交额", "营业额"}
_GENERIC_VERBS = {"改造", "完成", "建设", "实现", "开发", "开工", "竣工", "累计完成", "共完成"}


# 启动运行总规模1000亿元的母基金: a fund's size, named by the fund after 的
_LAUNCH = re.compile(r"^.{0,8}?(?:%s)+(?=总?规模$|总投资$)" % alternation({"启动", "运行", "设立", "发起", "组建", "实施", "推进", "建设", "开工", "新建", "谋划", "引进", "签约"}))
_GENERIC_RE = re.compile("(?:%s)(?:%s)" % (alternation(_GENERIC_VERBS),
                                           alternation(h for h in LEX.generic_heads if len(h) >= 2)))


_GENERIC_VERB_FIRST = frozenset(v[0] for v in _GENERIC_VERBS)  # a name _GENERIC_RE can match opens with one


@memoised  # asked of a clause's name before and after it is adjusted, and of the same names again
def is_generic(item: str) -> bool:
    """投资, 面积 … or a verb plus one (改造面积, 完成投资): a head that needs its owner."""
    # (each pattern is tried only on a name that could match it: most names cannot)
    return item in LEX.generic_heads or item[:1] in _GENERIC_VERB_FIRST and _GENERIC_RE.fullmatch(item) is not None \
        or ("规模" in item or "总投资" in item) and _LAUNCH.match(item) is not None


def owner_of_generic(clause: Clause, items: list[str]) -> list[str]:
    """items' one name, a generic head (投资, 面积, 完成投资), named by its owner: the object
    after the number (…的X, 用于X, 完成了X), the sentence's subject or topic, or the clause before."""
    head = _LAUNCH.sub("", items[0])
    obj = _object_after(clause, head)
    sent = clause.text[clause.sent_start:clause.sent_end]
    before = clause.group[0].start - clause.sent_start
    semi = max(sent.rfind("；", 0, before), sent.rfind(";", 0, before))
    subject, facts = clause.subject, clause.facts
    if len(obj) < 2 and subject and clause.subject_at > clause.sent_start + semi and not (
            head in LEX.money_nouns and facts and _counts_households_or_people(facts[-1].unit)):
        obj = subject
    if len(obj) < 2:
        obj, head = _topic_owner(clause, head, semi, obj)
    if len(obj) < 2 and (head in LEX.money_nouns or head in _TAKINGS) \
            and (clause.clause_start > clause.sent_start or clause.prev_sentence):
        obj = _owner_in_clause_before(clause, head, obj)
    obj = obj[:-2] if obj.endswith("项目建设") else obj  # 总投资X的Y项目建设 → Y项目
    if len(obj) >= 2 and head in LEX.money_nouns and obj is subject:
        obj = money_owner(obj)  # 项目总投资18.8亿元，当年完成投资6.87亿元: the project's, not its total's
    if len(obj) < 2:
        return [head]
    k = LEX.counted_attributes.start(obj) if head in LEX.money_nouns else -1
    return [merge_head(obj[:k] if k >= 2 else obj, head)]


def _object_after(clause: Clause, head: str) -> str:
    """The owner written after the number: …的X, 用于X, or for money 完成了X."""
    text, first, sent_end = clause.text, clause.group[0], clause.sent_end
    de_match = _R_DE.match(text, first.end, sent_end)
    if de_match:
        obj = de_match.group(1)
        stop = _R_DE_STOP.search(obj, 2)
        return strip_phrase(obj[: stop.start()] if stop else obj)
    used_for = _USED_FOR.match(text, first.end, sent_end)
    if used_for:
        return strip_phrase(used_for.group(1))
    if head not in LEX.money_nouns:
        return ""
    verb_obj = _VERB_OBJ.match(text, first.end, sent_end)
    if verb_obj and text[first.end] in "，,":
        sent_topic = sentence_topic(text, clause.sent_start, sent_end)
        if sent_topic and clause.clause_start > clause.sent_start + len(sent_topic):
            return ""  # 基地建设初具规模，完成投资X，建成Y: the topic owns the money
    if not verb_obj:
        return ""
    obj_words = _COUNTED.sub("", verb_obj.group(1)).replace("的", "")
    k = obj_words.rfind("等")
    obj_words = obj_words[k + 1:] if 0 <= k < len(obj_words) - 2 else obj_words
    # a list cut short (实施了A镇、B办…工程和C…) names none of its items alone
    rest = text[verb_obj.end(1):sent_end]
    rest = rest[:min([rest.find(x) for x in "，,；;。" if x in rest] or [len(rest)])]
    cut_list = ("、" in obj_words.lstrip("、")) and re.search("[、和及]", rest) is not None
    return strip_phrase(obj_words) if len(obj_words) <= 14 and not cut_list else ""


def _topic_owner(clause: Clause, head: str, semi: int, obj: str) -> tuple[str, str]:
    """The sentence's topic (this part's, after a ；) or the sentence before's, else obj as it
    was; and the head (完成投资 given an owner there is its 投资)."""
    text = clause.text
    topic = sentence_topic(text, clause.sent_start, clause.sent_end)
    if topic and clause.clause_start > clause.sent_start + len(topic):
        obj = topic if semi < 0 or sentence_topic(text, clause.sent_start + semi + 1, clause.sent_end) == topic else ""
    elif clause.prev_sentence and semi < 0:
        obj = sentence_topic(text, *clause.prev_sentence)
    if not obj and semi < 0 and clause.group[0].unit.lstrip("万亿") not in COUNT_UNITS | {"", "%"}:
        # 公益建设方面，…，力争完成投资110亿元 (not a count: 推进380个总投资X的重点项目 counts the
        # projects; nor a paragraph's heading, mostly a task)
        obj = opening_topic(text, clause.sent_start, clause.clause_start)
    if obj and head in ("完成投资", "共完成投资"):
        head = "投资"
    return obj, head


def _owner_in_clause_before(clause: Clause, head: str, obj: str) -> str:
    """公共服务水平显著提高，累计完成投入33.4亿元 (or …提高城市建设水平。全年计划投资15亿元):
    the money goes to 公共服务, not to its 水平; takings go to the clause before's activity; money
    after a clause of works (LEX works_heads: 实施一批重大产业项目，完成投资X) is theirs."""
    text, sent_start, clause_start = clause.text, clause.sent_start, clause.clause_start
    prev_noun = prev_clause_noun(text, sent_start, clause_start) if clause_start > sent_start \
        else prev_clause_noun(text, clause.prev_sentence[0], clause.prev_sentence[1])
    prev_noun = _RAISE_LEAD.sub("", prev_noun)
    k = LEX.counted_attributes.start(prev_noun)
    obj = prev_noun[:k] if k >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", prev_noun[:k]) \
        and not _PREDICATE_INSIDE.search(prev_noun[:k]) else obj
    works = _works_owner(prev_noun) if head in LEX.money_nouns and clause_start > sent_start \
        and clause.group[0].unit.lstrip("万亿") not in COUNT_UNITS else ""
    obj = works or obj  # 实施一批重大产业项目，完成投资745亿元: the projects' money
    if head in _TAKINGS and clause_start > sent_start and 2 <= len(prev_noun) <= 8 \
            and re.fullmatch(r"[\u4e00-\u9fff]+", prev_noun) and not _PREDICATE_INSIDE.search(prev_noun):
        obj = prev_noun
    return obj


def _works_owner(noun: str) -> str:
    """The works a clause's noun names (LEX works_heads), without the deeds, frames and batch
    words leading it (突出抓好十项重大工程 → 十项重大工程, 分步实施“百项千亿”治水项目 → …治水项目), or ""."""
    if not _WORKS_END.search(noun) or _PREDICATE_INSIDE.search(noun) or not re.match("[\u4e00-\u9fff“]", noun):
        return ""
    prev = None
    while prev != noun:
        prev = noun
        noun = strip_deeds(strip_phrase(noun, framing=True), LEX.transitive_lead_re, LEX.scoped_task_lead_re, _FRAME_LEAD)
        noun = _A_BATCH.sub("", noun)
    # a place or time before the works (在清镇市…实施X, 每季度集中动工X): a clause, no owner
    return noun if 4 <= len(noun) <= 16 and not re.match("[在每]", noun) and not LEX.verb_inside_re.search(noun[:-2]) else ""


def _counts_households_or_people(unit: str) -> bool:
    """4万居民…，完成投资X, 3000户…: the money after a count of people or households (or a
    bare count) is not theirs."""
    return unit.lstrip("万") in ("户", "") or LEX.counts_people(unit)
