"""Adjusting a clause's names by the words around its number (tasks, gaps against
another place, completion rates, beneficiaries, changes)."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_subjects import distinct_tail, sentence_topic
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.list_subjects import split_items
from dagster_project.parsing.name_completion import (
    COUNT_UNITS,
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
                        r"|(?:(?:比|较)[^，,；;。比较]{1,8}?|(?<=[\u4e00-\u9fff]{2}))(增加|减少|扩大|缩小|提高|降低|缩减|压减)了?$"
                        r"|(?:比|较)(?:年初|上年末|去年末)(新增)$")  # 存贷款分别比年初新增A和B
_TASK_AFTER = re.compile(r"(?:的)?(?:年度|全年|今年|年内|全部)?([\u4e00-\u7683\u7685-\u9fff]{2,8}?)(?:工作)?任务")  # not across 的

# 145项重点任务: a task's rank or kind, not a deed; the tasks are what is counted
_TASK_MODIFIERS = {"重点", "主要", "各项", "核心", "关键", "年度", "目标", "具体", "硬"}
_REACH_PEOPLE = re.compile(r"(惠及|带动|覆盖|受益)([\u4e00-\u9fff]{2,6})?$")
_PEOPLE_MEASURES = ("人数", "户数", "人次", "率", "人口", "惠及", "带动", "覆盖")
_PLACE_CMP = re.compile(r"(?:比|较)?(?:高于|低于|快于|慢于|超过|超出)?(?:全国|全省|全区|全市|全州|全盟|全县|东部|中部|西部|东北)(?:平均)?(?:水平)?(?:高|低|快|慢|多|少)?(?:出)?"
                        # or against the year's target (失业率3.38%，低于控制目标0.92个百分点; 目标 stripped before)
                        r"|(?:高于|低于|快于|慢于|超过|超出)(?:年度|全年|省定|国家)?(?:控制|调控|预期|计划)(?:目标|指标|线)?")
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
    group, first = clause.group, clause.group[0]
    items = _task_counted(clause, items, kind)
    items = _growth_of_abstract(clause, items, kind)
    place_cmp = kind == "percentage_points" and len(items) == 1 and bool(clause.facts) and bool(_PLACE_CMP.fullmatch(items[0]))
    if place_cmp:
        items, sign = _gap_against_place(clause, items[0], sign)
    items = _completion_rate(clause, items, kind)
    items = _floor_area(clause, items, n_soft)
    items = _project_beneficiaries(clause, items)
    items = _reached_people(clause, items)
    items = _capacity_of_facilities(clause, items)
    if len(items) == 1 and len(group) == 1 and items[0]:
        items = [name_by_measure(items[0], first, clause.text, clause.sent_end, counted_noun, n_soft)]
    items = _urban_rural_part(clause, items, n_soft)
    items = _change_not_level(clause, items, kind, counted_noun)
    if len(group) == 1 and is_population(first, clause.text, clause.sent_end, clause.l_hard):
        items = ["人口"]
    if len(items) == 1 and len(group) == 1:
        items = [part_of_whole(clause, items[0], n_soft)]
    items = [dropped if len(dropped := LEX.inner_drop_re.sub("", it)) >= 2 else it for it in items]
    items = [without_level_verb(new_first(without_inner_framing(_without_plan_word(it, first.unit)))) for it in items]
    items = _per_head_of_previous(clause, items)
    return _spent_beside_total(clause, items, kind), sign, place_cmp


# 地区生产总值12.29万亿元…，人均达13.7万元 (江苏 2022), 全省生产总值450亿元，人均达到2816元 (海南 1993): a bare
# 人均 after a total is that total per head (人均地区生产总值), without the total's scope or time (全省, 全年: LEX light)
def _per_head_of_previous(clause: Clause, items: list[str]) -> list[str]:
    if items != ["人均"] or not clause.history or "人均" in clause.history[-1]:
        return items
    total = clause.history[-1]
    total = total[max(0, LEX.light_prefixes.end(total)):]
    return ["人均" + total] if _PER_HEAD_TOTAL.search(total) and not is_verb_only(total) else items


# what a bare 人均 after it can be of: a total of output or income (not 年, 跃升至: no total)
_PER_HEAD_TOTAL = re.compile(r"(?:生产总值|GDP|收入|增加值|产值)$")


# 受益人口达到37万多人 (海南 2003), 财政收入突破千亿元、达到1000.5亿元 (合肥 2016), 服务业增加值突破
# 万亿元、达到10495.5亿元 (青岛 2025): 达到 ending a name says the number is reached, and a milestone passed
# before it (跨过…台阶, 突破…) is the same level's; neither names anything
_REACHED_TAIL = re.compile(r"(?:(?:在[^、，]{1,6})?(?:跨过|跨越|连跨|突破|迈上|再上|保持|率先)[^、，]{0,12}、)?(?:共|累计)?(?:达到|达)$")


def without_level_verb(name: str) -> str:
    """受益人口达到 → 受益人口, 财政收入突破千亿元、达到 → 财政收入 (_REACHED_TAIL)."""
    tail = _REACHED_TAIL.search(name) if name.endswith("达") or name.endswith("达到") else None
    rest = name[:tail.start()] if tail else ""
    return rest if len(rest) >= 2 and not is_verb_only(rest) and not LEX.adverb_alone_re.match(rest) else name


# 金融机构新增58家 (青岛 2022), 建成区面积新增200平方公里, 参保人员预计新增16.63万人, 参合人数五年新增…: 新增
# written after what was added leads the name, as everywhere else (新增金融机构); not 零新增 (a streak of none),
# nor after a rate's time (每天新增1.5万户), nor after a bare scope (城镇新增: 城镇新增就业's)
NEW_WORD_LAST = r"(?:预计|分别|均|各|[一二三四五两\d]年)?新增$"  # (rules/carried.py _NEW_WORD reads it too)
_NEW_LAST = re.compile(r"^(?!.*(?:每天|每年|每月|日均|年均))(.{3,}?)(?<!零)" + NEW_WORD_LAST)


def new_first(name: str) -> str:
    """X新增 → 新增X (_NEW_LAST)."""
    m = _NEW_LAST.match(name) if name.endswith("新增") else None
    if not m or m.group(1)[-1] == "年" or is_verb_only(m.group(1)[:2]):
        return name  # (实施两年新增: what the years added is named by the deed, not here)
    return "新增" + m.group(1)


def without_inner_framing(name: str) -> str:
    """服务业实现增加值 → 服务业增加值, 规模以上工业企业完成营业收入 → 规模以上工业企业营业收入: a
    framing verb between an owner and its measure (LEX owner_framing_verbs; owned, trade, output
    and framed measures) says the measure was reached, not what it is. Not after an adverb, a plan
    word or a light word (提前实现人均收入翻一番: 提前 owns nothing; LEX not_owner_words), nor 实现程度."""
    m = LEX.inner_framing_re.match(name) if "实现" in name or "完成" in name else None
    if not m:
        return name
    owner = m.group(1)
    if LEX.light_prefixes.end(owner) > 0 or LEX.adverb_alone_re.match(owner) or LEX.verbish_re.match(owner) \
            or LEX.framing_verbs_lead_re.match(owner) or LEX.not_owner_words_re.search(owner):
        return name  # (计划完成交通固定资产投资: a plan, no owner)
    return owner + m.group(2)


# what a plan word leads in a count's name: works (…项目, …工程: LEX works_heads) or a deed that
# defines the count (建设…, 改造…: LEX count_deeds)
_PLANNED = re.compile(r"(?:%s)[\u4e00-\u9fff“”]*|[\u4e00-\u9fff“”]*(?:%s)" % (LEX.count_deeds_alt, LEX.works_heads_alt))


def _without_plan_word(name: str, unit: str) -> str:
    """全年安排省重点项目300项, 今年计划建设保障性住房1600套: before a count of works or a
    defining deed, a plan word and the framing verbs with it (LEX framing_verbs: 计划, 安排,
    计划实施) only say the count is planned, its status; the name is what is planned (省重点项目,
    建设保障性住房). Not 安排就业 (安排 places people), nor a bare 项目 (安排项目24个)."""
    lead = LEX.framing_verbs_lead_re.match(name) if name[:2] in ("计划", "安排") else None
    rest = name[lead.end():] if lead else ""
    if unit.lstrip("万亿") not in COUNT_UNITS or len(rest) < 3 or not _PLANNED.fullmatch(rest):
        return name
    return rest


def _task_counted(clause: Clause, items: list[str], kind: str) -> list[str]:
    """完成13672户的年度改造任务: the number counts the task; a bare deed takes its object
    from the topic."""
    text, first = clause.text, clause.group[0]
    task_match = _TASK_AFTER.match(text, clause.group[-1].end, clause.sent_end) if kind == "value" else None
    if not task_match or len(task_match.group(1)) < 2 or task_match.group(1) in _TASK_MODIFIERS:
        return items
    task = task_match.group(1)
    # 339项重点改革任务: a ranked kind of task is counted as tasks
    task = task + "任务" if task.startswith(tuple(_TASK_MODIFIERS)) and first.unit in ("项", "个", "件", "条") else task
    prev = clause.prev_sentence
    sent_topic = clause.subject or sentence_topic(text, clause.sent_start, clause.sent_end) \
        or (sentence_topic(text, *prev) if prev else "")
    return [sent_topic[: sent_topic.find(task) + len(task)] if sent_topic and sent_topic.find(task) > 0
            else task_object(text, clause.sent_start, first.start, task) + task]


def _growth_of_abstract(clause: Clause, items: list[str], kind: str) -> list[str]:
    """经济增长预期目标为5%: 经济 alone measures nothing, its growth does."""
    if kind not in ("growth", "avg_annual_growth") or len(items) != 1 or items[0] not in LEX.abstract_subjects:
        return items
    growth_word = re.search(re.escape(items[0]) + r"(增长|增速)", clause.l_hard)
    return [items[0] + growth_word.group(1)] if growth_word else items


def _gap_against_place(clause: Clause, place: str, sign: int) -> tuple[list[str], int]:
    """增长5.4%、高于全国1.9个百分点: the gap is the previous figure's, against another place (or
    the year's target: 低于控制目标, whose 目标 noun_phrase strips, so it is put back)."""
    prev_fact = clause.facts[-1]
    place = place + "目标" if place.endswith(("控制", "调控", "预期", "计划")) else place
    item = prev_fact.indicator + ("增速" if prev_fact.kind in ("growth", "avg_annual_growth")
                                  and not LEX.growth_nouns_re.search(prev_fact.indicator[-2:]) else "") + place
    return [item], (-1 if re.search(r"低|慢|少", item[len(prev_fact.indicator):]) else sign)


