"""Parse a government work report's text into facts (spec/facts.md).

    parse_report(report_id, text) -> ParsedReport

``text`` is the decoded text exactly as stored (BOM removed, nothing else
changed); every fact's offset indexes into it.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_right

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.model import Fact, ParsedReport
from dagster_project.parsing.numbers import Mention, find_mentions
from dagster_project.parsing.periods import (
    _Context, _LEVEL_OR_FLOW, _PAST_END, _PLAN_SENTENCE, _SENT_YEAR, _past_year_opening, _period,
)
from dagster_project.parsing.sections import Section, detect_meta, find_sections
from dagster_project.parsing.text import body_span, clean_view, sentences

log = logging.getLogger(__name__)
HARD = "，,；;：:。！？!?\n"
_HARD_RE = re.compile("[%s]" % re.escape(HARD))
_GROUP_SEP = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_DIST_RE = re.compile(r"分别|各(?![类项级地种个族界方部])|(?<![年平人户月日周])均(?![衡等匀值])")
_FROM_AFTER = re.compile(r"^[^，,；;。]{0,6}?(?:增加|提高|增长|减少|下降|降低|恢复|扩大|提升|上升|降|增|发展|缩小|减|调整|上调|下调)?(?:到|至)")
_FROM_IN = re.compile(r"(?:由|从)[^，,；;。由从]{0,14}$")
_CUT_BASE = re.compile(r"(?:比|较|同比|相比|与)(?:上年|去年|上一年|[^，,；;]{0,4}?年前|“?(?:%s)”?(?:时期|期间|末)?|(?:19|20)\d\d年(?:底|末)?)" % LEX.plan_alt)
_LEAD = re.compile(
    r"^(?:[\s，,、；;：:“”\"'‘’（）()—\-·•的了共把将使又并还已为]|提前(?:\d+|[一二三四五六七八九十两]+)(?:个)?年|(?:近|最近)(?:\d|[二三四两])年(?:来)?|(?:还|也)?要再?(?=压|减|淘汰|退出|新增|完成|实现|建设|推进|新建|改造|培训|开工|为)|再(?=为|压|减|淘汰|退出|新增)|拟(?:安排|发行)?(?=[\u4e00-\u9fff]{2})|连续(?:\d+|[一二三四五六七八九十两]+)(?:个)?年|(?:到|至|在|于|截至)?(?:19|20)\d\d年(?:底|末|初)?(?:前)?(?:的)?|“?(?:%s)”?(?:时期|期间|以来|末)?(?:的)?|[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)+"
    % LEX.plan_alt
)
_TRAIL_YEAR = re.compile(r"(?:(?:到|至|在|于)?(?:19|20)\d\d年(?:底|末|初)?(?:的)?|“?(?:%s)”?(?:时期|期间|末)?(?:的)?|[\s，,、：:“\"（(—\-])$" % LEX.plan_alt)
_R_PHRASE = re.compile(r"^((?:\d+[A-Za-z]+|[A-Za-z]+)?[\u4e00-\u9fff“][\u4e00-\u9fffA-Za-z“”（）()&]{0,17})")
_R_DE = re.compile(r"(?:实施|建设|新建|改造|完成)?的([\u4e00-\u9fffA-Za-z0-9“”（）()&]{2,24})")
_R_DE_STOP = re.compile(r"开门|营业|全面|开业|运营|投用|使用|当年|全年|完成|实现|开工|投入|全部|实施|建成|正式|顺利|已|于|将|进展|基本|主体|投资|完工|落地|成功|竣工|启动|新增|新接入|使|带动|惠及|\d+(?:\.\d+)?(?:万|亿)?(?:平方米|户|人|元|公里|个)")
_VERB_OBJ = re.compile(r"[，,]?(?:实施了?|办好了?|完成了?|建成了?|新建了?|建设了?)(?:的)?([^，,；;。]{2,24}?)(?=[，,；;。]|$|工程|项目|建设|任务|开工|完工|竣工|投入)")
_COUNTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:%s|[\u4e00-\u9fff])?" % LEX.measure_alt)
_USED_FOR = re.compile(r"[^，,；;。]{0,3}?用于([\u4e00-\u9fff“”]{2,16}?)(?:[，,；;。]|$)")
_FROM_CUT = re.compile(r"(?<![自理缘经来])(?:由|从)(?!业|事|而|严|中|来|未|头|容|属|此|于|政|医|教|简|紧|快|优|重|宽|源|根)")
_R_STOP = re.compile(
    r"闻令|奔赴|喜迁|荣获|获评|启动|取得|完工|建立|全部|全面|于|实现|达到|完成|进行|开展|顺利|得到|已|将|的|和|及|与|在|为|(?<![高中初平均对])等(?![级于])|被|实施|提升|提档|建设|投入|入驻|发放|受益|直接|共|均|各|分别|参加|参与|通过|获得|达|纳入|就能|覆盖|全覆盖|推行|开工|竣工|建成|改造|正式|主体|主力|任务|脱贫|摘帽|稳定|落户"
)
_SHARE = re.compile(r"^占(.*?)的?$")
_DEVOTE = re.compile(r"把(.{2,20}?)的$")
_DEVOTE_TO = re.compile(r"[^，,；;。]{0,4}?用于([\u4e00-\u9fff]{2,8}?)(领域|方面|事业|$|[，,；;。])")
_R_VERB_START = re.compile("^(?:%s)" % "|".join(sorted(LEX.up + LEX.down + LEX.level, key=len, reverse=True)))
_ACTION_PREFIX = re.compile(r"^(.{0,2}?(?:%s))" % "|".join(sorted(LEX.action_set, key=len, reverse=True)))
_PCT_OF = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?:得到|实现|达到|完成|获得)([\u4e00-\u9fff]{2,6}?)(?=[，,；;。]|$)")
_GROWTH_AFTER = re.compile(r"的?(?:增速|增长|增幅|涨幅|年均增速)")
_HEAD_START = ("保险", "居民", "产业", "企业", "收入", "人口", "支出", "人均", "能耗", "排放")


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


_BASIS = re.compile(r"每\d+(?:\.\d+)?(?:万|亿)?(?:公斤|千克|平方米|人口|人|户|吨|亩|元)|在[^，,；;。]{0,24}?基础上|按可比口径(?:计算)?|按(?:\d{4}年)?可比价(?:格)?计算|按(?:\d{4}年)?价格计算")


# 向市场投放…, 对种粮农民一次性发放…: the receiver of a giving verb is no part of the name
_PREP_LEAD = re.compile(r"^(?:[，,、\s]*)(?:向|给|对|为)[\u4e00-\u9fff]{1,12}?(?=%s)" % "|".join(LEX.giving_verbs))


def _noun(seg: str) -> str:
    """The indicator in a stretch of text before a number: the noun phrase
    without verbs, time words, bases and qualifiers."""
    s = _BASIS.sub("", seg)
    s = _PREP_LEAD.sub("", s)  # 向市场投放储备肉 → 投放储备肉
    cuts = list(_FROM_CUT.finditer(s))
    if cuts:
        i = cuts[-1].start()
        before = _strip(s[:i])
        s = s[:i] if before else s[i + 1:]
    k = s.rfind("等")
    if 0 < k and not s.startswith(("等级", "等于"), k):
        s = s[k + 1:] if len(_strip(s[k + 1:])) >= 2 else s[:k]
    m = _CUT_BASE.search(s)
    if m:
        before = _strip(s[: m.start()])
        s = s[: m.start()] if before else s[m.end():]
    return _strip(s)


def _trailing_start(s: str) -> int:
    """Where a trailing predicate word starts (LEX.trailing_re, faster)."""
    k = LEX.trailing_suffixes.start(s)
    if k < 0 and s and s[-1] in "增降减涨" and not (len(s) > 1 and s[-2] in "新净递倍纵"):
        k = len(s) - 1
    return k


def _strip(s: str) -> str:
    prev = None
    while prev != s:
        prev = s
        s = _LEAD.sub("", s)
        m = LEX.light_re.match(s)
        if m and len(s) - m.end() >= 2:
            s = s[m.end():]
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
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")
    return s


def _is_verb_only(s: str) -> bool:
    return s == "" or LEX.verbish_re.match(s) is not None


def _right_phrase(c: str, pos: int, end: int, after_de: bool = False, counted: bool = True) -> str:
    """The noun after a number (3个贫困村); with after_de, also after 的 (23万平方米的建材城完工),
    for numbers no noun before names."""
    if after_de and c.startswith("的", pos):
        pos += 1
    seg = c[pos:min(end, pos + 28)]
    m = _R_PHRASE.match(seg)
    if not m:
        return ""
    r = m.group(1)
    if r.startswith("时间"):
        r = r[2:]
    if not r or LEX.right_blockers_re.match(r) or r[0] in "和及与或、" or _R_VERB_START.match(r) or re.match(r"^\d+(?![A-Za-z\d])", r):
        return ""
    # a leading verb (实现新增…清零): skip it
    lm = LEX.light_re.match(r)
    if lm and lm.end() < len(r):
        r = r[lm.end():]
    k0 = seg.find(r)
    for k in range(1, 4):
        vp = _DEED.match(seg, k0 + k) if k0 >= 0 and k < len(r) else None
        if vp and len(vp.group(1)) >= 4:
            return _deed_name(vp.group(1), r[:k])
    st = _R_STOP.search(r, 1)
    if st:
        noun = r[: st.start()]
        # 44个村成立…公司 → 成立…公司村: a short noun that does something is named by the deed
        k = seg.find(noun)
        vp = _DEED.match(seg, k + len(noun)) if 1 <= len(noun) <= 3 and k >= 0 else None
        if vp and len(vp.group(1)) >= 4:
            return _deed_name(vp.group(1), noun)
        dd = _DE_DEED.match(seg, k + len(noun)) if k >= 0 and len(noun) >= 2 else None
        if dd:
            return dd.group(1) + noun  # 完成了17条道路的改扩建 → 改扩建道路
        r = noun
    k = LEX.counted_attributes.start(r) if counted else -1
    if k >= 2 and re.match(r"[，,；;。、]|$", seg[seg.find(r) + len(r):] if seg.find(r) >= 0 else "x"):
        while k >= 2:  # 完善10个育新基地功能，: ten bases, not ten functions; …区域周边环境面貌 → …区域
            r = r[:k]
            k = max(LEX.counted_attributes.start(r), LEX.attribute_heads.start(r))
    return _strip(r) if len(r) >= 2 else ""


_DE_DEED = re.compile(r"的(%s)(?=[，,；;。]|$)" % "|".join(sorted(LEX.action_set, key=len, reverse=True)))


def _deed_name(deed: str, noun: str) -> str:
    """A counted short noun named by what it did: 成立…公司 + 村; 荣获优秀教师 (教师), not …教师教师;
    a deed that lists several awards (模范集体和模范个人) does not name one group."""
    if not deed.endswith(noun):
        return deed + noun
    parts = re.split("和|、", deed)
    if len(parts) == 1:
        return deed
    # 荣获全国模范集体和模范个人 → 荣获全国模范个人: the last item with the first's lead
    last, p = parts[-1], parts[0].rfind(parts[-1][:2]) if len(parts[-1]) >= 2 else -1
    return parts[0][:p] + last if p > 0 else noun


_DEED = re.compile(r"((?:成立|实现|完成|获得|荣获|建设(?!任务|工作)|入选|获评|建成|开展|推行|通过|喜迁|迁入|参加|享受|领取)[\u4e00-\u9fff“”（）()]{2,20}?)(?:工作|任务)?(?=[，,；;。、]|$)")


def _split_items(s: str) -> list[str]:
    if s in LEX.split_subjects:
        return list(LEX.split_subjects[s])
    sep = r"、" if "、" in s else r"和|与|及|以及"
    items = [x for x in re.split(sep, s) if x]
    if len(items) < 2:
        return [s] if s else []
    # share the head noun: 城市、农村居民低保标准 → 城市居民低保标准 …
    last = items[-1]
    head = None
    for h in _HEAD_START:
        i = last.find(h)
        if i > 0 and (head is None or i < head[0]):
            head = (i, last[i:], h)
    if head is None and last.endswith("率") and len(last) >= 5:
        head = (len(last) - 3, last[-3:], last[-3:])
    if head is None:
        for h in LEX.shared_heads:
            if last.endswith(h) and len(last) > len(h):
                head = (len(last) - len(h), h, h)
                break
    out = []
    for it in items[:-1]:
        it = re.sub(r"各项|各类", "", it)
        if head and head[1] == head[2] and (all(len(x) <= 4 for x in items[:-1]) or
                                             (head[2].endswith("率") and not it.endswith("率"))) \
                and not it.endswith(head[2]):
            it = it + head[1]
        elif head and len(it) <= 4 and not it.endswith(head[2]):
            it = it + head[1]
        elif head and it.endswith(head[2]) and head[1] != head[2]:
            it = it + head[1][len(head[2]):]
        out.append(it)
    out.append(re.sub(r"各项|各类", "", last))
    out = [re.sub(r"等$", "", _strip(x)) for x in out]
    return [x for x in out if x]


def _expand_urban_rural(item: str, k: int) -> list[str]:
    """城乡居民…分别 with two numbers → 城镇居民…, 农村居民… (any coordinate abbreviation of the lexicon)."""
    for abbr, parts in LEX.pair_abbreviations.items():
        i = item.find(abbr)
        if len(parts) == k and i >= 0 and (abbr != "城乡" or i == 0):
            return [item[:i] + p + item[i + len(abbr):] for p in parts]
    return [item]


# ---- 分别 lists whose subjects the clause's noun did not spell out, one per number
_ORDINAL_SECTORS = re.compile(r"第?([一二三])(?:产业?)?[、和及与]?第?([一二三])(?:产业?)?(?:[、和及与]?第?([一二三]))?产(?:业)?")
_QUOTED_RUN = re.compile(r"((?:“[^”“]{1,12}”[、和及与]?){2,})([^，,；;。“]*)$")
# not the 及 of 普及 or 涉及, the 和 of 和谐, the 与 of 参与
_LIST_SEP = re.compile(r"以及|、|(?<![共])和(?![平谐美])|(?<![普涉惠波危])及(?!时)|(?<![参给])与")
_LEADING_COUNT = re.compile(r"^\d+(?:\.\d+)?(?:万|亿)?(?:%s)?(?:以上|以下|左右)?" % LEX.measure_alt)
_TRAILING_ADVERB = re.compile(r"(?:再次|不断|进一步|持续|逐步|稳步|大幅|明显|显著|均|也)+$")
_RATE_HEAD = re.compile(r"(?:的)?((?:[\u4e00-\u7683\u7685-\u9fff]{2})?(?:率|比例|比重|占比))$")  # not across 的
# a modifier naming a place or a zone (全国、自由贸易试验区…): what follows it is the shared head
_PLACE_MODIFIER = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:区|市|省|县|国|镇|村|园|州)(?=[\u4e00-\u9fff]{2,}$)")


def _head_of(item: str, after_place: bool = True) -> str | None:
    """The head noun a list item could share with items before it (…覆盖率 → 覆盖率); with
    after_place, also what follows a place (自贸区负面清单条数 → 负面清单条数)."""
    for h in sorted(LEX.shared_heads, key=len, reverse=True):
        if item.endswith(h) and len(item) > len(h):
            return h
    m = _RATE_HEAD.search(item)
    if m and m.start(1) >= 2:
        return m.group(1)
    m = _PLACE_MODIFIER.match(item) if after_place else None
    return item[m.end():] if m else None


def _share_heads(parts: list[str]) -> list[str]:
    """生活垃圾、污水治理率 → 生活垃圾治理率, 污水治理率: an item without a head takes the next item's."""
    heads = [_head_of(p) for p in parts]
    out = []
    for i, p in enumerate(parts):
        nxt = next((h for h in heads[i + 1:] if h), None)
        # a place opening an item (农村卫生户厕) does not make it a head of its own
        out.append(p + nxt if _head_of(p, after_place=False) is None and nxt and not p.endswith(nxt) else p)
    return out


