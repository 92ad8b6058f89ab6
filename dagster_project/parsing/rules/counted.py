"""Rules that name a count by the noun after its number (新建5G基站1200个, 3个贫困村)
and by the deed or owner before it."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.counted_owner import deed_object, modifier_after_deed
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.name_completion import COUNT_UNITS, without_head
from dagster_project.parsing.noun_after import noun_after, places_sharing_deed
from dagster_project.parsing.noun_phrase import LEAD, is_verb_only, noun_phrase, strip_phrase
from dagster_project.parsing.rules.state import Naming

# the number follows a noun directly (片区9条, 2号线7座, 组团内9条), not a verb or a time word
_OWNER_BEFORE = re.compile(r"(?:片区|组团|园区|新区|城区|号线|景区|开发区)(?:内)?$")
_REACH_LEAD = re.compile("(?:%s)" % "|".join(LEX.reach_verbs))
_DEED_ADVERB = re.compile(r"^(?:累计|共|全年|年内|先后|分别|依法|有序)+")
_BETTER_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,6}?)(?:将|已|得到|实现|有了|明显|显著|大幅|进一步|彻底|根本)*(改善|提升|提高|改变)")
_REACHED_BY = re.compile(r"(?:惠及|覆盖|带动|服务)$")
_PEOPLE_NOUNS = {"儿童", "学生", "群众", "居民", "老人", "老年人", "家庭", "农户", "农民", "人口", "患者", "职工", "企业", "经营主体"}
_WON_AT = re.compile(r"(?:在|于)(?:\d{4}年)?([\u4e00-\u9fff]{2,10}?)(?:获得|荣获|夺得|斩获|摘得)$"
                     r"|^([\u4e00-\u9fff]{2,10}?)(?:获得|荣获|夺得|斩获|摘得)$")
# a counted noun named by its own deed (建立研发机构企业, 上市企业): LEX status_deeds and settled_deeds,
# with the noun after them (带动45万人就业: 就业 alone names no one, 带动 stays)
_OWN_DEED = re.compile("^(?:%s|%s)(?=[\u4e00-\u9fff“])" % (LEX.status_deeds_alt, LEX.settled_deeds_alt))
# the words before two joined deeds that only plan or start them (计划开工新建、改扩建), not an object
_PLAN_PREFIX = re.compile(r"(?:计划|启动|开工|动工|拟|将|要|全面|加快|力争|集中|当年|今年)+")
_PREPOSITION_LEAD = re.compile(r"围绕|依托|聚焦|面向|针对|按照|结合|立足|瞄准|通过|利用|借助")


def counted_noun_of(clause: Clause, n_soft: str) -> str:
    """The noun after a lone count (建成3个贫困村 → 贫困村), or ""; money is named by the noun before."""
    first = clause.group[0]
    if first.shape != "value" or len(clause.group) != 1 or n_soft in LEX.money_nouns:
        return ""
    counted = first.unit.lstrip("万亿") in COUNT_UNITS | {""}
    noun = noun_after(clause.text, first.num_end, clause.sent_end, is_verb_only(n_soft) and not first.unit.endswith("元"), counted)
    if counted and (noun in LEX.place_nouns.words or noun in LEX.levels.words):
        # 668个乡镇、4222个行政村通了公路, 2个国家级、3个省级文化生态保护区: what names the last names all
        return places_sharing_deed(clause.text, first.num_end, clause.sent_end, noun) or noun
    return noun


def counted_noun(n: Naming) -> list[str] | None:
    """3个园区入围全国百强: the noun after the number, led by the deed or owner that names it
    (入围全国百强园区)."""
    if not n.counted_noun or n.clause.dist:
        return None
    n.counted_lead = _without_framing(_lead_by_deed(n, _joined_lead(n)), n.counted_noun)
    if LEX.enabling_lead_re.match(n.counted_lead) and _OWN_DEED.match(n.counted_noun):
        n.counted_lead = ""  # 支持50家企业建立研发机构: the firms are named by their own deed, 支持 only frames
    return [n.counted_lead + n.counted_noun]


def _without_framing(lead: str, noun: str) -> str:
    """A lead without the verbs that only frame the count (实施20个重点项目 → 重点项目:
    the projects are counted, not their implementing; 推动和帮扶… → 帮扶…), LEX framing_verbs, and
    without a framing phrase (高质量建设15个先进制造业集群), unless it makes one noun with a bare
    head (重点建设228个项目 → 重点建设项目, LEX framing_compound_heads)."""
    framing = (LEX.framing_verbs_lead_re if LEX.makes_framing_compound(noun) else LEX.framing_lead_re).match(lead)
    return lead[framing.end():] if framing else lead


def _joined_lead(n: Naming) -> str:
    """The words before a count: this list item's, or the whole list's when its deeds join
    (取消、下放247项事项); 实施20项以上A、转化100项B does not join A to the deed on B."""
    c = n.clause
    if c.after_soft and not re.search(r"\d", c.l_hard) and not (
            LEX.transitive_lead_re.match(c.l_soft.strip()) and not is_verb_only(noun_phrase(c.l_hard[:c.l_hard.rfind("、")]))):
        joined = noun_phrase(c.l_hard.replace("、", ""))
        if len(joined) <= 14:
            return joined
    return n.n_soft


def _lead_by_deed(n: Naming, lead: str) -> str:
    """The part of the words before a count that names the counted things: the deeds,
    the event of medals, a modifier after a deed, an owner just before the number."""
    c = n.clause
    transitive = LEX.transitive_re.search(lead) if lead else None
    verbs = [_DEED_ADVERB.sub("", LEAD.sub("", x.strip())) for x in c.l_hard.split("、")] if c.after_soft else []
    if len(verbs) >= 2 and all(LEX.transitive_lead_re.fullmatch(v) for v in verbs):
        return "".join(verbs)  # 取消、下放247项事项: both deeds name the count
    if len(verbs) == 2 and LEX.coordinated_deed_re.fullmatch(verbs[1]) \
            and (first := LEX.coordinated_deed_end_re.search(verbs[0])) \
            and (not first.start() or _PLAN_PREFIX.fullmatch(verbs[0][:first.start()]) or is_verb_only(verbs[0][:first.start()])):
        return first.group(0) + verbs[1]  # 计划开工新建、改扩建49所: the two joined deeds, not the plan
    if not transitive and (won := _WON_AT.search(n.n_soft)):
        return won.group(1) or won.group(2)  # 在巴黎奥运会获得3块金牌、残奥会获得8块金牌: the event's medals
    if not transitive and not c.after_soft and not c.l_soft.rstrip().endswith("等") \
            and (modifier := modifier_after_deed(lead, LEX.framing_phrase_re.match(LEAD.sub("", c.l_soft)) is not None)):
        return modifier  # 落实中部地区崛起145项重点任务: whose tasks
    if not transitive:
        # 组团内9条主次干道实现通车, 2号线7座车站封顶: a noun just before the number owns the counted things
        return lead.rstrip("内") if _OWNER_BEFORE.search(c.l_soft) and 2 <= len(lead) <= 10 and not c.after_soft \
            and LEX.verb_inside_re.search(lead) is None else ""
    if is_verb_only(lead) or _PREPOSITION_LEAD.match(lead):
        # 围绕重点产业布局20个实验室: the deed, not what it is around; 新建改扩建30所: both deeds
        return _deed_chain(c.l_soft, transitive.group(0))
    return "" if len(lead) > 14 else lead


# deeds written one after another just before a count (新建改扩建, 开工建设, 建设认定, 新建和改造):
# each names the count, LEX count_deeds; the last may be any transitive verb
_CHAIN = re.compile(r"((?:(?:%s)(?:和|与|及|、)?)+)了?$" % LEX.count_deeds_alt)
_ENABLING_START = re.compile("^(?:%s)" % "|".join(LEX.verbs["enabling_verbs"]))


def _deed_chain(l_soft: str, deed: str) -> str:
    """The deeds that end the words before a count, joined as written (新建改扩建30所幼儿园 →
    新建改扩建, 开工建设2个污水处理厂 → 开工建设), or deed alone; a helper verb opening the
    chain only frames it (支持建设 → 建设, LEX enabling_verbs), as a framing verb does (LEX framing_verbs)."""
    chain = _CHAIN.search(l_soft.rstrip())
    if not chain or not chain.group(1).rstrip("和与及、").endswith(deed):
        return deed
    words = chain.group(1).rstrip("和与及、").replace("、", "")
    while (helper := _ENABLING_START.match(words) or LEX.framing_lead_re.match(words)) and helper.end() < len(words):
        words = words[helper.end():].lstrip("和与及")
    return words if len(words) > len(deed) else deed


# the deeds just before a count (引进培养100名; 新建和改造了…和5所), or before a noun a 和 joins to it
_DEEDS = r"((?:%s)(?:(?:和|与|及|、|并)?(?:%s))*)了?" % (LEX.count_deeds_alt, LEX.count_deeds_alt)
_DEEDS_END = re.compile(_DEEDS + "$")
# the noun a 和 joins may be a long name or a title (成立企业复工复产协调调度领导小组和13个工作专班)
_DEEDS_JOINED = re.compile(_DEEDS + r"([\u4e00-\u9fff“”《》（）]{2,20}?)(?:和|及|以及)$")
_DEEDS_ETC = re.compile(_DEEDS + r"[^\d，,；;。]{2,40}?等$")  # 新建和改造了海军、绿之梦等14个广场
_COUNT_DEED = re.compile(LEX.count_deeds_alt)


def deed_before_count(n: Naming) -> list[str] | None:
    """力争引进培养100名高层次人才: a counted noun led by no deed takes the deeds written just
    before its number (引进培养高层次人才), not the framing verbs before them (力争, 实施)."""
    c = n.clause
    if n.counted_lead or n.rules[-1:] != ["counted_noun"] or LEX.transitive_lead_re.match(n.counted_noun) \
            or n.first.unit.lstrip("万亿") not in COUNT_UNITS | {""} or n.counted_noun in LEX.generic_heads:
        return None
    deeds = _DEEDS_END.search(c.l_hard.rstrip()) or _examples_after_deeds(c.l_hard.rstrip()) or _deeds_opening_list(n) \
        or _completed_works(n)
    if not deeds and c.seg_start == c.clause_start:  # 新建和改造了市急救中心和5所急救分中心: the deeds of both
        deeds = _DEEDS_JOINED.search(c.l_hard.rstrip())
        deeds = deeds if deeds and not _COUNT_DEED.search(deeds.group(2)) and not _inside_title(c.l_hard, deeds.start()) else None
    if not deeds or _COUNT_DEED.match(n.counted_noun) or _attribute_follows(n) or _framed(c.l_hard, deeds, n.counted_noun) \
            or LEX.deed_noun_end_re.search(n.counted_noun):
        return None  # 启动5万个实用性村庄规划编制: the noun is a deed itself (LEX deed_nouns), the deed before frames it
    lead = re.sub(r"[、并]", "", deeds.group(1))
    framing = LEX.framing_verbs_lead_re.match(lead)  # 启动建设102条城市道路: 建设, 启动 frames it
    lead = lead[framing.end():].lstrip("和与及") if framing and framing.end() < len(lead) else lead
    if LEX.enabling_lead_re.match(lead) and _OWN_DEED.match(n.counted_noun):
        return None  # 帮助20家企业上市: 上市企业, the help frames
    n.counted_lead = lead
    return [lead + n.counted_noun]


_COMPLETED = re.compile(r"(%s)了?$" % LEX.completion_deeds_alt)


def _inside_title(text: str, at: int) -> bool:
    """贯彻落实《关于强力推进大气污染综合治理的意见》以及18个专项实施方案: a deed inside a title
    (an open 《 before it) is the document's word, not a deed of the count."""
    return text.count("《", 0, at) > text.count("》", 0, at)


