"""One sentence's numbers into facts: grouping, naming, pairing names with numbers,
periods and the subject carried from one number to the next."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

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
from dagster_project.parsing.whole_words import whole_word_name

# The naming steps after the clause's rules, recorded when they change a name.
_OWNER_OF_GENERIC = declare_step("owner_of_generic")
_OWNER_OF_SCOPED = declare_step("owner_of_scoped")
_OWNER_SHARED_IN_LIST = declare_step("owner_shared_in_list")
_NAME_ADJUSTMENT = declare_step("name_adjustment")
_LIST_RESOLVED = declare_step("list_resolved")
_OWNER_OF_RUN = declare_step("owner_of_run")
_DEED_PART_OF_WHOLE = declare_step("deed_part_of_whole")
_WHOLE_WORDS = declare_step("whole_words")
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


@dataclass
class _Sentence:
    """A sentence being read: where it is, and what its numbers have named so far (the state a
    Clause sees: the subject, the last list, every name, where the previous number ended)."""
    report_id: str
    view: object
    ctx: _Context
    start: int
    end: int
    prev_sentence: tuple[int, int] | None
    year: str | None             # a year opening the sentence (2015年，…)
    sent: str                    # the sentence's cleaned text (text[start:end])
    written: str                 # the sentence as the report writes it, the same for all its facts
    written_at: int              # and its offset in the report's text
    hard_pos: list[int]          # its hard punctuation (，；：。), where clauses start
    owners: list                 # run_owners: 兵团…；固定资产投资X, the sub-entity owns its run
    facts: list[Fact] = field(default_factory=list)
    subject: str | None = None
    subject_at: int = 0
    last_list: list[str] | None = None
    history: list[str] = field(default_factory=list)
    prev_end: int = 0
    prev_item_ind: str | None = None
    prev_from: bool = False


class _Named(NamedTuple):
    """A group's names and what naming it said of it (name_clause, then the later steps)."""
    items: list[str]
    share: object
    inherit: bool
    devote_subject: str | None
    kind: str
    sign: int
    rules: list[str]
    place_cmp: bool


def sentence_facts(report_id: str, view, sent_start: int, sent_end: int, mentions: list[Mention], ctx: _Context, prev_sentence=None) -> list[Fact]:
    """The facts of one sentence: its numbers grouped (5%、6%), each group named from its
    clause, paired with its names and given its period, base, status and qualifier."""
    text = view.clean
    sent = text[sent_start:sent_end]
    year_match = _SENT_YEAR.match(sent) if "年" in sent else None
    sent_off = view.orig(sent_start)
    state = _Sentence(report_id, view, ctx, sent_start, sent_end, prev_sentence, year_match.group(1) if year_match else None,
                      sent, view.text[sent_off:view.orig(sent_end - 1) + 1], sent_off,
                      [sent_start + hit.start() for hit in HARD_RE.finditer(sent)], run_owners(text, sent_start, sent_end),
                      subject_at=sent_start, prev_end=sent_start)
    i = 0
    while i < len(mentions):
        j = i + 1  # a group: numbers joined by 、/和 only (5%、6%)
        while j < len(mentions) and _GROUP_SEP.match(text[mentions[j - 1].end:mentions[j].start]):
            j += 1
        _read_group(state, mentions, i, j)
        i = j
    return places_and_people(text, sent_start, sent_end, mentions, state.facts)


def _read_group(s: _Sentence, mentions: list[Mention], i: int, j: int) -> None:
    """Name the group mentions[i:j], add its facts and carry its names to what follows."""
    text, group = s.view.clean, mentions[i:j]
    clause = _clause_of(s, group)
    kind, sign = figure_kind(group[0], clause.l_hard, clause.l_clause)
    if kind == "percent" and GROWTH_AFTER.match(text, group[-1].end, s.end):
        kind = "growth"
    alternative_of = _alternative_of(s.facts, mentions, i, s.view, kind)
    if alternative_of is not None:
        kind, sign = alternative_of.kind, (-1 if alternative_of.value < 0 else 1)
    named = _name_group(clause, kind, sign)
    pairs = _paired(group, named.items, s.last_list, s.subject)
    # from/to values: 由X增加到Y
    l_hard = clause.l_hard
    is_from = len(group) == 1 and ("由" in l_hard or "从" in l_hard) and bool(_FROM_IN.search(l_hard)) \
        and bool(_FROM_AFTER.match(text[group[-1].end:min(s.end, group[-1].end + 12)]))
    is_to = s.prev_from and clause.seg_start == s.prev_end and ("到" in l_hard or "至" in l_hard)
    _add_facts(s, clause, named, pairs, alternative_of, is_from, is_to)
    _carry_names(s, clause, named, pairs, is_from)