def _list_parts(s: str) -> list[str]:
    parts = [_TRAILING_ADVERB.sub("", _strip(p)) for p in _LIST_SEP.split(s)]
    parts = [p for p in parts if p]
    return [] if any(len(p) < 2 for p in parts) else parts  # a one-character piece is a word cut in two


def _before_dist(s: str) -> str:
    k = s.find("分别")
    return s[:k] if k >= 0 else s


def _resolve_list(k: int, items: list[str], c: str, ss: int, hs: int, l_hard: str, l_clause: str,
                  subject: str | None, last_list: list[str] | None, share) -> list[str] | None:
    """k subjects for a 分别 list of k numbers whose clause named fewer, or None.

    The constructs: a share of each subject just listed (A、B增加值分别增长…，占…比重分别…);
    ordinal sectors (一、二、三产业增加值); quoted terms side by side (“甲”“乙”完成率);
    subjects joined by 和/及/与 or sharing a head (全国和自贸区清单条数, 生活垃圾和污水治理率);
    abbreviations of the lexicon (产销量); counted subjects (16条A、18个B营业收入); and
    subjects listed in the clause before, measured by this one (A、B、C能力提高，处理率分别…)."""
    if share is not None and subject and last_list and len(last_list) == k and len(items) == 1 \
            and items[0].startswith(subject):
        return [s + items[0][len(subject):] for s in _share_heads(last_list)]
    m = _ORDINAL_SECTORS.search(l_hard)
    if m and len([g for g in m.groups() if g]) == k:
        head = _noun(_before_dist(l_hard[m.end():]))
        return ["第%s产业%s" % (g, head) for g in m.groups() if g]
    text = _before_dist(l_hard)
    m = _QUOTED_RUN.search(text)
    if m:
        terms = re.findall(r"“([^”“]+)”", m.group(1))
        head = _noun(m.group(2))
        if len(terms) == k and head:
            return [t + head for t in terms]
    parts = _list_parts(_noun(text) if "、" in text else text)
    if len(parts) == k:
        return _share_heads(parts)
    if len(parts) == 1:
        expanded = _expand_urban_rural(parts[0], k)
        if len(expanded) == k:
            return expanded
    raw = [p.strip() for p in _LIST_SEP.split(_before_dist(l_clause))]
    if len(raw) == k and all(_LEADING_COUNT.match(p) or not re.search(r"\d", p) for p in raw) \
            and any(re.search(r"\d", p) for p in raw):
        parts = _list_parts("、".join(_LEADING_COUNT.sub("", p) for p in raw))
        if len(parts) == k:
            return _share_heads(parts)
    if hs - 1 > ss and c[hs - 1] in "，,":
        ps = max(c.rfind(ch, ss, hs - 1) for ch in HARD) + 1
        parts = _list_parts(_noun(c[max(ps, ss):hs - 1]))
        attr = _noun(text) if text.strip() else ""
        if len(parts) == k and len(attr) <= 6 and not re.search(r"\d", "".join(parts)):
            lead = LEX.transitive_lead_re.match(parts[0]) or LEX.action_re.match(parts[0])
            while lead and len(parts[0]) - lead.end() >= 2:
                parts[0] = parts[0][lead.end():]  # 清理规范节庆、论坛… → 节庆
                lead = LEX.transitive_lead_re.match(parts[0]) or LEX.action_re.match(parts[0])
            out = []
            for p in parts:
                cut = p.find(attr[:2]) if len(attr) >= 3 else -1
                out.append((p[:cut] if cut >= 2 else p) + attr)  # 城市污水处理能力 + 处理率 → 城市污水处理率
            return out
    return None


