"""The sections of a report and their time role: review of the past year or of a plan
period, the plan period's targets, the coming year's targets and tasks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.numerals import cn_int

PLAN_RE = re.compile(r"“?(%s)”?" % LEX.plan_alt)
YEAR_RE = re.compile(r"((?:19|20)\d\d)年")


def plan_span(name: str) -> tuple[int, int] | None:
    p = LEX.plan_periods.get(name)
    if not p:
        return None
    a, b = p.split("-")
    return int(a), int(b)


@dataclass
class Section:
    start: int          # clean index
    heading: str
    role: str
    plan: tuple[int, int] | None = None   # the plan span the section is about
    next_role: str | None = None          # combined headings switch once


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_CN_YEAR = re.compile(r"[一二][九〇○零][〇○零一二三四五六七八九]{2}(?=年)")


def _arabic_years(h: str) -> str:
    """A heading with its years in Arabic digits: ２００６年的政府工作 and 一九九四年的主要任务 name
    their year as 2006年 does."""
    h = h.translate(_FULLWIDTH_DIGITS)
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), h)


# a heading that names five years reviewed: 五年工作的回顾, 开拓奋进的五年 (not 今后五年, 五年规划)
_FIVE_YEARS_NAMED = re.compile(r"(?<!今后)(?<!未来)五年(?:的?工作的?(?:回顾|总结)|的?回顾)|[^今来后]的五年$")


def _plans_ahead(plans: list[tuple[int, int]], h: str, year: int, years: list[int], asks: bool) -> list[tuple[int, int]]:
    """The plans not yet over that a heading names as the plans ahead: those starting this year or
    last; a numbered heading that only asks for work (``asks``) and names no past year may set the
    targets of a plan under way (二、…调整“八五”计划的建议, in 1993)."""
    ahead = [p for p in plans if p[0] >= year - 1]
    if not ahead and asks and LEX.numbered_heading_re.match(h) and (year - 1) not in years:
        return [p for p in plans if p[0] < year - 1]
    return ahead


def _roles_of_heading(h: str, year: int | None) -> tuple[str | None, str | None, tuple | None, tuple | None]:
    """(first role, second role, review plan span, target plan span) of a heading."""
    h = _arabic_years(re.sub(r"\s+", "", h))
    plans = [plan_span(m.group(1)) for m in PLAN_RE.finditer(h)]
    plans = [p for p in plans if p]
    years = [int(y) for y in YEAR_RE.findall(h)]
    has_rev = bool(LEX.review_words_re.search(h))
    has_tgt = bool(LEX.target_words_re.search(h))
    roles: list[str] = []
    rev_plan = tgt_plan = None
    if year:
        old = [p for p in plans if p[1] < year]
        new = [p for p in plans if p[1] >= year]
    else:
        old, new = plans, []
    if old and (has_rev or not has_tgt or new):
        roles.append("review_plan")
        rev_plan = old[-1]
    elif LEX.review_plan_plain_re.search(h) and has_rev:
        roles.append("review_plan")
    elif _FIVE_YEARS_NAMED.search(h) and not has_tgt and not LEX.review_year_plain_re.search(h) \
            and not (year and (year - 1) in years):
        # 一、五年工作的回顾, 一、抢抓机遇，开拓奋进的五年: the five years just over (一、过去一年和五年工作
        # 回顾 reviews the year first, then the five years: below)
        roles.append("review_plan")
    if year and (year - 1) in years and has_rev:
        roles.append("review_year")
    elif not years and LEX.review_year_plain_re.search(h) and "review_plan" not in roles:
        roles.append("review_year")
    if year:
        new = _plans_ahead(new, h, year, years, has_tgt and not has_rev)
    if new and has_tgt:
        roles.append("plan_targets")
        tgt_plan = new[0]
    elif LEX.plan_targets_plain_re.search(h) and has_tgt and "review_plan" not in roles \
            and not (year and (year - 1) in years):
        # (not 一、1998年新一届政府的工作, in 1999: the year named is over, so is that part of the term)
        roles.append("plan_targets")
    if year and (year in years or "今年" in h) and has_tgt and "plan_targets" in roles and "review_plan" not in roles:
        # “十五五”时期主要目标和2026年重点工作, 今后五年和2026年工作: the year's part follows the plan's
        roles.append("year_targets")
    elif year and year in years and has_tgt and "plan_targets" not in roles:
        roles.append("year_targets")
    elif not years and not plans and LEX.year_targets_plain_re.search(h) and has_tgt and not roles:
        roles.append("year_targets")
    elif year and years == [year + 1] and has_tgt and not has_rev and not roles:
        # 2005年工作安排 in a report filed under 2004 (after its 2004年工作回顾): the year was misread,
        # the part is still the coming year's work
        roles.append("year_targets")
    if roles == ["review_year"] and re.search(r"五年", h):
        roles.append("review_plan")
    if roles[:2] == ["review_plan", "review_year"] and year:
        # “2020年和‘十三五’时期工作回顾”: the part named first comes first
        ypos = h.find(str(year - 1))
        ppos = min((m.start() for m in PLAN_RE.finditer(h)), default=-1)
        if 0 <= ypos < ppos:
            roles[0], roles[1] = roles[1], roles[0]
    if not roles:
        return None, None, None, None
    return roles[0], (roles[1] if len(roles) > 1 else None), rev_plan, tgt_plan


_INLINE_HEAD = re.compile(
    r"((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。！？，,]{0,30}?"
    r"(?:工作回顾|回顾|工作安排|主要工作|重点工作|目标任务|主要任务|总体要求|工作建议|的建议|预期目标|主要目标|工作任务))"
)
# the coming year's targets run on after the plan's (…不断增强。今年经济社会发展的主要预期目标是：…)
_YEAR_TARGETS_OPEN = r"(?:今年|(?:19|20)\d\d年)[^。！？!?；;，,]{0,14}?(?:主要预期目标|预期目标|主要目标|调控目标)"
# a block starts right after the mark a match begins with (the mark first, not a lookbehind: re
# skips ahead to the marks instead of trying every character)
_BLOCK_SPLIT = re.compile(
    r"[。！？!?]\s*(?=[一二三四五六七八九十]+、|各位代表[，,！!：:]|%s)" % _YEAR_TARGETS_OPEN
)


_HEAD_RUN_ON = re.compile(
    r"(?:(?<=[。！？!?：:])|(?<=\s\s)|^)[\s\u3000]*((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?"
    r"(?:“?十[一二三四五六七]五”?|(?:19|20)\d\d\s*年|过去五年|过去一年|今后五年|今年)[^。！？，,；;：:]{0,16}?"
    r"(?:工作回顾|回顾|目标任务|主要目标和任务|主要工作|工作安排|重点工作任务|重点工作|主要任务|工作建议|发展成就"
    r"|总体要求和政策取向|总体要求|总体部署|工作部署|政府工作任务|工作任务|政府工作的建议|的工作|工作)(?!报告)"
    r"(?:(?:和|及|与)[^。！？，,；;：:]{0,16}?(?:目标任务|主要目标和任务|主要任务|重大举措|工作回顾|回顾))*)"
)
# The character before a match of _HEAD_RUN_ON (inside the text), the blanks it skips and the
# first character of its heading (an ordinal, “十…五”, a year, 过去…, 今…): the heading's first
# characters alone (一, 2) are too common to try the pattern at each.
_HEAD_RUN_ON_AT = re.compile(r"[。！？!?：:\s][\s\u3000]*[一二三四五六七八九十（“12过今]")


def _run_on_heads(text: str):
    """``_HEAD_RUN_ON.finditer(text)``, the pattern tried only at the text's start and right after
    the first character of each match of _HEAD_RUN_ON_AT (overlapping ones too)."""
    end = 0  # the next match may not begin before the end of the last
    pos = 0  # where to try the pattern
    while True:
        m = _HEAD_RUN_ON.match(text, pos) if pos >= end else None
        if m is not None:
            yield m
            end = m.end()
        at = _HEAD_RUN_ON_AT.search(text, pos)
        if at is None:
            return
        pos = at.start() + 1


def _blocks(clean: str, start: int, end: int):
    """Paragraphs, further cut where a heading or a 各位代表 address runs on
    inside a paragraph (reports without line breaks)."""
    for m in re.finditer(r"[^\n]+", clean[start:end]):
        p0 = start + m.start()
        text = m.group()
        if len(text) <= 60:
            cuts = [0]
        else:
            cuts = {0}
            cuts.update(x.start() + 1 for x in _BLOCK_SPLIT.finditer(text))
            for h in _run_on_heads(text):
                cuts.add(h.start(1))
                cuts.add(h.end(1))
            if len(text) > 3000:
                # no paragraphs to speak of: sentences open the blocks
                cuts.update(x.end() for x in re.finditer(r"[。！？!?]+[”’]?", text))
            cuts = sorted(cuts)
        cuts.append(len(text))
        for a, b in zip(cuts, cuts[1:], strict=False):
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip(" \t\u3000"))
            seg = seg.strip(" \t\u3000")
            if seg:
                yield p0 + a + lead, seg


# (not 一、二、三产业, 二、三环路, 三、四月份: numerals in a row that only look like a heading;
# 一、五年工作回顾 and 二、一九九九年的工作意见 are headings)
_TOP_ORDINAL = re.compile(r"^\s*([一二三四五六七八九十]+)、(?![一二三四五六七八九十]+(?:、|产|环|月|季))")


def _top_ordinal(head: str) -> int | None:
    """一、 → 1, 十二、 → 12: the ordinal of a top-level numbered heading (None if it is not one)."""
    m = _TOP_ORDINAL.match(head)
    return cn_int(m.group(1)) if m else None


def _says_achieved(head: str) -> bool:
    """Whether a heading states what was achieved (二、“三个转变”深入推进，改革开放取得新成效;
    …促进了…; 八、以创促建…成效显著) rather than asking for it: some clause of it names an outcome
    (sections.json achieved_heading) and does not open with a verb of the task (推动高质量发展取得
    显著进展). 了 is past whatever the verb before it. A clause that names its subject and then
    how it went (改革开放深入推进, 政府自身建设全面加强: sections.json progress_heading) states
    progress made, unless it opens with the verb of a task (深入推进改革开放)."""
    body = _TOP_ORDINAL.sub("", head, count=1)
    for clause in re.split(r"[，,、；;\s]+", body):
        m = LEX.achieved_heading_re.search(clause)
        if m and (m.group() == "了" or not LEX.task_clause_start_re.match(clause)):
            return True
        if LEX.progress_heading_re.search(clause) and not LEX.task_verb_start_re.match(clause):
            return True
    return False


def _may_open_part(ordinal: int, part_ordinals: tuple[int | None, int | None], items_seen: bool) -> bool:
    """Whether a numbered heading without role words may be the report's next part rather than
    one more item of the section it is in. A review that lists its items as 一、二、…六、 (under an
    unnumbered 2007年工作回顾, or under 一、…回顾 itself) has already shown its items in that style,
    so the next 七、 continues the list: its words (八、以创促建…成效显著) say what was done, and
    the coming year's text after the list must not claim it. A part follows the part before it:
    under 一、…回顾, only 二、 can open the next part, and under an unnumbered part none."""
    if items_seen or part_ordinals[0] is None:
        # (under an unnumbered 2007年工作回顾, 一、 is the first of the review's items)
        return False
    return ordinal - 1 in part_ordinals


# A paragraph that opens on the five years just over (五年来，…; ——过去的五年，是…的五年; 各位代表！2022年是
# 本届政府收官之年。过去五年，…; （二）城市面貌全面改观。五年来，…; 省十届人大一次会议以来的五年，…;
# 本届政府任职的五年，…) or on the plan just over (“十三五”时期): the review of the term or plan
_FIVE_YEARS_OPEN = (r"^(?:[—\s“”]|各位代表[，,！!：:]?)*(?:[^。！？]{0,30}[。！？])?(?:回顾)?"
                    r"(?:过去的?五年|五年来|这五年|五年间|本届政府任职的五年|[^。，,]{0,20}以来的五年|“%s”(?:时期|期间|以来))")
# a paragraph that opens on the five years ahead: 今后五年，…; 未来五年的主要目标是：…; 完成今后五年的任务，…
_YEARS_AHEAD_OPEN = re.compile(r"^(?:各位代表[，,！!：:]?)?(?:完成|实现)?(?:今后|未来)[五5]年(?!来|以来|前|间的工作)")
# an item of a list of goals: ——经济总量…, （一）…, 一是…, 1.…
_GOAL_ITEM = re.compile(r"^(?:—|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|\d+[.、．])")
# 二、三产业比重达到82.5%，…: numerals in a row open a sentence, not a numbered heading
_NUMERALS_IN_A_ROW = re.compile(r"^\s*[一二三四五六七八九十]+、[一二三四五六七八九十]+(?:、|产|环|月|季)")


def _heading_of(para: str) -> str | None:
    """The heading a paragraph is or opens with, or None for a paragraph of text."""
    if _NUMERALS_IN_A_ROW.match(para):
        return None
    numbered = LEX.numbered_heading_re.match(para)
    if len(para) <= LEX.max_heading_len and not para.endswith(("。", "；", "！", "？")) and (
            numbered or ("，" not in para and "," not in para)):
        return para
    if not numbered:
        return None
    # a heading run into its paragraph: up to the first full stop
    cut = re.search(r"[。！？]", para)
    cand = para[: cut.start()] if cut else para[:40]
    if len(cand) <= LEX.max_heading_len:
        return cand
    ih = _INLINE_HEAD.match(para)
    if ih:
        return ih.group(1)
    # a heading without a role word: up to its first comma, for the fallbacks
    k = re.search(r"[，,。；;：:]", para)
    return para[: min(k.start() if k else 40, 40)]


def _turns_to_year(ahead: str, para: str, head: str, year: int) -> bool:
    """Whether an unnamed top-level part after the review is the coming year's: the text
    ahead of it talks about the year. A heading that says what was achieved (…取得新成效,
    …成效显著, 促进了…) is a review's item unless its own opening turns to the year
    (三、…推动高质量发展取得显著进展 / 2018年是…): the coming year's text further on is not its own."""
    if _says_achieved(head):
        lines = [x for x in ahead.split("\n") if x.strip()]
        ahead = "\n".join(lines[:2] if para == head else lines[:1])  # the heading and its first paragraph
    return re.search(r"(?:%d年|今年)(?:是|经济社会发展|的主要预期目标|发展的主要预期目标|主要预期目标|政府工作|工作)" % year,
                     ahead) is not None


