"""The noun phrase before a number: the words of an indicator without the verbs,
time words, bases and qualifiers around them (全年规模以上工业增加值增长 → 规模以上工业增加值)."""
from __future__ import annotations

import re
from functools import lru_cache

from dagster_project.parsing.lexicon import LEX, joined_place_lists

# a base the number is compared with (比上年, 比年初, 比前五年, 比“九五”时期: plans before the
# 10th, which LEX.plan_alt does not name, are bases too)
_CUT_BASE = re.compile(r"(?:比|较|同比|相比|与|(?<![^、，,\s])是)(?:上年|去年|上一年|年初|[^，,；;]{0,4}?年前|前(?:\d|[二三四五六七八九十两])年|“?(?:%s|[六七八九]五)”?(?:时期|期间|期末|末)?|(?:19|20)\d\d年(?:底|末)?)" % LEX.plan_alt)
# A span of years or an older plan opening a name is its period, never its name (今后五年国内生产总值,
# 两年实际到位外资, “八五”期间年平均增长 → …; 两年翻番: no name of its own, the subject before names
# it): the years ahead or behind, a count of years before a deed or measure (not 九年义务教育, 三年行动),
# a plan before the 10th with its 时期/期间, a 年 left alone (年平均增长).
_SPAN_LEAD = (r"(?:今后|未来|过去|近|最近)(?:\d{1,2}|[一二三四五六七八九十两几]+)年(?:来|间|内|里)?"
              r"|(?:\d{1,2}|[两三四五六七八九十]+)年(?=新增|新建|投入|投资|完成|实际|累计|合同|发放|引进|吸引|受理|出口|造林"
              r"|绿化|市财政|财政|政府|支出|计划|统筹|盘活|拆迁|筹集|清理|平均|翻|增长|$)"
              r"|“?[六七八九]五”?(?:时期|期间)|年(?:平均|均)?$")
# 已经 whole, not 已 then 经 (已经占总农户的60% → 经占总农户)
LEAD = re.compile(
    r"^(?:已经|%s|[\s，,、；;：:“”\"'‘’（）()—\-·•的了共把将使又并还已为]|(?:以及|和|及)(?!美|谐|平|时|以上|以下)|等(?!级|于|同)|提前(?:\d+|[一二三四五六七八九十两]+)(?:个)?年|(?:近|最近)(?:\d|[二三四两])年(?:来)?|(?:过去|这)?(?:\d{1,2}|[一二三四五六七八九十两]+)年(?:来|以来|间|(?=共|累计|合计))(?!(?:共|累计|合计)?(?:投入|支出|投资))|多年(?:来)?|(?:(?:19|20)\d\d年)?以来|我们(?:将|要)?|(?:还|也)?要再|(?:还|也)?要(?=压|减|淘汰|退出|新增|完成|实现|建设|推进|新建|改造|培训|开工|为|取消|下放|降低|提高|控制|实施)|再(?=为|压|减|淘汰|退出|新增)|拟(?:安排|发行)?(?=[\u4e00-\u9fff]{2})|连续(?:\d+|[一二三四五六七八九十两]+)(?:个)?年|(?:到|至|在|于|截至)?(?:19|20)\d\d年(?:底|末|初)?(?:前)?(?:的)?|“?(?:%s)”?(?:时期|期间|以来|末)?(?:的)?|[一二三四五六七八九十]+是|[①-⑳]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)+"
    % (_SPAN_LEAD, LEX.plan_alt)
)
_TRAIL_YEAR = re.compile(r"(?:(?:到|至|在|于)?(?:19|20)\d\d年(?:底|末|初)?(?:的)?|“?(?:%s)”?(?:时期|期间|末)?(?:的)?|[\s，,、：:“\"（(—\-])$" % LEX.plan_alt)
# the characters _TRAIL_YEAR's matches end with (a year, a plan, 时期/期间, the marks; or a blank,
# str.isspace as \s): a phrase ending otherwise is not tried, most are not
_TRAIL_YEAR_ENDS = frozenset("年底末初的”期间，,、：:“\"（(—-") | {name[-1] for name in LEX.plan_periods}
_FROM_CUT = re.compile(r"(?<![自理缘经来])(?:由|从)(?!业|事|而|严|中|来|未|头|容|属|此|于|政|医|教|简|紧|快|优|重|宽|源|根)")