def _kind(ment: Mention, tail: str, clause: str):
    """(kind, sign) from the unit and the words before the number."""
    t = LEX.prefix_q_re.sub("", tail.rstrip()) if tail else ""
    t = re.sub(r"(?:分别|均|各|再|了|共|累计|净|实际)+$", "", t)
    up = LEX.up_tail_re.search(t)
    down = LEX.down_tail_re.search(t)
    lvl = LEX.level_tail_re.search(t)
    avg = "年均" in clause[-20:] or (up and up.group(1)) or (down and down.group(1))
    sign = -1 if down and (not up or down.start() <= up.start()) else 1
    grow = bool(up or down)
    if lvl and (up or down):
        # 提高到 / 降至 are levels; 增长 is a change
        lv = lvl.group(0)
        if lv.endswith(("到", "至")) or lv in ("为", "是", "达到", "达"):
            grow = False
    gh = LEX.growth_hold_re.search(t)
    if gh and not (up or down):
        grow = True
        avg = avg or bool(gh.group(1))
        sign = -1 if gh.group(3) else 1
    gn = LEX.growth_nouns_re.search(clause[-16:])
    if ment.shape == "fanfan":
        return "multiple", 1
    if ment.shape == "pct":
        if grow:
            return ("avg_annual_growth" if avg else "growth"), sign
        if gn:
            return ("avg_annual_growth" if avg else "growth"), (-1 if gn.group(0) == "降幅" else 1)
        return "percent", 1
    if ment.shape == "pp":
        return "percentage_points", sign if (up or down) else (-1 if re.search(r"下降|降低|减少|回落", clause[-12:]) else 1)
    if ment.shape == "times":
        if grow:
            return "growth", sign
        return "multiple", 1
    return "value", 1