def _completion_rate(clause: Clause, items: list[str], kind: str) -> list[str]:
    """完成年度目标任务的105%: a completion rate, of each subject a 分别 distributes over."""
    done_of = _DONE_OF.search(clause.l_hard) if kind == "percent" else None
    if not done_of:
        return items
    rate = done_of.group(1) + "完成率"
    listed = split_items(noun_phrase(clause.l_hard[:done_of.start()]))
    history = clause.history
    if len(clause.group) > 1 and len(listed) == len(clause.group):
        owners = listed  # 治沙、造林分别完成年度目标任务的113%、220%
    elif clause.dist and len(set(history)) >= 2:
        owners = distinct_tail(history, min(4, len(set(history))))
    else:
        owners = [clause.subject] if clause.subject else [""]
    return [merge_head(o, rate) if o else rate for o in owners]


def _floor_area(clause: Clause, items: list[str], n_soft: str) -> list[str]:
    """项目完成投资6.1亿元，开工25.9万平方米: the project's floor area started, not its money."""
    subject = clause.subject
    if len(items) == 1 and subject and clause.group[0].unit.endswith(_AREA_UNITS) and n_soft in _AREA_DEEDS \
            and items[0] in (n_soft, subject) and money_owner(subject) != subject:
        return [money_owner(subject) + n_soft + "面积"]
    return items


