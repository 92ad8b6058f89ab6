"""Find the numbers of a sentence with their units, ranges and qualifiers, and
tell quantities from numbers that are years, dates, names or slogans."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.numerals import doubling

_YEAR_DIGITS = re.compile(r"(1[89]|20)\d\d")
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:[.．]\d+)?"
_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
NUM_RE = re.compile(r"(?<![\d.．])(?<!\d,)(%s)(?:/(\d+))?" % _NUM)
# 翻番, 翻一番, 翻了两番: doubling N times (numeral read by cn2an in numerals.doubling)
MULT_RE = re.compile(r"翻了?([一两二三四五六七八九十]?)番")
# infix qualifier, magnitude, infix qualifier, unit
SUFFIX_RE = re.compile(
    r"(?P<inf1>余|多)?(?P<mag>%s)?(?P<inf2>余|多)?\s?(?P<unit>[%%％‰]|个百分点|倍|%s)?"
    % (LEX.mag_alt, LEX.measure_alt)
)
RANGE_SEP_RE = re.compile(r"\s?(至|到|—{1,2}|–|－|-|~|～|―)\s?")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")
SUFQ_RE = re.compile(r"\s?(%s)" % "|".join(sorted(LEX.suffix_q, key=len, reverse=True)))
_NAME_AFTER = re.compile(r"[A-Za-z]|号|中学|小学|周年|届|期工程|路(?![费线程途径])|街|×|\*|\+|＋|级|版|方面|条措施|字")
_NAME_AFTER_UNIT = re.compile(r"号|中学|小学|周年|期工程|×|\*|\+|＋|级|版")
_POLICY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:规定|措施|举措|意见|办法|禁令|要求|准则|条例|政策)(?![\u4e00-\u9fff]{0,2}(?:出台|印发))")
_AGE_AFTER = re.compile(r"(?:以上|以下|以内)[\u4e00-\u9fff]")
_COUNTERS = {"个", "家", "项", "所", "座", "条", "处", "名", "户", "台", "套", "只", "头", "辆", "艘", "架", "场", "次",
             "件", "部", "列", "批", "支", "位", "人次", "株", "棵", "栋", "间", "张", "床"}
_LIST_NEXT = re.compile(r"(?:和|、|及)\d+(?:\.\d+)?")
_THRESHOLD_OF = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工业企业|产业项目|工程|城市|县|园区|集群|产业|商户|主体|景区|医院|学校|村)(?![\u4e00-\u9fff]{0,1}(?:数|个数))")
_NAME_BEFORE = re.compile(r"(?:第|[A-Za-z]|×|\*|\+|＋|No\.?)$")
_CAPACITY_BEFORE = re.compile(r"(?:日处理|日产|年产|年处理|日供水|年吞吐|日均处理|年加工)$")
_FACILITY_AFTER = re.compile(r"^[^\s，,。；;、：:]{0,8}?(?:%s)" % LEX.facility_alt)
_TIME_NAME_AFTER = re.compile(r"^[“\"]|^(?:[\u4e00-\u9fff]{0,8})圈|^(?:[\u4e00-\u9fff]{0,4})(?:通勤|便民|动态|交通网|响应|办结制|不打烊|值守|在线|免签|过境|不间断|全天候)")
_DURATION_BEFORE = ("时隔", "经过", "历经", "走过", "结束", "结束了", "长达", "新", "连续", "近", "过去", "这", "未来", "今后", "最近")
_DURATION_AFTER = ("前", "后", "来", "以来", "间", "之内", "的历史", "历史", "光辉", "的光辉", "坚持不懈", "的辉煌", "辉煌")
_PCT = {"%", "％", "‰"}


_MEASURES = set(LEX.units["measure_words"]) | {"个百分点", "倍"}
_MAX_MW = max(len(w) for w in _MEASURES)
# a measure word that is the first character of a noun (5亿人口, 300户籍) is no unit
_NOT_UNIT_BEFORE = {w: nxt for w, nxt in LEX.units["not_unit_before"].items()}
_LETTER_UNIT = re.compile(r"(?:%s)(?![A-Za-z0-9])" % "|".join(sorted(LEX.units["letter_units"], key=len, reverse=True)))
_CAPACITY = tuple(LEX.capacity_units)
_MAGS = sorted(LEX.units["magnitudes"], key=len, reverse=True)


class _Suffix:
    """What follows a number: infix qualifier, magnitude, unit (a fast SUFFIX_RE)."""
    __slots__ = ("inf1", "mag", "inf2", "unit", "_end")

    def __init__(self, clean: str, pos: int, e: int) -> None:
        self.inf1 = self.mag = self.inf2 = self.unit = None
        if pos < e and clean[pos] in "余多":
            self.inf1 = clean[pos]
            pos += 1
        if pos + 1 < e and clean[pos] == " " and clean[pos + 1] in "万亿":
            pos += 1
        for mg in _MAGS:
            if clean.startswith(mg, pos) and pos + len(mg) <= e:
                self.mag = mg
                pos += len(mg)
                break
        if pos < e and clean[pos] in "余多" and self.inf1 is None:
            self.inf2 = clean[pos]
            pos += 1
        p2 = pos + 1 if pos < e and clean[pos] == " " else pos
        if p2 < e and clean[p2] in "%％‰":
            self.unit = clean[p2]
            pos = p2 + 1
        elif clean.startswith("个多百分点", p2) and p2 + 5 <= e:
            self.unit, self.inf2 = "个百分点", self.inf2 or "多"  # 提高2个多百分点
            pos = p2 + 5
        else:
            for n in range(min(_MAX_MW, e - p2), 0, -1):
                w = clean[p2:p2 + n]
                if w in _MEASURES and not clean.startswith(_NOT_UNIT_BEFORE.get(w, "\0"), p2 + n):
                    self.unit = w
                    pos = p2 + n
                    break
            else:
                lm = _LETTER_UNIT.match(clean, p2, e)
                if lm and (self.mag or len(lm.group()) >= 2):
                    self.unit = lm.group()
                    pos = lm.end()
        self._end = pos

    def group(self, name: str):
        return getattr(self, name)

    def end(self) -> int:
        return self._end


def _in_title(clean: str, a: int, s: int, e: int) -> bool:
    """A number inside a 《book or document title》."""
    q = clean.rfind("《", max(s, a - 40), a)
    if q < 0 or clean.rfind("》", q, a) >= 0:
        return False
    return clean.find("》", a, min(e, a + 40)) >= 0


def _in_slogan(clean: str, a: int, s: int, e: int) -> bool:
    """A number inside a short quotation that holds other numbers too (“3个100”)."""
    q = clean.rfind("“", max(s, a - 8), a)
    if q < 0 or clean.rfind("”", q, a) >= 0:
        return False
    close = clean.find("”", a, min(e, a + 10))
    if close < 0:
        return False
    inner = clean[q + 1:close]
    return len(re.findall(r"\d+", inner)) >= 2 and len(inner) <= 12


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


def _f(s: str) -> float:
    return float(s.translate(_FW).replace(",", ""))


def _unit(m) -> tuple[str, str, str]:
    """(unit as written, infix qualifier, shape) of a SUFFIX_RE match."""
    mag = m.mag or ""
    unit = m.unit or ""
    inf = m.inf1 or m.inf2 or ""
    if unit in _PCT:
        return ("‰" if unit == "‰" else "%"), inf, "pct"
    if unit == "个百分点":
        return "个百分点", inf, "pp"
    if unit == "倍":
        return "倍", inf, "times"
    return mag + unit, inf, "value"


def find_mentions(clean: str, s: int, e: int) -> list[Mention]:
    """The quantities in clean[s:e] (one sentence)."""
    out: list[Mention] = []
    pos = s
    while True:
        m = NUM_RE.search(clean, pos, e)
        if not m:
            break
        ment = _read(clean, m, s, e)
        if ment is None:
            pos = m.end()
            continue
        out.append(ment)
        pos = ment.end
    for m in (MULT_RE.finditer(clean, s, e) if "番" in clean[s:e] else ()):
        out.append(Mention(m.start(), m.end(), m.group(), float(doubling(m.group(1))), None, "倍", "exact", "fanfan", m.end()))
    out.sort(key=lambda x: x.start)
    return out


def _read(clean: str, m: re.Match, s: int, e: int) -> Mention | None:
    num, den = m.group(1), m.group(2)
    a = m.start()
    before = clean[max(s, a - 6):a]
    sm = _Suffix(clean, m.end(), e)
    unit, inf, shape = _unit(sm)
    after_pos = sm.end()
    after = clean[after_pos:after_pos + 12]
    # ---- things that are not quantities
    if clean.startswith("周年", m.end()) or clean.startswith("周年", sm.end() - 1):
        return None
    if _NAME_BEFORE.search(before) or _CAPACITY_BEFORE.search(before):
        return None
    if unit == "" and sm.inf1 is None and sm.inf2:
        return None
    if _NAME_AFTER_UNIT.match(clean, sm.end(), e) and shape == "value":
        return None
    if unit in ("条", "项", "点", "个", "招") and _POLICY_AFTER.match(clean, sm.end(), e):
        return None
    if before.endswith(("连续", "连续第")) and (unit in LEX.time_units or unit in ("个", "年", "届", "次")):
        return None
    if unit in LEX.time_units and (before.endswith(_DURATION_BEFORE) or after.startswith(_DURATION_AFTER)):
        return None
    if _in_title(clean, a, s, e):
        return None
    if _in_slogan(clean, a, s, e):
        return None
    if before.endswith("每"):
        return None  # a basis (每50公斤, 每10万人), not a quantity
    if unit in ("年", "岁", "周岁") and _AGE_AFTER.match(clean, sm.end(), e):
        return None
    if _NAME_AFTER.match(clean, m.end(), e) and not unit:
        return None
    digits = num.translate(_FW).replace(",", "")
    if unit == "年" and _YEAR_DIGITS.fullmatch(digits):
        return None
    if unit in ("个月", "月") or after.startswith("月"):
        if unit != "个月":
            return None
    if unit in LEX.time_units and _TIME_NAME_AFTER.match(after):
        return None
    if unit and unit.endswith(_CAPACITY) and _FACILITY_AFTER.match(after):
        return None
    if before.endswith(("“", '"')) and re.match(r"^[”\"]", after) and shape == "value" and len(unit) <= 1:
        return None
    if _YEAR_DIGITS.fullmatch(digits) and not unit.startswith(("万", "亿")) and shape == "value" and unit in ("", "年", "届"):
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
    r = RANGE_SEP_RE.match(clean, sm.end(), e)
    if r:
        m2 = NUM_RE.match(clean, r.end(), e)
        if m2 and m2.group(2) is None:
            sm2 = _Suffix(clean, m2.end(), e)
            unit2, inf2, shape2 = _unit(sm2)
            sep = r.group(1)
            year_like = _YEAR_DIGITS.fullmatch(m2.group(1)) and unit2 in ("", "年")
            ok = (not year_like) and (unit2 or sep != "到") and (not unit or unit == unit2 or (unit2 and unit2.endswith(unit)))
            if ok and (unit2 or unit):
                value_high = _f(m2.group(1))
                if not unit:
                    unit, shape = unit2, shape2
                inf = inf or inf2
                text_end = sm2.end()
    if not unit and not inf and den is None and value_high is None:
        # 分别高4.2和0.7个百分点: the unit written once for a pair
        lm = _LIST_NEXT.match(clean, sm.end(), e)
        if lm and not _YEAR_DIGITS.fullmatch(digits):
            nxt = _Suffix(clean, lm.end(), e)
            if nxt.unit:
                unit, inf, shape = _unit(nxt)
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
    if qm and qm.group(1) in ("以上", "以下") and unit.lstrip("万亿") not in _COUNTERS and _THRESHOLD_OF.match(clean, end, e):
        return None  # a threshold that names a class (10亿元以上项目), not a quantity
    text = clean[a:text_end].replace("％", "%")
    return Mention(a, end, text, value, value_high, unit, q, shape, text_end, den is not None)
