"""Rules that name a number by the figure just before it in the sentence: the same
works at another stage, the money, rate or deed of the things just counted, a total."""
from __future__ import annotations

import re

from dagster_project.parsing.clause_subjects import distinct_tail
from dagster_project.parsing.lexicon import LEX, alternation
from dagster_project.parsing.name_completion import COUNT_UNITS, merge_head
from dagster_project.parsing.periods import _LEVEL_OR_FLOW
from dagster_project.parsing.rules.state import Naming
from dagster_project.parsing.words import cut_word

_STAGE = re.compile(r"(?:基本|全部|已)?(?:新开工|开工|完工|竣工|建成|投用|投产|交付|开工建设|建成投用)$")
# 新增22家5G工厂、总数达36家: the total of the things just counted
_DONE_TAIL = re.compile(r"(?:当年|累计|共)?(?:完成|实现)?$")
_TOTALS = {"总数", "总量", "总规模", "总面积", "总里程", "总长度", "总容量", "总产能"}
_TOTALS_OF_PREVIOUS = ("总里程", "总面积", "总长度", "总投资", "总规模", "总量")
# 分别占全省的60.4%和80.4%: each of the figures just before, its share of one whole
_EACH_SHARE = re.compile(r"^分别占(.{1,20}?)的?$")
_SHARE_WORDS = ("比重", "比例", "比率", "份额", "占比")
_ACTION_PREFIX = re.compile(r"^(.{0,2}?(?:%s))" % alternation(LEX.action_set))


def _follows_previous_figure(n: Naming) -> bool:
    """The number is a list item right after the sentence's previous figure (…X个、Y个)."""
    c = n.clause
    return bool(c.after_soft and c.prev_item_ind and c.prev_end > c.clause_start)


def stage_of_previous(n: Naming) -> list[str] | None:
    """老旧小区改造开工742个、完工548个: the same works at another stage."""
    if not _follows_previous_figure(n) or not _STAGE.fullmatch(n.n_soft):
        return None
    prev = n.clause.prev_item_ind
    stage = _STAGE.search(prev)
    return [prev[:stage.start()] + n.n_soft] if stage and stage.start() >= 2 else None


def _of_previous_item(n: Naming) -> bool:
    """A list item whose noun is no deed of its own: it may measure the item before."""
    c = n.clause
    raw_soft = c.l_soft.strip(" ，,、")
    return bool(c.after_soft and c.prev_item_ind and not LEX.action_re.match(n.n_soft)
                and not LEX.light_re.match(raw_soft) and not LEX.transitive_lead_re.match(raw_soft))


def rate_of_previous_owner(n: Naming) -> list[str] | None:
    """重大项目完成投资X、投资完成率Y: the rate of the owner's own measure."""
    if not _of_previous_item(n) or n.kind != "percent" or len(n.n_soft) < 4:
        return None
    prev = n.clause.prev_item_ind
    measured = prev.rfind(n.n_soft[:2], 2)
    if measured < 2 or not n.n_soft.startswith(prev[measured:]) or n.clause.prev_end <= n.clause.clause_start:
        return None
    return [_DONE_TAIL.sub("", prev[:measured]) + n.n_soft]


def money_of_previous(n: Naming) -> list[str] | None:
    """实施治理项目4132个、总投资612亿元: the money (or total) of the things just counted."""
    prev = n.clause.prev_item_ind
    if not _of_previous_item(n) or n.clause.prev_end <= n.clause.clause_start \
            or not (n.n_soft in LEX.money_nouns or n.n_soft in _TOTALS and n.n_soft not in prev):
        return None
    action = _ACTION_PREFIX.match(prev)
    owner = prev[action.end():] if action and len(prev) - action.end() >= 2 else prev
    return [merge_head(owner, n.n_soft)]


_BARE_SHARE = re.compile(r"(?:其|所占的?)?(比重|比例|占比)")


