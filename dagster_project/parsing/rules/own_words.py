"""Rules that name a number from its clause's own words: a share and its whole, the
subjects of a list, the noun before the number, a rate named after it."""
from __future__ import annotations

import re

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.counted_owner import whole_list
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.list_subjects import expand_abbreviation, split_items
from dagster_project.parsing.name_completion import COUNT_UNITS
from dagster_project.parsing.noun_phrase import is_verb_only, noun_phrase, strip_phrase
from dagster_project.parsing.rules.state import Naming
from dagster_project.parsing.words import words

_SHARE = re.compile(r"^占(.*?)的?$")
_DEVOTE = re.compile(r"把(.{2,20}?)的$")
_DEVOTE_TO = re.compile(r"[^，,；;。]{0,4}?用于([\u4e00-\u9fff]{2,8}?)(领域|方面|事业|$|[，,；;。])")
_SHARE_WORDS = ("比重", "比例", "比率", "份额")
_VERB_WRAP = re.compile(r"^(?:进一步|切实|着力|努力|全力|持续)?(?:提高|提升|改善|保障|解决|满足|增加|降低|减轻)(?:了)?(?:我区|我市|我省|我县|我旗|全区|全市|全省|全县)?(?:处于|身处|属于)?(?=[\u4e00-\u9fff]{2})")
# what money is for, after it, with or without a comma (安排资金X，用于Y; 投入X开展Y; 筹措资金X，实施Y工程);
# a 、-list of purposes too (支持A、B和C), named in _purpose_name
_PURPOSE_AFTER = re.compile(r"[，,]?(?:专项|主要|重点|全部|专门)?(?:用于(?:支持|扶持|补助|开展|实施)?|支持|扶持|开展|实施)"
                            r"([\u4e00-\u9fff“”、]{2,30}?)(?:工作)?(?=[，,；;。]|$)")
# what money went to, led by a verb that says only that (LEX purpose_leads: 投入约27亿元，加强全市医疗卫生基础设施
# 建设; 投入229.7亿元发展民生事业): the words after the verbs, to the clause's end, with no figure in them
_PURPOSE_LED = re.compile(r"[，,]?(?:%s)++(?![是为对在从向把使让以])([\u4e00-\u9fff“”]{2,20}?)(?:工作|步伐|力度)?(?=[，,；;。]|$)"
                         % LEX.purpose_leads_alt)  # (重点是…, 着力对…: no purpose; 落实A、B、C四方责任: a list no purpose)
# a list closed by 等 and its class (用于教育、医疗、社保等民生工程): the class is what the money is for
_LIST_CLASS = re.compile(r"等(?:项(?!目))?([\u4e00-\u9fff“”]{2,10})$")
_VAGUE_CLASSES = {"方面", "领域", "工作", "项目", "工程", "事业", "建设", "事项", "内容"}
_PCT_OF = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?:得到|实现|达到|完成|获得)([\u4e00-\u9fff]{2,6}?)(?=[，,；;。]|$)")


def whole_of_share(clause: Clause, n_soft: str, kind: str) -> str | None:
    """The whole a share is of (占一般公共预算支出的71% → 一般公共预算支出), or None."""
    share_match = _SHARE.match(n_soft) if n_soft else None
    if share_match:
        return share_match.group(1).rstrip("的")
    if clause.l_soft.lstrip().startswith("占") and kind == "percent":
        return noun_phrase(clause.l_soft.lstrip()[1:]).rstrip("的")
    return None


def share_devoted(n: Naming) -> list[str] | None:
    """坚持把财政支出的75%以上用于民生领域: the purpose's spending as a share of the whole
    (民生支出占财政支出比重); the purpose becomes the subject of what follows."""
    c = n.clause
    if "把" not in c.l_hard:
        return None
    devote = _DEVOTE.search(c.l_hard)
    devote_to = _DEVOTE_TO.match(c.text, n.first.end, c.sent_end) if devote else None
    if not devote_to or n.kind != "percent":
        return None
    purpose = devote_to.group(1)
    n.share = True
    n.devote_subject = purpose + (devote_to.group(2) if devote_to.group(2) in ("领域", "方面", "事业") else "")
    return [purpose + "支出占" + strip_phrase(devote.group(1)) + "比重"]