def sentence_topic(c: str, ss: int, se: int) -> str:
    """What a sentence is about: the noun of its first clause before the predicate
    (东山组团基础设施建设取得突破性进展 → 东山组团基础设施)."""
    m = _HARD_RE.search(c, ss, se)
    first = c[ss:m.start() if m else se]
    if re.search(r"\d", first):
        first = first[: re.search(r"\d", first).start()]
    cut = LEX.topic_cut_re.search(first, 2)
    if not cut:
        return ""
    t = _strip(first[: cut.start()])
    t = LEX.topic_trailing_re.sub("", t)
    return t if len(t) >= 2 and not _is_verb_only(t) else ""


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
    hard_pos = [ss + m.start() for m in _HARD_RE.finditer(sent)]
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
        kind, sign = _kind(first, l_hard, l_clause)
        if kind == "percent" and _GROWTH_AFTER.match(c, group[-1].end, se):
            kind = "growth"
        # ---- indicators
        n_soft = _noun(l_soft)
        n_hard = _noun(l_hard)
        items: list[str]
        share = None
        inherit = False  # the number describes the ones counted just before (总里程, 办复率均…)
        sm = _SHARE.match(n_soft) if n_soft else None
        if sm or (l_soft.lstrip().startswith("占") and kind == "percent"):
            share = (sm.group(1) if sm else _noun(l_soft.lstrip()[1:])).rstrip("的")
        r = _right_phrase(c, first.num_end, se, _is_verb_only(n_soft) and not first.unit.endswith("元"),
                          first.unit.lstrip("万亿") in _COUNT_UNITS | {""}) if (first.shape == "value" and len(group) == 1
                                                      and n_soft not in LEX.money_nouns) else ""
        devote_subject = None
        ym = _DEVOTE.search(l_hard)
        um = _DEVOTE_TO.match(c, first.end, se) if ym else None
        if ym and um and kind == "percent":
            items = [um.group(1) + "支出占" + _strip(ym.group(1)) + "比重"]
            share = True
            devote_subject = um.group(1) + (um.group(2) if um.group(2) in ("领域", "方面", "事业") else "")
        elif share is not None:
            base_subj = subject or ""
            tail = "" if share.endswith(("比重", "比例", "比率", "份额")) else "比重"
            items = [base_subj + "占" + share + tail] if base_subj else [share + tail]
        elif (dist or len(group) > 1) and not _is_verb_only(n_hard):
            items = _split_items(n_hard)
            if len(items) == 1:
                items = _expand_urban_rural(items[0], len(group))
            if len(items) == 1 and len(group) == 1 and items[0].endswith("率") and len(items[0]) <= 5 \
                    and re.search(r"(?<![年平人户])均", l_hard) and len(set(history)) >= 2:
                # 办理建议405件和提案590件，办复率均达100%: the rate of each
                prevs = _distinct_tail(history, min(4, len(set(history))))
                items = [_merge(h, items[0]) for h in prevs]
                inherit = True
        elif r and not dist:
            lead = n_soft
            if after_soft and not re.search(r"\d", l_hard):
                joined = _noun(l_hard.replace("、", ""))
                if len(joined) <= 14:
                    lead = joined
            tv = LEX.transitive_re.search(lead) if lead else None
            verbs = [_DEED_ADVERB.sub("", _LEAD.sub("", x.strip())) for x in l_hard.split("、")] if after_soft else []
            if len(verbs) >= 2 and all(LEX.transitive_lead_re.fullmatch(v) for v in verbs):
                lead = "".join(verbs)  # 取消、下放247项事项: both deeds name the count
            elif not tv:
                # 组团内9条主次干道实现通车, 2号线7座车站封顶: a noun just before the number owns the counted things
                lead = lead.rstrip("内") if _OWNER_BEFORE.search(l_soft) and 2 <= len(lead) <= 10 and not after_soft \
                    and LEX.verb_inside_re.search(lead) is None else ""
            elif _is_verb_only(lead):
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
        elif not _is_verb_only(n_soft) and after_soft and seg_start == hs and not _is_verb_only(n_hard) \
                and all(len(x) <= 8 for x in n_hard.split("、")) and len(group) == 1:
            items = [n_hard.replace("、", "")]
        elif not _is_verb_only(n_soft):
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
                    items = [_merge(owner, n_soft)]
                elif am and len(n_soft) <= 6:
                    items = [am.group(1) + n_soft]
        else:
            if len(group) > 1 and last_list and len(last_list) == len(group):
                items = list(last_list)
            elif len(group) > 1 and len(history) >= len(group):
                items = _distinct_tail(history, len(group))
            elif subject:
                items = [_merge(subject, n_soft) if n_soft in LEX.generic_heads and not subject.endswith(n_soft) else subject]
            elif n_soft in LEX.money_nouns and len(group) == 1:
                items = [n_soft]  # 投入16.54亿元用于…: named below by its purpose or owner
            else:
                items = [_prev_clause_noun(c, ss, hs)]
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
                items = [_merge(out[-1].indicator, items[0][1:])]
        if after_soft and out and prev_end > hs and out[-1].kind == kind and not _LEVEL_OR_FLOW.search(l_soft):
            inherit = True  # 19个国家、26个城市: a list item shares its predicate and period
        if not any(items):
            items = [_fallback_noun(c, first, l_clause, se)]
        if kind == "percent" and len(items) == 1 and LEX.growth_nouns_re.search(items[0][-3:]):
            kind, sign = "growth", (-1 if items[0].endswith("降幅") else 1)
        if len(items) == 1 and len(group) == 1 and items[0] in LEX.split_subjects:
            items = list(LEX.split_subjects[items[0]])
        if len(items) == 1 and _is_generic(items[0]):
            obj = ""
            dm = _R_DE.match(c, first.end, se)
            um2 = _USED_FOR.match(c, first.end, se)
            if dm:
                obj = dm.group(1)
                st = _R_DE_STOP.search(obj, 2)
                if st:
                    obj = obj[: st.start()]
                obj = _strip(obj)
            elif um2:
                obj = _strip(um2.group(1))
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
                    obj = _strip(o) if len(o) <= 14 and not cut_list else ""
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
                pn = _prev_clause_noun(c, ss, hs) if hs > ss else _prev_clause_noun(c, prev[0], prev[1])
                pn = _RAISE_LEAD.sub("", pn)
                k = LEX.counted_attributes.start(pn)
                obj = pn[:k] if k >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", pn[:k]) \
                    and not _PREDICATE_INSIDE.search(pn[:k]) else obj
            if len(obj) >= 2:
                k = LEX.counted_attributes.start(obj) if items[0] in LEX.money_nouns else -1
                items = [_merge(obj[:k] if k >= 2 else obj, items[0])]
        tm = _TASK_AFTER.match(c, group[-1].end, se) if kind == "value" else None
        if tm and len(tm.group(1)) >= 2 and not _is_verb_only(tm.group(1)[:0] or "x"):
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
            listed = _split_items(_noun(l_hard[:dm2.start()]))
            if len(group) > 1 and len(listed) == len(group):
                owners = listed  # 治沙、造林分别完成年度目标任务的113%、220%
            elif dist and len(set(history)) >= 2:
                owners = _distinct_tail(history, min(4, len(set(history))))
            else:
                owners = [subject] if subject else [""]
            items = [_merge(o, rate) if o else rate for o in owners]
        if len(items) == 1 and subject and first.unit.endswith(_AREA_UNITS) and n_soft in _AREA_DEEDS \
                and items[0] in (n_soft, subject) and _money_owner(subject) != subject:
            # 项目完成投资6.1亿元，开工25.9万平方米: the project's floor area started, not its money
            items = [_money_owner(subject) + n_soft + "面积"]
        if len(items) == 1 and first.unit.lstrip("万亿") in ("人", "户", "名", "人次", "") and out:
            bm2 = _BENEFIT.match(c, group[-1].end, se)
            om = _PROJECT_OWNER.search(out[0].indicator) if bm2 and _BENEFIT_LEAD.search(l_clause) else None
            if om:
                # …工程新接入供热面积190万平方米，使2.58万户、近8万市民直接受益: the project's beneficiaries
                items = [om.group(1) + "受益" + _beneficiary_word(c, g, se) for g in group]
        if len(items) == 1 and len(group) == 1 and items[0]:
            items = [_name_by_measure(items[0], first, c, se, r, n_soft)]
        dm3 = _CHANGE_BY.search(LEX.prefix_q_re.sub("", l_hard)) if kind == "value" and len(items) == 1 else None
        if dm3 and items[0] and not items[0].endswith(("额", "量", "数")) and not _is_verb_only(items[0]):
            # 赤字规模5.66万亿元、比上年增加1.6万亿元: the number is the change, not the level
            items = [items[0] + ("减少额" if dm3.group(1) in "减少下降降低" else "增加额")]
        items = [LEX.inner_drop_re.sub("", it) if len(LEX.inner_drop_re.sub("", it)) >= 2 else it for it in items]
        if len(group) > 1 and "分别" in l_hard and len(set(items)) != len(group):
            items = _resolve_list(len(group), items, c, ss, hs, l_hard, l_clause, subject, last_list, share) or items
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
                g_kind, sign2 = _kind(g, c[max(hs, g.start - 12):g.start], c[hs:g.start])
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
                report_id=rid, offset=view.orig(g.start), text=g.text, indicator=_tidy(ind), kind=g_kind,
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
    return _places_and_people(c, ss, se, ments, out)