def share_of_previous(n: Naming) -> list[str] | None:
    """全市非公有制企业工业增加值362.74亿元，比重达67%: a bare share word is the share of the
    figure just before in the sentence (非公有制企业工业增加值比重); after a share (内源型经济占
    生产总值的62.5%，比重提高4.5个百分点) it is that share."""
    c = n.clause
    word = _BARE_SHARE.fullmatch(n.items[0]) if len(n.items) == 1 else None
    prev = c.prev_item_ind or ""
    if word is None or len(prev) < 2 or not c.facts:
        return None
    return [prev if prev.endswith(_SHARE_WORDS) else prev + word.group(1)]


# the deeds that open a counted figure's name (开工建设和筹措各类保障房), and a stage that ends it
# (10亿元以上重大项目新开工)
_DEED_RUN = re.compile(r"^(?:(?:%s|%s|新筹集|筹措|筹集|收购)了?[和及与、]?)+" % (LEX.count_deeds_alt, alternation(LEX.action_set)))
_STAGE_END = re.compile(r"(?:%s)$" % LEX.stage_deeds_alt)
_DEED_END = re.compile(r"(?:%s|%s)$" % (LEX.count_deeds_alt, alternation(LEX.action_set)))
_CLAUSE_ENDS = re.compile(r"(?:以上|左右|多|余)?(?:[，,；;。、）)]|$)")
_DWELLINGS = {"户": "套"}  # 新建住房6000套，分配4200户: the dwellings go to households


def stage_of_earlier_figure(n: Naming) -> list[str] | None:
    """新建保障性住房6000套，完成分配4200户 / 开工建设保障房2.7万套，竣工2.48万套: a bare stage
    of works (LEX stage_deeds) counts the works the figure before counted, in the same unit
    (保障性住房分配, 保障房竣工); the figure's deed or stage gives way to this one."""
    c = n.clause
    # (分配8858套公共租赁住房: a noun after the number names the works itself)
    ends = _CLAUSE_ENDS.match(c.text, n.clause.group[-1].end)
    prev = c.facts[-1] if c.facts and len(n.items) == 1 and n.kind == "value" and ends else None
    if prev is None or n.items[0] not in LEX.stage_deeds or prev.kind != "value" or not prev.unit \
            or _DWELLINGS.get(prev.unit.lstrip("万亿"), prev.unit.lstrip("万亿")) != _DWELLINGS.get(
                n.first.unit.lstrip("万亿"), n.first.unit.lstrip("万亿")):
        return None
    name = prev.indicator
    deeds = _DEED_RUN.match(name)
    stage = _STAGE_END.search(name, 2) if not deeds else None
    if deeds or stage:
        works = name[deeds.end():] if deeds else name[:stage.start()]
    else:  # 亿元以上工业项目60项、竣工50项; not 市区支路建设整治53条 (a deed ends it: its works are unclear)
        works = "" if _DEED_END.search(name) else name
    return [works + n.items[0]] if len(works) >= 2 else None


def deed_of_previous(n: Naming) -> list[str] | None:
    """减免房租12亿元、税额8亿元: a short noun takes the deed of the figure before (减免税额);
    a rate is no deed's object (城镇新增就业X、调查失业率Y). A count's noun of any length takes it
    when it holds no deed of its own: 新增高新技术企业4000家、科技型中小微企业10000家 → 新增科技型中小微企业;
    关闭砖厂206家、水泥厂47家 → 关闭水泥厂 (any deed that defines a count, LEX count_deeds)."""
    if not _of_previous_item(n) or n.kind == "percent" or len(n.n_soft) > 6 and not _counted_plain_noun(n):
        return None
    action = _ACTION_PREFIX.match(n.clause.prev_item_ind)
    if not action and n.first.unit.lstrip("万亿") in COUNT_UNITS and not _OWN_DEED_LEAD.match(n.n_soft):
        action = _DEED_PREFIX.match(n.clause.prev_item_ind)  # (制定规章5件、修改32件: the item's own deed)
    deed = re.sub(r"^[^\u4e00-\u9fff]+", "", action.group(1)) if action else ""  # 3.建设 → 建设: a list number is no deed
    if len(n.n_soft) > 6 and deed in LEX.framing_verbs:
        return None  # 实施…1.5万户、农牧民居住条件改善工程3万户: a framing verb names no count (LEX framing_verbs)
    return [deed + n.n_soft] if deed else None