def share_of_whole(n: Naming) -> list[str] | None:
    """占一般公共预算支出的71%: the subject's share of the whole; after a share of the same
    subject (进出口总额…，占全省的60%、占东北三省的42%) the part, not the share before."""
    if n.share is None:
        return None
    subject = n.clause.subject or ""
    if subject.endswith(_SHARE_WORDS) and "占" in subject and subject.index("占") >= 2:
        subject = subject[:subject.index("占")]
    if n.share == "比":  # 税收收入…，占比达到78%: the text's own word, 占比, is the name's (not 占比比重)
        return [subject.removesuffix("占比") + "占比"] if subject else None
    tail = "" if n.share.endswith(_SHARE_WORDS) else "比重"
    return [subject + "占" + n.share + tail] if subject else [n.share + tail]


def list_subjects(n: Naming) -> list[str] | None:
    """粮食、棉花分别增长2%和3%: a list's numbers spread over the subjects before them."""
    c = n.clause
    if not (c.dist or len(c.group) > 1) or is_verb_only(n.n_hard):
        return None
    items = split_items(n.n_hard)
    return expand_abbreviation(items[0], len(c.group)) if len(items) == 1 else items


def joined_list_item(n: Naming) -> list[str] | None:
    """A number after a list of nouns that name one thing together: the list joined."""
    c = n.clause
    if is_verb_only(n.n_soft) or not c.after_soft or c.seg_start != c.clause_start or is_verb_only(n.n_hard) \
            or len(c.group) != 1 or not whole_list(n.n_hard.split("、")):
        return None
    return [n.n_hard.replace("、", "")]


def list_sharing_rest(n: Naming) -> list[str] | None:
    """卫生、社会保障和社会福利事业投资增长33.8%, 机械、食品、医药工业增加值占规模以上工业的66.1%:
    short items (two to four characters) before a 、 share the rest of the last item's phrase with it,
    and one number after them is the whole list's (卫生社会保障和社会福利事业投资), not the last
    item's alone; longer items or items with figures are clauses or nouns of their own."""
    c = n.clause
    if not c.after_soft or c.seg_start != c.clause_start or len(c.group) != 1 or c.dist or "分别" in c.l_clause:
        return None  # (在职、退休职工…由2300元分别提高到5000元、6000元: each item its own figure)
    parts = n.n_hard.split("、")
    if len(parts) < 2 or len(parts[-1]) < 4 or not all(2 <= len(x) <= 4 and x.isalpha() for x in parts[:-1]) \
            or any(is_verb_only(x) for x in parts[:-1]) or is_verb_only(n.n_soft):
        return None
    return ["".join(parts)]


def noun_before(n: Naming) -> list[str] | None:
    """城镇新增就业4.5万人: the noun phrase just before the number; not a comparison alone (是上一个五年的
    5.4倍, 比上年增长7.6%: what is compared is named before it, by the rules after this one)."""
    if is_verb_only(n.n_soft) or n.kind != "percentage_points" and _comparison_only(n.n_soft):
        return None  # (a gap in points keeps its comparison: 增速比全国高0.6个百分点, name_adjustments)
    return [n.n_soft]


# 累计完成工业投资9490亿元，是上一个五年的5.4倍 (dev: 大连 2008); 城镇登记失业率为4.47%，比控制目标低1.23个百分点:
# words that only say what a figure is compared with, their first word a comparing verb (jieba: 比重, 比亚迪 are words)
_COMPARING = frozenset({"是", "比", "较", "相当于", "分别是", "分别比"})


def _comparison_only(words_before: str) -> bool:
    if not words_before or words_before[0] not in "是比较相分":
        return False
    first = words(words_before[:6])[0]
    return first in _COMPARING or first == "分别" and words_before[2:3] in ("是", "比")


def object_of_verb(n: Naming) -> list[str] | None:
    """提高我区处于低保边缘2600人的生活水平: the verb acts on what follows the number, the
    number counts the noun before it."""
    if not n.clause.text.startswith("的", n.clause.group[-1].end):
        return None
    return [_VERB_WRAP.sub("", n.n_soft) or n.n_soft]


