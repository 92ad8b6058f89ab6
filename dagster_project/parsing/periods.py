"""Time roles of facts: the period, base period and status of a number from its
section's role and the words around it (docs/facts.md), and the context a
section gives (the plan it reviews or targets, the report's year)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.name_completion import COUNT_UNITS
from dagster_project.parsing.numbers import Mention
from dagster_project.parsing.numerals import cn_int
from dagster_project.parsing.scan import last_match
from dagster_project.parsing.sections import Section

_IN_YEAR_AFTER = re.compile(r"^[^，,；;。：:]{0,36}?于((?:19|20)\d\d)年")
# not 2013年以来 (since 2013): a start, not the figure's year
_YEAR_PERIOD = re.compile(r"(?<![比较与同是])(?:由|从|到|至|在|于|截至)?((?:19|20)\d\d)年(?!以来|来)(?:底|末|初)?(?:前)?(?:的)?")
_BASE_PLAN_SPAN = re.compile(r"(?:比|较|与|同|是|相当于)“?(%s)”?(?:时期|期间)" % LEX.plan_alt)
_BASE_PLAN_END = re.compile(r"(?:比|较|与|同|是|相当于)“?(%s)”?(?:规划)?末" % LEX.plan_alt)
_BASE_YEAR = re.compile(r"(?:比|较|与|同|是|相当于)((?:19|20)\d\d)年")
_BASE_PREV = re.compile(r"同比|比上年|较上年|比去年|较去年|上年同期|比上一年")


# A paragraph about the year just ended inside a plan review or the coming year's part
# (刚刚过去的2017年，…; 过去一年，我们…): its figures are that year's, against the year before,
# except in sentences about the plan period; 今年/五年来 end it.
_PAST_OPEN = re.compile(r"[\s“”]*(?:各位代表[，,！!：:]?)?(?:刚刚)?(?:过去的?一年|过去的(?:19|20)\d\d年|((?:19|20)\d\d)年(?:[，,]|是|我们|全国|全市|全省|全区))")
_PAST_END = re.compile(r"今年|明年|今后|五年来|过去五年|这五年")
_PLAN_SENTENCE = re.compile(r"五年来|过去五年|这五年|五年累计|累计|年均|以来")


def _past_year_opening(c: str, ss: int, se: int, year: int) -> bool:
    end = min(se, ss + 30)
    if c.find("年", ss, end) < 0:
        return False  # every opening names a year (asked of most sentences, few of which open so)
    m = _PAST_OPEN.match(c, ss, end)
    return bool(m) and (m.group(1) is None or int(m.group(1)) == year - 1)


class _Context:
    def __init__(self, sec: Section, year: int | None) -> None:
        self.sec = sec
        self.role = sec.role
        self.year = year
        y = year or 0
        self.review_plan = sec.plan if sec.role == "review_plan" and sec.plan else (y - 5, y - 1)
        # 今后五年 / 未来五年 / the new government's term: the five years from the report's year
        # (a 2012 or 2017 report starting a term: 2012-2016, 2017-2021), which are the plan's
        # own only in a plan's first year (docs/facts.md: years counted from a start)
        self.years_ahead = (y, y + 4)
        if sec.role == "plan_targets" and sec.plan:
            self.target_plan = sec.plan
        elif sec.role == "plan_targets":
            # a part for the years ahead that names no plan (今后五年的主要目标, 对新一届政府工作的建议)
            self.target_plan = self.years_ahead
        else:
            self.target_plan = None
            for span in LEX.plan_periods.values():
                a, b = map(int, span.split("-"))
                if a <= y <= b:
                    self.target_plan = (a, b)
            if self.target_plan is None:
                self.target_plan = self.years_ahead


def _span(p: tuple[int, int]) -> str:
    return f"{p[0]}-{p[1]}"


def _find_base(seg: str, ctx: _Context, period: str | None):
    # (each pattern is tried only where its word is: 时期/期间, 末, 年; most clauses name no base)
    m = _BASE_PLAN_SPAN.search(seg) if "期" in seg else None
    if m:
        return LEX.plan_periods[m.group(1)], "span"
    m = _BASE_PLAN_END.search(seg) if "末" in seg else None
    if m:
        return LEX.plan_periods[m.group(1)].split("-")[1], "year"
    m = last_match(_BASE_YEAR.finditer(seg)) if "年" in seg else None
    if m:
        return m.group(1), "year"
    if period and period.isdigit() and ("比" in seg or "上年" in seg or "去年" in seg) and _BASE_PREV.search(seg):
        return str(int(period) - 1), "year"
    return None, None


# 保障好14亿人的饭碗, 把14亿多中国人的饭碗端在手中: a nation's people, what is, not a goal
POPULATION_OF = re.compile(r"(?:中国)?(?:人民|人口|人)?的")
_DEED_ON_PEOPLE = re.compile(r"解决|惠及|帮助|带动|转移|安置|覆盖|使|让|培训|救助|减少|新增")
_HAS_NOW = re.compile(r"(?:我国|全国|全市|我市|全省|我省|全区|我区|全县|我县|全州|我州)(?:现|共|仍|已|目前)?有(?:近|约|超过)?$")
_HAS_NOW_LIST = re.compile(r"(?:我国|全国|全市|我市|全省|我省|全区|我区|全县|我县|全州|我州)(?:现|共|仍|已|目前)?有(?:近|约|超过)?\d[^，,；;。]*、[^，,；;。、]{0,2}$")
_RECENT = re.compile(r"(?:近|最近|过去)(\d|[二三四两])年(?!前|后|内)|历时(\d|[二三四两])年(?![的零])|(?<![\d一二三四五六七八九十])(\d|[二三四两])年(?:来|以来|(?=共|累计|合计))")


# Rule YEARS_ADDED. 三年新增投入财政资金293亿元 (四川 2023), 四年新增国家级工程技术研究中心和企业技术中心10家、省级
# 114家 (济南 2012), 两年间，国有企业减员分流76万人，…地方共筹集各项社保资金354亿元 (辽宁 2003): what N years
# added, said in the figure's own clause or opening the sentence (N年间，), is over the last N years, as 三年来 is
# (issue 14); not 连续四年新增…超100家 (each year's), not “十五”计划前四年 (a plan's part: _part_span), not the
# start of a change (四年间从40万辆增至83万辆). Only in the past year's review: in a five-year review the N years
# need not be its last.
_YEARS_ADDED = re.compile(r"(?<![\d一二三四五六七八九十续前后每])(\d|[二三四两])年(?:间|新增)")


def _years_added(f: "_Figure") -> int | None:
    if f.is_from or "年" not in f.l_clause + f.sent[:4] or _PLAN_AFTER.match(f.c, f.g.end, f.se):
        return None  # (实施两年新增4万亿元的投资计划: a plan's N years, not the last N)
    m = last_match(_YEARS_ADDED.finditer(f.l_clause)) or _YEARS_ADDED.match(f.sent)
    if not m or (m.group(0).endswith("间") and m.string is f.l_clause and m.start()):
        return None  # N年间 inside a clause is no opening (从40万辆…四年间)
    return _few_years(m.group(1))


def _few_years(numeral: str) -> int | None:
    """The number of years a numeral of 近三年, 三年来, 四年新增 names: 2 to 4 (五年 is the plan
    review's own span; cn2an reads the numeral)."""
    n = int(numeral) if numeral.isdigit() else cn_int(numeral)
    return n if 2 <= n <= 4 else None


def _recent_years(s: str) -> int | None:
    """近三年 / 近3年 / 过去两年 / 历时三年 / 三年来 / 四年共 → 3, 3, 2, 3, 3, 4 (cn2an reads the numeral)."""
    if "年" not in s:
        return None  # (_RECENT opens with a lookbehind: re would try it at every character)
    m = last_match(_RECENT.finditer(s))  # the nearest one before the number
    if not m:
        return None
    return _few_years(m.group(1) or m.group(2) or m.group(3))


# 2018年至2020年，累计…; 2018—2020年…年均增长: a span of years named before the figure
# (not 从2002年到2006年, whose first year is where a change starts: _FROM_SPAN)
_YEAR_SPAN = re.compile(r"(?<![从由])((?:19|20)\d\d)年?(?:至|到|—|－|-|～|~)((?:19|20)\d\d)年(?!底|末|初|度)")
_FROM_SPAN = re.compile(r"[从由]((?:19|20)\d\d)年?(?:至|到|—|－|-)((?:19|20)\d\d)年")
_CUMULATIVE = re.compile(r"累计|共计|合计|总计")


def _several_years(before: str, kind: str, l_hard: str, l_clause: str, is_from: bool,
                   latest: int) -> tuple[str, str | None] | None:
    """(period, base period) of a figure in a passage about years before ``latest`` that the
    sentence names, or None: 从2016年到2020年…从A增加到B (A is 2016's; a growth or a total
    over it is 2017-2020's), 2018年至2020年累计 (the three years)."""
    if "年" not in before:
        return None  # both spans name years
    if m := last_match(_FROM_SPAN.finditer(before)):
        a, b = int(m.group(1)), int(m.group(2))
        if not a < b <= latest:
            return None
        if is_from:
            return str(a), None
        if kind == "avg_annual_growth" or (kind == "value" and _CUMULATIVE.search(l_clause)):
            return f"{a + 1}-{b}", (str(a) if kind == "avg_annual_growth" else None)
        return None
    if kind not in ("value", "avg_annual_growth") or LEX.level_tail_re.search(l_hard.rstrip()):
        return None
    if not (span := _named_span(before, latest)):
        return None
    a, b = span
    return f"{a}-{b}", (str(a - 1) if kind == "avg_annual_growth" else None)


# 力争到2025年…达到, 确保2022年…: a year still to come, in a review, is a target's
_TARGET_YEAR = re.compile(r"(?:力争|确保|目标是?|计划)(?:在|到|至)?((?:19|20)\d\d)年")
# 到“十二五”末, “十四五”期末, 力争“十三五”末期: the plan's last year, named as 到2015年 names it;
# not 比“十二五”末 / 是“十一五”末的 (what a change is compared with, _BASE_PLAN_END)
_PLAN_END = re.compile(r"“?(%s)”?(?:规划|计划)?(?:期末|末期|末)" % LEX.plan_alt)
_NOT_PLAN_END_BEFORE = re.compile(r"[比较与同是为][“]?$")
# 力争到“十四五”末，新增铁路运营里程2100公里: the plan's end, set as the horizon of the clauses after it
_TARGET_PLAN_END = re.compile(r"(?:(?:力争|确保|争取|目标是?|计划)(?:在|到|至)?|(?<![比较与同是为])(?:到|至))“?(%s)”?(?:规划|计划)?(?:期末|末期|末)"
                              % LEX.plan_alt)


def _plan_end(s: str, kind: str) -> tuple[int, str] | None:
    """(position, last year) of the last plan end named in ``s`` as a time (到“十二五”末), not as a base
    (比“十二五”末, 提高到“十一五”期末的2.6倍) nor a start (由“十一五”末的35%)."""
    found = None
    for m in (_PLAN_END.finditer(s) if "末" in s else ()):  # (every match has 末; the pattern opens with “?, tried everywhere)
        rest = s[m.end():]
        if _NOT_PLAN_END_BEFORE.search(s[max(0, m.start() - 2):m.start()]) or rest.startswith("的") \
                or (kind == "multiple" and "的" in rest):
            continue
        found = (m.start(), LEX.plan_periods[m.group(1)].split("-")[1])
    return found


def _horizon(s: str, year: int) -> tuple[str, int] | None:
    """(year, where it is named) of a target set before the figure for a year still to come: a year
    (力争到2025年) or a plan's end (力争到“十四五”末), the nearer of the two."""
    m = last_match(_TARGET_YEAR.finditer(s))
    e = last_match(_TARGET_PLAN_END.finditer(s)) if "末" in s else None  # (every match has 末)
    if e and (not m or e.start() > m.start()):
        end = LEX.plan_periods[e.group(1)].split("-")[1]
        return (end, e.end()) if int(end) >= year else None
    return (m.group(1), m.end()) if m and int(m.group(1)) >= year else None


def _target_year(s: str, year: int) -> str | None:
    """The year a target before the figure is set for, if it is still to come (_horizon)."""
    h = _horizon(s, year)
    return h[0] if h else None


# a year named after the horizon as a time (今年完成600个), not as a base (比2015年下降6%)
_LATER_TIME = re.compile(r"(?<![比较与同是])(?:(?:19|20)\d\d年|今年|明年|去年|上年)")


# 到2000年，钢产量达到271万吨 / 到本世纪末实现…翻两番, said in a review: a year to come set as the
# time of the figures after it (not 由2015年…到2020年的, not 到2020年以来)
_TO_YEAR = re.compile(r"(?<![比较与同是为从由])(?:到|至)(?:((?:19|20)\d\d)年(?!以来|的|\d{1,2}月)|(本世纪末))")


def _last_part(s: str) -> str:
    """s after its last semicolon (re.split(r"[；;]", s)[-1], without the list)."""
    return s[max(s.rfind("；"), s.rfind(";")) + 1:]


def _horizon_to(s: str, year: int) -> str | None:
    """The year after ``year`` that 到/至 names as the time of a figure later in its part of the
    sentence (up to a semicolon), with no year, 今年 or 去年 named after it."""
    part = _last_part(s)
    if "到" not in part and "至" not in part:
        return None  # (_TO_YEAR opens with a lookbehind: it would be tried at every character)
    m = last_match(_TO_YEAR.finditer(part))
    if not m or (part.find("年", m.end()) >= 0 and _LATER_TIME.search(part, m.end())):
        return None
    to = int(m.group(1)) if m.group(1) else (2000 if year < 2000 else None)
    return str(to) if to and to > year else None


def _horizon_ahead(s: str, year: int) -> str | None:
    """The year after ``year`` a target set earlier in the figure's part of the sentence is for
    (力争到“十四五”末，新增铁路运营里程2100公里), unless a year or 今年 named after it takes over
    (计划到2020年完成1600个，今年完成600个以上); a part ends at a semicolon."""
    part = _last_part(s)
    h = _horizon(part, year + 1)
    if not h or (part.find("年", h[1]) >= 0 and _LATER_TIME.search(part, h[1])):
        return None
    return h[0]


def _horizon_before(before: str, year: int) -> str | None:
    """The year after ``year`` a target set before the figure is for (_horizon_ahead: 力争到…), else
    the year 到/至 names as its time (_horizon_to: 到2010年，…)."""
    return _horizon_ahead(before, year) or _horizon_to(before, year)


def _named_span(s: str, latest: int) -> tuple[int, int] | None:
    """The nearest span of years before the figure (its last year no later than ``latest``)."""
    m = last_match(_YEAR_SPAN.finditer(s)) if "年" in s else None  # (it opens with a lookbehind)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if a < b <= latest and b - a <= 10 else None


_LAST_YEAR = re.compile(r"(?<![比较与同])(?:去年|上年)(?!同期|末)")


def _names_last_year(s: str) -> bool:
    """去年/上年 named in s as a time (_LAST_YEAR opens with a lookbehind: tried only where 年 is)."""
    return "年" in s and _LAST_YEAR.search(s) is not None


_LEVEL_OR_FLOW = re.compile(r"达|累计|新增|建成|完成|实现")
_SENT_YEAR = re.compile(r"^(?:[\s“”，,]|各位代表|刚刚过去的|过去的)*((?:19|20)\d\d)年")
_FLOW_LEAD = re.compile(r"新增|新建|建成|累计|完成|实施|改造|淘汰|引进|培育|开行|减排|新开|新培育|新认定|新创建")


# A statement about a whole plan period (五年总体赤字率, 五年累计, “十四五”期间累计, 今后五年年均增长):
# the plan's span, not its last year's. The scope word must be followed by a word of the whole period.
# (五年城乡建设累计投入627亿元 (兰州 2011), 5年累计实现国内生产总值4603亿元 (大连 2001): 五年 in digits too, and
# a subject between it and an unambiguous total word; not 2015年累计, 十五年)
_WHOLE_PLAN = re.compile(
    r"(?:(?:(过去|今后|未来|这)?(?<![\d０-９.．十第])[五5５]年(?:来|间|中|里)?|“?(%s)”?(?:时期|期间))[，,]?"
    r"(?:全市|全省|全区|全县|全州|全国|我市|我省|我区|我县|我州|我国|我们)?(?:累计|合计|共计|总计|总体|年均|平均每年|共)"
    r"|(?<![\d０-９.．十第])[五5５]年[\u4e00-\u9fff]{1,8}?(?:累计|合计|共计|总计))" % LEX.plan_alt)
_FIVE_YEARS = ("五年", "5年", "５年")
_WHOLE_PLAN_OPENING = re.compile(r"^[\s“”]*(?:各位代表[，,！!：:]?)?(?:%s)[，,]" % _WHOLE_PLAN.pattern)
# 今后五年，…年均增长6%，…达到65%: the years ahead named in the figure's clause, or opening the
# sentence, cover it (until 今年 or a year takes over)
_AHEAD = re.compile(r"(今后|未来)[五5]年|今年|明年|(?:19|20)\d\d年")
_AHEAD_OPENING = re.compile(r"^[\s“”]*(?:各位代表[，,！!：:]?)?(?:今后|未来)[五5]年")
_TARGET_ROLES = ("plan_targets", "year_targets")


# 五年间，全省累计完成固定资产投资9253亿元: the scope opens the sentence, the figure's clause
# says it is a total (or a yearly average) over it; a year named after the opening takes over
_SCOPE_OPENING = re.compile(
    r"^[\s“”]*(?:各位代表[，,！!：:]?)?(?:(过去|今后|未来|这)?[五5]年(?:来|间|中|里)?|“?(%s)”?(?:时期|期间))[，,]" % LEX.plan_alt)
_TOTAL_WORD = re.compile(r"累计|合计|共计|总计|年均|平均每年")
# 五年来，共办理人大代表建议和政协提案3469件: 共 before a deed sums the years the opening names
# (not 公共预算, 共有 (what stands), 共同, 共享, 共和国, 共产党, 共青团)
_SCOPE_TOTAL = re.compile(r"累计|合计|共计|总计|年均|平均每年|(?<!公)共(?!有|同|享|性|识|赢|产|青|和|建共)")
_LATER_YEAR = re.compile(r"(?:19|20)\d\d年|今年|明年|去年|上年")


def _scope_opening(sent: str, l_clause: str) -> re.Match | None:
    m = _SCOPE_OPENING.match(sent)
    if m and _SCOPE_TOTAL.search(l_clause) and not _LATER_YEAR.search(sent, m.end()):
        return m
    return None


def _whole_plan(ctx: _Context, l_clause: str, sent: str) -> tuple[int, int] | None:
    """The plan span a figure's clause (or the sentence's opening: 五年累计，…) says it covers as a whole."""
    if not ctx.year or ("年" not in sent and "期" not in sent):
        return None  # every pattern here names 五年, 今后五年, a year or a plan's 时期/期间 (l_clause is in sent)
    # (_WHOLE_PLAN opens with optional words, tried at every character: only where 五年 or 期 is)
    m = (last_match(_WHOLE_PLAN.finditer(l_clause)) if "期" in l_clause or any(w in l_clause for w in _FIVE_YEARS) else None) \
        or _WHOLE_PLAN_OPENING.match(sent) or _scope_opening(sent, l_clause)
    if m:
        ahead, named = m.group(1), m.group(2)
    else:
        m = last_match(_AHEAD.finditer(sent if _AHEAD_OPENING.match(sent) else l_clause))
        if not m or not m.group(1):
            return None
        ahead, named = m.group(1), None
    y = ctx.year
    if named:
        a, b = map(int, LEX.plan_periods[named].split("-"))
        return a, b
    if ahead in ("今后", "未来"):
        return ctx.years_ahead
    if ahead is None and ctx.role in _TARGET_ROLES:
        return ctx.target_plan  # the plan the five-year targets are given for
    return ctx.review_plan if ctx.role == "review_plan" else (y - 5, y - 1)


# 其中“七五”期间为7.3%, 海南“八五”期间年平均增长15.5%, “十一五”时期中央财政将投入100亿元: a plan's
# period named in the figure's clause as its time is the figure's span (not 比“九五”时期增长, 是“十五”
# 时期的2.8倍, 高于“九五”, where it is the base, nor 从“十五”期间的5600亿元, a start)
_PLAN_TIME = re.compile(r"(?<![比较与同是为于“])“?(%s)”?(?:计划|规划)?(?:时期|期间)(?!的)" % LEX.plan_alt)


def _plan_time(ctx: _Context, f: _Figure, role: str) -> tuple[int, int] | None:
    """The span of a plan the figure's clause names as its time (“九五”期间年均增长7.5%), for a
    change or an amount (not a level: “十五”期间…达到), with no year named after it; None if none."""
    if "期" not in f.l_clause or not ctx.year:
        return None
    if f.kind not in _GROWTH_KINDS and (f.kind != "value" or LEX.level_tail_re.search(f.l_hard.rstrip())
                                        or _stands_at_end(f.kind, f.l_clause, f.indicator)):
        return None
    m = last_match(_PLAN_TIME.finditer(f.l_clause))
    if not m or _LATER_YEAR.search(f.l_clause, m.end()):
        return None
    a, b = map(int, LEX.plan_periods[m.group(1)].split("-"))
    y = ctx.year
    return (a, b) if b < y or role in _TARGET_ROLES or a >= y else None


# “十一五”前四年累计…下降14.38%, 在“十二五”前两年取消和下放422项: the first N years of a named
# plan (not 是“十二五”前三年的1.5倍, where they are what the figure is compared with)
_PLAN_PART = re.compile(r"“?(%s)”?(?:计划|规划)?(?:的)?(?:前|头)([二三四两2-4])(?:个)?年(?!的|总和)" % LEX.plan_alt)
_PLAN_PART_OPENING = re.compile(r"^[\s“”]*(?:各位代表[，,！!：:]?)?(?:在)?" + _PLAN_PART.pattern)
# 从今年起，五年…投入100亿元, 从2019年起，用3年时间，引进10个…团队: a total over the N years from
# the start named (not 每年安排5000万元, a yearly amount; not 已…的21个, what is)
_FROM_START = re.compile(r"从(今年|明年|(?:19|20)\d\d年)(?:起|开始)")
_N_YEARS = re.compile(r"(?<![\d一二三四五六七八九十])([二三四五两2-5])年(?:内|时间|间|的努力)?(?![前后底末初度])")
_GROWTH_KINDS = ("growth", "avg_annual_growth", "multiple", "percentage_points")


def _part_span(sent: str, l_clause: str, kind: str, l_hard: str, y: int) -> tuple[int, int] | None:
    """The years (first, last) a figure counts over, from a named plan's first N years or the
    N years from a start, named before it with no year after them; None if none."""
    if "年" not in sent:
        return None  # N years of a plan or from a start (l_clause is in sent)
    if kind not in _GROWTH_KINDS and (kind != "value" or LEX.level_tail_re.search(l_hard.rstrip())):
        return None
    # (_PLAN_PART opens with “?, tried at every character: only where its 前/头 is)
    m = last_match(_PLAN_PART.finditer(l_clause)) if "前" in l_clause or "头" in l_clause else None
    if not m and (kind in _GROWTH_KINDS or _TOTAL_WORD.search(l_clause)):
        m = _PLAN_PART_OPENING.match(sent)  # its parallel changes or totals in later clauses
    if m and not _LATER_YEAR.search(sent, m.end()):
        a = int(LEX.plan_periods[m.group(1)].split("-")[0])
        n = cn_int(m.group(2))  # 两, 四 or 4 alike
        return a, a + n - 1
    f = last_match(_FROM_START.finditer(sent))
    if not f or kind != "value" or "每年" in l_clause or "已" in l_clause:
        return None
    n_m = last_match(_N_YEARS.finditer(sent, f.end()))
    if not n_m or _LATER_YEAR.search(sent, n_m.end()):
        return None
    start = {"今年": y, "明年": y + 1}.get(f.group(1)) or int(f.group(1)[:4])
    n = cn_int(n_m.group(1))
    return start, start + n - 1


# 财政民生支出累计达到2852.74亿元, 城镇新增就业累计达687.4万人, 五年全社会固定资产投资累计完成2375亿元:
# money spent or earned, or people helped, summed over the years reviewed is the plan's total (or the
# years the sentence names: 2003年到2007年，…累计4.25万亿元), not a level at its end; 上市公司累计达70家,
# 余额/资本 are what stands then. (合计/总计 sum places or parts of one year: 11个镇生产总值合计)
_PLAN_TOTAL = re.compile(r"累计|共计")
_MONEY_UNIT = re.compile(r"^(?:千|百|万|亿|万亿)?(?:美|欧|港)?元$")
_PEOPLE_FLOW = re.compile(r"新增|转移|培训|安置|就业|脱贫|救助|资助|接待|减少")
_STOCK_WORD = re.compile(r"余额|(?<!固定)资产|资本|市值|存量|基金|保有|参保")
_ONE_YEAR_WORD = re.compile(r"全年|当年|年内|本年|去年|上年|今年|(?:19|20)\d\d年")
# 2006年，全市共培训…；全市累计促成…就业3.6万人: a year opening the sentence dates its totals too,
# unless the figure's clause names the plan (五年…累计, “十一五”…累计) or compares it with a plan
# period after it (累计完成7226.6亿元，是“十五”时期的2.6倍)
_YEAR_OPENING = re.compile(r"^(?:[\s“”，,]|各位代表)*(?:(?:19|20)?\d\d)年(?!以来|来|至|到|—|－|-)")
_PLAN_SCOPE_WORD = re.compile(r"[五5]年|期间|时期|“(?:%s)”" % LEX.plan_alt)
_RIGHT_SPAN_BASE = re.compile(r"^[^，,；;。：:]{0,20}?[，,]?(?:分别)?(?:是|为|相当于|比|较)(?:“?(?:%s)”?(?!规划末|末|期末)|上一?个?五年|前五年)"
                              % LEX.plan_alt)


def _plan_total(kind: str, g: Mention, l_clause: str, indicator: str | None, sent: str, c: str, se: int) -> bool:
    """A sum over the plan's years (money, or people helped) that its clause says is cumulative."""
    if kind != "value" or "计" not in l_clause or not _PLAN_TOTAL.search(l_clause) or _ONE_YEAR_WORD.search(l_clause):
        return False
    name = indicator or ""
    if _STOCK_WORD.search(name) or _STOCK_WORD.search(l_clause):
        return False
    if not (_MONEY_UNIT.match(g.unit or "") or (LEX.counts_people(g.unit) and (_PEOPLE_FLOW.search(name) or _PEOPLE_FLOW.search(l_clause)))):
        return False
    if "年" in sent and _YEAR_OPENING.match(sent) and not _PLAN_SCOPE_WORD.search(l_clause):
        return bool(_RIGHT_SPAN_BASE.match(c[g.end:min(se, g.end + 40)]))
    return True


# 规模以上工业总产值19774.93亿元，是2010年的2.1倍; 铁路运营里程954公里，比“十二五”末增加253公里;
# 社会消费品零售总额1482.1亿元，比上年增长18.8%: a figure compared, right after it, with one year
# (a year, a plan's end, 五年前, 上年) is one year's, the plan's last, not a total over the plan
# (是“十五”时期的2.6倍 compares totals: the plan's span)
# (社会消费品零售总额4598亿元，进出口总值128亿美元，分别是2002年的4.4倍、2倍和4倍: a list compared as one)
_RIGHT_YEAR_BASE = re.compile(
    r"^(?:[^，,；;。：:]{0,20}?[，,]?(?:均|又)?|[^；;。：:]{0,40}?分别)(?:是|为|相当于|比|较)(?:(?:19|20)\d\d年(?!以来|以前|前)|五年前|上年|去年"
    r"|“?(?:%s)”?(?:规划|计划)?(?:期末|末期|末))" % LEX.plan_alt)
_SCOPE_IN_CLAUSE = re.compile(r"[五5]年|累计|合计|共计|总计|期间|时期")


def _compared_with_a_year(c: str, g: Mention, se: int, l_clause: str) -> bool:
    """The figure is compared, right after it, with one year (是2010年的2.1倍), and its clause
    names no span or total of its own (五年累计…，是“十五”末的)."""
    right = c[g.end:min(se, g.end + 40)]
    return ("比" in right or "是" in right or "为" in right or "较" in right or "相当于" in right) \
        and bool(_RIGHT_YEAR_BASE.match(right)) and not _SCOPE_IN_CLAUSE.search(l_clause)


# 2003年以来，全省共改造农村公路8.8万公里 (a 2006 report reviewing 2001-2005): a sentence opening on
# the year a count starts is not that year's: a flow holds from it to the plan's end, a level at the
# end; a year named later, before the figure (…，2006年，全市生产总值2926.72亿元), is the figure's
_SINCE_OPENING = re.compile(r"^(?:[\s“”，,]|各位代表)*((?:19|20)\d\d)年以来")


def _year_named_after(sent: str, start: int, rel: int) -> str | None:
    """The last year named as a time between ``start`` and the figure."""
    found = None
    for m in _YEAR_PERIOD.finditer(sent, start, rel + 1):
        found = m.group(1)
    return found


# 新增上市公司8家，总数达到16家; 拥有中国名牌产品6个; 全市现有博物馆21座; 储蓄存款余额1728.3亿元:
# what a plan review says stands (its total, stock or balance) is the plan's last year's, even beside
# a flow whose span it would share; not a change of it (常住人口年均增加45万人, 总数增加4.1万张)
_STOCK_NOW = re.compile(r"现有|拥有|共有|总数|总量|余额|保有量")
_STOCK_CHANGE = re.compile(r"新增|增加|减少|净增|年均|累计|平均每年|先后|相继|[五5]年")


def _stands_at_end(kind: str, l_clause: str, indicator: str | None) -> bool:
    """A stock the figure's clause or name says stands (总数, 余额, 现有), not a change of it."""
    return kind == "value" and bool(_STOCK_NOW.search(l_clause) or _STOCK_NOW.search(indicator or "")) \
        and not _STOCK_CHANGE.search(l_clause) and not _STOCK_CHANGE.search(indicator or "")


# Rule LEVEL_AT_SPAN_END. 城镇化率达到60%, 森林覆盖率提高到45.2%, 经济总量突破1万亿元, 贷款余额达到5000亿元,
# 常住人口1200万人, 人均GDP超过2.4万美元, 占全市生产总值比重提高到12.4%, 上市企业115家 (广州 2016): in a five-year review a level
# reached (LEX threshold_verbs) or a stock stated (LEX stock_nouns) holds at the span's end, its last
# year; not a total or an average (累计, 年均, 五年共), a change (新增, 净增, 减少; 增长8%: another
# kind), nor a count of deeds (新建学校30所, 脱贫人口5万: no stock noun, or a deed on people)
# a total (累计, 五年共…): what a total earlier in the sentence's part states may be of it (五年累计投资
# 5.1亿元，建成31条公路，总里程达到79.46公里; 五年共办理建议405件，办复率均达100%; 民生支出累计达9246亿元，
# 占…比重达到64.7%)
_TOTAL_WORDS = r"累计|合计|共计|总计|(?<!公)共(?!有|同|享|性|识|赢|产|青|和)|(?<!\d)[五5]年(?!来|间|里|中|前|[，,]|年均)"
_PART_TOTAL = re.compile(_TOTAL_WORDS)
_NOT_LEVEL = re.compile(_TOTAL_WORDS + r"|年均|平均每年|新增|净增|增加(?!值|到|至)|减少(?!到|至)|先后|相继|陆续"
                        r"|脱贫|解决|转移|每年|新登记|新注册|新设|新上市|新认定|新挂牌|连续")
# 新建、改造城市主干道路80条，总里程达到61.4公里: a 总 right after a count of things is theirs, what
# the deeds added (not 新建高速公路1200公里，总里程达到4000公里: a stock grown by a length)
_TOTAL_OF_COUNTED = re.compile(r"\d[^，,；;。\d]{0,2}?(?:条|座|个|处|项|所|栋|套|片|段|批)[^，,；;。\d]{0,12}[，,]总[^，,；;。]*$")
_FROM_WORD = re.compile(r"由|从")


def level_at_end(kind: str, l_hard: str, l_clause: str, indicator: str | None, part: str = "") -> bool:
    """A level reached (a stock noun or a rate, then a threshold verb) or a stock stated with no
    verb (常住人口1200万人), not a total, an average or a change (LEVEL_AT_SPAN_END); ``part`` is the
    sentence back to its last semicolon, before the figure."""
    name = indicator or ""
    if kind not in ("value", "percent") or _NOT_LEVEL.search(l_clause) or _NOT_LEVEL.search(name) \
            or _TOTAL_OF_COUNTED.search(part):
        return False
    raw = l_hard.rstrip().removesuffix("了")
    tail = LEX.without_prefix_q(raw).removesuffix("了") if raw else raw
    if not tail:
        return False
    stock = LEX.stock_nouns_re.search(name) is not None or LEX.stock_nouns_re.search(l_clause) is not None
    reached = LEX.threshold_verbs.start(raw) >= 0 or LEX.threshold_verbs.start(tail) >= 0
    if (kind == "percent" or not stock or not reached) and _PART_TOTAL.search(part):
        return False  # a rate or an amount stated after a total may be of it; a stock reached is not
    if reached:
        return stock or kind == "percent"  # (建成运营里程达到49公里: what the deeds built up to)
    # stated with no verb: not a deed's amount (盘活土地存量2.9万亩, 建设总里程750公里), nor the start of
    # a change (由人均240元提高到500元)
    return stock and LEX.stock_noun_ends.start(tail) >= 0 and not LEX.transitive_lead_re.match(name) \
        and not LEX.transitive_lead_re.match(l_clause.lstrip()) and not _FROM_WORD.search(l_clause)


# Rule PART_AT_WHOLE_TIME. 进出口总额达到259亿美元，其中出口144亿美元 (湖北 2011); 公路总里程达到12.3万公里，
# 其中高速公路4212公里 (辽宁 2018); 1997年全市外贸进出口总额达到49.8亿美元，其中自营出口32.6亿美元 (宁波 1998):
# in a five-year review, a level named after 其中 is a part of the whole just given and holds when the whole
# does, its year; not a part with a time or a total of its own (其中“十二五”期间新增90家, 其中新建九黄等4个),
# nor a part of a whole that is a total or a change (五年省级对苏北的各项投入达到1565亿元，其中省财政转移支付
# 666亿元; 比2005年增加58万户，其中企业增加近14万户), which keep the span the review gives them.
_PART_OWN_TIME = re.compile(_NOT_LEVEL.pattern + r"|新建|新开工|期间|时期|以来|“(?:%s)”" % LEX.plan_alt)
_PART_SCOPE = re.compile(r"期间|时期|以来|累计|合计|共计|总计|年均|每年|(?<!\d)[五5]年|“(?:%s)”" % LEX.plan_alt)
_CLAUSE_MARK = re.compile(r"[，,；;。：:]")


def whole_time_of_part(kind: str, before_clause: str, l_clause: str, facts: list) -> str | None:
    """The year of the whole a level named after 其中 is part of (PART_AT_WHOLE_TIME), or None.
    ``before_clause`` is the few characters before the part's clause; ``facts`` the sentence's so far.
    (去年全市城镇新增就业5万人，其中…再就业2万人: a whole its clause dates to one year holds its flows' parts too)"""
    if kind not in ("value", "percent") or "其中" not in before_clause + l_clause[:3] or _PART_SCOPE.search(l_clause):
        return None
    whole = next((f for f in reversed(facts) if f.kind in ("value", "percent")), None)
    if whole is None or not (whole.period or "").isdigit():
        return None
    s, at = whole.sentence, whole.offset - whole.sentence_offset
    start = max((m.end() for m in _CLAUSE_MARK.finditer(s, 0, at)), default=0)
    if _ONE_YEAR_WORD.search(s, start, at):
        return whole.period
    return None if _PART_OWN_TIME.search(l_clause) or _PART_OWN_TIME.search(s, start, at) else whole.period


def is_population(g: Mention, c: str, se: int, l_hard: str) -> bool:
    """A count of hundreds of millions of people owning what follows (14亿人的饭碗): the population."""
    return g.unit in ("亿人", "亿") and POPULATION_OF.match(c, g.end, se) is not None \
        and (g.unit == "亿人" or POPULATION_OF.match(c, g.end, se).end() > g.end + 1) and not _DEED_ON_PEOPLE.search(l_hard)


@dataclass
class _Figure:
    """One number and the text around it, as _period reads them."""
    kind: str
    l_hard: str             # the text before it, back to the last hard stop
    l_clause: str           # … back to the start of its clause
    sent: str
    g: Mention
    c: str                  # the report's text
    se: int                 # where its sentence ends in c
    sent_year: str | None   # the year the sentence opens with
    is_from: bool           # 由X (the start of a change)
    is_to: bool             # 到Y (its end)
    rel: int                # where it is in the sentence
    share_period: str | None
    indicator: str | None
    before: str             # the sentence up to and including the figure's first character (read often: sliced once)

    def with_base(self, base: str | None) -> str | None:
        """``base`` for the kinds of change, None for a level."""
        return base if self.kind in _GROWTH_KINDS else None


# 《国土空间总体规划（2021-2035年）》, 2035年远景目标纲要, 2018年全球必去的: the year is part of a
# name or a list's title, no time (1983年的计划 is the plan for that year: a time)
_TITLE_YEAR = re.compile(r"(?:由|从|到|至|在|于|截至)?(?:19|20)\d\d年(?:[）)》”]|度?[^，,；;。的]{0,6}?(?:规划|纲要|计划|方案)|全球|全国)")


def _names_no_time(s: str, at: int) -> bool:
    """Whether the year named at ``at`` in ``s`` ends a span (2013—2015年), opens a quoted title
    (“2017年…”) or is part of a name (_TITLE_YEAR), rather than being a figure's time."""
    return (at > 0 and s[at - 1] in "-—－～~“《（(") or bool(_TITLE_YEAR.match(s, at))


def _named_time(ctx: _Context, f: _Figure) -> tuple[str | None, str]:
    """(the year named for the figure, the role it is read under): a year or a plan's end before
    it (到“十二五”末 is 到2015年), one still to come making a review's figure a target, or 于2015年
    right after it."""
    role = ctx.role
    y = ctx.year or 0
    ey = None
    ey_at = -1
    for m in (_YEAR_PERIOD.finditer(f.l_hard) if "年" in f.l_hard else ()):  # (it opens with a lookbehind)
        ey, ey_at = m.group(1), m.start()
    plan_end = _plan_end(f.l_hard, f.kind) if not f.is_from else None
    if plan_end and plan_end[0] > ey_at:
        ey = plan_end[1]  # 到“十二五”末 is 到2015年
        if y and int(ey) >= y and role not in _TARGET_ROLES:
            role = "year_targets"  # a plan's end still to come, named in a review: a target for that year
    if y and role in ("review_year", "review_plan", "preamble", "other") and not (f.is_from or "已" in f.l_clause) \
            and (to := _horizon_to(f.before, y)):
        ey, role = to, "year_targets"  # 到2000年，钢产量达到271万吨, in a review: a target for that year
    if y and ey and ey_at >= 0 and int(ey) >= y and role in ("review_year", "review_plan", "preamble", "other") \
            and "已" not in f.l_clause and not _names_no_time(f.l_hard, ey_at):
        # 1983年的计划，要求…增长5% (in a report of late 1982), 1995年达到1400亿元 (1993): a year still to
        # come named as the figure's time, in a review: a target for that year
        role = "year_targets"
    elif y and not ey and f.sent_year and int(f.sent_year) >= y and role in ("review_year", "review_plan", "preamble", "other") \
            and "已" not in f.l_clause and not _names_no_time(f.sent, _SENT_YEAR.match(f.sent).start(1)) \
            and not ("期" in f.l_clause and _PLAN_TIME.search(f.l_clause)):
        ey, role = f.sent_year, "year_targets"  # 1983年的计划，要求工农业总产值比今年增长4%: the sentence's year
    right = f.c[f.g.end:min(f.se, f.g.end + 40)]
    rm = _IN_YEAR_AFTER.match(right) if "于" in right else None
    if rm:
        ey = rm.group(1)
    return ey, role


def _status(role: str, f: _Figure) -> str:
    """A target section's figures are targets (except what is: 由X提高到Y starts from what is,
    我国有13亿人口 says what is); a review's are actual, or expected after 预计."""
    if role in _TARGET_ROLES:
        if f.is_from or _HAS_NOW.search(f.l_hard) or _HAS_NOW_LIST.match(f.l_clause) \
                or is_population(f.g, f.c, f.se, f.l_hard):
            return "actual"
        return "target"
    if role in ("review_year", "review_plan", "preamble", "other") and ("预计" in f.before or (
            ("望" in f.l_clause or "以" in f.l_clause or "够" in f.l_clause) and _ESTIMATE.search(f.l_clause))
            or _estimates_noted(f)):
        return "expected"
    return "actual"


# Rule ESTIMATES_NOTED. 全市完成地区生产总值1.54万亿元（预计数，下同），增长7.5%以上 (苏州 2017), 全市生产总值2700亿元
# （预计，下同），增长14%；财政总收入263.6亿元 (泉州 2009): a note that a figure is an estimate makes it expected, and
# 下同 makes the figures after it in its paragraph expected too (issue 14)
_ESTIMATE_NOTE = re.compile(r"[（(][^（()）]{0,6}预计[^（()）]{0,6}[）)]")
_ESTIMATES_BELOW = re.compile(r"[（(][^（()）]{0,6}预计[^（()）]{0,6}下同[）)]")


def _estimates_noted(f: _Figure) -> bool:
    if _ESTIMATE_NOTE.match(f.c, f.g.end, f.g.end + 14):
        return True
    if f.is_from or f.g.unit.lstrip("万亿") in COUNT_UNITS:
        return False  # (从2000年的32.2%: a past start; 新增示范试点企业114家: a count the year's records give)
    para = f.c.rfind("\n", 0, f.g.start) + 1
    return f.c.find("预计", para, f.g.start) >= 0 and _ESTIMATES_BELOW.search(f.c, para, f.g.start) is not None


# 工业利润可望突破5000亿元, 有望达到8户, 预计可以完成, 可以按计划实现: what the year will likely reach, said
# before it is over (not 只要…就可以实现, a condition)
_ESTIMATE = re.compile(r"有望|可望|(?<!就)(?:可以|能够)(?:按计划|全面)?(?:完成|实现|达到|突破|超过)")


# Rule SPAN_OPENING. 2001—2005年，新增城镇从业人员42.16万人，向省外劳务输出104.2万人次 (南昌 2007); 2003年至2005年，
# 累计补贴5960万元，…帮助4.9万人成功就业 (东莞 2006); 1988年至1990年共出口创汇57.59亿美元 (浙江 1991): a span of past
# years opening a sentence of a review is the time of the amounts and flows in it; a level reached is its last
# year's, the start of a change its first year's; a year named after the opening takes over (issue 14)
_SPAN_OPENING = re.compile(r"^[\s“”]*(?:各位代表[，,！!：:]?)?((?:19|20)\d\d)年?(?:至|到|—|－|-|～|~)((?:19|20)\d\d)年(?:间|期间)?[，,]?")
_REVIEW_ROLES = ("review_year", "review_plan", "preamble", "other")


def _span_opening(f: _Figure, role: str, y: int) -> str | None:
    """The period a span of years opening the figure's sentence gives an amount (SPAN_OPENING), or None."""
    m = _SPAN_OPENING.match(f.sent) if role in _REVIEW_ROLES and y and f.kind in ("value", "percent") else None
    if not m or _LATER_YEAR.search(f.sent, m.end(), f.rel):
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not a < b < y or b - a > 10:
        return None
    if f.is_from:
        return str(a)
    if f.is_to or f.kind == "percent" or LEX.level_tail_re.search(f.l_hard.rstrip()) \
            or level_at_end(f.kind, f.l_hard, f.l_clause, f.indicator, _last_part(f.before[:-1])) \
            or _stands_at_end(f.kind, f.l_clause, f.indicator):
        return str(b)
    return f"{a}-{b}"


def _counted_span(ctx: _Context, f: _Figure, role: str, ey: str | None, status: str):
    """(period, base, status) of a figure the sentence says counts over several years (a plan's
    first N years, a whole plan, a span of years it names, the last N years), or None."""
    y = ctx.year or 0
    opening = _span_opening(f, role, y) if f.sent[:1].isdigit() or f.sent[:1] in "各 \u3000“" else None
    if opening:
        return opening, None, status
    # (not where a target section says what is: 由X提高到Y, 我市现有…, 14亿人的饭碗)
    what_is = role in _TARGET_ROLES and status == "actual"
    part = _part_span(f.before, f.l_clause, f.kind, f.l_hard, y) if y and not (f.is_from or f.is_to or what_is) else None
    if part:  # “十一五”前四年累计下降14.38%: 2006-2009 against 2005
        a, b = part
        if b >= y:
            status = "target"
        base, btype = _find_base(f.l_clause, ctx, None)
        return _span(part), f.with_base(base or str(a - 1)), status
    whole = _whole_plan(ctx, f.l_clause, f.before) if not (ey or f.is_from or f.is_to or what_is) else None
    if whole and whole[1] < y and role not in _TARGET_ROLES and level_at_end(f.kind, f.l_hard, f.l_clause, f.indicator, _last_part(f.before[:-1])):
        whole = None  # 五年累计…，城镇化率提高到60%: a level at the plan's end, not over it (LEVEL_AT_SPAN_END)
    if whole and (whole[1] < y or role in _TARGET_ROLES or whole[0] >= y):
        # a plan over is reviewed (actual, or expected with 预计); one to come is a target
        a, b = whole
        status = ("expected" if status == "expected" else "actual") if b < y else "target"
        base, btype = _find_base(f.l_clause, ctx, None)
        return _span(whole), f.with_base(base or str(a - 1)), status
    named = _plan_time(ctx, f, role) if not (ey or f.is_from or f.is_to or what_is) else None
    if named:  # 其中“七五”期间为7.3%: the plan's, against the year before it
        a, b = named
        status = ("expected" if status == "expected" else "actual") if b < y else "target"
        base, btype = _find_base(f.l_clause, ctx, None)
        return _span(named), f.with_base(base or str(a - 1)), status
    several = _several_years(f.before, f.kind, f.l_hard, f.l_clause, f.is_from, y - 1) \
        if role in ("review_year", "preamble") and y else None
    if several:  # 2018年至2020年，累计减税降费300亿元: the years the sentence names, not one of them
        return several[0], several[1], status
    recent = _recent_years(f.before) if role in ("review_year", "review_plan", "preamble") and y else None
    recent = recent or (_years_added(f) if role in ("review_year", "preamble") and y else None)
    if recent and f.kind in ("value", "avg_annual_growth") and not ey and not LEX.level_tail_re.search(f.l_hard.rstrip()):
        # 近三年淘汰…9000多万吨, 近3年…年均增长12.8%: the last N years up to the one reviewed
        last = y - 1
        span = f"{last - recent + 1}-{last}"
        return span, (str(last - recent) if f.kind == "avg_annual_growth" else None), status
    return None


def _review_plan_change(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) of a change in a plan review: a yearly average is the plan's, a
    change against a plan period is too, any other change is its year's (the plan's last by default)."""
    a, b = ctx.review_plan
    span = _span((a, b))
    base, btype = _find_base(f.l_clause, ctx, None)
    if f.kind == "avg_annual_growth" or btype == "span":
        return span, base or str(a - 1), status
    period = ey or (f.sent_year if f.sent_year and int(f.sent_year) <= b else None) or str(b)
    if base is None and (_BASE_PREV.search(f.l_clause) or _names_last_year(f.l_clause)):
        base = str(int(period) - 1)  # 2010年比上年减少6.4%, 去年利润增长23.5%: a yearly change
    return period, base or str(a - 1), status


# 全年 as a time (全年新增…), not the whole of a share (天数占全年比例达到90%)
_WHOLE_YEAR = re.compile(r"(?<!占)全年(?!比例|比重|的比例)")


def _names_whole_year(s: str) -> bool:
    return "全年" in s and _WHOLE_YEAR.search(s) is not None


def _review_plan_dated(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) of a level or total in a plan review that the text dates (a year,
    去年, the start or end of a change, a cumulative total, a year the sentence opens on), or None."""
    a, b = ctx.review_plan
    if ey:
        return ey, None, status
    if _names_last_year(f.l_clause):
        return str(b), None, status  # 去年达到1.09万亿斤
    if f.is_from:
        return str(a - 1), None, status
    if f.is_to:
        return str(b), None, status
    if _names_whole_year(f.l_clause):
        # 全年新增城镇就业5.5万人 (西藏 2018), 全年完成植树造林536万亩 (河北 2018): 全年 in a five-year review
        # is the year just reviewed, its last, as 去年 is (issue 14)
        return str(b), None, status
    if _plan_total(f.kind, f.g, f.l_clause, f.indicator, f.sent, f.c, f.se):
        named = _named_span(f.before, b)  # 2003年到2007年，…累计
        return (_span(named) if named else _span((a, b))), None, status
    since = _SINCE_OPENING.match(f.sent) if f.sent_year and "以来" in f.sent else None
    if since:
        later = _year_named_after(f.sent, since.end(), f.rel)
        if later and int(later) <= b:
            return later, None, status
    elif f.sent_year and int(f.sent_year) <= b:
        return f.sent_year, None, status
    return None


