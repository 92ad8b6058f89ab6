"""The sections of a report and their time role: review of the past year or of a plan
period, the plan period's targets, the coming year's targets and tasks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.scan import finditer_from

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


def _roles_of_heading(h: str, year: int | None) -> tuple[str | None, str | None, tuple | None, tuple | None]:
    """(first role, second role, review plan span, target plan span) of a heading."""
    h = re.sub(r"\s+", "", h)
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
    if year and (year - 1) in years and has_rev:
        roles.append("review_year")
    elif not years and LEX.review_year_plain_re.search(h) and "review_plan" not in roles:
        roles.append("review_year")
    new = [p for p in new if year and p[0] >= year - 1] if year else new
    if new and has_tgt:
        roles.append("plan_targets")
        tgt_plan = new[0]
    elif LEX.plan_targets_plain_re.search(h) and has_tgt and "review_plan" not in roles:
        roles.append("plan_targets")
    if year and (year in years or "今年" in h) and has_tgt and "plan_targets" in roles and "review_plan" not in roles:
        # “十五五”时期主要目标和2026年重点工作, 今后五年和2026年工作: the year's part follows the plan's
        roles.append("year_targets")
    elif year and year in years and has_tgt and "plan_targets" not in roles:
        roles.append("year_targets")
    elif not years and not plans and LEX.year_targets_plain_re.search(h) and has_tgt and not roles:
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
_YEAR_TARGETS_OPEN = r"(?:今年|(?:19|20)\d\d年)[^。！？!?；;，,]{0,14}?(?:主要预期目标|预期目标|主要目标)"
_BLOCK_SPLIT = re.compile(
    r"(?<=[。！？!?])\s*(?=[一二三四五六七八九十]+、|各位代表[，,！!：:]|%s)" % _YEAR_TARGETS_OPEN
)


_HEAD_RUN_ON = re.compile(
    r"(?:(?<=[。！？!?：:])|(?<=\s\s)|^)[\s\u3000]*((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?"
    r"(?:“?十[一二三四五六七]五”?|(?:19|20)\d\d\s*年|过去五年|过去一年|今后五年|今年)[^。！？，,；;：:]{0,16}?"
    r"(?:工作回顾|回顾|目标任务|主要目标和任务|主要工作|工作安排|重点工作任务|重点工作|主要任务|工作建议|发展成就"
    r"|总体要求和政策取向|总体要求|总体部署|工作部署|政府工作任务|工作任务|政府工作的建议|的工作|工作)(?!报告)"
    r"(?:(?:和|及|与)[^。！？，,；;：:]{0,16}?(?:目标任务|主要目标和任务|主要任务|重大举措|工作回顾|回顾))*)"
)
# where a match of _HEAD_RUN_ON can begin: a blank, an ordinal, “十…五”, a year, 过去…, 今… (scan.py)
_HEAD_RUN_ON_FIRST = re.compile(r"[\s\u3000一二三四五六七八九十（“12过今]")


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
            cuts.update(x.start() for x in _BLOCK_SPLIT.finditer(text))
            for h in finditer_from(_HEAD_RUN_ON, _HEAD_RUN_ON_FIRST, text):
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


def find_sections(clean: str, start: int, end: int, year: int | None) -> list[Section]:
    secs = [Section(start, "", "preamble")]
    prev = str(year - 1) if year else "NOYEAR"
    nxt_plan = nxt_ord = None
    if year:
        for name, span in LEX.plan_periods.items():
            a, b = map(int, span.split("-"))
            if a <= year <= b or a == year + 1:
                if a >= year or a == year:
                    nxt_plan, nxt_ord = name, LEX.ordinals.get(name)
                    break
    old_plan = None
    if year:
        for name, span in LEX.plan_periods.items():
            if int(span.split("-")[1]) == year - 1:
                old_plan = name
    sw_rplan = re.compile(r"^(?:各位代表[，,！!：:]?)?(?:[^。]{0,16}。)?(?:过去五年|五年来|这五年|“%s”(?:时期|期间|以来))" % (old_plan or "NOPLAN"))
    s = LEX.sections
    sw_year = re.compile(s["switch_to_review_year"].replace("{prev}", prev))
    sw_plan = re.compile(s["switch_to_plan_targets"].replace("{next_plan}", nxt_plan or "NOPLAN").replace("{next_ordinal}", nxt_ord or "NOORD"))
    # a paragraph of the coming year's targets inside the plan's part (今年经济社会发展的主要预期目标是：…),
    # and, under a heading that names both (…和2026年重点工作), one that turns to the year after the first
    sw_ytgt = re.compile(r"^(?:各位代表[，,！!：:]?)?%s" % _YEAR_TARGETS_OPEN.replace(r"(?:19|20)\d\d", str(year or "NOYEAR")))
    sw_ytgt_named = re.compile(r"^(?:各位代表[，,！!：:]?)?(?:做好)?(?:今年|%s年)[，,]?(?:是|经济社会发展|发展的|的?(?:主要)?预期目标"
                               r"|政府工作|的?工作|要|重点|我们)" % (year or "NOYEAR"))
    prev_block = last_block = None
    for p0, para in _blocks(clean, start, end):
        prev_block, last_block = last_block, p0
        cur = secs[-1]
        head = None
        numbered = LEX.numbered_heading_re.match(para)
        if len(para) <= LEX.max_heading_len and not para.endswith(("。", "；", "！", "？")) and (
                numbered or ("，" not in para and "," not in para)):
            head = para
        else:
            m = numbered
            if m:
                # a heading run into its paragraph: up to the first full stop
                cut = re.search(r"[。！？]", para)
                cand = para[: cut.start()] if cut else para[:40]
                if len(cand) <= LEX.max_heading_len:
                    head = cand
                else:
                    ih = _INLINE_HEAD.match(para)
                    if ih:
                        head = ih.group(1)
                    else:
                        # a heading without a role word: up to its first comma, for the fallbacks
                        k = re.search(r"[，,。；;：:]", para)
                        head = para[: min(k.start() if k else 40, 40)]
        if head is not None:
            r1, r2, rp, tp = _roles_of_heading(head, year)
            if not r1 and cur.role in ("review_year", "review_plan") and re.match(r"^\s*[一二三四五六七八九十]+、", head) and year:
                # an unnamed top-level part after the review: the coming year's if it talks about it
                if re.search(r"(?:%d年|今年)(?:是|经济社会发展|的主要预期目标|发展的主要预期目标|主要预期目标|政府工作|工作)" % year, clean[p0:p0 + 3000]):
                    r1 = "year_targets"
            if not r1 and cur.role == "preamble" and re.match(r"^\s*一、", head):
                # the first part of a report reviews the past
                r1 = "review_year"
            if r1:
                plan = rp if (r1 == "review_plan" or r2 == "review_plan") else tp
                sec = Section(p0, head, r1, plan, r2)
                sec.next_plan = tp  # type: ignore[attr-defined]
                secs.append(sec)
                continue
        # inside a section: a paragraph opening that switches the role
        if cur.role == "review_year" and cur.next_role is None and old_plan and not any(
                x.role == "review_plan" for x in secs) and sw_rplan.search(para[:60]):
            secs.append(Section(p0, cur.heading, "review_plan", plan_span(old_plan)))
        elif cur.next_role is None and cur.role == "review_plan" and year and cur.plan and cur.plan[1] == year - 1 \
                and re.match(r"^各位代表[，,！!：:]?(?:刚刚)?(?:过去的一年|过去一年|(?:过去的)?%d年)" % (year - 1), para):
            secs.append(Section(p0, cur.heading, "review_year", cur.plan))
        elif cur.next_role == "review_year" and sw_year.search(para[:40]):
            secs.append(Section(p0, cur.heading, "review_year", cur.plan))
        elif cur.next_role == "review_plan" and (re.match(r"^(?:各位代表[，,！!：:]?)?(?:五年来|过去五年|本届政府)", para)
                                                  or sw_rplan.search(para[:60])):
            secs.append(Section(p0, cur.heading, "review_plan", cur.plan or ((year - 5, year - 1) if year else None)))
        elif cur.next_role == "plan_targets" and sw_plan.search(para[:120]):
            secs.append(Section(p0, cur.heading, "plan_targets", getattr(cur, "next_plan", None)))
        elif cur.role == "plan_targets" and year and (sw_ytgt.match(para) or (
                cur.next_role == "year_targets" and prev_block != cur.start and sw_ytgt_named.match(para))):
            secs.append(Section(p0, cur.heading, "year_targets"))
    return secs
