"""The subjects a list of numbers is spread over: 、/和-lists sharing a head noun
(城市、农村居民低保标准), coordinate abbreviations (城乡, 存贷款) and the constructs of a
分别 list whose subjects the clause does not spell out one per number."""
from __future__ import annotations

import re

from dagster_project.parsing.clause_subjects import HARD
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.noun_phrase import noun_phrase, strip_deeds, strip_phrase

# an item ending so names a measure of its own (事故起数、死亡人数)
_MEASURE_ENDS = tuple(LEX.shared_heads) + ("数", "量", "额", "率", "人次", "值", "价", "比重", "占比", "指数")
_HEAD_START = ("保险", "居民", "产业", "企业", "收入", "人口", "支出", "人均", "能耗", "排放")


# 县域地区生产总值、财政收入、投资增幅分别高于全市2、13和3.7个百分点: the change word and the
# comparison after the last item are every item's (each a gap, named as one is: …增幅高于全市),
# and so is an owner opening the first item (县域, 三县（区）)
_CHANGE_COMPARED = re.compile(r"(?:等(?:主要|\d项)?(?:经济)?指标)?((?:年均)?(?:增幅|增速))分别"
                              r"((?:高于|低于|快于|慢于)[\u4e00-\u9fff]{1,10}|比[\u4e00-\u9fff]{1,10}[高低快慢])$")
_LIST_OWNER = re.compile(r"^(?:县域|[一二三四五六七八九十两]+[县市区](?:（[县市区]）)?)(?=[\u4e00-\u9fffA-Za-z]{2})")


def _compared_changes(noun: str) -> list[str] | None:
    """The items of a list of changes compared with another place, each with the change word,
    the comparison and the first item's owner; None when the noun is no such list."""
    m = _CHANGE_COMPARED.search(noun)
    if m is None:
        return None
    core = noun[:m.start()]
    parts = [x for x in re.split(r"、|(?<![共])和(?![平谐美])|及|与", core) if x]  # 投资和财政收入
    items = [strip_phrase(x) for x in parts]
    shared = split_items(core)  # 基础设施、民生工程投资: the head the items share, for an item without a measure
    if len(shared) != len(items):  # 基础设施、生态环境和民生工程投资: split on 和 too, then share
        shared = _share_heads(items)
    items = [it if it.endswith(_MEASURE_ENDS) else sh for it, sh in zip(items, shared, strict=True)]
    if len(items) < 2 or not all(items):
        return None
    owner = _LIST_OWNER.match(items[0])
    prefix = owner.group(0) if owner else ""
    return [(prefix if k and not item.startswith(prefix) else "") + item + m.group(1) + m.group(2)
            for k, item in enumerate(items)]


# the second character of a class word a single character can stand for (中等, 大型, 省级, 甲类, 市属, 国控, 东部, 中专)
_CLASS_SUFFIX = frozenset("等型级类属控部专")


def split_items(noun: str) -> list[str]:
    if noun in LEX.split_subjects:
        return list(LEX.split_subjects[noun])
    compared = _compared_changes(noun) if "分别" in noun else None
    if compared:
        return compared
    sep = r"、" if "、" in noun else r"和|与|及|以及"
    items = [x for x in re.split(sep, noun) if x]
    if sep == r"、" and len(items) >= 2 and re.search(r"(?<![共])和(?![平谐美])", items[-1]):
        # 结算率、决算率和通过率: the last item joins two with 和
        tail = [x for x in re.split(r"(?<![共])和(?![平谐美])", items[-1]) if x]
        same_kind = all(len(x) >= 2 and x[-1] == items[0][-1] for x in tail)  # not 租赁和商务服务业
        items = items[:-1] + tail if same_kind else items
    if len(items) < 2:
        return [noun] if noun else []
    last = strip_phrase(re.sub(r"分别[\u4e00-\u9fff]{0,3}$", "", items[-1]))
    formed = (sep == r"、" and straddled_abbreviation(items[:-1], last)) or levels_share_head(items[:-1], last)
    if formed:
        return formed
    if all(len(x) == 1 for x in items[:-1]) and len(last) >= 3 and last[1] in _CLASS_SUFFIX:
        # 中、高等职业教育 → 中等职业教育, 高等职业教育; 省、市级企业 → 省级企业…: one character
        # stands for the last item with its own first character (not 肉、奶、禽蛋产量: 禽蛋 is a word)
        return [x + last[1:] for x in items[:-1]] + [last]
    # share the head noun: 城市、农村居民低保标准 → 城市居民低保标准 …
    last = items[-1]
    head = None
    for word in _HEAD_START:
        i = last.find(word)
        if i > 0 and (head is None or i < head[0]):
            head = (i, last[i:], word)
    if head is None and last.endswith("率") and len(last) >= 5:
        head = (len(last) - 3, last[-3:], last[-3:])
    if head is None:
        for word in LEX.shared_heads:
            if last.endswith(word) and len(last) > len(word):
                head = (len(last) - len(word), word, word)
                break
    head = shared_remainder(items[:-1], last, head)
    out = []
    for item in items[:-1]:
        item = re.sub(r"各项|各类", "", item)
        if head and head[1] == head[2] and (all(len(x) <= 4 for x in items[:-1]) or
                                            (head[2].endswith("率") and not item.endswith("率")) or
                                            # 规上科技服务业、人力资源服务业营收: items that name no measure of their own
                                            (head[2] in LEX.shared_heads and not any(x.endswith(_MEASURE_ENDS) for x in items[:-1]))) \
                and not item.endswith(head[2]):
            item = item + head[1]
        elif head and len(item) <= 4 and not item.endswith(head[2]):
            item = item + head[1]
        elif head and item.endswith(head[2]) and head[1] != head[2]:
            item = item + head[1][len(head[2]):]
        out.append(item)
    # 法规、管理措施分别新增 → 管理措施 (not a comparison: 比平均增速分别高)
    out.append(re.sub(r"各项|各类" + ("" if "比" in last else r"|分别[\u4e00-\u9fff]{0,3}$"), "", last))
    out = [re.sub(r"等$", "", strip_phrase(x)) for x in out]
    return [x for x in out if x]