_PEOPLE_OF = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?:问题)?(?=[，,；;。]|$)")


def _places_and_people(c: str, ss: int, se: int, ments: list[Mention], out: list[Fact]) -> list[Fact]:
    """解决了9个村3.2万人的安全饮水: the places and the people both take the deed and its object
    (解决安全饮水村, 解决安全饮水人口)."""
    if len(ments) < 2 or len(out) != len(ments):
        return out
    for k in range(len(ments) - 1):
        a, b = ments[k], ments[k + 1]
        between = c[a.end:b.start]
        if not (re.fullmatch(r"[\u4e00-\u9fff]{1,3}", between) and b.unit.lstrip("万亿") in ("人", "户", "名")):
            continue
        pm = _PEOPLE_OF.match(c, b.end, se)
        hs = max(c.rfind(ch, ss, a.start) for ch in HARD) + 1
        vm = re.fullmatch(r"[\s，,、]*([\u4e00-\u9fff]{2})了?", c[max(hs, ss):a.start])  # the deed alone opens the clause
        if not (pm and vm):
            continue
        deed = vm.group(1) + pm.group(1)
        out[k] = dataclasses.replace(out[k], indicator=deed + between)
        out[k + 1] = dataclasses.replace(out[k + 1], indicator=deed + ("户数" if b.unit.endswith("户") else "人口"))
    return out