# the deeds opening the previous figure's name (关闭小煤矿, 评选表彰道德模范, 新建改扩建…: LEX action, count_deeds)
_DEED_PREFIX = re.compile(r"^(新?(?:%s|%s)(?:(?:和|与|及|并)?(?:%s))*)" % (
    alternation(LEX.action_set), LEX.count_deeds_alt, LEX.count_deeds_alt))
# a list item's own deed (修改32件, 获国家科技奖30项, 新成立民办医院44家, 筹集保障性租赁住房): every verb class
_OWN_DEED_LEAD = re.compile("^新?(?:%s)" % alternation({w for k in (
    "up", "down", "level", "action", "transitive", "count_deeds", "status_deeds", "settled_deeds", "stage_deeds",
    "enabling_verbs", "reach_verbs", "giving_verbs", "event_verbs", "framing_verbs", "solving_verbs",
    "money_raising_verbs", "threshold_verbs") for w in LEX.verbs[k]}))


_COUNT_DEEDS_ONLY = re.compile("(?:%s|%s)+" % (LEX.count_deeds_alt, LEX.stage_deeds_alt))  # 废止, 竣工, 完工


def object_of_previous(n: Naming) -> list[str] | None:
    """制定政府规章5件、修改32件、废止84件 (清理文件670件，废止338件): a count named by a deed alone
    (LEX count_deeds, stage_deeds) in the unit of the figure just before (no money: 投入…，新增…), whose name is a deed and its object,
    counts the same things: its own deed and that object (修改政府规章, 废止文件); the deed alone
    says what was done, not to what."""
    c, deed = n.clause, n.lone_name
    unit = n.first.unit.lstrip("万亿")
    last = c.facts[-1] if c.facts else None
    if not deed or not _COUNT_DEEDS_ONLY.fullmatch(deed) or n.kind != "value" or "元" in unit or last is None \
            or last.unit.lstrip("万亿") != unit or last.indicator != c.prev_item_ind \
            or c.text.rfind("其中", c.sent_start, n.first.start) >= 0:
        return None  # (其中新开工45个、竣工投产21个: the parts of a whole, deed_part_of_whole's)
    lead = _DEED_PREFIX.match(last.indicator) or _OWN_DEED_LEAD.match(last.indicator)
    thing = last.indicator[lead.end():] if lead else ""
    return [deed + thing] if len(thing) >= 2 and not _OWN_DEED_LEAD.match(thing) else None


def owner_of_output_change(n: Naming) -> list[str] | None:
    """粮食总产380.8亿斤，比上年增产1.5亿斤 (产量250.2亿斤、增产20.1亿斤): a change named by a deed alone
    that changes an output (LEX output_changes: 增产, 减产), after the figure of that output in the
    same unit, is the change of that output's owner (粮食增产); the deed alone says not what grew."""
    c, deed = n.clause, n.lone_name
    last = c.facts[-1] if c.facts else None
    if deed not in LEX.output_changes or n.kind != "value" or last is None \
            or last.unit.lstrip("万亿") != n.first.unit.lstrip("万亿"):
        return None
    output = next((m for m in LEX.output_changes[deed] if last.indicator.endswith(m)), "")
    owner = last.indicator[:-len(output)] if output else ""
    if len(owner) < 2 or cut_word(last.indicator, len(owner)):
        return None  # 农业生产量: the output's word does not start there, no owner before it
    return [owner + deed]


def _counted_plain_noun(n: Naming) -> bool:
    """A count (个, 家, 人 …) whose list item is a plain noun (no verb, no measure of its own)
    after a figure of its clause: the deed of the list's first item says which of them are counted."""
    return n.kind == "value" and n.first.unit.lstrip("万亿") in COUNT_UNITS and len(n.n_soft) <= 14 \
        and n.clause.prev_end > n.clause.clause_start \
        and not _VERB_IN_NOUN.search(_WORKS_OF_DEED.sub("", n.n_soft)) and not _SETTLED_INSIDE.search(n.n_soft) \
        and not n.n_soft.endswith(tuple(LEX.generic_heads))