def _review_plan_level(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) of a level or amount in a plan review: its year when the text dates
    it, the plan's last year when it stands then, else the plan's span."""
    dated = _review_plan_dated(ctx, f, ey, status)
    if dated:
        return dated
    a, b = ctx.review_plan
    span = _span((a, b))
    if f.sent_year and "以来" in f.sent and _SINCE_OPENING.match(f.sent) and int(f.sent_year) <= b:
        span = f"{f.sent_year}-{b}" if int(f.sent_year) < b else str(b)  # what follows counts from it
    if _stands_at_end(f.kind, f.l_clause, f.indicator):
        return str(b), None, status  # 新增上市公司8家，总数达到16家: what stands at the plan's end
    if level_at_end(f.kind, f.l_hard, f.l_clause, f.indicator, _last_part(f.before[:-1])):
        return str(b), None, status  # 城镇化率达到60%: the level at the plan's end (LEVEL_AT_SPAN_END)
    if f.share_period:
        return (span if f.share_period == "SPAN" else f.share_period), None, status
    raw = f.l_hard.rstrip()
    tail = LEX.without_prefix_q(raw)
    lvl = LEX.level_tail_re.search(tail) or LEX.level_tail_re.search(raw)
    if lvl and lvl.group(0) in LEX.span_level:
        return span, None, status
    if _BASE_PLAN_END.search(f.l_clause) or _BASE_YEAR.search(f.l_clause) or _BASE_PREV.search(f.l_clause):
        return str(b), None, status
    if f.kind != "percent" and _FLOW_LEAD.match(f.indicator or ""):
        return span, None, status  # 新增…达到 counts what the period added
    if f.kind == "percent" or lvl or "达" in f.l_hard or f.g.unit in LEX.time_units:
        return str(b), None, status
    if _compared_with_a_year(f.c, f.g, f.se, f.l_clause):
        return str(b), None, status  # 规模以上工业总产值19774.93亿元，是2010年的2.1倍: 2015's level
    return span, None, status


def _plan_targets_period(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) in the plan's targets: the plan's span, or a year in it that is named."""
    a, b = ctx.target_plan
    base, btype = _find_base(f.l_clause, ctx, None)
    if f.is_from:
        return str(a - 1), None, status
    if not ey and ctx.year and "年" in f.before and (_names_whole_year(f.l_clause) or f.sent_year == str(ctx.year) or (
            (t := last_match(_THIS_YEAR_TIME.finditer(f.before))) and t.group(1))):
        # 今后五年，…年均增长6%。今年全市生产总值增长7%: the sentence turns to the coming year; 力争全年城镇新增就业
        # 3.5万人 (海口 2011): 全年 in the plan's targets is the coming year's; 2003年必须起好步，努力实现…主要预期
        # 目标：国内生产总值增长9％以上 (海南 2003): a sentence opening on the report's year is that year's
        return _year_targets_period(ctx, f, ey, status)
    period = ey if ey and int(ey) >= a and int(ey) != b else _span((a, b))
    if not ey and (year := _horizon_in_plan(f, a, b)):
        period = year
    return period, f.with_base(base or str(a - 1)), status