# characters that start no noun of their own after a modifier (服务业, 行政村, 省上每年); joins; rests too
# vague to share (农村和民生方面)
_BOUND_START = frozenset("业级类型性化者员区市县镇村乡所站厂局院园场馆每各都均也上共")
_JOINED = re.compile(r"和|及|与|、")
_VAGUE_REST = {"方面", "领域", "工作", "等", "地区"}


# Rule STRADDLED_ABBREVIATION. 金融机构存、贷款余额分别增长12%和15% → 金融机构存款余额, 金融机构贷款余额;
# 农村中、小学的生均公用经费 → 农村中学的…, 农村小学的…; 进、出口 → 进口, 出口; 城、乡低保对象: a
# one-character item is the first half of a coordinate abbreviation of the lexicon (存贷款, 中小学,
# 进出口, 城乡: pair_abbreviations) cut by the 、, and takes the rest of it from the next item
def straddled_abbreviation(firsts: list[str], last: str) -> list[str] | None:
    """The items of a two-item list whose 、 cuts a pair abbreviation (存、贷款余额), or None."""
    if len(firsts) != 1 or len(firsts[0]) == 2 or not firsts[0] or not last:
        return None  # (初中、小学: two words, not 初 and a cut 中小学)
    joined = firsts[0] + last
    cut = len(firsts[0])
    for abbr in LEX.pair_abbreviations:
        i = joined.find(abbr)
        if 0 <= i < cut < i + len(abbr) and firsts[0][i:] == abbr[:cut - i]:
            expanded = expand_abbreviation(joined[i:], 2)
            if len(expanded) == 2:
                return [strip_phrase(joined[:i] + x) for x in expanded]
    return None


# Rule LEVELS_SHARE_HEAD. 国家级、省级众创空间分别达到25家和77家 → 国家级众创空间, 省级众创空间;
# 国家、省、市级重点农业龙头企业分别达11户、37户和222户 → 国家级…, 省级…, 市级重点农业龙头企业;
# 新增国家级、省级示范区3个、5个 → 新增国家级示范区, 新增省级示范区: a list of administrative
# levels (LEX list_levels) before one noun: each level keeps the noun (and 级, when the last has it),
# and a deed opening the first item is every item's; the first level is not lost
def levels_share_head(firsts: list[str], last: str) -> list[str] | None:
    """Each level of a 、-list of levels with the noun after the last, or None."""
    k = LEX.list_levels.end(last)
    if k < 0 or len(last) - k < 2 or LEX.list_levels.end(last[k:]) >= 0:
        return None  # (省级和市县两级…: levels of their own after the last)
    noun = last[k:]
    if noun[0] in _BOUND_START:
        return None  # (中央和省上每年支持…)
    lead = ""
    out = []
    for n, item in enumerate(firsts):
        at = LEX.list_level_ends.start(item)
        if at < 0 or (n and at):
            return None  # an item that is no level (科技、国家级…), or words before a later one
        lead = item[:at].removeprefix("分别") if n == 0 else lead
        if lead and (not LEX.verb_inside_re.search(lead) or lead.endswith("为")):
            return None  # only a deed leads them all (新增国家级、省级…), not a place (北京市和中央单位)
        level = item[at:]
        out.append(level + ("级" if last[:k].endswith("级") and not level.endswith("级") else ""))
    return [lead + x + noun for x in out + [last[:k]]]