# how the number is counted or converted, no part of what it measures (按年平均汇率折算, 同口径, 比增;
# the price basis of a real change: 扣除价格因素后增长7.1%, 可比价增长8%, 工业总产值（90年不变价）)
_BASIS = re.compile(r"每\d+(?:\.\d+)?(?:万|亿)?(?:公斤|千克|平方米|人口|人|户|吨|亩|元)|在[^，,；;。]{0,24}?基础上|按可比(?:口径|部分)(?:计算)?|按(?:\d{4}年)?价格计算"
                    r"|[（(]?(?:按|以)?(?:\d{2,4}年)?(?:可比价|不变价)(?:格)?(?:计算)?[）)]?|(?:扣除|剔除)(?:物价|价格)因素(?:影响)?(?:后)?"
                    r"|按(?:现行|当年|当期|年平均|年均|平均)?汇率(?:计算|折算|换算)?|(?:历史)?(?:同|可比)口径|(?<![同环])比(?:增|降)$")


# 向市场投放…, 对种粮农民一次性发放…: the receiver of a giving verb is no part of the name
_PREP_LEAD = re.compile(r"^(?:[，,、\s]*)(?:向|给|对|为)[\u4e00-\u9fff]{1,12}?(?=%s)" % "|".join(LEX.giving_verbs))


# 高等教育, 中等职业教育, 均等化: a 等 of a word, not the 等 that closes a list (A、B等指标)
_GRADE_BEFORE_DENG = frozenset("高中初同平对均优特头")

_MEMOISED: list = []


def memoised(fn):
    """``fn`` (a pure function of strings, called again and again on the same words) with
    its answers remembered until clear_parser_caches."""
    cached = lru_cache(maxsize=1 << 16)(fn)
    _MEMOISED.append(cached)
    return cached


@memoised  # called on the same stretches several times per clause
def noun_phrase(seg: str) -> str:
    """The indicator in a stretch of text before a number: the noun phrase
    without verbs, time words, bases and qualifiers."""
    # each pattern is tried only where one of its words is (most phrases have none of them;
    # _FROM_CUT and _BASIS open with a lookbehind or an optional part, tried at every character)
    if "每" in seg or "在" in seg or "按" in seg or "口径" in seg or "比" in seg or "因素" in seg or "变价" in seg:
        phrase = _BASIS.sub("", seg)
    else:
        phrase = seg
    if "向" in phrase or "给" in phrase or "对" in phrase or "为" in phrase:
        phrase = _PREP_LEAD.sub("", phrase)  # 向市场投放储备肉 → 投放储备肉
    cuts = list(_FROM_CUT.finditer(phrase)) if "由" in phrase or "从" in phrase else None
    if cuts:
        cut = cuts[-1].start()
        before = strip_phrase(phrase[:cut])
        phrase = phrase[:cut] if before else phrase[cut + 1:]
    etc = phrase.rfind("等")
    if 0 < etc and not phrase.startswith(("等级", "等于"), etc) and phrase[etc - 1] not in _GRADE_BEFORE_DENG and not (
            strip_phrase(phrase[etc + 1:]) in LEX.list_heads and len(phrase) <= 24 and "、" not in phrase):
        phrase = phrase[etc + 1:] if len(strip_phrase(phrase[etc + 1:])) >= 2 else phrase[:etc]
    base = _CUT_BASE.search(phrase) if "比" in phrase or "较" in phrase or "与" in phrase or "是" in phrase else None
    if base:
        before = strip_phrase(phrase[: base.start()])
        phrase = phrase[: base.start()] if before else phrase[base.end():]
    return strip_phrase(phrase, True)


