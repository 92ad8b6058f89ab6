"""Naming the numbers of a clause: the noun before them, the noun they count, a
share of a whole, a 分别 list spread over subjects, a subject carried over."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_subjects import distinct_tail, newer_topic, prev_clause_noun
from dagster_project.parsing.counted_owner import deed_object, modifier_after_deed, whole_list
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.list_subjects import expand_abbreviation, split_items
from dagster_project.parsing.name_completion import COUNT_UNITS, merge_head, without_head
from dagster_project.parsing.noun_after import fallback_name, noun_after
from dagster_project.parsing.noun_phrase import LEAD, is_verb_only, noun_phrase, strip_phrase
from dagster_project.parsing.periods import _LEVEL_OR_FLOW

# the number follows a noun directly (片区9条, 2号线7座, 组团内9条), not a verb or a time word
_OWNER_BEFORE = re.compile(r"(?:片区|组团|园区|新区|城区|号线|景区|开发区)(?:内)?$")
_REACH_LEAD = re.compile("(?:%s)" % "|".join(LEX.reach_verbs))
_DEED_ADVERB = re.compile(r"^(?:累计|共|全年|年内|先后|分别|依法|有序)+")
_BETTER_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,6}?)(?:将|已|得到|实现|有了|明显|显著|大幅|进一步|彻底|根本)*(改善|提升|提高|改变)")
_VERB_WRAP = re.compile(r"^(?:进一步|切实|着力|努力|全力|持续)?(?:提高|提升|改善|保障|解决|满足|增加|降低|减轻)(?:了)?(?:我区|我市|我省|我县|我旗|全区|全市|全省|全县)?(?:处于|身处|属于)?(?=[\u4e00-\u9fff]{2})")
# 新增22家5G工厂、总数达36家: the total of the things just counted
_DONE_TAIL = re.compile(r"(?:当年|累计|共)?(?:完成|实现)?$")
_STAGE = re.compile(r"(?:基本|全部|已)?(?:新开工|开工|完工|竣工|建成|投用|投产|交付|开工建设|建成投用)$")
_REACHED_BY = re.compile(r"(?:惠及|覆盖|带动|服务)$")
_PEOPLE_NOUNS = {"儿童", "学生", "群众", "居民", "老人", "老年人", "家庭", "农户", "农民", "人口", "患者", "职工", "企业", "经营主体"}
_TOTALS = {"总数", "总量", "总规模", "总面积", "总里程", "总长度", "总容量", "总产能"}
_WON_AT = re.compile(r"(?:在|于)(?:\d{4}年)?([\u4e00-\u9fff]{2,10}?)(?:获得|荣获|夺得|斩获|摘得)$"
                     r"|^([\u4e00-\u9fff]{2,10}?)(?:获得|荣获|夺得|斩获|摘得)$")
_PREPOSITION_LEAD = re.compile(r"围绕|依托|聚焦|面向|针对|按照|结合|立足|瞄准|通过|利用|借助")
_SHARE = re.compile(r"^占(.*?)的?$")
_DEVOTE = re.compile(r"把(.{2,20}?)的$")
_DEVOTE_TO = re.compile(r"[^，,；;。]{0,4}?用于([\u4e00-\u9fff]{2,8}?)(领域|方面|事业|$|[，,；;。])")
_ACTION_PREFIX = re.compile(r"^(.{0,2}?(?:%s))" % "|".join(sorted(LEX.action_set, key=len, reverse=True)))
_PCT_OF = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?:得到|实现|达到|完成|获得)([\u4e00-\u9fff]{2,6}?)(?=[，,；;。]|$)")


def name_clause(clause: Clause, kind: str, sign: int):
    """The indicators of a clause's numbers from the words before them (and after, for
    counts), the share and list constructs, and the kind and sign those words correct.

    Returns (items, share, inherit, devote_subject, kind, sign, n_soft, counted_noun, rules): one
    name per number or per subject; share: the whole a share is of; inherit: the number
    describes the ones just before (its period too); devote_subject: the purpose that
    becomes the subject of what follows (把…的N%用于教育); n_soft: the noun of this list item;
    counted_noun: the noun after the number; rules: the names of the constructs that built
    the name, in order (naming_confidence.py grades a name by them)."""
    text = clause.text
    sent_start = clause.sent_start
    sent_end = clause.sent_end
    group = clause.group
    clause_start = clause.clause_start
    seg_start = clause.seg_start
    l_hard = clause.l_hard
    l_clause = clause.l_clause
    l_soft = clause.l_soft
    after_soft = clause.after_soft
    dist = clause.dist
    subject = clause.subject
    history = clause.history
    last_list = clause.last_list
    prev_item_ind = clause.prev_item_ind
    prev_end = clause.prev_end
    facts = clause.facts
    first = clause.group[0]
    n_soft = noun_phrase(l_soft)
    n_hard = noun_phrase(l_hard)
    items: list[str]
    rules: list[str] = []
    share = None
    inherit = False  # the number describes the ones counted just before (总里程, 办复率均…)
    share_match = _SHARE.match(n_soft) if n_soft else None
    if share_match or (l_soft.lstrip().startswith("占") and kind == "percent"):
        share = (share_match.group(1) if share_match else noun_phrase(l_soft.lstrip()[1:])).rstrip("的")
    counted_noun = ""
    if first.shape == "value" and len(group) == 1 and n_soft not in LEX.money_nouns:
        counted_noun = noun_after(text, first.num_end, sent_end, is_verb_only(n_soft) and not first.unit.endswith("元"),
                                  first.unit.lstrip("万亿") in COUNT_UNITS | {""})
    devote_subject = None
    devote_match = _DEVOTE.search(l_hard)
    devote_to = _DEVOTE_TO.match(text, first.end, sent_end) if devote_match else None
    if devote_match and devote_to and kind == "percent":
        items = [devote_to.group(1) + "支出占" + strip_phrase(devote_match.group(1)) + "比重"]
        rules.append("share_devoted")
        share = True
        devote_subject = devote_to.group(1) + (devote_to.group(2) if devote_to.group(2) in ("领域", "方面", "事业") else "")
    elif share is not None:
        base_subj = subject or ""
        tail = "" if share.endswith(("比重", "比例", "比率", "份额")) else "比重"
        items = [base_subj + "占" + share + tail] if base_subj else [share + tail]
        rules.append("share_of_whole")
    elif (dist or len(group) > 1) and not is_verb_only(n_hard):
        items = split_items(n_hard)
        rules.append("list_subjects")
        if len(items) == 1:
            items = expand_abbreviation(items[0], len(group))
        if len(items) == 1 and len(group) == 1 and items[0].endswith("率") and len(items[0]) <= 5 \
                and re.search(r"(?<![年平人户])均", l_hard) and len(set(history)) >= 2:
            # 办理建议405件和提案590件，办复率均达100%: the rate of each
            earlier = distinct_tail(history, min(4, len(set(history))))
            items = [merge_head(h, items[0]) for h in earlier]
            rules.append("rate_of_each_earlier")
            inherit = True
    elif counted_noun and not dist:
        lead = n_soft
        # 取消、下放247项事项 joins its deeds; 实施20项以上A、转化100项B does not join A to the deed on B
        if after_soft and not re.search(r"\d", l_hard) and not (
                LEX.transitive_lead_re.match(l_soft.strip()) and not is_verb_only(noun_phrase(l_hard[:l_hard.rfind("、")]))):
            joined = noun_phrase(l_hard.replace("、", ""))
            if len(joined) <= 14:
                lead = joined
        transitive = LEX.transitive_re.search(lead) if lead else None
        verbs = [_DEED_ADVERB.sub("", LEAD.sub("", x.strip())) for x in l_hard.split("、")] if after_soft else []
        if len(verbs) >= 2 and all(LEX.transitive_lead_re.fullmatch(v) for v in verbs):
            lead = "".join(verbs)  # 取消、下放247项事项: both deeds name the count
        elif not transitive and (won := _WON_AT.search(n_soft)):
            lead = won.group(1) or won.group(2)  # 在巴黎奥运会获得3块金牌、残奥会获得8块金牌: the event's medals
        elif not transitive and not after_soft and not l_soft.rstrip().endswith("等") \
                and (modifier := modifier_after_deed(lead)):
            lead = modifier  # 落实中部地区崛起145项重点任务: whose tasks
        elif not transitive:
            # 组团内9条主次干道实现通车, 2号线7座车站封顶: a noun just before the number owns the counted things
            lead = lead.rstrip("内") if _OWNER_BEFORE.search(l_soft) and 2 <= len(lead) <= 10 and not after_soft \
                and LEX.verb_inside_re.search(lead) is None else ""
        elif is_verb_only(lead) or _PREPOSITION_LEAD.match(lead):
            lead = transitive.group(0)  # 围绕重点产业布局20个实验室: the deed, not what it is around
        elif len(lead) > 14:
            lead = ""
        items = [lead + counted_noun]
        rules.append("counted_noun")
        noun_at = text.find(counted_noun, first.num_end, sent_end)
        better = _BETTER_AFTER.match(text, noun_at + len(counted_noun), sent_end) if noun_at >= 0 and first.unit.lstrip("万亿") in ("人", "户", "名", "") else None
        if better:
            items = [better.group(1) + better.group(2) + counted_noun]  # 4万居民的居住条件得到改善 → 居住条件改善居民
            rules.append("improvement_after")
        reached = _REACHED_BY.search(l_soft.rstrip()) if counted_noun in _PEOPLE_NOUNS else None
        reacher = noun_phrase(l_soft.rstrip()[:reached.start()]) if reached else ""
        if len(reacher) >= 2:
            items = [reacher + reached.group(0) + counted_noun]  # “童心相伴”关爱服务项目惠及16万儿童: the project's reach
            rules.append("reach_of_project")
        reach = _REACH_LEAD.match(l_clause.lstrip("，,、 ")) if len(counted_noun) <= 2 else None
        if reach and (not lead or lead.startswith(reach.group(0))):
            # 中欧班列…，通达19个国家: a bare counted noun reached by the clause's verb takes the verb
            # and the sentence's subject (中欧班列通达国家)
            owner = subject or ""
            for d in LEX.counted_deeds:  # 班列开行列数 → 班列
                owner = owner[:owner.find(d)] if owner.find(d) >= 2 else owner
            k = owner.find(reach.group(0))
            owner_verb = LEX.transitive_re.search(owner)
            owner = owner[:k] if k >= 2 else owner[:owner_verb.start()] if owner_verb and owner_verb.start() >= 2 else owner
            owner = without_head(owner, LEX.generic_heads)  # 农业托管面积…，服务310万农户 → 农业托管服务农户
            items = [owner + reach.group(0) + counted_noun]
            rules.append("reach_of_subject")
    elif after_soft and prev_item_ind and prev_end > clause_start and _STAGE.fullmatch(n_soft) \
            and (stage := _STAGE.search(prev_item_ind)) and stage.start() >= 2:
        # 老旧小区改造开工742个、完工548个: the same works at another stage
        items = [prev_item_ind[:stage.start()] + n_soft]
        rules.append("stage_of_previous")
    elif not is_verb_only(n_soft) and after_soft and seg_start == clause_start and not is_verb_only(n_hard) \
            and len(group) == 1 and whole_list(n_hard.split("、")):
        items = [n_hard.replace("、", "")]
        rules.append("joined_list_item")
    elif not is_verb_only(n_soft):
        items = [n_soft]
        rules.append("noun_before")
        if text.startswith("的", group[-1].end):
            # 提高我区处于低保边缘2600人的生活水平: the verb acts on what follows the number,
            # the number counts the noun before it
            items = [_VERB_WRAP.sub("", n_soft) or n_soft]
            rules.append("object_of_verb")
        raw_soft = l_soft.strip(" ，,、")
        if after_soft and prev_item_ind and not LEX.action_re.match(n_soft) \
                and not LEX.light_re.match(raw_soft) and not LEX.transitive_lead_re.match(raw_soft):
            action = _ACTION_PREFIX.match(prev_item_ind)
            measured = prev_item_ind.rfind(n_soft[:2], 2) if kind == "percent" and len(n_soft) >= 4 else -1
            if measured >= 2 and n_soft.startswith(prev_item_ind[measured:]) and prev_end > clause_start:
                # 重大项目完成投资X、投资完成率Y: the rate of the owner's own measure
                items = [_DONE_TAIL.sub("", prev_item_ind[:measured]) + n_soft]
                rules.append("rate_of_previous_owner")
            elif (n_soft in LEX.money_nouns or n_soft in _TOTALS and n_soft not in prev_item_ind) and prev_end > clause_start:
                # 实施治理项目4132个、总投资612亿元: the money of the things just counted
                owner = prev_item_ind[action.end():] if action and len(prev_item_ind) - action.end() >= 2 else prev_item_ind
                items = [merge_head(owner, n_soft)]
                rules.append("money_of_previous")
            elif action and len(n_soft) <= 6 and kind != "percent":  # 城镇新增就业X、调查失业率Y: a rate is no deed's object
                items = [action.group(1) + n_soft]
                rules.append("deed_of_previous")
    else:
        if len(group) > 1 and last_list and len(last_list) == len(group):
            items = list(last_list)
            rules.append("previous_list")
        elif len(group) > 1 and len(history) >= len(group):
            items = distinct_tail(history, len(group))
            rules.append("earlier_names")
        elif n_soft in LEX.counted_deeds and (counted := deed_object(text, sent_start, first)):
            items = [counted + n_soft]  # …中欧班列集结中心…，全年开行1015列
            rules.append("object_of_deed")
        elif subject and (topic := newer_topic(clause)):
            items = [topic]  # 标准提高，城镇…600元；补贴、工资再次提高，年人均增加2400元
            rules.append("newer_topic")
        elif subject:
            items = [merge_head(subject, n_soft) if n_soft in LEX.generic_heads and not subject.endswith(n_soft) else subject]
            rules.append("carried_subject")
        elif n_soft in LEX.money_nouns and len(group) == 1:
            items = [n_soft]  # 投入16.54亿元用于…: named below by its purpose or owner
            rules.append("bare_money_noun")
        else:
            items = [prev_clause_noun(text, sent_start, clause_start)]
            rules.append("previous_clause_noun")
            if kind == "percent" and LEX.growth_nouns_re.search(text[max(sent_start, clause_start - 12):clause_start]):
                kind, sign = "growth", 1
    if kind == "percent" and len(items) == 1 and share is None and "占" in items[0][1:] \
            and not items[0].endswith(("比重", "比例", "比率", "份额", "占比")):
        items = [items[0].rstrip("的") + "比重"]
        rules.append("share_suffix")
    if kind == "percent" and len(group) == 1:
        pct_of = _PCT_OF.match(text, first.end, sent_end)
        if pct_of:
            items = [pct_of.group(1) + pct_of.group(2) + "率"]
            rules.append("rate_after")
    if len(items) == 1 and items[0].startswith("总") and facts and not after_soft and kind == "value":
        inherit = True
        if items[0] in ("总里程", "总面积", "总长度", "总投资", "总规模", "总量") and facts[-1].indicator:
            items = [merge_head(facts[-1].indicator, items[0][1:])]
            rules.append("total_of_previous")
    if after_soft and facts and prev_end > clause_start and facts[-1].kind == kind and not _LEVEL_OR_FLOW.search(l_soft):
        inherit = True  # 19个国家、26个城市: a list item shares its predicate and period
    if not any(items):
        items = [fallback_name(text, first, l_clause, sent_end)]
        rules.append("fallback")
    if kind == "percent" and len(items) == 1 and LEX.growth_nouns_re.search(items[0][-3:]):
        kind, sign = "growth", (-1 if items[0].endswith("降幅") else 1)
    if len(items) == 1 and len(group) == 1 and items[0] in LEX.split_subjects:
        items = list(LEX.split_subjects[items[0]])
        rules.append("split_subject")
    return items, share, inherit, devote_subject, kind, sign, n_soft, counted_noun, rules