def _completed_works(n: Naming) -> re.Match | None:
    """全面完成20项民心工程: 完成 names a count of works (LEX completion_deeds, works_heads) whose
    name ends the clause; 完成66个场馆的新建 is named by the deed after the number."""
    c = n.clause
    at = c.text.find(n.counted_noun, n.first.num_end, c.sent_end)
    if at < 0 or not LEX.completed_works_re.search(n.counted_noun) \
            or not re.match(r"[，,；;。]|$", c.text[at + len(n.counted_noun):c.sent_end]):
        return None
    return _COMPLETED.search(c.l_hard.rstrip())


# 新组建7个…集团和4个…: 新 before a deed says the things are new, as in 新建, 新设 (LEX count_deeds)
_DEEDS_START = re.compile(r"(?:%s)*" % _DEED_ADVERB.pattern.strip("^+") + "(新?" + _DEEDS[1:])


_ITEM_JOINED = re.compile(r"\s*(?:、|和|及|以及)\s*$")
# a verb in the noun before (不超过…) is a deed of its own; not one that makes a noun with the words
# after it (社区卫生服务中心, 管理中心), as previous_figure reads it, nor a scope that ranks the
# things (全国乡村旅游精品线路)
_NOUN_MAKING = {"服务", "管理", "全国", "全省", "全市", "全区", "全州", "全县"}
_VERB_IN_NOUN = re.compile(alternation(LEX.verb_inside_words - _NOUN_MAKING))