def _last_item_mark(l_hard: str) -> int:
    """Where the last 、 that separates list items is (-1: none), past bracketed place lists."""
    soft = l_hard.rfind("、")
    if soft < 0 or "（" not in l_hard:
        return soft
    return LEX.place_list_re.sub(lambda m: "　" * len(m.group(0)), l_hard).rfind("、")


def _clause_of(s: _Sentence, group: list[Mention]) -> Clause:
    """The group's clause: the words before it, back to the hard punctuation or the previous number."""
    text, first = s.view.clean, group[0]
    k = bisect_right(s.hard_pos, first.start) - 1
    clause_start = s.hard_pos[k] + 1 if k >= 0 else s.start
    seg_start = max(clause_start, s.prev_end)
    l_hard = text[seg_start:first.start]
    # a 、 inside a bracketed place list (县（市、区）) joins no items: the list is one noun
    soft = _last_item_mark(l_hard)
    return Clause(
        text, s.start, s.end, s.prev_sentence, group, clause_start, seg_start, l_hard, text[clause_start:first.start],
        l_hard[soft + 1:] if soft >= 0 else l_hard, soft >= 0, _has_dist(l_hard), s.subject, s.subject_at, s.history,
        s.last_list, s.prev_item_ind, s.prev_end, s.facts,
    )


def _name_group(clause: Clause, kind: str, sign: int) -> _Named:
    """The clause's names: its rules (name_clause), then the owners of generic and scoped heads,
    the adjustments, a deed's part of a whole, and a 分别 list resolved."""
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
    if len(clause.group) > 1 and "分别" in clause.l_hard and len(set(items)) != len(clause.group):
        items = _traced(rules, _LIST_RESOLVED, items, resolve_list(
            len(clause.group), items, clause.text, clause.sent_start, clause.clause_start, clause.l_hard,
            clause.l_clause, clause.subject, clause.last_list, share) or items)
    figure = (clause.group[0].start, clause.group[-1].end)
    items = _traced(rules, _WHOLE_WORDS, items, [
        whole_word_name(clause.text, clause.sent_start, clause.sent_end, figure, it) for it in items])
    return _Named(items, share, inherit, devote_subject, kind, sign, rules, place_cmp)


def _paired(group: list[Mention], items: list[str], last_list: list[str] | None, subject: str | None) -> list[tuple[Mention, str]]:
    """Each number with its name: one each, one name for all, or the last list's names."""
    if len(items) == len(group):
        return list(zip(group, items, strict=True))
    if len(group) == 1:
        return [(group[0], it) for it in items]
    if len(items) == 1:
        if last_list and len(last_list) == len(group) and items[0] in ("", subject):
            return list(zip(group, last_list, strict=True))
        return [(g, items[0]) for g in group]
    return [(g, items[min(k, len(items) - 1)]) for k, g in enumerate(group)]


