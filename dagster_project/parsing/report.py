"""Parse a government work report's text into facts (spec/facts.md).

    parse_report(report_id, text) -> ParsedReport

``text`` is the decoded text exactly as stored (BOM removed, nothing else
changed); every fact's offset indexes into it.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right

from dagster_project.parsing.clause_subjects import HARD_RE, distinct_tail, prev_clause_noun, sentence_topic
from dagster_project.parsing.figure_kind import GROWTH_AFTER, figure_kind
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.list_subjects import expand_abbreviation, resolve_list, split_items
from dagster_project.parsing.model import Fact, ParsedReport
from dagster_project.parsing.name_completion import (
    COUNT_UNITS, beneficiary_word, is_generic, merge_head, money_owner, name_by_measure, places_and_people, tidy_name,
)
from dagster_project.parsing.noun_after import fallback_name, noun_after
from dagster_project.parsing.noun_phrase import LEAD, is_verb_only, noun_phrase, strip_phrase
from dagster_project.parsing.numbers import Mention, find_mentions
from dagster_project.parsing.periods import (
    _Context, _LEVEL_OR_FLOW, _PAST_END, _PLAN_SENTENCE, _SENT_YEAR, _past_year_opening, _period,
)
from dagster_project.parsing.sections import Section, detect_meta, find_sections
from dagster_project.parsing.text import body_span, clean_view, sentences

log = logging.getLogger(__name__)
_GROUP_SEP = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_DIST_RE = re.compile(r"分别|各(?![类项级地种个族界方部])|(?<![年平人户月日周])均(?![衡等匀值])")
_FROM_AFTER = re.compile(r"^[^，,；;。]{0,6}?(?:增加|提高|增长|减少|下降|降低|恢复|扩大|提升|上升|降|增|发展|缩小|减|调整|上调|下调)?(?:到|至)")
_FROM_IN = re.compile(r"(?:由|从)[^，,；;。由从]{0,14}$")
_R_DE = re.compile(r"(?:实施|建设|新建|改造|完成)?的([\u4e00-\u9fffA-Za-z0-9“”（）()&]{2,24})")
_R_DE_STOP = re.compile(r"开门|营业|全面|开业|运营|投用|使用|当年|全年|完成|实现|开工|投入|全部|实施|建成|正式|顺利|已|于|将|进展|基本|主体|投资|完工|落地|成功|竣工|启动|新增|新接入|使|带动|惠及|\d+(?:\.\d+)?(?:万|亿)?(?:平方米|户|人|元|公里|个)")
_VERB_OBJ = re.compile(r"[，,]?(?:实施了?|办好了?|完成了?|建成了?|新建了?|建设了?)(?:的)?([^，,；;。]{2,24}?)(?=[，,；;。]|$|工程|项目|建设|任务|开工|完工|竣工|投入)")
_COUNTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:%s|[\u4e00-\u9fff])?" % LEX.measure_alt)
_USED_FOR = re.compile(r"[^，,；;。]{0,3}?用于([\u4e00-\u9fff“”]{2,16}?)(?:[，,；;。]|$)")
_SHARE = re.compile(r"^占(.*?)的?$")
_DEVOTE = re.compile(r"把(.{2,20}?)的$")
_DEVOTE_TO = re.compile(r"[^，,；;。]{0,4}?用于([\u4e00-\u9fff]{2,8}?)(领域|方面|事业|$|[，,；;。])")
_ACTION_PREFIX = re.compile(r"^(.{0,2}?(?:%s))" % "|".join(sorted(LEX.action_set, key=len, reverse=True)))
_PCT_OF = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?:得到|实现|达到|完成|获得)([\u4e00-\u9fff]{2,6}?)(?=[，,；;。]|$)")


def parse_report(report_id: str, text: str) -> ParsedReport:
    view = clean_view(text)
    c = view.clean
    meta = detect_meta(report_id, c)
    year = meta.year
    bs, be = body_span(c)
    secs = find_sections(c, bs, be, year)
    starts = [s.start for s in secs]
    facts: list[Fact] = []
    prev = None
    contexts: dict[int, _Context] = {}
    past = None  # the section a past-year paragraph was opened in
    for ss, se in sentences(c, bs, be):
        k = bisect_right(starts, ss) - 1
        if prev and "\n" in c[prev[1]:ss]:
            prev = None  # topics do not cross paragraphs
            past = None
        if past is not None and (past != k or _PAST_END.search(c, ss, se)):
            past = None
        if past is None and year and secs[k].role in ("review_plan", "year_targets") \
                and _past_year_opening(c, ss, se, year):
            past = k
        ments = find_mentions(c, ss, se)
        if ments:
            key = (k, "past") if past is not None and not _PLAN_SENTENCE.search(c, ss, se) else k
            ctx = contexts.get(key)
            if ctx is None:
                sec = secs[k]
                if key != k:  # 过去一年… inside a five-year review or the coming year's part
                    sec = Section(sec.start, sec.heading, "review_year", sec.plan)
                ctx = contexts[key] = _Context(sec, year)
            try:
                facts.extend(_interpret(report_id, view, ss, se, ments, ctx, prev))
            except Exception:  # one odd sentence must not cost the report
                log.warning("%s: sentence at %d not parsed", report_id, view.orig(ss), exc_info=True)
        prev = (ss, se)
    return ParsedReport(meta=meta, facts=facts)


def _interpret(rid: str, view, ss: int, se: int, ments: list[Mention], ctx: _Context, prev=None) -> list[Fact]:
    c = view.clean
    sent = c[ss:se]
    out: list[Fact] = []
    subject: str | None = None
    subject_at = ss
    last_list: list[str] | None = None
    history: list[str] = []
    sy = _SENT_YEAR.match(sent)
    sent_year = sy.group(1) if sy else None
    prev_end = ss
    hard_pos = [ss + m.start() for m in HARD_RE.finditer(sent)]
    prev_item_ind: str | None = None
    prev_from = False
    i = 0
    sent_off = view.orig(ss)
    role = ctx.role
    y = ctx.year or 0
    while i < len(ments):
        group = [ments[i]]
        j = i + 1
        while j < len(ments) and _GROUP_SEP.match(c[group[-1].end:ments[j].start]):
            group.append(ments[j])
            j += 1
        first = group[0]
        # clause start
        k = bisect_right(hard_pos, first.start) - 1
        hs = hard_pos[k] + 1 if k >= 0 else ss
        seg_start = max(hs, prev_end)
        l_hard = c[seg_start:first.start]
        l_clause = c[hs:first.start]
        soft = l_hard.rfind("、")
        after_soft = soft >= 0
        l_soft = l_hard[soft + 1:] if after_soft else l_hard
        # the qualifier written before the number
        q_pre = None
        m = LEX.prefix_q_re.search(l_hard[:-1] if l_hard.endswith("了") else l_hard)
        if m:
            q_pre = LEX.prefix_q[m.group(0)]
        dist = _DIST_RE.search(l_hard) is not None
        kind, sign = figure_kind(first, l_hard, l_clause)
        if kind == "percent" and GROWTH_AFTER.match(c, group[-1].end, se):
            kind = "growth"
        # ---- indicators
        n_soft = noun_phrase(l_soft)
        n_hard = noun_phrase(l_hard)
        items: list[str]
        share = None
        inherit = False  # the number describes the ones counted just before (总里程, 办复率均…)
        sm = _SHARE.match(n_soft) if n_soft else None
        if sm or (l_soft.lstrip().startswith("占") and kind == "percent"):
            share = (sm.group(1) if sm else noun_phrase(l_soft.lstrip()[1:])).rstrip("的")
        r = noun_after(c, first.num_end, se, is_verb_only(n_soft) and not first.unit.endswith("元"),
                          first.unit.lstrip("万亿") in COUNT_UNITS | {""}) if (first.shape == "value" and len(group) == 1
                                                      and n_soft not in LEX.money_nouns) else ""
        devote_subject = None
        ym = _DEVOTE.search(l_hard)
        um = _DEVOTE_TO.match(c, first.end, se) if ym else None
        if ym and um and kind == "percent":
            items = [um.group(1) + "支出占" + strip_phrase(ym.group(1)) + "比重"]
            share = True
            devote_subject = um.group(1) + (um.group(2) if um.group(2) in ("领域", "方面", "事业") else "")
        elif share is not None:
            base_subj = subject or ""
            tail = "" if share.endswith(("比重", "比例", "比率", "份额")) else "比重"
            items = [base_subj + "占" + share + tail] if base_subj else [share + tail]
        elif (dist or len(group) > 1) and not is_verb_only(n_hard):
            items = split_items(n_hard)
            if len(items) == 1:
                items = expand_abbreviation(items[0], len(group))
            if len(items) == 1 and len(group) == 1 and items[0].endswith("率") and len(items[0]) <= 5 \
                    and re.search(r"(?<![年平人户])均", l_hard) and len(set(history)) >= 2:
                # 办理建议405件和提案590件，办复率均达100%: the rate of each
                prevs = distinct_tail(history, min(4, len(set(history))))
                items = [merge_head(h, items[0]) for h in prevs]
                inherit = True
        elif r and not dist:
            lead = n_soft
            if after_soft and not re.search(r"\d", l_hard):
                joined = noun_phrase(l_hard.replace("、", ""))
                if len(joined) <= 14:
                    lead = joined
            tv = LEX.transitive_re.search(lead) if lead else None
            verbs = [_DEED_ADVERB.sub("", LEAD.sub("", x.strip())) for x in l_hard.split("、")] if after_soft else []
            if len(verbs) >= 2 and all(LEX.transitive_lead_re.fullmatch(v) for v in verbs):
                lead = "".join(verbs)  # 取消、下放247项事项: both deeds name the count
            elif not tv:
                # 组团内9条主次干道实现通车, 2号线7座车站封顶: a noun just before the number owns the counted things
                lead = lead.rstrip("内") if _OWNER_BEFORE.search(l_soft) and 2 <= len(lead) <= 10 and not after_soft \
                    and LEX.verb_inside_re.search(lead) is None else ""
            elif is_verb_only(lead):
                lead = tv.group(0)
            elif len(lead) > 14:
                lead = ""
            items = [lead + r]
            rp = c.find(r, first.num_end, se)
            bm = _BETTER_AFTER.match(c, rp + len(r), se) if rp >= 0 and first.unit.lstrip("万亿") in ("人", "户", "名", "") else None
            if bm:
                items = [bm.group(1) + bm.group(2) + r]  # 4万居民的居住条件得到改善 → 居住条件改善居民
            vm = _REACH_LEAD.match(l_clause.lstrip("，,、 ")) if len(r) <= 2 else None
            if vm and (not lead or lead.startswith(vm.group(0))):
                # 中欧班列…，通达19个国家: a bare counted noun reached by the clause's verb takes the verb
                # and the sentence's subject (中欧班列通达国家)
                owner = subject or ""
                for d in LEX.counted_deeds:  # 班列开行列数 → 班列
                    owner = owner[:owner.find(d)] if owner.find(d) >= 2 else owner
                k = owner.find(vm.group(0))
                ov = LEX.transitive_re.search(owner)
                owner = owner[:k] if k >= 2 else owner[:ov.start()] if ov and ov.start() >= 2 else owner
                for h in sorted(LEX.generic_heads, key=len, reverse=True):
                    if owner.endswith(h) and len(owner) - len(h) >= 2:
                        owner = owner[:-len(h)]  # 农业托管面积…，服务310万农户 → 农业托管服务农户
                        break
                items = [owner + vm.group(0) + r]
        elif not is_verb_only(n_soft) and after_soft and seg_start == hs and not is_verb_only(n_hard) \
                and all(len(x) <= 8 for x in n_hard.split("、")) and len(group) == 1:
            items = [n_hard.replace("、", "")]
        elif not is_verb_only(n_soft):
            items = [n_soft]
            if c.startswith("的", group[-1].end):
                # 提高我区处于低保边缘2600人的生活水平: the verb acts on what follows the number,
                # the number counts the noun before it
                items = [_VERB_WRAP.sub("", n_soft) or n_soft]
            raw_soft = l_soft.strip(" ，,、")
            if after_soft and prev_item_ind and not LEX.action_re.match(n_soft) \
                    and not LEX.light_re.match(raw_soft) and not LEX.transitive_lead_re.match(raw_soft):
                am = _ACTION_PREFIX.match(prev_item_ind)
                if n_soft in LEX.money_nouns and prev_end > hs:
                    # 实施治理项目4132个、总投资612亿元: the money of the things just counted
                    owner = prev_item_ind[am.end():] if am and len(prev_item_ind) - am.end() >= 2 else prev_item_ind
                    items = [merge_head(owner, n_soft)]
                elif am and len(n_soft) <= 6:
                    items = [am.group(1) + n_soft]
        else:
            if len(group) > 1 and last_list and len(last_list) == len(group):
                items = list(last_list)
            elif len(group) > 1 and len(history) >= len(group):
                items = distinct_tail(history, len(group))
            elif subject:
                items = [merge_head(subject, n_soft) if n_soft in LEX.generic_heads and not subject.endswith(n_soft) else subject]
            elif n_soft in LEX.money_nouns and len(group) == 1:
                items = [n_soft]  # 投入16.54亿元用于…: named below by its purpose or owner
            else:
                items = [prev_clause_noun(c, ss, hs)]
                if kind == "percent" and LEX.growth_nouns_re.search(c[max(ss, hs - 12):hs]):
                    kind, sign = "growth", 1
        if kind == "percent" and len(items) == 1 and share is None and "占" in items[0][1:] \
                and not items[0].endswith(("比重", "比例", "比率", "份额", "占比")):
            items = [items[0].rstrip("的") + "比重"]
        if kind == "percent" and len(group) == 1:
            pm = _PCT_OF.match(c, first.end, se)
            if pm:
                items = [pm.group(1) + pm.group(2) + "率"]
        if len(items) == 1 and items[0].startswith("总") and out and not after_soft and kind == "value":
            inherit = True
            if items[0] in ("总里程", "总面积", "总长度", "总投资", "总规模", "总量") and out[-1].indicator:
                items = [merge_head(out[-1].indicator, items[0][1:])]
        if after_soft and out and prev_end > hs and out[-1].kind == kind and not _LEVEL_OR_FLOW.search(l_soft):
            inherit = True  # 19个国家、26个城市: a list item shares its predicate and period
        if not any(items):
            items = [fallback_name(c, first, l_clause, se)]
        if kind == "percent" and len(items) == 1 and LEX.growth_nouns_re.search(items[0][-3:]):
            kind, sign = "growth", (-1 if items[0].endswith("降幅") else 1)
        if len(items) == 1 and len(group) == 1 and items[0] in LEX.split_subjects:
            items = list(LEX.split_subjects[items[0]])
        if len(items) == 1 and is_generic(items[0]):
            obj = ""
            dm = _R_DE.match(c, first.end, se)
            um2 = _USED_FOR.match(c, first.end, se)
            if dm:
                obj = dm.group(1)
                st = _R_DE_STOP.search(obj, 2)
                if st:
                    obj = obj[: st.start()]
                obj = strip_phrase(obj)
            elif um2:
                obj = strip_phrase(um2.group(1))
            elif items[0] in LEX.money_nouns:
                vo = _VERB_OBJ.match(c, first.end, se)
                if vo and c[first.end] in "，,":
                    tp = sentence_topic(c, ss, se)
                    if tp and hs > ss + len(tp):
                        vo = None  # 基地建设初具规模，完成投资X，建成Y: the topic owns the money
                if vo:
                    o = _COUNTED.sub("", vo.group(1)).replace("的", "")
                    k = o.rfind("等")
                    o = o[k + 1:] if 0 <= k < len(o) - 2 else o
                    # a list cut short (实施了A镇、B办…工程和C…) names none of its items alone
                    rest = c[vo.end(1):se]
                    rest = rest[:min([rest.find(x) for x in "，,；;。" if x in rest] or [len(rest)])]
                    cut_list = ("、" in o.lstrip("、")) and re.search("[、和及]", rest) is not None
                    obj = strip_phrase(o) if len(o) <= 14 and not cut_list else ""
            semi = max(sent.rfind("；", 0, first.start - ss), sent.rfind(";", 0, first.start - ss))
            if len(obj) < 2 and subject and subject_at > ss + semi and not (
                    items[0] in LEX.money_nouns and out and out[-1].unit.lstrip("万") in _PEOPLE_UNITS):
                obj = subject
            if len(obj) < 2:
                topic = sentence_topic(c, ss, se)
                if topic and hs > ss + len(topic):
                    obj = topic if semi < 0 or sentence_topic(c, ss + semi + 1, se) == topic else ""
                elif prev and semi < 0:
                    obj = sentence_topic(c, *prev)
                if obj and items[0] in ("完成投资", "共完成投资"):
                    items = ["投资"]
            if len(obj) < 2 and items[0] in LEX.money_nouns and (hs > ss or prev):
                # 公共服务水平显著提高，累计完成投入33.4亿元 (or …提高城市建设水平。全年计划投资15亿元):
                # the money goes to 公共服务, not to its 水平
                pn = prev_clause_noun(c, ss, hs) if hs > ss else prev_clause_noun(c, prev[0], prev[1])
                pn = _RAISE_LEAD.sub("", pn)
                k = LEX.counted_attributes.start(pn)
                obj = pn[:k] if k >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", pn[:k]) \
                    and not _PREDICATE_INSIDE.search(pn[:k]) else obj
            if len(obj) >= 2:
                k = LEX.counted_attributes.start(obj) if items[0] in LEX.money_nouns else -1
                items = [merge_head(obj[:k] if k >= 2 else obj, items[0])]
        tm = _TASK_AFTER.match(c, group[-1].end, se) if kind == "value" else None
        if tm and len(tm.group(1)) >= 2 and not is_verb_only(tm.group(1)[:0] or "x"):
            # 完成13672户的年度改造任务: the number counts the task; a bare deed takes its object from the topic
            task = tm.group(1)
            tp = subject or sentence_topic(c, ss, se) or (sentence_topic(c, *prev) if prev else "")
            items = [tp[: tp.find(task) + len(task)] if tp and tp.find(task) > 0 else task]
        if kind in ("growth", "avg_annual_growth") and len(items) == 1 and items[0] in LEX.abstract_subjects:
            gw = re.search(re.escape(items[0]) + r"(增长|增速)", l_hard)
            if gw:
                items = [items[0] + gw.group(1)]  # 经济增长预期目标为5%: 经济 alone measures nothing
        place_cmp = kind == "percentage_points" and len(items) == 1 and bool(out) and bool(_PLACE_CMP.fullmatch(items[0]))
        if place_cmp:
            # 增长5.4%、高于全国1.9个百分点: the gap is the previous figure's, against another place
            pv = out[-1]
            items = [pv.indicator + ("增速" if pv.kind in ("growth", "avg_annual_growth")
                                     and not LEX.growth_nouns_re.search(pv.indicator[-2:]) else "") + items[0]]
            if re.search(r"低|慢|少", items[0][len(pv.indicator):]):
                sign = -1
        dm2 = _DONE_OF.search(l_hard) if kind == "percent" else None
        if dm2:
            # 完成年度目标任务的105%: a completion rate, of each subject a 分别 distributes over
            rate = dm2.group(1) + "完成率"
            listed = split_items(noun_phrase(l_hard[:dm2.start()]))
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
        if len(items) == 1 and first.unit.lstrip("万亿") in ("人", "户", "名", "人次", "") and out:
            bm2 = _BENEFIT.match(c, group[-1].end, se)
            om = _PROJECT_OWNER.search(out[0].indicator) if bm2 and _BENEFIT_LEAD.search(l_clause) else None
            if om:
                # …工程新接入供热面积190万平方米，使2.58万户、近8万市民直接受益: the project's beneficiaries
                items = [om.group(1) + "受益" + beneficiary_word(c, g, se) for g in group]
        if len(items) == 1 and len(group) == 1 and items[0]:
            items = [name_by_measure(items[0], first, c, se, r, n_soft)]
        dm3 = _CHANGE_BY.search(LEX.prefix_q_re.sub("", l_hard)) if kind == "value" and len(items) == 1 else None
        if dm3 and items[0] and not items[0].endswith(("额", "量", "数")) and not is_verb_only(items[0]):
            # 赤字规模5.66万亿元、比上年增加1.6万亿元: the number is the change, not the level
            items = [items[0] + ("减少额" if dm3.group(1) in "减少下降降低" else "增加额")]
        items = [LEX.inner_drop_re.sub("", it) if len(LEX.inner_drop_re.sub("", it)) >= 2 else it for it in items]
        if len(group) > 1 and "分别" in l_hard and len(set(items)) != len(group):
            items = resolve_list(len(group), items, c, ss, hs, l_hard, l_clause, subject, last_list, share) or items
        # ---- pair items with numbers
        pairs: list[tuple[Mention, str]] = []
        if len(items) == len(group):
            pairs = list(zip(group, items))
        elif len(group) == 1:
            pairs = [(first, it) for it in items]
        elif len(items) == 1:
            if last_list and len(last_list) == len(group) and items[0] in ("", subject):
                pairs = list(zip(group, last_list))
            else:
                pairs = [(g, items[0]) for g in group]
        else:
            pairs = [(g, items[min(k, len(items) - 1)]) for k, g in enumerate(group)]
        list_id = f"{rid}:{view.orig(first.start)}" if len(pairs) > 1 else None
        list_size = len(set(it for _, it in pairs)) if list_id else None
        if list_size is not None and list_size < len(pairs) and "分别" in l_hard:
            # subjects no rule could tell apart: the list still holds all its values, so its size is theirs
            list_size = len(pairs)
        # ---- from/to values: 由X增加到Y
        after_first = c[group[-1].end:min(se, group[-1].end + 12)]
        is_from = len(group) == 1 and bool(_FROM_IN.search(l_hard)) and bool(_FROM_AFTER.match(after_first))
        is_to = prev_from and seg_start == prev_end and re.search(r"到|至", l_hard) is not None
        for g, ind in pairs:
            k2 = kind
            g_kind = k2
            if g.shape != first.shape:
                g_kind, sign2 = figure_kind(g, c[max(hs, g.start - 12):g.start], c[hs:g.start])
            else:
                sign2 = sign
            period, base, status = _period(ctx, g_kind, l_hard, l_clause, sent, g, c, se, sent_year, is_from, is_to,
                                           first.start - ss, (out[-1].period if out else "SPAN") if (share or inherit) else None, ind)
            value = g.value
            vh = g.value_high
            if g_kind == "growth" and g.unit == "倍":
                value = value * 100
                vh = vh * 100 if vh is not None else None
            if g_kind in ("growth", "avg_annual_growth", "percentage_points") and sign2 < 0:
                value = -value
                vh = -vh if vh is not None else None
            q = g.qualifier if g.qualifier != "exact" else (q_pre or "exact")
            if place_cmp:
                base = period  # against another place in the same year, not against last year
            if g_kind not in ("growth", "avg_annual_growth", "multiple", "percentage_points"):
                base = None
            out.append(Fact(
                report_id=rid, offset=view.orig(g.start), text=g.text, indicator=tidy_name(ind), kind=g_kind,
                value=value, unit=g.unit, period=period, base_period=base, status=status, qualifier=q,
                value_high=vh, sentence=view.text[sent_off:view.orig(se - 1) + 1], sentence_offset=sent_off,
                section=ctx.sec.heading, section_role=role, list_id=list_id, list_size=list_size,
            ))
        if devote_subject:
            subject, subject_at = devote_subject, first.start
            prev_item_ind = None
            prev_from = False
            prev_end = group[-1].end
            i = j
            continue
        if place_cmp:  # the gap does not become the subject of what follows
            prev_end = group[-1].end
            i = j
            continue
        uniq = []
        for _, it in pairs:
            if it and it not in uniq:
                uniq.append(it)
        if uniq:
            subject_at = first.start
            subject = uniq[-1] if len(uniq) == 1 else subject if subject and not dist and len(group) == 1 else uniq[-1]
            if len(uniq) > 1:
                last_list = uniq
            for it in uniq:
                history.append(it)
            if share is None and len(uniq) == 1:
                subject = uniq[0]
        prev_item_ind = items[-1] if items else None
        prev_from = is_from
        prev_end = group[-1].end
        i = j
    return places_and_people(c, ss, se, ments, out)


# the number follows a noun directly (片区9条, 2号线7座, 组团内9条), not a verb or a time word
_OWNER_BEFORE = re.compile(r"(?:片区|组团|园区|新区|城区|号线|景区|开发区)(?:内)?$")
_REACH_LEAD = re.compile("(?:%s)" % "|".join(LEX.reach_verbs))
_PREDICATE_INSIDE = re.compile("|".join(sorted(set(LEX.up + LEX.down + LEX.level) - {"增", "降", "减", "涨"}, key=len, reverse=True)))
_DEED_ADVERB = re.compile(r"^(?:累计|共|全年|年内|先后|分别|依法|有序)+")
_BETTER_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,6}?)(?:得到|实现|有了|明显|显著|大幅|进一步)*(改善|提升|提高|改变)")


_BENEFIT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:[、，,和及][^，,；;。]{0,12}?)?(?:直接|均)?受益(?=[，,；;。]|$)")
_BENEFIT_LEAD = re.compile(r"(?:使|让)[^，,；;。]{0,14}$")
_PROJECT_OWNER = re.compile(r"^(.{2,16}?)(?:工程|项目)")
_RAISE_LEAD = re.compile(r"^(?:不断|进一步|持续|全面|切实)?(?:提高|提升|改善|增强|优化)")
_VERB_WRAP = re.compile(r"^(?:进一步|切实|着力|努力|全力|持续)?(?:提高|提升|改善|保障|解决|满足|增加|降低|减轻)(?:了)?(?:我区|我市|我省|我县|我旗|全区|全市|全省|全县)?(?:处于|身处|属于)?(?=[\u4e00-\u9fff]{2})")
_AREA_UNITS = ("平方米", "亩", "平方公里", "公顷")
_AREA_DEEDS = {"开工", "竣工", "完工", "建成", "新开工", "交付", "销售", "新建"}


_CHANGE_BY = re.compile(r"(?:比上年|比去年|较上年|较去年|同比|比上一年|(?<![新净])月|(?<![新净])年)(增加|减少|下降|降低|增|减)了?$")


_PEOPLE_UNITS = {"人", "名", "户", "人次", "位", ""}  # 4万居民…，完成投资X: the money is not the residents'
_TASK_AFTER = re.compile(r"(?:的)?(?:年度|全年|今年|年内|全部)?([\u4e00-\u7683\u7685-\u9fff]{2,8}?)(?:工作)?任务")  # not across 的
_PLACE_CMP = re.compile(r"(?:比|较)?(?:高于|低于|快于|慢于|超过|超出)?(?:全国|全省|全区|全市|全州|全盟|全县|东部|中部|西部|东北)(?:平均)?(?:水平)?(?:高|低|快|慢|多|少)?(?:出)?")
_DONE_OF = re.compile(r"(?:分别|均|各)?(?:完成|达到)了?((?:全年|年度|年初|全年度|既定|计划)?(?:目标任务|目标|任务|计划))的$")