def _deeds_opening_list(n: Naming) -> re.Match | None:
    """建设物流中心5个、10个分拨中心、20个配送中心: a list item that is only its number takes
    the deeds opening the list's clause (建设配送中心); they define every count of the list, joined
    by 、 or by 和 (创建3个示范区和2个产业园 → 创建产业园)."""
    c = n.clause
    joined = _ITEM_JOINED.search(c.l_hard)
    # the noun counted by the number before (10个分拨中心、), a 、 list of plain nouns too (28个城市小森林、小绿地、小游园和)
    before = c.l_hard[:joined.start()] if joined else ""
    if not joined or c.prev_end <= c.clause_start or re.search("[和及]", before) \
            or _VERB_IN_NOUN.search(before) or re.search(r"\d", before):
        return None
    opening = LEAD.sub("", c.l_clause.strip())
    framing = LEX.framing_lead_re.match(opening)  # 启动建设5个新湖、5个公共沙滩泳场: 建设, not 启动
    deeds = _DEEDS_START.match(opening, framing.end() if framing else 0)
    return deeds if deeds and deeds.group(1) and not _COUNT_DEED.match(n.counted_noun) else None


def _examples_after_deeds(l_hard: str) -> re.Match | None:
    """新建和改造了海军、绿之梦等: the deeds opening the words before a count, then its examples;
    not a deed inside an example (…发电厂扩建、…等) nor examples that are clauses (对钢铁等)."""
    deeds = _DEEDS_ETC.search(l_hard)
    if not deeds or not is_verb_only(strip_phrase(l_hard[:deeds.start()])):
        return None
    examples = l_hard[deeds.end(1):]
    return None if LEX.verb_inside_re.search(examples) or re.search("[对为向给把在]", examples) else deeds