# Rule HORIZON_IN_PLAN. ——到2018年，…全市生产总值达到2600亿元以上 (兰州 2017, the term 2017-2021); 到2010年，
# 国内生产总值达到6850亿元 (广州 1996, 1996-2000); 到本世纪末，…比重接近或达到60% (北京 1998, 1998-2002):
# in the plan's own targets, a level set for a year other than the plan's
# last, named as the time before the figure (到/至 a year, 力争到…), holds in that year, as in the coming
# year's work (issue 14). The plan's last year stays the plan's span (the contract: its targets are the
# plan's); so do flows and totals over the years (新增, 累计, 年均), which the years up to it add.
def _horizon_in_plan(f: _Figure, a: int, b: int) -> str | None:
    if f.kind not in ("value", "percent") or _FLOW_LEAD.search(f.l_clause) or _FLOW_LEAD.match(f.indicator or ""):
        return None
    year = _horizon_before(f.before, a - 1)
    return year if year and int(year) != b else None


# the time a sentence in the plan's targets last names before a figure: the coming year (今年, as a
# time, not 比今年) or the years ahead
_THIS_YEAR_TIME = re.compile(r"(?<![比较与同是])(今年)|(?:今后|未来)[五5]年")


def _year_targets_period(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) in the coming year's targets: the year, a later one set before the
    figure, or a past one (then what was achieved)."""
    y = ctx.year
    p = str(y) if y else None
    if f.is_from:
        p = str(y - 1) if y else None
    horizon = _horizon_before(f.before, y) if y and not (ey or f.is_from) else None
    if ey and y and int(ey) >= y:
        p = ey
    elif horizon:
        p = horizon  # 力争到“十四五”末，新增铁路运营里程2100公里: the horizon set before the figure
    elif y and not f.is_to and ((ey and int(ey) < y) or _names_last_year(f.l_clause)):
        # (从去年的2.1%提高到2.3%: the 去年 is the start's, the end is this year's)
        # 去年全市新增就业5万人 inside the coming year's part: what was achieved
        p, status = (ey if ey and int(ey) < y else str(y - 1)), "actual"
    base, btype = _find_base(f.l_clause, ctx, p)
    if f.kind == "avg_annual_growth" and y and p and p.isdigit() and int(p) > y:
        # 到2025年，地区生产总值年均增长7%: the years from now to the one set, against the last
        return f"{y}-{p}", base or str(y - 1), status
    return p, f.with_base(base or (str(y - 1) if y else None)), status


# Rule START_LAST_YEAR. 财政一般预算收入超3亿元的县（市）由上年的28个增加到40个 (辽宁 2010), 农民参合率从上年的72.6%
# 提高到92.63％ (贵阳 2008): the start of a change said to be last year's is the year before the year the change
# ends in (issue 14); not 从年初的10.5%回落到年末的3.4% (宁夏 2009), a rate within the year

_FROM_LAST_YEAR = re.compile(r"[由从](?:上年|去年|上一年)(?:末|底)?(?:的)?[^，,；;。由从\d]{0,8}$")


def _starts_last_year(l_hard: str) -> bool:
    return "年" in l_hard and _FROM_LAST_YEAR.search(l_hard) is not None


def _review_year_period(ctx: _Context, f: _Figure, ey: str | None, status: str):
    """(period, base, status) in the review of the past year (and text before any heading): that
    year, a past year named, or a target set for a year to come."""
    y = ctx.year
    p = str(y - 1) if y else None
    if ey and y and int(ey) < y:
        p = ey
    elif y and status == "actual" and "已" not in f.l_clause and (target_year := _target_year(f.before, y)):
        p, status = target_year, "target"  # 力争到2025年…达到12%左右, said while reviewing the year
    elif f.sent_year and y and int(f.sent_year) < y:
        p = f.sent_year
    if p and p.isdigit() and f.is_from and _starts_last_year(f.l_hard):
        p = str(int(p) - 1)  # 由上年的28个增加到40个: the start is the year before the one reviewed
    base, btype = _find_base(f.l_clause, ctx, p)
    if f.kind in _GROWTH_KINDS and btype != "span":
        base = base or (str(int(p) - 1) if p else None)
    return p, f.with_base(base), status


def _period(ctx: _Context, kind: str, l_hard: str, l_clause: str, sent: str, g: Mention, c: str, se: int,
            sent_year: str | None, is_from: bool, is_to: bool, rel: int, share_period: str | None = None,
            indicator: str | None = None):
    """(period, base period, status) of a figure, by its section's role and the words around it."""
    f = _Figure(kind, l_hard, l_clause, sent, g, c, se, sent_year, is_from, is_to, rel, share_period, indicator,
                sent[:rel + 1])
    period, base, status = _period_by_role(ctx, f)
    own = _plan_own_span(f, period) if kind == "value" and ("规划的" in l_hard or "计划的" in l_hard or "提前" in l_clause) else None
    return (own, base, status) if own else (period, base, status)


