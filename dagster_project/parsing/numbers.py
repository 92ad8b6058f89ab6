"""Find the numbers of a sentence with their units, ranges and qualifiers, and
tell quantities from numbers that are years, dates, names or slogans."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.not_quantity import YEAR_DIGITS, not_a_quantity, period_length
from dagster_project.parsing.number_suffix import Suffix, unit_of
from dagster_project.parsing.numerals import doubling
from dagster_project.parsing.scan import search_from

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:[.．]\d+)?"
_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
NUM_RE = re.compile(r"(?<![\d.．])(?<!\d,)(%s)(?:/(\d+))?" % _NUM)
_DIGIT = re.compile(r"\d")  # where a match of NUM_RE can begin (scan.py)
# 翻番, 翻一番, 翻了两番: doubling N times (numeral read by cn2an in numerals.doubling)
MULT_RE = re.compile(r"翻了?([一两二三四五六七八九十]?)番")
RANGE_SEP_RE = re.compile(r"\s?(至|到|—{1,2}|–|－|-|~|～|―)\s?")
_RANGE_SEP_FIRST = frozenset("至到—–－-~～―")  # what a range separator opens with, after a blank
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")
SUFQ_RE = re.compile(r"\s?(%s)" % alternation(LEX.suffix_q))
_COUNTERS = {"个", "家", "项", "所", "座", "条", "处", "名", "户", "台", "套", "只", "头", "辆", "艘", "架", "场", "次",
             "件", "部", "列", "批", "支", "位", "人次", "株", "棵", "栋", "间", "张", "床"}
# 分别高于全市2、13和3.7个百分点: every figure of a run before the unit shares it
_LIST_NEXT = re.compile(r"(?:(?:和|、|及)\d+(?:\.\d+)?)+")
# A converter's failed regex substitution left `$1.$2` where a decimal number was
# (地区生产总值１０７$1.$2６亿元, 增长１$1.$2％): the digits around it are fragments of an
# unknown figure, not figures. loading/checks.py warns of such a report.
PLACEHOLDER_RE = re.compile(r"\$\s*\d\.\$\d")
_THRESHOLD_OF = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工业企业|产业项目|工程|城市|县|园区|集群|产业|商户|主体|景区|医院|学校|村)(?![\u4e00-\u9fff]{0,1}(?:数|个数))")


@dataclass
class Mention:
    start: int              # clean index of the first character
    end: int                # clean index after the unit (and range, qualifier)
    text: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str          # from the words inside/after the number
    shape: str              # pct | pp | times | value | fanfan
    num_end: int = 0        # clean index after the unit (before suffix qualifier)
    fraction: bool = False
    period_length: bool = False  # the length of a period (not_quantity PERIOD_LENGTH): it parts words, states no fact


def _f(s: str) -> float:
    return float(s.translate(_FW).replace(",", ""))


def find_mentions(clean: str, s: int, e: int) -> list[Mention]:
    """The quantities in clean[s:e] (one sentence)."""
    out: list[Mention] = []
    pos = s
    while True:
        m = search_from(NUM_RE, _DIGIT, clean, pos, e)
        if not m:
            break
        ment = _read(clean, m, s, e)
        if ment is None:
            pos = m.end()
            continue
        out.append(ment)
        pos = ment.end
    if clean.find("番", s, e) >= 0:
        for m in MULT_RE.finditer(clean, s, e):
            out.append(Mention(m.start(), m.end(), m.group(), float(doubling(m.group(1))), None, "倍", "exact", "fanfan", m.end()))
        out.sort(key=lambda x: x.start)  # (the numbers alone are found in order)
    return out


def _damaged(clean: str, a: int, end: int) -> bool:
    """Whether a `$1.$2` placeholder touches or overlaps the number in clean[a:end]."""
    lo = max(0, a - 6)
    if clean.find("$", lo, end + 1) < 0:
        return False
    return any(p.start() <= end and p.end() >= a for p in PLACEHOLDER_RE.finditer(clean, lo, end + 6))


# a later item of a list of threshold classes (营业收入超300亿元企业2家、超100亿元5家、过50亿元的30家):
# its money figure after 、 or 其中, then a count of the class, after a class over a money figure
_CLASS_ITEM = r"[\d.０-９]+[万亿]?元(?:以上)?的?[\u4e00-\u9fff]{0,8}?(?:达到|达|有)?[\d.０-９]+(?:家|个|户|所)(?:以上|左右)?"
_LATER_SEP = r"(?:、|，其中|；其中|其中)(?:超过|超|过|突破)?"
_LATER_THRESHOLD_BEFORE = re.compile(r"(?:超过|超|过|突破)%s(?:%s%s)*%s$" % (_CLASS_ITEM, _LATER_SEP, _CLASS_ITEM, _LATER_SEP))
_LATER_THRESHOLD_AFTER = re.compile(r"(?:以上)?的?(?:[\u4e00-\u9fff]{0,6}?(?:%s))?(?:达到|达|有)?[\d.０-９]+(?:家|个|户|所)"
                                    % LEX.threshold_classes_alt)


def _class_threshold(clean: str, qm: re.Match | None, unit: str, a: int, end: int, e: int) -> bool:
    """A number that draws the line of a class of things, not a quantity of the place."""
    if unit.endswith("元") and _LATER_THRESHOLD_AFTER.match(clean, end, e) \
            and _LATER_THRESHOLD_BEFORE.search(clean[max(0, a - 80):a]):
        return True  # …企业2家、超100亿元5家: 100亿元 is the next class's line
    if qm and qm.group(1) in ("及以上", "及以下") and _WORD_CHAR.match(clean, end, e):
        return True  # 20户及以上自然村
    if qm and qm.group(1) in ("以上", "以下") and unit.lstrip("万亿") not in _COUNTERS and _THRESHOLD_OF.match(clean, end, e):
        return True  # 10亿元以上项目
    # 产值超500亿元的企业: the threshold of a class of firms, not the place's 产值
    return unit.endswith("元") and bool(_THRESHOLD_OF.match(clean, end, e)) and bool(
        LEX.threshold_lead_re.search(clean, max(0, a - 10), a))


def _read(clean: str, m: re.Match, s: int, e: int) -> Mention | None:
    num, den = m.group(1), m.group(2)
    a = m.start()
    sm = Suffix(clean, m.end(), e)
    unit, inf, shape = unit_of(sm)
    digits = num.translate(_FW).replace(",", "")
    if not_a_quantity(clean, m, sm, unit, shape, digits, s, e) or _damaged(clean, a, sm.end()):
        return None
    value = _f(num)
    text_end = sm.end()
    if den is not None:
        d = float(den)
        if d == 0:
            return None
        value = value / d * 100
        unit, shape = "%", "pct"
    value_high = None
    # ---- ranges: 2至3个百分点, 5.5%—6%, 5%-5.5%
    nxt = clean[sm.end():sm.end() + 1]
    r = RANGE_SEP_RE.match(clean, sm.end(), e) if nxt in _RANGE_SEP_FIRST or nxt.isspace() else None
    if r:
        m2 = NUM_RE.match(clean, r.end(), e)
        if m2 and m2.group(2) is None:
            sm2 = Suffix(clean, m2.end(), e)
            unit2, inf2, shape2 = unit_of(sm2)
            sep = r.group(1)
            year_like = YEAR_DIGITS.fullmatch(m2.group(1)) and unit2 in ("", "年")
            ok = (not year_like) and (unit2 or sep != "到") and (not unit or unit == unit2 or (unit2 and unit2.endswith(unit)))
            if ok and (unit2 or unit):
                value_high = _f(m2.group(1))
                if not unit:
                    unit, shape = unit2, shape2
                inf = inf or inf2
                text_end = sm2.end()
    if not unit and not inf and den is None and value_high is None:
        # 分别高4.2和0.7个百分点, 高0.8、7.3、2.7和2.9个百分点: the unit written once for a run
        lm = _LIST_NEXT.match(clean, sm.end(), e)
        if lm and not YEAR_DIGITS.fullmatch(digits):
            nxt = Suffix(clean, lm.end(), e)
            if nxt.unit:
                unit, inf, shape = unit_of(nxt)
    if not unit and not inf and den is None:
        return None  # a bare number: year, slogan, code, list marker
    if unit in ("岁", "周岁") and re.match(r"[\u4e00-\u9fff]", clean[text_end:text_end + 1]):
        return None  # an age that names a group (0-6岁儿童, 3岁以下婴幼儿)
    q = "exact"
    if inf:
        q = LEX.infix_q[inf]
    qm = SUFQ_RE.match(clean, text_end, e)
    if qm and len(qm.group(1)) == 1 and _WORD_CHAR.match(clean, qm.end(), e):
        qm = None  # 14轮强降雨, 45个多功能场馆: the first character of the next word
    end = text_end
    if qm:
        q = LEX.suffix_q[qm.group(1)]
        end = qm.end()
    if _class_threshold(clean, qm, unit, a, end, e):
        return None
    text = clean[a:text_end].replace("％", "%")
    return Mention(a, end, text, value, value_high, unit, q, shape, text_end, den is not None,
                   period_length(clean, m, sm, unit, s, e))