def _project_beneficiaries(clause: Clause, items: list[str]) -> list[str]:
    """…工程新接入供热面积190万平方米，使2.58万户、近8万市民直接受益: the project's beneficiaries."""
    if len(items) != 1 or clause.group[0].unit.lstrip("万亿") not in ("人", "户", "名", "人次", "") or not clause.facts:
        return items
    benefit = _BENEFIT.match(clause.text, clause.group[-1].end, clause.sent_end)
    owner = _PROJECT_OWNER.search(clause.facts[0].indicator) if benefit and _BENEFIT_LEAD.search(clause.l_clause) else None
    if not owner:
        return items
    return [owner.group(1) + "受益" + beneficiary_word(clause.text, g, clause.sent_end) for g in clause.group]


def _reached_people(clause: Clause, items: list[str]) -> list[str]:
    """改造老旧小区6496个、惠及97.9万户: the households the deed just counted reached."""
    subject, unit = clause.subject, clause.group[0].unit.lstrip("万亿")
    reached = _REACH_PEOPLE.search(clause.l_hard) if len(items) == 1 and subject and unit in ("人", "户", "人次") else None
    if not reached or clause.l_hard[:reached.start()].strip("，,、 ") or subject.endswith(_PEOPLE_MEASURES):
        return items
    owner = without_head(subject, LEX.generic_heads)  # 老旧小区改造面积 → 老旧小区改造
    people = reached.group(2) or ("户数" if unit == "户" else "人次" if unit == "人次" else "人数")
    return [owner + reached.group(1) + people]