def _period_by_role(ctx: _Context, f: _Figure):
    """(period, base period, status) of a figure, by its section's role and the words around it."""
    ey, role = _named_time(ctx, f)
    status = _status(role, f)
    counted = _counted_span(ctx, f, role, ey, status)
    if counted:
        return counted
    if role == "review_plan":
        if f.kind in _GROWTH_KINDS:
            return _review_plan_change(ctx, f, ey, status)
        return _review_plan_level(ctx, f, ey, status)
    if role == "plan_targets":
        return _plan_targets_period(ctx, f, ey, status)
    if role == "year_targets":
        return _year_targets_period(ctx, f, ey, status)
    return _review_year_period(ctx, f, ey, status)


# Rule PLAN_OWN_FIGURE. 提前一年完成“十四五”规划确定的8.6万户改造计划 (广东 2024); 使“十一五”规划的1万公里通乡油路
# 提前一年全部开工建设 (贵州 2009); 列入“十一五”规划的89个城镇污水处理厂全部开工建设 (河北 2008): an amount a plan
# sets is the plan's, over its span, in whichever year its task is done or worked on. 提前一年实现三年引资1万亿元目标
# (内蒙古 2025, said of 2024): a plan of N years done a year early ended a year after the year it was done in, and the
# amount it set is over its N years (2023-2025), not the year it was reached in (issue 14).
_PLAN_SET = re.compile(r"“?(%s)”?(?:规划|计划)(?:确定|提出|下达|明确)?的$" % LEX.plan_alt)
_EARLY_DONE = re.compile(r"提前([一两二三1-3])(?:个)?年(?:全面|全部|超额|圆满)?(?:完成|实现)了?")
_YEARS_OF_PLAN = re.compile(r"^([二三四五两2-5])年[\u4e00-\u9fff]{0,6}$")
_PLAN_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:计划|规划|任务|目标)")


def _plan_own_span(f: _Figure, period: str | None) -> str | None:
    """The span of the plan that sets the amount (PLAN_OWN_FIGURE), or None."""
    if m := _PLAN_SET.search(f.l_hard):
        return LEX.plan_periods[m.group(1)]
    e = last_match(_EARLY_DONE.finditer(f.l_clause)) if "提前" in f.l_clause else None
    if not e or not (period or "").isdigit():
        return None
    n = _YEARS_OF_PLAN.match(f.l_clause[e.end():].strip())
    if not n or not _PLAN_AFTER.match(f.c, f.g.end, f.se):
        return None  # 提前一年完成3年援建任务 with no amount, or an amount of no N-year plan
    end = int(period) + cn_int(e.group(1))
    return _span((end - cn_int(n.group(1)) + 1, end))