def _framed(l_hard: str, deeds: re.Match, noun: str) -> bool:
    """高质量建设15个先进制造业集群: the deed ends a framing phrase (a LEX framing_adverbs word
    before a framing_deeds one) that says how the programme goes, not what is counted."""
    return deeds.group(1) in LEX.framing_deeds and LEX.framing_adverb_suffixes.start(l_hard[:deeds.start(1)]) >= 0 \
        and not LEX.makes_framing_compound(noun)  # 加快建设…等150个项目: 建设项目, not 项目


def _attribute_follows(n: Naming) -> bool:
    """提升20个特色小镇服务水平: the deed is done to an attribute of the counted things, not to them."""
    c = n.clause
    at = c.text.find(n.counted_noun, n.first.num_end, c.sent_end)
    rest = re.match(r"[^，,；;。、]*", c.text[at + len(n.counted_noun):c.sent_end]).group(0) if at >= 0 else ""
    return bool(rest) and LEX.counted_attributes.start(rest) >= 0


def improvement_after(n: Naming) -> list[str] | None:
    """4万居民的居住条件得到改善: the people whose lot improved (居住条件改善居民)."""
    c, noun = n.clause, n.counted_noun
    noun_at = c.text.find(noun, n.first.num_end, c.sent_end)
    if noun_at < 0 or n.first.unit.lstrip("万亿") not in ("人", "户", "名", ""):
        return None
    better = _BETTER_AFTER.match(c.text, noun_at + len(noun), c.sent_end)
    return [better.group(1) + better.group(2) + noun] if better else None