def share_suffix(n: Naming) -> list[str] | None:
    """民营经济增加值占全市经济总量的1/4, named by the noun before it: 比重 added."""
    items = n.items
    if n.kind != "percent" or len(items) != 1 or n.share is not None or "占" not in items[0][1:] \
            or items[0].endswith((*_SHARE_WORDS, "占比", "率")):
        return None  # (市场占有率: a rate already, whose 占 is no share's)
    return [items[0].rstrip("的") + "比重"]


def rate_after(n: Naming) -> list[str] | None:
    """32.42%的行政村生活污水得到处理: the rate of what follows the percent (行政村生活污水处理率)."""
    c = n.clause
    pct_of = _PCT_OF.match(c.text, n.first.end, c.sent_end) if n.kind == "percent" and len(c.group) == 1 else None
    return [pct_of.group(1) + pct_of.group(2) + "率"] if pct_of else None


def split_subject(n: Naming) -> list[str] | None:
    """城乡居民人均可支配收入 for one number: the two subjects the lexicon splits it into."""
    if len(n.items) != 1 or len(n.clause.group) != 1 or n.items[0] not in LEX.split_subjects:
        return None
    return list(LEX.split_subjects[n.items[0]])


def coordinated_leads(n: Naming) -> list[str] | None:
    """新建、改扩建中小学校及幼儿园25所 (新开工和在建项目120个, 省、市级创新型企业92家): deeds or
    levels joined before the noun share it, and the number counts them all (新建改扩建中小学校及幼儿园)."""
    c = n.clause
    if n.rules[:1] != ["noun_before"] or n.items != [n.n_soft] or len(c.group) != 1 \
            or not LEX.coordinated_lead_re.match(n.n_soft):
        return None
    at = c.l_hard.rfind(n.n_soft)
    leads = LEX.coordinated_leads_re.search(c.l_hard, 0, at) if at > 0 else None
    if not leads or c.l_hard[:leads.start()].endswith(("（", "(")):
        return None  # 县（市、区）: the places a county-level count covers, not 市区
    return [leads.group(0).replace("、", "") + n.n_soft]


# money named by a verb that raised or allotted it and then what money it is (安排生态建设资金)
# (财政安排医疗卫生支出: a payer before the verb keeps its place, 财政医疗卫生支出)
_RAISED_MONEY = re.compile("^((?:[\u4e00-\u9fff]{0,4}?财政|预算内)(?:预算)?)?(?:(?:%s)了?)+的?"
                           "(?=[\u4e00-\u9fff“]{2,}(?:资金|经费|补助|补贴|补助金|善款|基金|投资|转移支付|支出)$)"
                           % LEX.money_raising_alt)
_BARE_MONEY = {"专项资金", "财政资金", "各类资金", "各项资金", "配套资金", "财政专项资金", "补助资金"}


# a bare money noun (or none) after money a raising verb just before the number allots
_BARE_RAISED = {"资金", "专项资金", "各类资金", "财政资金", "投入", "投资"}
_RAISED_BEFORE = re.compile("(?:%s)了?(?:约|近|超)?$" % LEX.money_raising_alt)  # 投入约27亿元: a qualifier between
_MONEY_AFTER = re.compile(r"(?:专项|各类|财政)?(?:资金)?")
_RAISING_ONLY = re.compile("(?:%s)了?" % LEX.money_raising_alt)
# a payer and the verb that allotted its money (市财政安排, 市财政共投入, 市政府, 市县两级财政): the name
# says who pays, not what for (市财政安排1.18亿元用于全市低温洪涝灾害救灾复产)
_PAYER_RAISING = re.compile("[\u4e00-\u9fff]{0,4}?(?:财政|政府)(?:共|累计|全年|每年|直接)*(?:%s)?了?" % LEX.money_raising_alt)


def _purpose_name(purpose: str) -> str:
    """The name of what money is for: the purpose; of a 、-list of purposes (支持A、B和C) the class
    it is closed by (…等民生工程 → 民生工程), else its first item (A), which the money is for first."""
    if "、" not in purpose:
        return strip_phrase(purpose) if len(purpose) <= 20 else ""  # longer: a clause of its own, no name
    etc = _LIST_CLASS.search(purpose)
    if etc and etc.group(1) not in _VAGUE_CLASSES:
        return strip_phrase(etc.group(1))
    first = purpose.split("、")[0]
    return strip_phrase(first) if len(first) >= 2 else ""