# the number follows a noun directly (片区9条, 2号线7座, 组团内9条), not a verb or a time word
_OWNER_BEFORE = re.compile(r"(?:片区|组团|园区|新区|城区|号线|景区|开发区)(?:内)?$")
_REACH_LEAD = re.compile("(?:%s)" % "|".join(LEX.reach_verbs))
_PREDICATE_INSIDE = re.compile("|".join(sorted(set(LEX.up + LEX.down + LEX.level) - {"增", "降", "减", "涨"}, key=len, reverse=True)))
_DEED_ADVERB = re.compile(r"^(?:累计|共|全年|年内|先后|分别|依法|有序)+")
_BETTER_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,6}?)(?:得到|实现|有了|明显|显著|大幅|进一步)*(改善|提升|提高|改变)")
def _beneficiary_word(c: str, g: Mention, se: int) -> str:
    """8万市民 → 市民; 2.58万户 → 户数; 3000人 → 人数."""
    if g.unit.lstrip("万亿") == "":
        m = re.match(r"[\u4e00-\u9fff]{2,4}?(?=[、，,和及]|直接|均|受益)", c[g.end:se])
        if m:
            return m.group(0)
    return "户数" if g.unit.endswith("户") else "人数"


_BENEFIT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:[、，,和及][^，,；;。]{0,12}?)?(?:直接|均)?受益(?=[，,；;。]|$)")
_BENEFIT_LEAD = re.compile(r"(?:使|让)[^，,；;。]{0,14}$")
_PROJECT_OWNER = re.compile(r"^(.{2,16}?)(?:工程|项目)")
_RAISE_LEAD = re.compile(r"^(?:不断|进一步|持续|全面|切实)?(?:提高|提升|改善|增强|优化)")
_VERB_WRAP = re.compile(r"^(?:进一步|切实|着力|努力|全力|持续)?(?:提高|提升|改善|保障|解决|满足|增加|降低|减轻)(?:了)?(?:我区|我市|我省|我县|我旗|全区|全市|全省|全县)?(?:处于|身处|属于)?(?=[\u4e00-\u9fff]{2})")
_AREA_UNITS = ("平方米", "亩", "平方公里", "公顷")
_AREA_DEEDS = {"开工", "竣工", "完工", "建成", "新开工", "交付", "销售", "新建"}