def _trailing_start(s: str) -> int:
    """Where a trailing predicate word starts (LEX.trailing_re, faster)."""
    k = LEX.trailing_suffixes.start(s)
    if k >= 1 and s[k:] == "要" and s[k - 1] in "主重必需纲摘紧首":
        return -1  # 主要, 重要: a word, not the modal 要
    if k < 0 and s and s[-1] in "增降减涨" and not (len(s) > 1 and s[-2] in "新净递倍纵"):
        k = len(s) - 1
    return k


@memoised
def strip_phrase(s: str, framing: bool = False) -> str:
    """s without the words around an indicator (LEAD, light words, time words, trailing
    predicates, qualifiers); framing: without a framing phrase either (the words before a
    number; a noun after it keeps its own: 21项高质量发展指标)."""
    s = joined_place_lists(s)  # 县（市、区） → 县市区: one noun, not a bracket to drop
    prev = None
    while prev != s:
        prev = s
        s = LEAD.sub("", s)
        if framing and s[:1] in LEX.framing_first:
            s = without_framing_phrase(s)  # before the light words: 加快建设X → X, not 建设X
        k = LEX.light_prefixes.end(s)  # (LEX.light_re.match)
        if k >= 0 and len(s) - k >= 2:
            s = s[k:]
        if s[:1] in LEX.adverb_lead_first and (adverb := LEX.adverb_lead_re.match(s) or LEX.adverb_alone_re.match(s)):
            s = s[adverb.end():]  # 主要建设X → 建设X (LEX adverb_leads); 主要 alone names nothing
        if s and (s[-1] in _TRAIL_YEAR_ENDS or s[-1].isspace()):
            s = _TRAIL_YEAR.sub("", s)
        k = _trailing_start(s)
        if k >= 2:
            s = s[:k]
        elif k == 0:
            s = ""
        k = LEX.prefix_q_suffixes.start(s)
        if k >= 1:
            s = s[:k]
        elif k == 0:
            s = ""
    s = s.strip("“”\"'（(）) \u3000")
    if s.count("（") != s.count("）"):
        s = s.replace("（", "").replace("）", "")
    if s.count("“") != s.count("”") or s.find("”") < s.find("“"):  # (抓项目促提升”“攻坚: an opening mark dropped)
        s = s.replace("“", "").replace("”", "")
    return s


def without_framing_phrase(s: str) -> str:
    """s without a framing phrase that opens it (高质量建设15个先进制造业集群 → 先进制造业集群,
    开展节水灌溉技术示范 → 节水灌溉技术示范; LEX framing_adverbs + framing_deeds, framing_alone):
    the programme's manner says nothing of what is measured. It stays where it is part of a
    noun (重点建设项目, LEX framing_compound_heads), where what follows is a relative clause
    (开展家庭医生式服务的社区卫生服务机构) or too short to name anything."""
    m = LEX.framing_phrase_re.match(s)
    if m is None:
        return s
    rest = s[m.end():]
    if len(rest) < 2 or "的" in rest or LEX.makes_framing_compound(rest):
        return s
    return rest


def strip_deeds(s: str, *leads: re.Pattern) -> str:
    """s without the deeds that open it (清理规范节庆 → 节庆), keeping at least two characters;
    leads: what a deed looks like (a transitive verb unless given)."""
    leads = leads or (LEX.transitive_lead_re,)

    def deed(x: str):
        return next((m for m in (p.match(x) for p in leads) if m), None)

    m = deed(s)
    while m and len(s) - m.end() >= 2:
        s = s[m.end():]
        m = deed(s)
    return s


@memoised  # the words before a number, asked about by several rules of a clause
def is_verb_only(s: str) -> bool:
    return s == "" or LEX.verbish_re.match(s) is not None


def clear_parser_caches() -> None:
    """Forget the memoised phrases and answers (for benchmarks that must parse cold)."""
    for cached in _MEMOISED:
        cached.cache_clear()