def money_without_raising(n: Naming) -> list[str] | None:
    """全年安排生态建设资金18.6亿元: the verb that raised or allotted money (安排, 落实, 下达, 筹措,
    LEX money_raising_verbs) is no part of its name where a noun says what money it is
    (生态建设资金; 财政安排医疗卫生支出 → 财政医疗卫生支出, the payer kept); before a bare money noun
    (筹措资金, 安排专项资金, 省财政安排专项资金) it stays, as it says the most."""
    raised = _RAISED_MONEY.match(n.items[0]) if len(n.items) == 1 and "元" in n.first.unit else None
    rest = n.items[0][raised.end():] if raised else ""
    if not raised or rest in LEX.money_nouns or rest in _BARE_MONEY or rest in LEX.list_heads or rest.startswith("用于"):
        return None  # (自治区财政安排用于…的资金: the purpose is a clause, not a noun)
    return [(raised.group(1) or "") + rest]


def purpose_of_money(n: Naming) -> list[str] | None:
    """安排资金1亿元，用于草原生态效益补偿机制试点 (筹措资金X，扶持Y; 安排X专项资金，主要用于Y; 投入X开展Y;
    筹措资金X，实施Y): money named by the verb that raised it is named by what it is for
    (草原生态效益补偿机制试点资金); a list of purposes by its class after 等, else its first item."""
    c = n.clause
    if len(n.items) != 1 or len(c.group) != 1 or "元" not in c.group[0].unit:
        return None  # 涉农整合资金58%用于…: a share of the money, not money
    after = c.group[0].end
    if not LEX.framed_money_re.search(n.items[0]):
        # 省财政每年安排2000万元专项资金，主要用于…: the same money with its noun after the number
        bare = n.items[0] in _BARE_RAISED or _RAISING_ONLY.fullmatch(n.items[0]) is not None \
            or _PAYER_RAISING.fullmatch(n.items[0]) is not None \
            or not n.items[0]  # 筹措X用于Y: the verb alone; 市财政安排X用于Y: its payer; 安排860万元，实施Y: none
        raised = _RAISED_BEFORE.search(c.l_soft) if bare else None
        noun = _MONEY_AFTER.match(c.text, after, c.sent_end) if raised else None
        if not noun:
            return None
        after = noun.end()
    purpose = _PURPOSE_AFTER.match(c.text, after, c.sent_end) or _PURPOSE_LED.match(c.text, after, c.sent_end)
    what = _purpose_name(purpose.group(1)) if purpose else ""
    # 投入5亿元用于教师队伍建设: 教师队伍建设投入 (市财政共投入205亿元用于民生事业: 民生事业投入)
    head = n.items[0][-2:] if n.items[0][-2:] in ("投入", "投资") else "资金"
    return [what + head] if len(what) >= 2 else None


# 得到有效化解的信访积案, 建成投用的5G基站: how or when (LEX settled_adverbs, 经/经过), then deeds that
# define which things are counted (LEX settled_deeds, count_deeds) and 的 before the counted noun
_DEFINING_DEEDS = re.compile(r"^(?:经过|经|已经|已|被)?(?:%s)*((?:%s|%s)+)的([\u4e00-\u9fff“”（）()A-Za-z0-9]{2,})$" % (
    LEX.settled_adverbs_alt, LEX.settled_deeds_alt, LEX.count_deeds_alt))


def deed_of_relative_clause(n: Naming) -> list[str] | None:
    """得到有效化解的信访积案120件, 全市建成投用的5G基站1.2万个: a relative clause before a counted
    noun says which are counted; its deed names them as a deed after the noun does (120件信访积案
    得到有效化解 → 化解信访积案, counted_noun), without the adverbs and the 的."""
    if len(n.items) != 1 or "的" not in n.items[0] or n.first.unit.lstrip("万亿") not in COUNT_UNITS:
        return None  # (新增的涉税市场主体纳税4万亿元: no count, the deed only says whose)
    m = _DEFINING_DEEDS.match(n.items[0])
    if not m or "的" in m.group(2):
        return None
    return [m.group(1) + m.group(2)]


# the units a count of firms or projects takes (产值超500亿元的企业12家, 税收超亿元企业8户)
_FIRM_COUNTERS = {"个", "家", "户", "所"}