_PROBLEM = re.compile(r"(?:问题|困难)$")
_SOLVED_BEFORE = re.compile(r"(%s)了?([\u4e00-\u9fff]{0,4})$" % LEX.solving_alt)
_SOLVED_AFTER = re.compile(r"(?:的)?(?:问题)?(?:得到|获得)?(?:了)?(?:妥善|有效|基本|彻底)?(%s)" % LEX.solving_alt)
_PROBLEM_OF = re.compile(r"的([\u4e00-\u9fff“”]{1,10}?(?:问题|困难))")  # 1.3万户农牧民的通电问题
# the people a problem is of: 农村居民饮水安全问题 → 农村居民
_PEOPLE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,12}(?:人口|居民|群众|农民|牧民|农户|家庭|人员|子女|学生|职工|师生|残疾人|老人|儿童|困难户|贫困户)")
_PEOPLE_OF_UNIT = {"人": "人口", "名": "人员", "户": "户"}


def people_of_problem(n: Naming) -> list[str] | None:
    """解决农村100万人饮水困难问题: a count of people (人, 户, 名) is of the people whose
    problem was solved, not of problems (解决饮水困难农村人口)."""
    c, noun, unit = n.clause, n.counted_noun, n.first.unit.lstrip("万亿")
    noun_at = c.text.find(noun, n.first.num_end, c.sent_end)
    if unit not in ("", *_PEOPLE_OF_UNIT) or noun_at < 0:
        return None
    of = _PROBLEM_OF.match(c.text, noun_at + len(noun), c.sent_end) \
        if unit in _PEOPLE_OF_UNIT or _PEOPLE_HEAD.fullmatch(noun) else None  # 4200多户教师的住房困难
    if not (of or _PROBLEM.search(noun)):
        return None
    before = _SOLVED_BEFORE.search(c.l_soft.rstrip())
    after = _SOLVED_AFTER.match(c.text, of.end() if of else noun_at + len(noun), c.sent_end)
    people = _PEOPLE_HEAD.match(noun)
    people = noun if of else people.group(0) if people and len(noun) - people.end() >= 2 else ""
    if not (before or after) or not (people or unit):
        return None  # 解决5600多个实际问题: problems counted; 6万农村人口 with no problem solved
    place = before.group(2) if before and not LEX.verb_inside_re.search(before.group(2)) else ""
    problem = of.group(1).strip("“”") if of else noun[len(people):].lstrip("的")
    problem = problem[:-2] if problem.endswith("问题") and problem[:-2].endswith("难") else problem
    return [(before or after).group(1) + problem + (people or place + _PEOPLE_OF_UNIT[unit])]


