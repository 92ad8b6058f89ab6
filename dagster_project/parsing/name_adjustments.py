"""Adjusting a clause's names by the words around its number (tasks, gaps against
another place, completion rates, beneficiaries, changes)."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_subjects import distinct_tail, sentence_topic
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.list_subjects import split_items
from dagster_project.parsing.name_completion import (
    beneficiary_word,
    merge_head,
    money_owner,
    name_by_measure,
    without_head,
)
from dagster_project.parsing.noun_phrase import is_verb_only, noun_phrase, strip_deeds
from dagster_project.parsing.part_of_whole import part_of_whole
from dagster_project.parsing.periods import is_population

_BENEFIT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:[、，,和及][^，,；;。]{0,12}?)?(?:直接|均)?受益(?=[，,；;。]|$)")
_BENEFIT_LEAD = re.compile(r"(?:使|让)[^，,；;。]{0,14}$")
_PROJECT_OWNER = re.compile(r"^(.{2,16}?)(?:工程|项目)")
_AREA_UNITS = ("平方米", "亩", "平方公里", "公顷")
_AREA_DEEDS = {"开工", "竣工", "完工", "建成", "新开工", "交付", "销售", "新建"}

_PARTS = ("城镇", "农村", "城市", "乡村")
_URBAN_RURAL = re.compile(r"城乡([\u4e00-\u9fff]{2,12}?)(?=逐年|进一步|再次|分别|均|持续|提高|增长|达到|[，,；;])")
_CHANGE_BY = re.compile(r"(?:比上年|比去年|较上年|较去年|同比|比上一年|(?<![新净])月|(?<![新净])年)(增加|减少|下降|降低|增|减|多|少)了?$"
                        # 比五年前增加5800多亿元, 贫困人口减少6800多万: a change in any unit but %
                        r"|(?:(?:比|较)[^，,；;。比较]{1,8}?|(?<=[\u4e00-\u9fff]{2}))(增加|减少|扩大|缩小|提高|降低|缩减|压减)了?$")
_TASK_AFTER = re.compile(r"(?:的)?(?:年度|全年|今年|年内|全部)?([\u4e00-\u7683\u7685-\u9fff]{2,8}?)(?:工作)?任务")  # not across 的

# 145项重点任务: a task's rank or kind, not a deed; the tasks are what is counted
_TASK_MODIFIERS = {"重点", "主要", "各项", "核心", "关键", "年度", "目标", "具体", "硬"}
_REACH_PEOPLE = re.compile(r"(惠及|带动|覆盖|受益)([\u4e00-\u9fff]{2,6})?$")
_PEOPLE_MEASURES = ("人数", "户数", "人次", "率", "人口", "惠及", "带动", "覆盖")
_PLACE_CMP = re.compile(r"(?:比|较)?(?:高于|低于|快于|慢于|超过|超出)?(?:全国|全省|全区|全市|全州|全盟|全县|东部|中部|西部|东北)(?:平均)?(?:水平)?(?:高|低|快|慢|多|少)?(?:出)?")
# 总投资30亿元的项目当年完成投资6.1亿元: beside a total, the money spent so far is its own indicator
_SPENT = re.compile(r"完成(?:投资|投入)$")
_DONE_OF = re.compile(r"(?:分别|均|各)?(?:完成|达到)了?((?:全年|年度|年初|全年度|既定|计划)?(?:目标任务|目标|任务|计划))的$")


_PARA_HEADING = re.compile(r"[一二三四五六七八九十]+是([^。！？\n，,]{2,20})[。！？]")
_HEADING_TAIL = re.compile(r"(?:建设|工作|工程|步伐|力度|水平|进程)+$")


def task_object(text: str, sent_start: int, before: int, task: str) -> str:
    """The object of a bare task (完成今年8008户改造任务) named earlier in its paragraph
    (四是全力推进棚户区改造工程 → 棚户区), or ""."""
    para = text.rfind("\n", 0, sent_start) + 1
    at = text.rfind(task, para, before)
    while at > para:
        clause = max(text.rfind(ch, para, at) for ch in "，,；;。：:\n") + 1
        words = text[max(clause, para):at]
        # 坚持用改革的办法: the word as a modifier, not a deed done to something
        if not re.search(r"\d|我们|用$", words) and not text.startswith("的", at + len(task)):
            obj = strip_deeds(noun_phrase(words))
            if len(obj) >= 2 and not is_verb_only(obj):
                return obj
        at = text.rfind(task, para, at)
    # 二是全面加快新区建设。…完成16.9万平方米的绿化任务: the paragraph's heading names the place
    heading = _PARA_HEADING.match(text, para, sent_start) if is_verb_only(task) else None
    if heading:
        obj = strip_deeds(_HEADING_TAIL.sub("", noun_phrase(heading.group(1))), LEX.transitive_lead_re, LEX.light_re)
        if 2 <= len(obj) <= 8 and not is_verb_only(obj):
            return obj
    return ""


def adjust_name(clause: Clause, items: list[str], kind: str, sign: int, n_soft: str, counted_noun: str):
    """Names the words around a number change: a task it counts, growth of an abstract
    subject, a gap against another place, a completion rate, a project's floor area or
    beneficiaries, a deed counted in its unit, a change rather than a level.

    Returns (items, sign, place_cmp); place_cmp: the number is a gap against another place."""
    text = clause.text
    sent_start = clause.sent_start
    sent_end = clause.sent_end
    prev_sentence = clause.prev_sentence
    group = clause.group
    l_hard = clause.l_hard
    l_clause = clause.l_clause
    dist = clause.dist
    subject = clause.subject
    history = clause.history
    facts = clause.facts
    first = clause.group[0]
    task_match = _TASK_AFTER.match(text, group[-1].end, sent_end) if kind == "value" else None
    if task_match and len(task_match.group(1)) >= 2 and task_match.group(1) not in _TASK_MODIFIERS:
        # 完成13672户的年度改造任务: the number counts the task; a bare deed takes its object from the topic
        task = task_match.group(1)
        # 339项重点改革任务: a ranked kind of task is counted as tasks
        task = task + "任务" if task.startswith(tuple(_TASK_MODIFIERS)) and first.unit in ("项", "个", "件", "条") else task
        sent_topic = subject or sentence_topic(text, sent_start, sent_end) or (sentence_topic(text, *prev_sentence) if prev_sentence else "")
        items = [sent_topic[: sent_topic.find(task) + len(task)] if sent_topic and sent_topic.find(task) > 0
                 else task_object(text, sent_start, first.start, task) + task]
    if kind in ("growth", "avg_annual_growth") and len(items) == 1 and items[0] in LEX.abstract_subjects:
        growth_word = re.search(re.escape(items[0]) + r"(增长|增速)", l_hard)
        if growth_word:
            items = [items[0] + growth_word.group(1)]  # 经济增长预期目标为5%: 经济 alone measures nothing
    place_cmp = kind == "percentage_points" and len(items) == 1 and bool(facts) and bool(_PLACE_CMP.fullmatch(items[0]))
    if place_cmp:
        # 增长5.4%、高于全国1.9个百分点: the gap is the previous figure's, against another place
        prev_fact = facts[-1]
        items = [prev_fact.indicator + ("增速" if prev_fact.kind in ("growth", "avg_annual_growth")
                                        and not LEX.growth_nouns_re.search(prev_fact.indicator[-2:]) else "") + items[0]]
        if re.search(r"低|慢|少", items[0][len(prev_fact.indicator):]):
            sign = -1
    done_of = _DONE_OF.search(l_hard) if kind == "percent" else None
    if done_of:
        # 完成年度目标任务的105%: a completion rate, of each subject a 分别 distributes over
        rate = done_of.group(1) + "完成率"
        listed = split_items(noun_phrase(l_hard[:done_of.start()]))
        if len(group) > 1 and len(listed) == len(group):
            owners = listed  # 治沙、造林分别完成年度目标任务的113%、220%
        elif dist and len(set(history)) >= 2:
            owners = distinct_tail(history, min(4, len(set(history))))
        else:
            owners = [subject] if subject else [""]
        items = [merge_head(o, rate) if o else rate for o in owners]
    if len(items) == 1 and subject and first.unit.endswith(_AREA_UNITS) and n_soft in _AREA_DEEDS \
            and items[0] in (n_soft, subject) and money_owner(subject) != subject:
        # 项目完成投资6.1亿元，开工25.9万平方米: the project's floor area started, not its money
        items = [money_owner(subject) + n_soft + "面积"]
    if len(items) == 1 and first.unit.lstrip("万亿") in ("人", "户", "名", "人次", "") and facts:
        benefit = _BENEFIT.match(text, group[-1].end, sent_end)
        owner = _PROJECT_OWNER.search(facts[0].indicator) if benefit and _BENEFIT_LEAD.search(l_clause) else None
        if owner:
            # …工程新接入供热面积190万平方米，使2.58万户、近8万市民直接受益: the project's beneficiaries
            items = [owner.group(1) + "受益" + beneficiary_word(text, g, sent_end) for g in group]
    reached = _REACH_PEOPLE.search(l_hard) if len(items) == 1 and subject and first.unit.lstrip("万亿") in ("人", "户", "人次") else None
    if reached and not l_hard[:reached.start()].strip("，,、 ") and not subject.endswith(_PEOPLE_MEASURES):
        # 改造老旧小区6496个、惠及97.9万户: the households the deed just counted reached
        unit = first.unit.lstrip("万亿")
        owner = without_head(subject, LEX.generic_heads)  # 老旧小区改造面积 → 老旧小区改造
        people = reached.group(2) or ("户数" if unit == "户" else "人次" if unit == "人次" else "人数")
        items = [owner + reached.group(1) + people]
    if len(items) == 1 and len(group) == 1 and items[0]:
        items = [name_by_measure(items[0], first, text, sent_end, counted_noun, n_soft)]
    urban_rural = _URBAN_RURAL.findall(text, sent_start, first.start) if len(items) == 1 and items[0] in _PARTS and n_soft == items[0] else []
    if urban_rural:
        # 城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村…: the part's own standard
        items = [items[0] + urban_rural[-1]]
    change_by = _CHANGE_BY.search(LEX.prefix_q_re.sub("", l_hard)) if kind == "value" and items else None
    if change_by and change_by.group(2) and counted_noun:
        change_by = None  # 目录增加33项内容: the number counts what was added
    if change_by and all(it and not it.endswith(("额", "量", "数")) and not is_verb_only(it) for it in items):
        # 赤字规模5.66万亿元、比上年增加1.6万亿元 (补助标准分别再提高30元和5元): the change, not the level
        verb = change_by.group(1) or change_by.group(2)
        items = [it + ("减少额" if verb in ("减少", "下降", "降低", "减", "少", "缩小", "缩减", "压减") else "增加额") for it in items]
    if len(group) == 1 and is_population(first, text, sent_end, l_hard):
        items = ["人口"]
    if len(items) == 1 and len(group) == 1:
        items = [part_of_whole(clause, items[0], n_soft)]
    items = [LEX.inner_drop_re.sub("", it) if len(LEX.inner_drop_re.sub("", it)) >= 2 else it for it in items]
    if kind == "value" and len(items) == 1 and _SPENT.search(LEX.prefix_q_re.sub("", l_hard)) \
            and "总投资" in text[sent_start:first.start] and items[0].endswith(("投资", "投入")) \
            and not items[0].endswith(("总投资", "完成投资", "完成投入")):
        items = [items[0][:-2] + "完成" + items[0][-2:]]
    return items, sign, place_cmp