def _add_facts(s: _Sentence, clause: Clause, named: _Named, pairs: list[tuple[Mention, str]],
               alternative_of: Fact | None, is_from: bool, is_to: bool) -> None:
    """A fact for each named number: its value signed, its period, base, status and qualifier."""
    text, first, l_hard, l_clause = clause.text, clause.group[0], clause.l_hard, clause.l_clause
    list_id = f"{s.report_id}:{s.view.orig(first.start)}" if len(pairs) > 1 else None
    list_size = len(set(it for _, it in pairs)) if list_id else None
    if list_size is not None and list_size < len(pairs) and "分别" in l_hard:
        list_size = len(pairs)  # subjects no rule could tell apart: the list still holds all its values
    q_word = LEX.prefix_q_ending(l_hard[:-1] if l_hard.endswith("了") else l_hard)  # a qualifier before the number
    q_pre = LEX.prefix_q[q_word] if q_word else None
    closing = _closing_qualifier(text, clause.group, l_hard)
    for g, ind in pairs:
        g_kind, sign = named.kind, named.sign
        if g.shape != first.shape:
            g_kind, sign = figure_kind(g, text[max(clause.clause_start, g.start - 12):g.start], text[clause.clause_start:g.start])
        inherited_period = (s.facts[-1].period if s.facts else "SPAN") if (named.share or named.inherit) else \
            whole_time_of_part(g_kind, text[max(s.start, clause.clause_start - 4):clause.clause_start], l_clause, s.facts)
        period, base, status = _period(s.ctx, g_kind, l_hard, l_clause, s.sent, g, text, s.end, s.year,
                                       is_from, is_to, first.start - s.start, inherited_period, ind)
        value, value_high = _signed(g, g_kind, sign)
        qualifier = g.qualifier if g.qualifier != "exact" else (closing or q_pre or "exact")
        if named.place_cmp:
            base = period  # against another place in the same year, not against last year
        if alternative_of is not None and g_kind == alternative_of.kind:
            base = alternative_of.base_period  # the same change, against the same base
        if g_kind not in ("growth", "avg_annual_growth", "multiple", "percentage_points"):
            base = None
        name = _owned(s, first, tidy_name(ind), named.rules)
        if g.period_length:
            continue  # 5年累计…, 极不平凡的5年: no fact, though named as one so that what follows is named as before
        offset = s.view.orig(g.start)
        s.facts.append(Fact(
            report_id=s.report_id, offset=offset, text=_as_written(s.view, g, offset), indicator=name, kind=g_kind,
            value=value, unit=g.unit, period=period, base_period=base, status=status, qualifier=qualifier,
            value_high=value_high, sentence=s.written, sentence_offset=s.written_at,
            section=s.ctx.sec.heading, section_role=s.ctx.role, list_id=list_id, list_size=list_size,
            name_rules=",".join(named.rules), name_confidence=naming_confidence(named.rules, name),
        ))


def _signed(g: Mention, kind: str, sign: int) -> tuple[float, float | None]:
    """The value (and the range's high end) as the fact holds it: 倍 of growth in percent, a fall negative."""
    value, value_high = g.value, g.value_high
    if kind == "growth" and g.unit == "倍":
        value = value * 100
        value_high = value_high * 100 if value_high is not None else None
    if kind in ("growth", "avg_annual_growth", "percentage_points") and sign < 0:
        value = -value
        value_high = -value_high if value_high is not None else None
    return value, value_high


def _owned(s: _Sentence, first: Mention, name: str, rules: list[str]) -> str:
    """The name with the owner of the run it is in (兵团…；固定资产投资X), traced."""
    if s.owners and (owned := owned_name(s.owners, first.start, name)) != name:
        if _OWNER_OF_RUN not in rules:
            rules.append(_OWNER_OF_RUN)
        return owned
    return name


def _carry_names(s: _Sentence, clause: Clause, named: _Named, pairs: list[tuple[Mention, str]], is_from: bool) -> None:
    """What the group's names leave for the numbers after it: the subject, the last list, the history."""
    first, last = clause.group[0], clause.group[-1]
    s.prev_end = last.end
    if named.devote_subject:
        s.subject, s.subject_at = named.devote_subject, first.start
        s.prev_item_ind, s.prev_from = None, False
        return
    if named.place_cmp:  # the gap does not become the subject of what follows
        return
    names = []
    for _, it in pairs:
        if it and it not in names:
            names.append(it)
    if names:
        s.subject_at = first.start
        s.subject = names[-1] if len(names) == 1 else s.subject if s.subject and not clause.dist and len(clause.group) == 1 \
            else names[-1]
        if len(names) > 1:  # 存、贷款余额分别增加A和B，年均增长x%和y%: the balances grew, not their changes
            s.last_list = [thing if len(thing := _without_change(it)) >= 2 else it for it in names]
        s.history.extend(names)
        if named.share is None and len(names) == 1:
            s.subject = names[0]
        # 转移支付增加1.5万亿元、规模达到9.8万亿元: what follows is about the thing, not its change
        if s.subject and len(thing := _without_change(s.subject)) >= 2:
            s.subject = thing
    s.prev_item_ind = named.items[-1] if named.items else None
    s.prev_from = is_from


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