# Rule SHARED_REMAINDER. 广播、电视综合人口覆盖率分别达到95.4%和96.7% → 广播综合人口覆盖率, 电视综合人口覆盖率
# (城镇、农村常住居民人均可支配收入): the words between the last item's own two-character modifier and
# the head (LEX head_modifiers: 综合, 常住) belong to the head every item shares; 刑事、治安警情分别下降
# 17.9%、33.6% → 刑事警情, 治安警情 (化肥、农药使用量): with no head known, two-character modifiers
# share what follows the last one's, unless that starts inside a word (工业、服务业投资: 业) or a place
# (乡镇、行政村通宽带率: 村), or has a verb in it (风电、光伏发电累计装机)


def shared_remainder(firsts: list[str], last: str, head: tuple[int, str, str] | None):
    """The head the items share, given the one found (at, head, word): extended back to the last
    item's own modifier, or found there when none was."""
    if not firsts or any(len(x) != 2 or x.endswith(_MEASURE_ENDS) or LEX.verb_inside_re.search(x) for x in firsts) \
            or len(last) < 4:
        return head  # (新建、改扩建中小学校: deeds, not modifiers)
    rest = last[2:]
    if head is not None:
        gap = last[2:head[0]]
        return (2, rest, head[2]) if head[0] > 2 and LEX.head_modifiers_re.match(gap) else head
    if rest[0] in _BOUND_START or LEX.verb_inside_re.search(rest) or _JOINED.search(rest) \
            or any(x in rest for x in firsts) or rest in _VAGUE_REST or "分别" in rest:
        return None  # (专利、发明专利授权量: the item is in what follows; 户数和注册资本: a list of its own)
    return (2, rest, rest)


def expand_abbreviation(item: str, k: int) -> list[str]:
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
_LIST_SEP = re.compile(r"以及|、|(?<![共])和(?![平谐美])|(?<![普涉惠波危])及(?!时|以上|以下)|(?<![参给])与")
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
    parts = [_TRAILING_ADVERB.sub("", strip_phrase(p)) for p in _LIST_SEP.split(s)]
    parts = [p for p in parts if p]
    return [] if any(len(p) < 2 for p in parts) else parts  # a one-character piece is a word cut in two


def _before_dist(s: str) -> str:
    k = s.find("分别")
    return s[:k] if k >= 0 else s


def resolve_list(k: int, items: list[str], text: str, sent_start: int, clause_start: int, l_hard: str, l_clause: str,
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
    found = _ORDINAL_SECTORS.search(l_hard)
    if found and len([g for g in found.groups() if g]) == k:
        head = noun_phrase(_before_dist(l_hard[found.end():]))
        return ["第%s产业%s" % (g, head) for g in found.groups() if g]
    words = _before_dist(l_hard)
    found = _QUOTED_RUN.search(words)
    if found:
        terms = re.findall(r"“([^”“]+)”", found.group(1))
        head = noun_phrase(found.group(2))
        if len(terms) == k and head:
            return [t + head for t in terms]
    parts = _list_parts(noun_phrase(words) if "、" in words else words)
    if len(parts) == k:
        return _share_heads(parts)
    if len(parts) == 1:
        expanded = expand_abbreviation(parts[0], k)
        if len(expanded) == k:
            return expanded
    raw = [p.strip() for p in _LIST_SEP.split(_before_dist(l_clause))]
    if len(raw) == k and all(_LEADING_COUNT.match(p) or not re.search(r"\d", p) for p in raw) \
            and any(re.search(r"\d", p) for p in raw):
        parts = _list_parts("、".join(_LEADING_COUNT.sub("", p) for p in raw))
        if len(parts) == k:
            return _share_heads(parts)
    if clause_start - 1 > sent_start and text[clause_start - 1] in "，,":
        prev_start = max(text.rfind(ch, sent_start, clause_start - 1) for ch in HARD) + 1
        parts = _list_parts(noun_phrase(text[max(prev_start, sent_start):clause_start - 1]))
        attr = noun_phrase(words) if words.strip() else ""
        if len(parts) == k and len(attr) <= 6 and not re.search(r"\d", "".join(parts)):
            parts[0] = strip_deeds(parts[0], LEX.transitive_lead_re, LEX.action_re)  # 清理规范节庆、论坛… → 节庆
            out = []
            for p in parts:
                cut = p.find(attr[:2]) if len(attr) >= 3 else -1
                out.append((p[:cut] if cut >= 2 else p) + attr)  # 城市污水处理能力 + 处理率 → 城市污水处理率
            return out
    return None