def people_of_solving(n: Naming) -> list[str] | None:
    """解决了8.3万人的安全饮水问题 (解决了388万人的饮水困难): a count of people written with its unit
    alone, no noun after it, which noun_before names by the bare solving verb (LEX solving_verbs),
    is of the people whose problem was solved, as people_of_problem reads a counted noun
    (解决安全饮水问题人口); the verb alone says nothing of what is counted."""
    if n.lone_name.removesuffix("了") not in LEX.solving_verbs:
        return None
    return people_of_problem(n)


# after a list's last count: its noun (牲畜, after a measure word's note （只）) and the problem solved
_LIST_PROBLEM = re.compile(r"(?:（只）|\(只\)|只)?(?:([\u4e00-\u9fff]{1,6}?)的|的)?((?:(?!的)[\u4e00-\u9fff“”]){2,14}?(?:问题|困难))")
_ITEM_NOUN = re.compile(r"(?:（只）|\(只\)|只)?([\u4e00-\u9fff]{0,6}?)[、和及与]")


def people_of_solving_list(n: Naming) -> list[str] | None:
    """解决157万户、706万人收听收看广播电视问题 (解决410个村、50万人的饮水安全问题; 解决了84万人、222万头（只）
    牲畜的饮水困难): a list of counts that list_subjects names by the bare solving verb (LEX
    solving_verbs) counts, item by item, the people, households or things whose problem was solved:
    the verb, the problem and each item's noun, or the head its unit gives (人口, 户)."""
    c = n.clause
    if len(c.group) < 2 or len(n.items) not in (1, len(c.group)) \
            or any(item.removesuffix("了") not in LEX.solving_verbs for item in n.items):  # (one name for all, or each)
        return None
    last = _LIST_PROBLEM.match(c.text, c.group[-1].num_end, c.sent_end)
    if not last:
        return None
    problem = last.group(2).strip("“”")
    problem = problem[:-2] if problem.endswith("问题") and problem[:-2].endswith("难") else problem  # 收听收看难问题
    nouns = [_ITEM_NOUN.match(c.text, m.num_end, nxt.start) for m, nxt in zip(c.group, c.group[1:], strict=False)]
    nouns = [m.group(1) if m else None for m in nouns] + [last.group(1) or ""]
    heads = [noun or _PEOPLE_OF_UNIT.get(m.unit.lstrip("万亿")) for noun, m in zip(nouns, c.group, strict=True)]
    return [n.items[0].removesuffix("了") + problem + head for head in heads] if all(heads) else None


_NAMES_PEOPLE = re.compile("[人者员工生民童师户众女妇]|劳动力")  # 环卫工人, 库区移民, 孕妇…: the people are named


def people_of_event(n: Naming) -> list[str] | None:
    """启动3.5万人易地扶贫搬迁: a count of people named only by what was done to them is of the
    people (易地扶贫搬迁人口), with the head LEX people_events gives the event; not a name that
    already holds its people (2万名残疾人康复救助) nor person-times (人次)."""
    unit, name = n.first.unit.lstrip("万亿"), n.items[0] if len(n.items) == 1 else ""
    event = LEX.people_event_end_re.search(name) if unit in ("人", "名") and "counted_noun" in n.rules else None
    if not event or len(name) < 3 or _PEOPLE_HEAD.search(name) or _NAMES_PEOPLE.search(name[:event.start()]):
        return None
    return [name + LEX.people_events[event.group(0)]]


_PEOPLE_UNIT_HEADS = {"户": "户", "人次": "人次"}  # 人, 名: the head LEX people_deed_heads gives the deed