_FACILITY_UNITS = ("所", "家", "座", "处", "个", "栋")
_FACILITY_WORDS = re.compile(r"[\u4e00-\u9fff、（）()]{2,24}")
_FACILITY_COUNT_END = re.compile(r"\d[\d.]*(?:%s)$" % alternation(_FACILITY_UNITS))
_LEVEL_AFTER = re.compile(r"[^，,；;。]{0,6}?(?:达到|总数|累计|总量)")
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*[．.、]|[①-⑳]|（\d{1,2}）)")  # 33．新建…, ⑦新建…: an item's number


def _capacity_of_facilities(clause: Clause, items: list[str]) -> list[str]:
    """新建、改扩建敬老院83所，新增养老床位3287张; 新建中小学、幼儿园87所，新增学位8万个: places
    a facility holds (LEX capacity_nouns), written with only a deed, are those of the facilities
    the clause just before counted (敬老院新增养老床位), when they are of the kind that holds
    them (LEX capacity_owners: not 建成口袋公园112处，新增停车泊位4.5万个)."""
    cap = LEX.capacity_re.fullmatch(items[0]) if len(items) == 1 and len(clause.group) == 1 and clause.facts else None
    prev = clause.facts[-1] if cap else None
    if not prev or prev.unit not in _FACILITY_UNITS or clause.l_clause.strip("，,、 ") != clause.l_hard.strip("，,、 "):
        return items
    at = clause.text.rfind(prev.text, clause.sent_start, clause.clause_start)  # (a fact's offset is the decoded text's)
    if at < 0 or clause.text[at + len(prev.text):clause.clause_start].strip() not in ("，", ",", "；"):
        return items  # the facilities are counted at the end of the clause just before
    if _LEVEL_AFTER.match(clause.text, clause.group[0].end, clause.sent_end) or clause.text.startswith("、", clause.group[0].end):
        return items  # 新增床位20371张、达到75079张 (the whole place's); 新增托位1.2万个、学位6.6万个 (a list sharing its deed)
    owner = _facilities(clause.text, clause.sent_start, at, prev.indicator)
    if not owner.endswith(LEX.capacity_owners[LEX.capacity_kind[cap.group(2)]]):
        return items
    return [owner + items[0]]


