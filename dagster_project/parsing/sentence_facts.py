"""One sentence's numbers into facts: grouping, naming, pairing names with numbers,
periods and the subject carried from one number to the next."""
from __future__ import annotations

import re
from bisect import bisect_right

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.clause_naming import name_clause
from dagster_project.parsing.clause_subjects import HARD_RE
from dagster_project.parsing.figure_kind import GROWTH_AFTER, figure_kind
from dagster_project.parsing.generic_owner import is_generic, owner_of_generic
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.list_subjects import resolve_list
from dagster_project.parsing.model import Fact
from dagster_project.parsing.name_adjustments import adjust_name
from dagster_project.parsing.name_completion import places_and_people, tidy_name
from dagster_project.parsing.naming_confidence import naming_confidence
from dagster_project.parsing.numbers import Mention
from dagster_project.parsing.part_of_whole import deed_part_of_whole
from dagster_project.parsing.periods import _SENT_YEAR, _Context, _period, whole_time_of_part
from dagster_project.parsing.rules.registry import declare_step
from dagster_project.parsing.run_owner import owned_name, run_owners
from dagster_project.parsing.scoped_owner import owner_of_scoped, owner_shared_in_list, scoped_part

# The naming steps after the clause's rules, recorded when they change a name.
_OWNER_OF_GENERIC = declare_step("owner_of_generic")
_OWNER_OF_SCOPED = declare_step("owner_of_scoped")
_OWNER_SHARED_IN_LIST = declare_step("owner_shared_in_list")
_NAME_ADJUSTMENT = declare_step("name_adjustment")
_LIST_RESOLVED = declare_step("list_resolved")
_OWNER_OF_RUN = declare_step("owner_of_run")
_DEED_PART_OF_WHOLE = declare_step("deed_part_of_whole")
_CHANGE_SUFFIX = re.compile(r"(?:增加|减少)额$")
_GROUP_SEP = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_DIST_RE = re.compile(r"分别|各(?![类项级地种个族界方部])|(?<![年平人户月日周])均(?![衡等匀值])")
_FROM_AFTER = re.compile(r"^[^，,；;。]{0,6}?(?:增加|提高|增长|减少|下降|降低|恢复|扩大|提升|上升|降|增|发展|缩小|减|调整|上调|下调)?(?:到|至)")
_FROM_IN = re.compile(r"(?:由|从)[^，,；;。由从]{0,14}$")
# a qualifier word after the list's last figure (分别控制在5%和3%以内) speaks of the list;
# a one-character 多/余/强 speaks of its own number only
_LIST_CLOSERS = {w for w in LEX.suffix_q if len(w) >= 2}
# 增长7%、力争7.5%; 增长30%，力争40%; 增长8%或9%: a second figure for the same change, with no noun
# or verb of its own (not 力争达到9%, a level)
_ALTERNATIVE_FIGURE = re.compile(r"\s*[、，,]?\s*(?:力争|争取|确保|甚至|乃至|或者?)\s*")
_GROWTH_KINDS = ("growth", "avg_annual_growth")


def _has_dist(l_hard: str) -> bool:
    """分别/各/均 before the number (_DIST_RE opens with a lookbehind: tried only where its words are)."""
    return ("分别" in l_hard or "各" in l_hard or "均" in l_hard) and _DIST_RE.search(l_hard) is not None


def _without_change(name: str) -> str:
    """The name without 增加额/减少额 (its thing, not its change)."""
    return _CHANGE_SUFFIX.sub("", name) if "额" in name else name


def _closing_qualifier(text: str, group: list[Mention], l_hard: str) -> str | None:
    """The qualifier a 分别/各/均 list ends with, when none of its other figures has one of its own."""
    if len(group) < 2 or not _has_dist(l_hard):
        return None
    last = group[-1]
    if text[last.num_end:last.end].strip() not in _LIST_CLOSERS:
        return None
    if any(g.qualifier != "exact" for g in group[:-1]):
        return None  # 分别增长3.5%以上、7%、5%以上: each figure says its own
    return last.qualifier