def count_over_threshold(n: Naming) -> list[str] | None:
    """产值超500亿元的企业达到12家: a count of the firms (projects) a measure's threshold
    defines is named by the counted noun with its threshold (产值超500亿元企业), never by the
    measure (产值) nor by the bare noun (企业); 总投资1500亿元的项目68个 is a sum, no threshold. The form drops 的, so that 产值超500亿元的企业 and
    产值超500亿元企业, two spellings of one class, are one indicator."""
    c = n.clause
    if len(c.group) != 1 or c.group[0].unit not in _FIRM_COUNTERS or len(n.items) != 1:
        return None
    m = LEX.threshold_count_re.search(c.l_clause)
    if not m or (not m.group("rel") and m.group("fig") in n.items[0]):
        return None  # 新引进投资10亿元以上项目: a threshold by 以上 keeps its name and deed
    # 新增…企业N家, 企业新增N家: the count of new ones keeps its deed; other deeds before the
    # measure (打造, 培育) only frame the count
    name = "".join(m.group(g) or "" for g in ("pre", "measure", "rel", "fig", "above", "noun", "deed"))
    # 新增产值过百亿元企业2家、产值过十亿元企业10家: the list's 新增 the item already took stays
    return None if n.items[0] == "新增" + name else [name]


# a later item of a list of threshold classes: its own line, maybe its noun (、超100亿元, 、过50亿元的, 其中超50亿元)
_THRESHOLD_ITEM = re.compile(r"^(?:其中)?(?P<rel>超过|超|过|突破)?(?P<fig>[0-9.０-９]+[万亿]?元|[百千万]?亿元)(?P<above>以上)?的?"
                             r"(?P<noun>[\u4e00-\u9fff]{0,6}?(?:%s))?(?:达到|达|有)?$" % LEX.threshold_classes_alt)
# the list's first class: a measure (LEX threshold_measures, optional), its line and the noun counted
_FIRST_CLASS = re.compile(r"(?P<pre>新增)?(?P<measure>%s)?(?P<rel>超过|超|过|突破)(?P<fig>[0-9.０-９]+[万亿]?元|[百千万]?亿元)(?:以上)?的?"
                          r"(?P<noun>[\u4e00-\u9fff]{0,6}?(?:%s))" % (LEX.threshold_measures_alt, LEX.threshold_classes_alt))


def threshold_list_item(n: Naming) -> list[str] | None:
    """营业收入超300亿元企业2家、超100亿元5家, 新备案超10亿元项目84个，其中超50亿元19个: a later item of a
    list of classes over a money line writes only its line; it counts the first class's things over
    that line (主营业务收入超100亿元企业), with the first's 新增, measure and relation word when it has none."""
    c = n.clause
    item = _THRESHOLD_ITEM.match(c.l_soft.strip(" ，,、")) if len(c.group) == 1 and c.group[0].unit in _FIRM_COUNTERS else None
    if not item or c.prev_end <= c.sent_start:
        return None
    firsts = list(_FIRST_CLASS.finditer(c.text, c.sent_start, c.group[0].start))
    if not firsts:
        return None
    first = firsts[0]
    name = (first.group("measure") or "") + (item.group("rel") or first.group("rel")) + item.group("fig") \
        + (item.group("above") or "") + (item.group("noun") or first.group("noun"))
    # the deed the item's name already had (引进过百亿元项目6个, 新增…): it stays
    at = n.items[0].find((item.group("rel") or "") + item.group("fig")) if n.items else -1
    own = n.items[0][:at] if at > 0 and is_verb_only(n.items[0][:at]) else ""
    lead = own or first.group("pre") or ""
    return [lead + name]


# a per-head or per-month scope ending the words before a money figure, then only deeds (分别增加, 补助)
_SCOPE_BEFORE = re.compile(r"(%s)([\u4e00-\u9fff]{0,5})$" % LEX.per_head_scopes_alt)
_SCOPE_TAIL = re.compile(r"(?:分别)?(?:%s)?了?$" % LEX.scope_deeds_alt)