def _plans_around(year: int | None) -> tuple[str | None, str | None, str | None]:
    """(the plan that starts this year or next, its ordinal, the plan that ended last year)."""
    nxt_plan = nxt_ord = old_plan = None
    if not year:
        return None, None, None
    for name, span in LEX.plan_periods.items():
        a, b = map(int, span.split("-"))
        if (a <= year <= b or a == year + 1) and (a >= year or a == year):
            nxt_plan, nxt_ord = name, LEX.ordinals.get(name)
            break
    for name, span in LEX.plan_periods.items():
        if int(span.split("-")[1]) == year - 1:
            old_plan = name
    return nxt_plan, nxt_ord, old_plan


class _Switches:
    """The paragraph openings that switch a section's role, for a report of ``year``."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        nxt_plan, nxt_ord, old_plan = _plans_around(year)
        self.rplan = re.compile(_FIVE_YEARS_OPEN % (old_plan or "NOPLAN"))
        self.five_years = plan_span(old_plan) if old_plan else ((year - 5, year - 1) if year else None)
        s = LEX.sections
        self.year_open = re.compile(s["switch_to_review_year"].replace("{prev}", str(year - 1) if year else "NOYEAR"))
        self.plan = re.compile(s["switch_to_plan_targets"].replace("{next_plan}", nxt_plan or "NOPLAN")
                               .replace("{next_ordinal}", nxt_ord or "NOORD"))
        # a paragraph of the coming year's targets inside the plan's part (今年经济社会发展的主要预期目标是：…,
        # 综合考虑诸多因素，今年全省经济社会发展的主要调控目标为：…), and one that turns to the year after
        # the part's first paragraph, whether or not the heading named the year too (二、对下届政府工作的
        # 建议 holds the term's goals, then 各位代表，2007年是完成新一届政府战略任务的首战之年…)
        self.ytgt_lead = re.compile(r"^(?:各位代表[，,！!：:]?)?(?:[^。！？，,；;]{0,12}[，,])?%s"
                                    % _YEAR_TARGETS_OPEN.replace(r"(?:19|20)\d\d", str(year or "NOYEAR")))
        self.ytgt_named = re.compile(r"^(?:各位代表[，,！!：:]?)?(?:做好)?(?:今年|%s年)[，,]?(?:是|经济社会发展|发展的|的?(?:主要)?预期目标"
                                     r"|政府工作|的?工作|要|重点|我们)" % (year or "NOYEAR"))

    def review_switch(self, cur: Section, secs: list[Section], p0: int, para: str) -> Section | None:
        """The section a paragraph opens inside a review or a combined heading's part, or None."""
        year = self.year
        if cur.role == "review_year" and cur.next_role is None and year and self.rplan.search(para[:80]):
            # 五年来，…, 各位代表！2022年是本届政府收官之年。过去五年，…: the paragraphs review the term or
            # the plan just over, whether or not a plan ended last year (a term of 2018-2022 too)
            return Section(p0, cur.heading, "review_plan", self.five_years)
        if cur.next_role is None and cur.role == "review_plan" and year and cur.plan and cur.plan[1] == year - 1 \
                and re.match(r"^各位代表[，,！!：:]?(?:刚刚)?(?:过去的一年|过去一年|(?:过去的)?%d年)" % (year - 1), para):
            return Section(p0, cur.heading, "review_year", cur.plan)
        if cur.role == "review_plan" and cur.next_role is None and len(secs) > 1 and secs[-2].role == "review_year" \
                and secs[-2].heading == cur.heading and self.year_open.search(para[:40]):
            # back to the past year after the paragraphs on the five years that opened inside its review
            return Section(p0, cur.heading, "review_year")
        if cur.next_role == "review_year" and self.year_open.search(para[:40]):
            return Section(p0, cur.heading, "review_year", cur.plan)
        if cur.next_role == "review_plan" and (re.match(r"^(?:各位代表[，,！!：:]?)?(?:五年来|过去五年|本届政府)", para)
                                               or self.rplan.search(para[:60])):
            return Section(p0, cur.heading, "review_plan", cur.plan or ((year - 5, year - 1) if year else None))
        if cur.next_role == "plan_targets" and self.plan.search(para[:120]):
            return Section(p0, cur.heading, "plan_targets", getattr(cur, "next_plan", None))
        return None

    def target_switch(self, cur: Section, prev_block: int | None, p0: int, para: str) -> Section | None:
        """The section a paragraph opens by turning to the coming year or the years ahead, or None."""
        year = self.year
        if cur.role == "plan_targets" and year and (self.ytgt_lead.match(para) or (
                prev_block != cur.start and self.ytgt_named.match(para))):
            return Section(p0, cur.heading, "year_targets")
        if cur.role in ("review_year", "review_plan", "year_targets") and cur.next_role is None and year \
                and _YEARS_AHEAD_OPEN.match(para):
            # 今后五年的主要奋斗目标是：…, 今后五年，…: the goals of the years ahead, not of the year reviewed
            # or the coming one (the heading of their part was missed, or the year's part lays out the
            # term's goals first); a paragraph on 今年 turns back to the year (above)
            ahead = Section(p0, cur.heading, "plan_targets")
            ahead.resume = cur  # type: ignore[attr-defined]
            return ahead
        if cur.role in ("review_year", "review_plan") and year and self.ytgt_lead.match(para):
            # the coming year's targets while the review still runs: the heading of the year's part was
            # missed (…加以解决。树立科学发展观扎扎实实做好2004年工作 今年是… run on in one paragraph)
            # and this paragraph says it (按照上述总体要求，2004年我区宏观调控的主要预期目标是：…)
            return Section(p0, "", "year_targets")
        return None