def sentence_facts(report_id: str, view, sent_start: int, sent_end: int, mentions: list[Mention], ctx: _Context, prev_sentence=None) -> list[Fact]:
    """The facts of one sentence: its numbers grouped (5%、6%), each group named from its
    clause, paired with its names and given its period, base, status and qualifier."""
    text = view.clean
    sent = text[sent_start:sent_end]
    facts: list[Fact] = []
    subject: str | None = None
    subject_at = sent_start
    last_list: list[str] | None = None
    history: list[str] = []
    year_match = _SENT_YEAR.match(sent) if "年" in sent else None
    sent_year = year_match.group(1) if year_match else None
    prev_end = sent_start
    hard_pos = [sent_start + hit.start() for hit in HARD_RE.finditer(sent)]
    prev_item_ind: str | None = None
    prev_from = False
    i = 0
    sent_off = view.orig(sent_start)
    sentence = view.text[sent_off:view.orig(sent_end - 1) + 1]  # as written, the same for all its facts
    role = ctx.role
    owners = run_owners(text, sent_start, sent_end)  # 兵团…；固定资产投资X: the sub-entity owns its run
    while i < len(mentions):
        group = [mentions[i]]
        j = i + 1
        while j < len(mentions) and _GROUP_SEP.match(text[group[-1].end:mentions[j].start]):
            group.append(mentions[j])
            j += 1
        first = group[0]
        # clause start
        k = bisect_right(hard_pos, first.start) - 1
        clause_start = hard_pos[k] + 1 if k >= 0 else sent_start
        seg_start = max(clause_start, prev_end)
        l_hard = text[seg_start:first.start]
        l_clause = text[clause_start:first.start]
        soft = l_hard.rfind("、")
        after_soft = soft >= 0
        l_soft = l_hard[soft + 1:] if after_soft else l_hard
        # the qualifier written before the number
        q_word = LEX.prefix_q_ending(l_hard[:-1] if l_hard.endswith("了") else l_hard)
        q_pre = LEX.prefix_q[q_word] if q_word else None
        dist = _has_dist(l_hard)
        kind, sign = figure_kind(first, l_hard, l_clause)
        if kind == "percent" and GROWTH_AFTER.match(text, group[-1].end, sent_end):
            kind = "growth"
        alternative_of = _alternative_of(facts, mentions, i, view, kind)
        if alternative_of is not None:
            kind, sign = alternative_of.kind, (-1 if alternative_of.value < 0 else 1)
        clause = Clause(
            text, sent_start, sent_end, prev_sentence, group, clause_start, seg_start, l_hard, l_clause, l_soft,
            after_soft, dist, subject, subject_at, history, last_list, prev_item_ind, prev_end, facts,
        )
        items, share, inherit, devote_subject, kind, sign, n_soft, counted_noun, rules = name_clause(clause, kind, sign)
        if len(items) == 1 and is_generic(items[0]):
            items = _traced(rules, _OWNER_OF_GENERIC, items, owner_of_generic(clause, items))
        if len(items) == 1 and (scoped := scoped_part(items[0])):  # (a generic head left bare too: 增加值)
            head, scope, rest = scoped
            items = _traced(rules, _OWNER_OF_SCOPED, items, [n + rest for n in owner_of_scoped(clause, head, scope)])
        elif len(items) > 1:
            items = _traced(rules, _OWNER_SHARED_IN_LIST, items, owner_shared_in_list(items))
        named_before = items
        items, sign, place_cmp = adjust_name(clause, items, kind, sign, n_soft, counted_noun)
        items = _traced(rules, _NAME_ADJUSTMENT, named_before, items)
        items = _traced(rules, _DEED_PART_OF_WHOLE, items, deed_part_of_whole(clause, items))
        if len(group) > 1 and "分别" in l_hard and len(set(items)) != len(group):
            items = _traced(rules, _LIST_RESOLVED, items, resolve_list(
                len(group), items, text, sent_start, clause_start, l_hard, l_clause, subject, last_list, share) or items)
        # ---- pair items with numbers
        pairs: list[tuple[Mention, str]] = []
        if len(items) == len(group):
            pairs = list(zip(group, items, strict=True))
        elif len(group) == 1:
            pairs = [(first, it) for it in items]
        elif len(items) == 1:
            if last_list and len(last_list) == len(group) and items[0] in ("", subject):
                pairs = list(zip(group, last_list, strict=True))
            else:
                pairs = [(g, items[0]) for g in group]
        else:
            pairs = [(g, items[min(k, len(items) - 1)]) for k, g in enumerate(group)]
        list_id = f"{report_id}:{view.orig(first.start)}" if len(pairs) > 1 else None
        list_size = len(set(it for _, it in pairs)) if list_id else None
        if list_size is not None and list_size < len(pairs) and "分别" in l_hard:
            # subjects no rule could tell apart: the list still holds all its values, so its size is theirs
            list_size = len(pairs)
        # ---- from/to values: 由X增加到Y
        after_first = text[group[-1].end:min(sent_end, group[-1].end + 12)]
        is_from = len(group) == 1 and ("由" in l_hard or "从" in l_hard) and bool(_FROM_IN.search(l_hard)) \
            and bool(_FROM_AFTER.match(after_first))
        is_to = prev_from and seg_start == prev_end and ("到" in l_hard or "至" in l_hard)
        closing = _closing_qualifier(text, group, l_hard)
        for g, ind in pairs:
            g_kind = kind
            if g.shape != first.shape:
                g_kind, sign2 = figure_kind(g, text[max(clause_start, g.start - 12):g.start], text[clause_start:g.start])
            else:
                sign2 = sign
            inherited_period = (facts[-1].period if facts else "SPAN") if (share or inherit) else \
                whole_time_of_part(g_kind, text[max(sent_start, clause_start - 4):clause_start], l_clause, facts)
            period, base, status = _period(ctx, g_kind, l_hard, l_clause, sent, g, text, sent_end, sent_year, is_from, is_to,
                                           first.start - sent_start, inherited_period, ind)
            value = g.value
            value_high = g.value_high
            if g_kind == "growth" and g.unit == "倍":
                value = value * 100
                value_high = value_high * 100 if value_high is not None else None
            if g_kind in ("growth", "avg_annual_growth", "percentage_points") and sign2 < 0:
                value = -value
                value_high = -value_high if value_high is not None else None
            qualifier = g.qualifier if g.qualifier != "exact" else (closing or q_pre or "exact")
            if place_cmp:
                base = period  # against another place in the same year, not against last year
            if alternative_of is not None and g_kind == alternative_of.kind:
                base = alternative_of.base_period  # the same change, against the same base
            if g_kind not in ("growth", "avg_annual_growth", "multiple", "percentage_points"):
                base = None
            name = tidy_name(ind)
            if owners and (owned := owned_name(owners, first.start, name)) != name:
                name = owned
                if _OWNER_OF_RUN not in rules:
                    rules.append(_OWNER_OF_RUN)
            if g.period_length:
                continue  # 5年累计…, 极不平凡的5年: no fact, though named as one so that what follows is named as before
            offset = view.orig(g.start)
            facts.append(Fact(
                report_id=report_id, offset=offset, text=_as_written(view, g, offset), indicator=name,
                kind=g_kind,
                value=value, unit=g.unit, period=period, base_period=base, status=status, qualifier=qualifier,
                value_high=value_high, sentence=sentence, sentence_offset=sent_off,
                section=ctx.sec.heading, section_role=role, list_id=list_id, list_size=list_size,
                name_rules=",".join(rules), name_confidence=naming_confidence(rules, name),
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
        named = []
        for _, it in pairs:
            if it and it not in named:
                named.append(it)
        if named:
            subject_at = first.start
            subject = named[-1] if len(named) == 1 else subject if subject and not dist and len(group) == 1 else named[-1]
            if len(named) > 1:  # 存、贷款余额分别增加A和B，年均增长x%和y%: the balances grew, not their changes
                last_list = [thing if len(thing := _without_change(it)) >= 2 else it for it in named]
            for it in named:
                history.append(it)
            if share is None and len(named) == 1:
                subject = named[0]
            # 转移支付增加1.5万亿元、规模达到9.8万亿元: what follows is about the thing, not its change
            if subject and len(thing := _without_change(subject)) >= 2:
                subject = thing
        prev_item_ind = items[-1] if items else None
        prev_from = is_from
        prev_end = group[-1].end
        i = j
    return places_and_people(text, sent_start, sent_end, mentions, facts)


def _alternative_of(facts: list[Fact], mentions: list[Mention], i: int, view, kind: str) -> Fact | None:
    """The growth fact whose second figure mentions[i] is (增长7%、力争7.5%), or None."""
    if kind != "percent" or i == 0 or not facts or facts[-1].kind not in _GROWTH_KINDS:
        return None
    prev, ment = mentions[i - 1], mentions[i]
    if prev.shape != "pct" or ment.shape != "pct" or facts[-1].offset != view.orig(prev.start):
        return None  # (the fact before is the figure before's)
    return facts[-1] if _ALTERNATIVE_FIGURE.fullmatch(view.clean, prev.end, ment.start) else None


def _traced(rules: list[str], rule: str, before: list[str], after: list[str]) -> list[str]:
    """``after``, with ``rule`` added to the trace when it changed the names."""
    if after != before:
        rules.append(rule)
    return after


def _as_written(view, mention, offset: int) -> str:
    """The number and unit exactly as the report's text has them (8.1％, a line
    break inside 2\n名), so that text[offset:offset + len] is the fact's text (offset: view.orig(mention.start))."""
    return view.text[offset:view.orig(mention.num_end - 1) + 1]