# a verb in a count's noun (不超过…, 新建并投用) is a deed of its own; not a verb that makes a noun with the
# words after it (服务站, 管理中心; 整治示范村, 改造项目: LEX works_heads) nor a light word (全国)
_VERB_IN_NOUN = re.compile(alternation(
    w for w in LEX.verbs["action"] + LEX.verbs["transitive"] + LEX.up + LEX.down + LEX.level if w not in ("服务", "管理")))
_WORKS_OF_DEED = re.compile("(?:%s)(?=%s)" % (LEX.count_deeds_alt, LEX.works_heads_alt))
# 下岗失业人员再就业, 设立名医工作室: a deed of its own (LEX settled_deeds, count_deeds)
_SETTLED_INSIDE = re.compile("%s|^(?:%s)" % (LEX.settled_deeds_alt, LEX.count_deeds_alt))


_JOINED = re.compile(r"^\s*(?:和|及|以及)")
_COUNT_DEED_LEAD = re.compile(r"^(?:%s)+" % LEX.count_deeds_alt)


def deed_of_joined_item(n: Naming) -> list[str] | None:
    """新建体育健身设施2600多处和健身绿道2700多公里: a noun joined by 和 to a counted figure
    shares the deed that leads it (新建健身绿道); the deed defines both counts."""
    c = n.clause
    if c.after_soft or n.kind != "value" or not c.prev_item_ind or c.prev_end <= c.clause_start \
            or not _JOINED.match(c.l_hard) or len(n.n_soft) > 8 and not _counted_plain_noun(n) or LEX.action_re.match(n.n_soft) \
            or LEX.transitive_lead_re.match(n.n_soft) or n.n_soft.startswith("总") or n.n_soft in LEX.generic_heads:
        return None  # 引进项目20个和总投资50亿元: a total of the figure before, no second deed
    deed = _COUNT_DEED_LEAD.match(c.prev_item_ind)
    return [deed.group(0) + n.n_soft] if deed else None


# the words that say the things counted before are the new ones (净增国家高新技术企业, 国家级高新区新增,
# 在穗投资世界500强企业增加额), which a total of them all is not
_NEW_ONES_BEFORE = re.compile(r"^(?:新增|净增|新认定|新晋|新缔结|新引进)")
_NEW_ONES_AFTER = re.compile(r"(?:新增|净增|增加额|增加|减少额)$")


def total_of_previous(n: Naming) -> list[str] | None:
    """全市共实施工业项目2458个，总投资1837亿元: a total named by the figure before (实施工业项目投资);
    新增上市公司6家，总数达66家: the count of all the things counted before, without the deed that
    counted the new ones (上市公司总数)."""
    c = n.clause
    if len(n.items) != 1 or not c.facts or c.after_soft or n.kind != "value" or not c.facts[-1].indicator:
        return None
    if n.items[0] == "总数" and len(c.group) == 1 and c.facts[-1].unit.lstrip("万亿") == n.first.unit.lstrip("万亿"):
        prev = _NEW_ONES_AFTER.sub("", c.facts[-1].indicator)
        deed = _COUNT_DEED_LEAD.match(prev) or _NEW_ONES_BEFORE.match(prev)
        return [(prev[deed.end():] if deed and len(prev) - deed.end() >= 2 else prev) + "总数"]
    return [merge_head(c.facts[-1].indicator, n.items[0][1:])] if n.items[0] in _TOTALS_OF_PREVIOUS else None


def describes_previous(n: Naming) -> bool:
    """The number describes the ones just before and shares their period: a total
    (总里程, 总投资) or a list item of the same kind (19个国家、26个城市)."""
    c = n.clause
    if len(n.items) == 1 and n.items[0].startswith("总") and c.facts and not c.after_soft and n.kind == "value":
        return True
    return bool(c.after_soft and c.facts and c.prev_end > c.clause_start and c.facts[-1].kind == n.kind
                and not _LEVEL_OR_FLOW.search(c.l_soft))


