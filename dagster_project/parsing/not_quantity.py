"""Numbers that are no quantities: years, dates and durations, names (3号线, 第5中学,
5G), titles and slogans, ages naming a group, bases (每10万人), policies (8条措施) and
the capacity of a named facility."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.number_suffix import Suffix

YEAR_DIGITS = re.compile(r"(1[89]|20)\d\d")
_NAME_AFTER = re.compile(r"[A-Za-z]|号|中学|小学|周年|届|期工程|路(?![费线程途径])|街|×|\*|\+|＋|级|版|方面|条措施|字")
_NAME_AFTER_UNIT = re.compile(r"号|中学|小学|周年|期工程|×|\*|\+|＋|级|版")
_POLICY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:规定|措施|举措|意见|办法|禁令|要求|准则|条例|政策|方面)(?![\u4e00-\u9fff]{0,2}(?:出台|印发))")
_AGE_AFTER = re.compile(r"(?:以上|以下|以内)[\u4e00-\u9fff]")
_NAME_BEFORE = re.compile(r"(?:第|[A-Za-z]|×|\*|\+|＋|No\.?)$")
_CAPACITY_BEFORE = re.compile(r"(?:日处理|日产|年产|年处理|日供水|年吞吐|日均处理|年加工)$")
# the last characters a match of _NAME_BEFORE or _CAPACITY_BEFORE ends with (and a line break, which
# $ matches before): the patterns are tried only after one, most numbers follow none
_BEFORE_ENDS = frozenset("第×*+＋.理产水吐工\n")
_FACILITY_AFTER = re.compile(r"^[^\s，,。；;、：:]{0,8}?(?:%s)" % LEX.facility_alt)
_TIME_NAME_AFTER = re.compile(r"^[“\"]|^(?:[\u4e00-\u9fff]{0,8})圈|^(?:[\u4e00-\u9fff]{0,4})(?:通勤|便民|动态|交通网|响应|办结制|不打烊|值守|在线|免签|过境|不间断|全天候|开放|营业|运行|供水|供电|巡逻)")
_DURATION_BEFORE = ("历时", "用时", "时隔", "经过", "历经", "走过", "结束", "结束了", "长达", "新", "连续", "近", "过去", "这", "未来", "今后", "最近")
_DURATION_AFTER = ("前", "后", "来", "以来", "间", "之内", "的历史", "历史", "光辉", "的光辉", "坚持不懈", "的辉煌", "辉煌")
_CAPACITY = tuple(LEX.capacity_units)
# Rule SPEED_OF_A_THING. 全区首条时速350公里的贵南高铁开通运营 (广西 2024), 时速400公里的新一代动车组样车成功下线
# (山东 2021), 开工建设时速350公里的南宁至玉林高速铁路 (广西 2019): a speed describing the line or train named
# after it says what the thing is, as the capacity of a named facility does, not a quantity of an indicator
# with a time (docs/facts.md, issue 14); a speed stated as a figure stays (设计时速80公里/小时，, 平均时速提高到20公里)
_SPEED_BEFORE = re.compile(r"时速$")
_SPEED_UNITS = frozenset(("公里", "千米", "公里/小时", "千米/小时", "km/h"))
_THING_AFTER = re.compile(r"(?:以上|左右)?的?[\u4e00-\u9fff]")
_BRACKET_END = re.compile(r"[至到—-]\d[^，,；;。]{0,10}?部分")
_BRACKET_START = frozenset("至到—-")  # the characters a match of _BRACKET_END opens with
# a distance or time inside a rate's name that defines it (公交站点500米覆盖率, 学前3年毛入园率,
# 15分钟基本公共服务圈覆盖率, 存续1年以上的比例): the rate's, no quantity of its own
_DEFINING_UNITS = frozenset({"米", "公里", "千米", "分钟", "小时", "年"})
_RATE_AFTER = re.compile(r"(?:内|以内|以上)?的?[\u4e00-\u9fff]{0,10}?(?:率|比例|占比)(?=[达为提由从增降在超稳保控\d])")


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


def not_a_quantity(clean: str, m: re.Match, sm: Suffix, unit: str, shape: str, digits: str, s: int, e: int) -> bool:
    """Whether the number m (its suffix sm read) in clean[s:e] is no quantity."""
    # (the cheap tests of the unit and shape come before the patterns they guard)
    a = m.start()
    end = sm.end()
    before = clean[max(s, a - 6):a]
    after = clean[end:end + 12]
    if clean.startswith("周年", m.end()) or clean.startswith("周年", end - 1):
        return True
    last = before[-1:]
    if (last in _BEFORE_ENDS or last.isascii() and last.isalpha()) and (
            _NAME_BEFORE.search(before) or _CAPACITY_BEFORE.search(before)):
        return True
    if unit == "" and sm.inf1 is None and sm.inf2:
        return True
    if shape == "value" and _NAME_AFTER_UNIT.match(clean, end, e):
        return True
    if unit in ("条", "项", "点", "个", "招") and _POLICY_AFTER.match(clean, end, e):
        return True
    if before.endswith(("连续", "连续第")) and (unit in LEX.time_units or unit in ("个", "年", "届", "次")):
        return True
    if unit in LEX.time_units and (before.endswith(_DURATION_BEFORE) or after.startswith(_DURATION_AFTER)):
        return True
    if _in_title(clean, a, s, e):
        return True
    if _in_slogan(clean, a, s, e):
        return True
    if before.endswith("前") and unit in ("%", "位", "名", "强"):
        return True  # 进入ESI全球前1%, 居全国前3位: a rank, not a quantity
    if clean.startswith("部分", end) or (after[:1] in _BRACKET_START and _BRACKET_END.match(clean, end, min(e, end + 16))):
        return True  # 应纳税所得额100万元至300万元部分: a bracket, not a quantity
    if before.endswith(("以下", "如下")):
        return True  # 做好以下9项工作: the parts of a text, not a quantity
    if before.endswith("每"):
        return True  # a basis (每50公斤, 每10万人), not a quantity
    if unit in ("年", "岁", "周岁") and _AGE_AFTER.match(clean, end, e):
        return True
    if not unit and _NAME_AFTER.match(clean, m.end(), e):
        return True
    if unit == "年" and (YEAR_DIGITS.fullmatch(digits) or (len(digits) == 2 and digits[0] == "0")):
        return True  # 2015年, 05年: a year
    if unit in _DEFINING_UNITS and "\u4e00" <= before[-1:] <= "\u9fff" and _RATE_AFTER.match(clean, end, e) \
            and not (unit == "年" and YEAR_DIGITS.fullmatch(digits)):
        return True
    if unit == "年" and after.startswith(("不变价", "可比价")):
        return True  # 工业总产值（90年不变价）: the year of the prices, not a quantity
    if unit in ("个月", "月") or after.startswith("月"):
        if unit != "个月":
            return True
    if unit in LEX.time_units and _TIME_NAME_AFTER.match(after):
        return True
    if unit and unit.endswith(_CAPACITY) and _FACILITY_AFTER.match(after):
        return True
    if unit in _SPEED_UNITS and before.endswith("速") and _SPEED_BEFORE.search(before) and _THING_AFTER.match(after):
        return True
    if before.endswith(("“", '"')) and re.match(r"^[”\"]", after) and shape == "value" and len(unit) <= 1:
        return True
    if shape == "value" and unit in ("", "年", "届") and YEAR_DIGITS.fullmatch(digits):
        return True
    return False


# Rule PERIOD_LENGTH. “十一五”时期是我市发展史上极不平凡的5年 (哈尔滨 2011); 过去的5年，我们虽然取得一定成绩
# (厦门 2001); 5年，是武汉纵深推进改革开放…的5年 (武汉 2011); 5年累计实际利用外资241.8亿美元, 5年新增城镇就业人数
# 211.54万 (广州 2016); 是前5年的1.5倍 (云南 2017); 经过5年的努力 (大连 2001); 提前2年完成“十二五”淘汰落后产能任务
# (西安 2016); 回顾5年历程, 创5年新高, 市民文明素质5年培训计划, 力争用5年左右的时间把渭北工业区打造成… (广西 2013, 新疆 2022,
# 哈尔滨 2011, 西安 2015): the length of the period a report reviews or characterises, that a figure after it in its clause
# counts over, that a figure is compared with, or by which a goal came early, is no quantity (docs/facts.md,
# issue 14); a term set stays (设立5年过渡期, 计划工期5年，2014年建成), and so does a level of years changing
# (平均受教育年限由9年提高到11年). The number still parts the words before it from those after (numbers.Mention).
_PERIOD_CALLED = re.compile(r"\s*[，,]?\s*是")
_PERIOD_END = frozenset("，,。；;！!：:")
_CLAUSE_END = re.compile(r"[，,。；;！!：:]")
_DIGIT = re.compile(r"[\d０-９]")
_CHANGE_START = re.compile(r"[由从][^，,。；;！!：:]*$")
_CHANGE_END = re.compile(r"[到至]")
# (a plan of so many years: 5年倍增计划, 5年专项规划, not 5年过渡期任务, a term set)
_PLAN_NAMED = re.compile(r"[\u4e00-\u9fff]{0,2}(?:计划|规划)")
_SPAN_BEFORE = ("前", "回顾", "回首", "面对", "迄今", "今后", "未来", "过去", "这")
_SPAN_AFTER = ("目标任务", "工作任务", "目标", "历程", "奋进", "成就", "总和", "的总和", "的投资总和", "新高", "届满", "中，", "中,")
_TIME_TAKEN = re.compile(r"(?:左右|多)?(?:的)?(?:时间|努力)")
_EFFORT_AFTER = ("的努力", "的奋斗", "的实践", "的拼搏", "的艰苦")


def period_length(clean: str, m: re.Match, sm: Suffix, unit: str, s: int, e: int) -> bool:
    """Whether the number of years m (its suffix sm read) is the length of a period (PERIOD_LENGTH)."""
    if unit != "年":
        return False
    end = sm.end()
    before = clean[max(s, m.start() - 8):m.start()].rstrip()
    after = clean[end:end + 12].lstrip()
    if _PERIOD_CALLED.match(after) or after.startswith(_EFFORT_AFTER) or before.endswith(_SPAN_BEFORE):
        return True  # 5年，是…; 经过5年的努力; 是前5年的1.5倍, 提前2年完成; 回顾5年历程, 今后 5 年
    if after.startswith(_SPAN_AFTER) or _PLAN_NAMED.match(after):
        return True  # 创5年新高, “十五”时期5年总和; 市民文明素质5年培训计划, 圆满完成5年目标任务
    if before.endswith(("用", "利用", "通过")) and _TIME_TAKEN.match(after):
        return True  # 力争用5年左右的时间把渭北工业区打造成… (西安 2015): the span a plan takes
    if before.endswith("的") and (not after or after[0] in _PERIOD_END or after[0] in "是里中"):
        return True  # 极不平凡的5年。, 过去的5年，
    stop = _CLAUSE_END.search(clean, end, min(e, end + 40))
    stop_at = stop.start() if stop else min(e, end + 40)
    if _CHANGE_START.search(clean, max(s, m.start() - 20), m.start()) and _CHANGE_END.search(clean, end, stop_at):
        return False  # 由2002年的7.7年提高到8.4年: the start of a change of a level in years
    return _DIGIT.search(clean, end, stop_at) is not None