def _money_owner(ind: str) -> str:
    """红星项目完成投资 → 红星项目 (the owner of a money indicator; the indicator itself otherwise)."""
    for h in sorted(LEX.money_nouns, key=len, reverse=True):
        if ind.endswith(h) and len(ind) - len(h) >= 2:
            return ind[: -len(h)]
    return ind


_CHANGE_BY = re.compile(r"(?:比上年|比去年|较上年|较去年|同比|比上一年|(?<![新净])月|(?<![新净])年)(增加|减少|下降|降低|增|减)了?$")
_COUNT_UNITS = {"个", "家", "项", "所", "座", "条", "处", "名", "户", "台", "辆", "艘", "架", "场", "次", "件", "列", "批",
                "人", "人次", "套", "栋", "间", "张", "只", "头", "株", "棵"}
_ACHIEVED_AFTER = re.compile(r"(?:以上|左右)?(实现|达到)“?([\u4e00-\u9fff]{2,10})”?(?=[，,；;。]|$)")


def _name_by_measure(ind: str, m: Mention, c: str, se: int, r: str, n_soft: str) -> str:
    """Complete a name the measure explains: 中欧班列开行1015列 → …开行列数 (a deed counted in a unit),
    企业注册实现3个工作日办结 → 企业注册办结时间, 事项90%实现“最多跑一次” → 事项实现最多跑一次比例."""
    unit = m.unit.lstrip("万亿")
    if m.shape == "value" and unit in _COUNT_UNITS and ind.endswith(tuple(LEX.counted_deeds)):
        return ind + unit + "数"
    if m.shape == "value" and m.unit in LEX.time_units and r and ind == r and r in LEX.timed_deeds:
        owner = _strip(LEX.transitive_re.sub("", n_soft)) if n_soft else ""
        return owner + r + "时间"
    if m.shape == "pct" and not ind.endswith(("率", "比例", "比重", "占比")):
        am = _ACHIEVED_AFTER.match(c, m.end, se)
        if am:
            return ind + am.group(1) + am.group(2) + "比例"
    return ind