def shares_of_earlier(n: Naming) -> list[str] | None:
    """高新技术企业804家和软件企业82家，分别占全省的60.4%和80.4%: each figure before, in order,
    its share of the whole (高新技术企业占全省比重, 软件企业占全省比重)."""
    c = n.clause
    each = _EACH_SHARE.match(c.l_hard.strip(" ，,")) if len(c.group) > 1 and n.kind == "percent" else None
    earlier = distinct_tail(c.history, len(c.group)) if each else []
    whole = each.group(1).strip(" “”") if each else ""  # as written: 全市总数, not 总数
    if len(earlier) < len(c.group) or len(whole) < 2 or min(map(len, earlier)) < 2:
        return None
    n.share = whole
    return [name + "占" + whole + ("" if whole.endswith(_SHARE_WORDS) else "比重") for name in earlier]


_MEASURE_VERB = re.compile(r"^(?:实现|完成|达到|共|累计)")
_OWNER_WORDS = re.compile(r"[\u4e00-\u9fff“”]{2,12}")  # longer: a clause (专家在我省开展产学研合作项目), no owner
_SCOPES = alternation(LEX.owner_scopes)
_SCOPE_BEFORE = re.compile("(?:%s)(?:实现|完成)?$" % _SCOPES)  # ends where the measure starts
_OWNER_DEED = re.compile("(?<=..)(?:实现|完成)")
_TIME_OWNER = re.compile(r"(?:季度|[年月])$")  # 第一季度产值…，利税: a time, not an owner
_OWNER_PREDICATE = re.compile(alternation(w for w in LEX.up + LEX.down if len(w) >= 2))


def owner_of_measure(n: Naming) -> list[str] | None:
    """软件销售收入100亿元，出口3亿美元 (省属国企营业收入增长10.8%，利润增长15.6%): a bare
    measure only an owner has (利润, 净资产), or trade after that owner's measure, is the owner's
    of the figure before it in the sentence (软件出口, 省属国企利润); in a list, of the item before."""
    c = n.clause
    if not c.facts and len(n.items) < 2:
        return None
    last = c.facts[-1] if c.facts else None  # 汽车整车进口450辆: vehicles, not the trade of their owner
    prev = last.indicator if last and (last.kind != "value" or "元" in last.unit) else ""
    a, b = c.prev_end, c.group[0].start
    crossed = c.text.find("；", a, b) >= 0 or c.text.find(";", a, b) >= 0  # a new part: a place's trade again
    named = []
    for item in n.items:
        # (most items are no owned measure: asked first, the scope is looked for only for the rest)
        owned = _owned_by(prev, item, crossed)
        said = owned is not None and _said_with_scope(item, c.l_hard)  # 全市出口总额: the place's
        named.append(owned if owned and not said else item)
        prev, crossed = named[-1], False
    return named if named != n.items else None


def _said_with_scope(item: str, text: str) -> bool:
    """Whether text says item right after a scope word (全市出口总额, 全省实现营业收入). One
    compiled pattern for the scopes, not one per item: a pattern per item compiled the scopes'
    alternation again for most clauses and halved the parser's speed."""
    start = text.find(item)
    while start != -1:
        if _SCOPE_BEFORE.search(text, 0, start):
            return True
        start = text.find(item, start + 1)
    return False


def _owned_by(prev: str, item: str, crossed: bool) -> str | None:
    """item, a bare owned or trade measure, given the owner of the measure prev (or None)."""
    measure = _MEASURE_VERB.sub("", item)
    trade = measure in LEX.trade_measures
    if not (trade or measure in LEX.owned_measures) or trade and crossed:
        return None
    k = LEX.owner_measures.start(prev)
    before = prev[k:] if k >= 2 else ""
    if not before or before in measure or trade and before not in LEX.owned_measures | LEX.trade_measures:
        return None  # 工业增加值增长8%，出口增长5%: a place's headline list, the exports are the place's
    owner = LEX.owner_trailing_re.sub("", _OWNER_DEED.split(prev[:k])[0]).removesuffix("的")  # 国有经济完成工业总产值 → 国有经济
    if owner in LEX.owner_scopes or _TIME_OWNER.search(owner) or not _OWNER_WORDS.fullmatch(owner) \
            or _OWNER_PREDICATE.search(owner) or LEX.up_tail_re.search(owner) or LEX.transitive_lead_re.match(owner) \
            or owner.endswith("产品") and not trade:  # 新产品产值…，利润总额: a product has no profit, its makers do
        return None
    return owner + measure