def people_of_bare_deed(n: Naming) -> list[str] | None:
    """100万人实现脱贫 (实现脱贫1.67万人, 84万人受益, 4.3亿人次受益): a count of people whose name is
    only a deed or state of people with no object (LEX people_deed_heads) counts the people, so the
    name takes their head (脱贫人口, 受益人次); the deed alone says what happened, not what is counted."""
    unit, deed = n.first.unit.lstrip("万亿"), n.lone_name
    if deed not in LEX.people_deed_heads or unit not in ("人", "名", *_PEOPLE_UNIT_HEADS):
        return None
    return [deed + _PEOPLE_UNIT_HEADS.get(unit, LEX.people_deed_heads[deed])]


def reach_of_project(n: Naming) -> list[str] | None:
    """“童心相伴”关爱服务项目惠及16万儿童: the people a named project reached."""
    l_soft = n.clause.l_soft.rstrip()
    reached = _REACHED_BY.search(l_soft) if n.counted_noun in _PEOPLE_NOUNS else None
    reacher = noun_phrase(l_soft[:reached.start()]) if reached else ""
    return [reacher + reached.group(0) + n.counted_noun] if len(reacher) >= 2 else None


def reach_of_subject(n: Naming) -> list[str] | None:
    """中欧班列…，通达19个国家: a bare counted noun reached by the clause's verb takes the
    verb and the sentence's subject (中欧班列通达国家)."""
    reach = _REACH_LEAD.match(n.clause.l_clause.lstrip("，,、 ")) if len(n.counted_noun) <= 2 else None
    if not reach or (n.counted_lead and not n.counted_lead.startswith(reach.group(0))):
        return None
    owner = n.clause.subject or ""
    for d in LEX.counted_deeds:  # 班列开行列数 → 班列
        owner = owner[:owner.find(d)] if owner.find(d) >= 2 else owner
    k = owner.find(reach.group(0))
    owner_verb = LEX.transitive_re.search(owner)
    owner = owner[:k] if k >= 2 else owner[:owner_verb.start()] if owner_verb and owner_verb.start() >= 2 else owner
    owner = without_head(owner, LEX.generic_heads)  # 农业托管面积…，服务310万农户 → 农业托管服务农户
    return [owner + reach.group(0) + n.counted_noun]


def object_of_deed(n: Naming) -> list[str] | None:
    """…中欧班列集结中心…，全年开行1015列: a deed counted in its unit takes its object
    from earlier in the sentence (中欧班列开行)."""
    if n.n_soft not in LEX.counted_deeds:
        return None
    counted = deed_object(n.clause.text, n.clause.sent_start, n.first)
    return [counted + n.n_soft] if counted else None


# a place counted (县, 村, its bracketed kinds 县（市）) then the pilot it is (…试点), not a place
# word of a longer noun (县级, 县市, 村级, 市场) nor a place that only entered a list (入选)
_PLACE_OF_PILOT = re.compile(r"^([县村乡镇](?:（[\u4e00-\u9fff、]{1,4}）)?)(?!（|[级以县区乡镇村庄域城民居]|市(?!场))([^，,；;。]{2,}试点)$")


def pilot_places(n: Naming) -> list[str] | None:
    """55个县石漠化综合治理试点, 160个村宅基地制度改革试点: the count is of the places that are
    the pilot, written before it; the name is the pilot's places (石漠化综合治理试点县), as the
    places it is run in are called, not the places' pilot (县石漠化…试点)."""
    if len(n.items) != 1 or n.first.unit != "个" or "入选" in n.items[0]:
        return None
    m = _PLACE_OF_PILOT.match(n.items[0])
    return [m.group(2) + m.group(1)] if m else None


# the next count of a list: its joining word and its number with a count unit (、10个, 和25个)
# (和一批县级新农村试点示范村: 一批 counts the last item)
_NEXT_COUNT = re.compile(r"\s*(?:、|和|及|以及|与)\s*(?:(?:约|近|超过?)?[\d.]+(?:多|余)?(?:万|亿)?(?:%s)|一批)"
                         % alternation(COUNT_UNITS))