def find_sections(clean: str, start: int, end: int, year: int | None) -> list[Section]:
    secs = [Section(start, "", "preamble")]
    switches = _Switches(year)
    prev_block = last_block = None
    part_ordinals = (None, None)  # the 一、 of the heading that opened the current part (and of the unnamed one after it)
    items_seen = False    # a numbered heading in that style has been read as an item of the current part
    for p0, para in _blocks(clean, start, end):
        prev_block, last_block = last_block, p0
        cur = secs[-1]
        head = _heading_of(para)
        if head is not None:
            r1, r2, rp, tp = _roles_of_heading(head, year)
            ordinal = _top_ordinal(head)
            if not r1 and cur.role in ("review_year", "review_plan") and ordinal and year \
                    and _may_open_part(ordinal, part_ordinals, items_seen):
                if _turns_to_year(clean[p0:p0 + 3000], para, head, year):
                    r1 = "year_targets"
            if not r1 and cur.role == "preamble" and re.match(r"^\s*一、", head):
                # the first part of a report reviews the past
                r1 = "review_year"
            if r1:
                plan = rp if (r1 == "review_plan" or r2 == "review_plan") else tp
                sec = Section(p0, head, r1, plan, r2)
                sec.next_plan = tp  # type: ignore[attr-defined]
                secs.append(sec)
                if ordinal:
                    # (an unnumbered heading inside a numbered part, 一年来的主要工作和成效是：, keeps the
                    # part's number for the 二、 that follows)
                    part_ordinals = (ordinal, ordinal)
                items_seen = False
                continue
            if ordinal:
                if part_ordinals[0] is not None and ordinal - 1 in part_ordinals and not items_seen \
                        and not _says_achieved(head):
                    # the next part, though neither its words nor its text name its role (or 二、三环路…
                    # cut out of a sentence): the part after it may be 三、 as well as 二、
                    part_ordinals = (part_ordinals[0], ordinal)
                else:
                    items_seen = True
        resume = getattr(cur, "resume", None)
        if resume is not None and not _YEARS_AHEAD_OPEN.match(para) and not _GOAL_ITEM.match(para):
            # the goals of the years ahead end with their paragraph (and the items that list them):
            # the part they were set in goes on
            cur = Section(p0, resume.heading, resume.role, resume.plan)
            secs.append(cur)
        # inside a section: a paragraph opening that switches the role
        switched = switches.review_switch(cur, secs, p0, para) or switches.target_switch(cur, prev_block, p0, para)
        if switched is not None:
            secs.append(switched)
    return secs