_PEOPLE_UNITS = {"人", "名", "户", "人次", "位", ""}  # 4万居民…，完成投资X: the money is not the residents'
_TASK_AFTER = re.compile(r"(?:的)?(?:年度|全年|今年|年内|全部)?([\u4e00-\u7683\u7685-\u9fff]{2,8}?)(?:工作)?任务")  # not across 的
_PLACE_CMP = re.compile(r"(?:比|较)?(?:高于|低于|快于|慢于|超过|超出)?(?:全国|全省|全区|全市|全州|全盟|全县|东部|中部|西部|东北)(?:平均)?(?:水平)?(?:高|低|快|慢|多|少)?(?:出)?")
_DONE_OF = re.compile(r"(?:分别|均|各)?(?:完成|达到)了?((?:全年|年度|年初|全年度|既定|计划)?(?:目标任务|目标|任务|计划))的$")
_UNTIDY = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


def _tidy(ind: str | None) -> str:
    ind = _UNTIDY.sub("", ind or "").strip("，,、；;：:。")
    return ind


_GENERIC_VERBS = {"改造", "完成", "建设", "实现", "开发", "开工", "竣工", "累计完成", "共完成"}


_GENERIC_RE = re.compile("(?:%s)(?:%s)" % ("|".join(sorted(_GENERIC_VERBS, key=len, reverse=True)),
                                           "|".join(sorted((h for h in LEX.generic_heads if len(h) >= 2), key=len, reverse=True))))


def _is_generic(item: str) -> bool:
    """投资, 面积 … or a verb plus one (改造面积, 完成投资): a head that needs its owner."""
    return item in LEX.generic_heads or _GENERIC_RE.fullmatch(item) is not None


def _merge(obj: str, head: str) -> str:
    """商品房成交 + 成交额 → 商品房成交额."""
    if obj.endswith(head):
        return obj
    for n in range(min(len(obj), len(head)) - 1, 0, -1):
        if obj.endswith(head[:n]):
            return obj + head[n:]
    return obj + head


def _fallback_noun(c: str, m: Mention, l_clause: str, se: int) -> str:
    """Some name for a number no rule could name: the words after it, else
    the clause before it."""
    seg = c[m.end:min(se, m.end + 20)]
    mm = re.match(r"^[“”\"（(]*([\u4e00-\u9fffA-Za-z“”]{2,14})", seg)
    if mm:
        st = _R_STOP.search(mm.group(1), 2)
        r = _strip(mm.group(1)[: st.start()] if st else mm.group(1))
        if len(r) >= 2:
            return r
    n = re.sub(r"[\d.%％]+", "", l_clause).strip("，,、；;：: ")
    return n[-12:] if n else (m.unit or "未命名")


def _prev_clause_noun(c: str, ss: int, hs: int) -> str:
    """The noun of the clause before (调整企业退休人员养老金，达到人均每月3392元)."""
    if hs <= ss + 1:
        return ""
    ps = max(c.rfind(ch, ss, hs - 1) for ch in HARD) + 1
    seg = c[max(ps, ss):hs - 1]
    k = seg.find("是")
    if k >= 2:
        seg = seg[:k]  # 经济增速是综合性指标 → 经济增速
    n = _noun(seg)
    g = LEX.growth_nouns_re.search(seg[-3:])
    if g and n and len(n) <= 3 and seg.endswith(g.group(0)):
        n = n + g.group(0)  # 经济增速, not 经济
    m = LEX.transitive_lead_re.match(n) if n else None
    return n[m.end():] if m and m.end() < len(n) - 1 else n


def _distinct_tail(history: list[str], k: int) -> list[str]:
    out: list[str] = []
    for h in reversed(history):
        if h not in out:
            out.append(h)
        if len(out) == k:
            break
    return list(reversed(out))