def _modifier_only(noun: str) -> int:
    """Where a level or scale ends that is all of noun (县级, 千亿级: LEX list_levels, scale_levels), or -1."""
    k = LEX.bare_modifiers.end(noun)
    return k if k == len(noun) else -1


def _after_levels(item: str) -> str:
    """The item's words after its levels, one or more (24个省市级服务业… → 服务业…); a one-word
    level only before another (县城城镇化试点: 县城 is the noun)."""
    while (k := LEX.bare_modifiers.end(item)) > 0 and (k >= 2 or LEX.bare_modifiers.end(item[k:]) > 0):
        item = item[k:]
    return item


def head_of_last_item(n: Naming) -> list[str] | None:
    """培育2个千亿级、10个百亿级产业集群, 33所县级、8所乡镇敬老院: a count whose noun is only a
    level or a scale, in a list of counts whose last item alone writes the head, counts that
    head (千亿级产业集群, 县级敬老院); every item between is a bare level too."""
    c, noun = n.clause, n.counted_noun
    if _modifier_only(noun) < 0 or len(n.items) != 1 or not n.items[0].endswith(noun):
        return None
    at = c.text.find(noun, n.first.num_end, c.sent_end)
    pos = at + len(noun)
    while at >= 0 and (joined := _NEXT_COUNT.match(c.text, pos, c.sent_end)):
        item = noun_after(c.text, joined.end(), c.sent_end)
        k = LEX.bare_modifiers.end(item)
        if k < 0 or not c.text.startswith(item, joined.end()):
            return None  # an item of another kind (国家级、高新技术企业), or a noun the number does not touch
        head = _after_levels(item)
        if len(head) >= 2:
            # a head the list's verb runs into (开发区是…, 龙头企业加大扶持力度) is no noun to share;
            # a verb ending it is a deed noun (科技奖励, 示范区建设)
            return None if LEX.verb_inside_re.search(head[:-2]) else [n.items[0] + head]
        pos = joined.end() + len(item)
    return None


# the deeds of one item of a list of deeds (新建, 续建, 升级改造, 新建和改造): LEX count_deeds
_DEED_LIST_ITEM = re.compile(_DEEDS)


def _next_deed_count(unit: str) -> re.Pattern:
    """The next item of a list of deeds counted in one unit: its joining word, its deed, its number (、续建16个)."""
    return re.compile(r"\s*(?:、|和|及)\s*([\u4e00-\u9fff]{1,6}?)(?:约|近|超过?)?[\d.]+(?:多|余)?%s" % re.escape(unit))


def head_of_deed_list(n: Naming) -> list[str] | None:
    """新建60家、提档升级40家社区养老院, 新开工9个、续建16个项目: a count led by a deed alone, with no
    noun after it, in a list of deeds counted in its unit whose last item alone writes the noun,
    counts that noun (新建社区养老院); the noun is not one the deed of the last item makes."""
    c, first = n.clause, n.first
    deed = _DEED_ADVERB.sub("", LEAD.sub("", c.l_soft.strip(" ，,")))
    if n.counted_noun or c.after_soft or not first.unit or not c.text.startswith("、", first.num_end) \
            or not _DEED_LIST_ITEM.fullmatch(deed):
        return None
    nxt, pos = _next_deed_count(first.unit), first.num_end
    while joined := nxt.match(c.text, pos, c.sent_end):
        if not _DEED_LIST_ITEM.fullmatch(joined.group(1)):
            return None  # 新建3个、其中2个: no deed, no list of deeds
        noun = noun_after(c.text, joined.end(), c.sent_end)
        if noun:  # not a measure of a number after it (开工6条总长237公里地铁线路)
            end = joined.end() + len(noun)
            return None if LEX.transitive_lead_re.match(noun) or not c.text.startswith(noun, joined.end()) \
                or c.text[end:end + 1].isdigit() else [deed + noun]
        pos = joined.end()
    return None