def _facilities(text: str, sent_start: int, at: int, name: str) -> str:
    """The facilities a count names, as its clause writes them before the number (新建、改扩建中小学、
    幼儿园30所 → 中小学幼儿园: the list is counted as one), or its name (…南川中学等15所学校 → 学校);
    "" when the clause counts more than once (幼儿园204所、中小学676所: each its own)."""
    start = max(text.rfind(ch, sent_start, at) for ch in "，,；;。：") + 1
    words = text[max(start, sent_start):at]
    words = words[m.end():] if (m := _ITEM_NUMBER.match(words)) else words
    words = words[words.rfind("等") + 1:] if 2 <= len(words) - words.rfind("等") - 1 else words  # …高中等中小学幼儿园: the class after the examples
    if any(ch.isdigit() for ch in words) or _FACILITY_COUNT_END.search(text, sent_start, max(start - 1, sent_start)):
        return ""  # 新开办义务教育学校12所，新改扩建幼儿园30所，增加学位…: of both counts, not the last
    written = _FACILITY_WORDS.fullmatch(words) and "等" not in words
    owner = strip_deeds(words if written else name, LEX.facility_deed_lead_re)
    owner = re.sub(r"[、（）()]", "", owner)
    # 市区新投用中小学校: a deed inside, the count is of a deed done in a place
    return "" if LEX.verb_inside_re.search(owner) or LEX.facility_deed_lead_re.search(owner) else owner


def _urban_rural_part(clause: Clause, items: list[str], n_soft: str) -> list[str]:
    """城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村…: the part's own standard."""
    if len(items) != 1 or items[0] not in _PARTS or n_soft != items[0]:
        return items
    urban_rural = _URBAN_RURAL.findall(clause.text, clause.sent_start, clause.group[0].start)
    return [items[0] + urban_rural[-1]] if urban_rural else items


def _change_not_level(clause: Clause, items: list[str], kind: str, counted_noun: str) -> list[str]:
    """赤字规模5.66万亿元、比上年增加1.6万亿元 (补助标准分别再提高30元和5元): the change, not the level."""
    change_by = _CHANGE_BY.search(LEX.without_prefix_q(clause.l_hard)) if kind == "value" and items else None
    if change_by and change_by.group(2) and counted_noun:
        return items  # 目录增加33项内容: the number counts what was added
    # a name that is itself an amount (投资额, 增加额) is no level; a balance in money (贷款余额比年初增加X) is
    balance = "元" in clause.group[0].unit
    if not change_by or not all(it and (not it.endswith(("额", "量", "数")) or balance and it.endswith("余额"))
                                and not is_verb_only(it) for it in items):
        return items
    verb = change_by.group(1) or change_by.group(2) or change_by.group(3)
    return [it + ("减少额" if verb in ("减少", "下降", "降低", "减", "少", "缩小", "缩减", "压减") else "增加额") for it in items]


def _spent_beside_total(clause: Clause, items: list[str], kind: str) -> list[str]:
    """总投资30亿元的项目当年完成投资6.1亿元: beside a total, the money spent so far is its
    own indicator (…完成投资)."""
    text, first = clause.text, clause.group[0]
    if kind == "value" and len(items) == 1 and _SPENT.search(LEX.without_prefix_q(clause.l_hard)) \
            and "总投资" in text[clause.sent_start:first.start] and items[0].endswith(("投资", "投入")) \
            and not items[0].endswith(("总投资", "完成投资", "完成投入")):
        return [items[0][:-2] + "完成" + items[0][-2:]]
    return items