def per_head_scope(n: Naming) -> list[str] | None:
    """企业退休人员基本养老金月人均增加180元: the amount is per head and month, and the name keeps the
    scope (…基本养老金月人均, then 增加额), LEX per_head_scopes; noun_phrase dropped it as a trailing
    word. Not a measure per head by itself (低保标准每人每月), LEX per_head_measures."""
    c = n.clause
    scope = _SCOPE_BEFORE.search(c.l_clause.rstrip()) if n.kind == "value" and n.first.unit.endswith("元") else None
    tail = scope.group(2) if scope else ""
    if not scope or not n.items or tail and not _SCOPE_TAIL.fullmatch(tail) \
            and not LEX.verbish_re.match(tail[2:] if tail.startswith("分别") else tail):
        return None
    if any(len(it) < 3 or it in scope.group(1) or LEX.per_head_measures_re.search(it) or it.endswith(scope.group(1))
           for it in n.items):
        return None
    before = c.l_clause.rstrip()[:scope.start()].strip(" ，,")
    if not before or LEX.verbish_re.match(before):
        return None  # …待遇水平，(达到)人均每月3392元: the name is an earlier clause's, whose words say the level
    if not before[before.rfind("、") + 1:] and scope.group(1) == "人均":
        return ["人均" + it for it in n.items]  # 地区生产总值9251亿元、人均4295美元: 人均地区生产总值
    return [it + scope.group(1) for it in n.items]


# 由/从 and the words between it and the from-figure (由去年的, 从五年前的); then, after the
# figure, a verb of change (any, 调整/缩短/精减/跃升) and 到/至/为 before the to-figure
_FROM_WORDS = r"(由|从)(?:(?:19|20)\d\d年|[^，,；;。由从\d]){0,14}"
_CHANGE_WORDS = r"[\u4e00-\u9fff]{1,4}?(?:到|至|为)(?:(?:19|20)\d\d年(?:底|末)?的?)?"
_FROM_BEFORE = re.compile(_FROM_WORDS + "$")
_CHANGE_TO = re.compile(_CHANGE_WORDS + r"(?=\d)")  # after the from-figure
_CHANGE_TO_L = re.compile("^" + _CHANGE_WORDS + "$")  # all the words before the to-figure
_FROM_FIGURE_END = re.compile(_FROM_WORDS + r"[\d.]+[^，,；;。\d]{0,6}$")


def owner_of_change(n: Naming) -> list[str] | None:
    """市政府工作部门从37个调整为32个, 审批时限由300多个工作日缩短到109个工作日: a from-figure
    and its to-figure are the noun's before 由/从 (市政府工作部门), never the verb of change
    between them (调整, 缩短), which is no counted noun and no name; verbs the lexicon knows
    (增加到, 提高到) leave the figures to noun_before and the subject as before."""
    c = n.clause
    if len(c.group) != 1 or c.dist:
        return None
    from_at = _FROM_BEFORE.search(c.l_hard)
    change = _CHANGE_TO.match(c.text, n.first.end, c.sent_end) if from_at else None
    if "、" in c.l_hard[:from_at.start() if from_at else 0]:
        return None  # 固定、移动电话用户由…: the list's subjects, list_subjects's and noun_before's
    if change and not _noun_then_verb(change.group(0)) and (n.counted_noun or _unknown_change(change.group(0))):
        # the from-figure: the noun before 由/从, or the sentence's subject (…，从五年前的2万亿元跃升到…)
        owner = noun_phrase(c.l_hard[:from_at.start()]) or c.subject or ""
    elif _CHANGE_TO_L.match(c.l_hard) and _FROM_FIGURE_END.search(c.text, c.clause_start, c.seg_start) \
            and _unknown_change(c.l_hard) and not _noun_then_verb(c.l_hard):
        owner = c.prev_item_ind or ""  # the to-figure: the from-figure's name
    else:
        return None
    return [owner] if len(owner) >= 2 and not is_verb_only(owner) else None


def _noun_then_verb(words: str) -> bool:
    """厦门港由8个港区扩大到12个港区: a noun (港区) then a verb the lexicon knows (扩大到): the
    figure counts that noun, the change is no verb of its own (只增加到: a unit's character)."""
    return any(len(words) - k >= 2 and is_verb_only(noun_phrase(words[-k:])) for k in range(2, 5))


def _unknown_change(words: str) -> bool:
    """A verb of change the lexicon does not know as one (调整为, 缩短到; not 增加到)."""
    return not is_verb_only(noun_phrase(words))
