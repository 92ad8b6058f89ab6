"""The noun after a number, for counts no noun before names (建成3个贫困村 → 贫困村),
and a counted noun named by its deed (44个村成立…公司 → 成立…公司村)."""
from __future__ import annotations

import re

from dagster_project.parsing.lexicon import LEX, alternation, joined_place_lists
from dagster_project.parsing.noun_phrase import strip_phrase
from dagster_project.parsing.numbers import Mention

# 5G, 1+X: digits inside a name only when letters or + go with them
# (a rank's digits are part of the noun: 10家世界500强企业, 中国500强企业)
_R_PHRASE = re.compile(r"^((?:\d+[A-Za-z]+|[A-Za-z]+)?[\u4e00-\u9fff“](?:[\u4e00-\u9fffA-Za-z“”（）()&]|\+(?=[A-Za-z])|\d(?=\d*\+?[A-Za-z])|(?<=[界国球内])\d(?=\d*强)|(?<=\d)\d(?=\d*强)){0,17})")
# 5家以上企业: the noun follows the qualifier (not 多, 余: 45个多功能运动场)
_SUFFIX_QUALIFIER = re.compile(r"以上|以下|左右|之多")
# where a counted noun ends: a deed, a joining word, an adverb (not 共 in 公共, 共享, nor 为 in 为老服务)
# (nor 和 in a joined term, LEX joined_terms: 和美乡村)
_R_STOP = re.compile(
    r"闻令|奔赴|喜迁|荣获|获评|启动|取得|完工|建立|全部|全面|(?<![费信作应使利适])(?:专项|重点|主要|集中|全部|专门)?用于|于|实现|达到|完成|进行|开展|顺利|得到|已|将|的|和(?!%s)|以及|及|与|在|成为|为(?!民|老)|(?<![高中初平均对])等(?![级于])|被|实施|提升|提档|建设(?!先行|示范[县区市])|投入|入驻|发放|受益|直接|(?<!公)共(?!享)|均|各|分别|参加|参与|通过|获得|达|纳入|就能|覆盖|全覆盖|推行|开工|竣工|建成|改造|正式|主体|主力|任务|脱贫|摘帽|稳定|落户|落地|大幅" % LEX.joined_rest_alt
)
# 1320户商贸、交通、建设等领域的: examples of the counted things, closed by 等 and their class
_EXAMPLES_ETC = re.compile(r"[^\d，,。；;：:、]{1,12}(?:、[^\d，,。；;：:、]{1,12})+?(?:(?:和|及|以及)[^\d，,。；;：:、]{1,12}?)?"
                           r"等(?:(?:领域|行业|方面|类型|类别|门类|产业|类)的?|的)?")
# counted things whose attribute changed (行政村环境发生明显变化): the things are counted, named by the change
_CHANGED = re.compile(r"((?:(?!的)[\u4e00-\u9fff]){2,10}?)((?:%s)?(?:%s))(?:发生|得到|有了|实现)?了?(?:明显|显著|根本性?|较大|很大|大幅|全面|进一步|极大)*的?"
                      r"(改善|提升|提高|变化|改观|好转)(?=[，,；;。]|$)" % ("|".join(LEX.attribute_heads.words),
                                                   alternation([*LEX.counted_attributes.words, *LEX.verbs["changed_conditions"]])))
# counted things whose progress a clause reports (加快建设, 稳步推进, 建设进展顺利): the things are counted
_PROGRESS = re.compile(r"((?:(?![的等和])[\u4e00-\u9fff“”]){2,14}?)(建设|工程建设|开发)?"
                       r"(?:(?:加快|加速|稳步|有序|顺利|快速|扎实)([\u4e00-\u9fff]{0,4})|进展顺利)(?=[，,；;。]|$)")
# the deed after the pace names the things (32项指标顺利完成 → 完成指标, 项目顺利竣工 → 竣工项目)
_PROGRESS_DEED = re.compile("(?:%s|%s)$" % (LEX.count_deeds_alt, LEX.settled_deeds_alt))
_SCOPE = re.compile(r"全国|全省|全市|全区|全州|全县")
_RELATIVE = re.compile(r"[\u4e00-\u9fff]{2,14}的[\u4e00-\u9fff]{2,10}(?=[，,；;。]|$)")
_NOT_A_NOUN = set("并又也还且而")  # 2000亿元并纳入预算: a conjunction, not a counted noun
_BARE_NUMBER = re.compile(r"^\d+(?![A-Za-z\d])")
# a deed inside a counted noun that leads the works counted (老旧小区改造项目, 民居建设试点), LEX works_heads,
# the name's end: the clause ends or another item is joined
_WORKS = re.compile(r"(?:建设|改造|提升|提档升级|提升改造|改造提升)(?:%s)(?=[，,；;。、和及与]|$)" % LEX.works_heads_alt)
_R_VERB_START = re.compile("^(?:%s)" % alternation(LEX.up + LEX.down + LEX.level))


def noun_after(text: str, pos: int, end: int, after_de: bool = False, counted: bool = True) -> str:
    """The noun after a number (3个贫困村); with after_de, also after 的 (23万平方米的建材城完工),
    for numbers no noun before names."""
    if after_de and text.startswith("的", pos):
        pos += 1
    q = _SUFFIX_QUALIFIER.match(text, pos, end)
    pos = q.end() if q else pos  # 5家以上企业入驻
    examples = _EXAMPLES_ETC.match(text, pos, end) if counted else None
    if examples:
        head = noun_after(text, examples.end(), end, False, counted)
        if head and (not LEX.transitive_lead_re.match(head) or _SETTLED_START.match(head)) \
                and head not in LEX.generic_heads | {"项目", "工程"}:
            return head  # 1320户商贸、交通等领域的地方国有企业: the enterprises, not the first example
    seg = joined_place_lists(text[pos:min(end, pos + 28)])  # 80个县（市、区） → 县市区
    levels = LEX.level_list_re.match(seg) if counted and seg[:1] in LEX.level_first else None
    if levels:  # 76个国家和市级重点实验室, 5个省、市级工程技术研究中心: the levels share the noun after them
        rest = noun_after(text, pos + levels.end(), end, False, counted)
        if len(rest) >= 2 and not _R_VERB_START.match(rest):
            return levels.group(0).replace("、", "") + rest
    places = LEX.place_list_re.search(text, pos, min(end, pos + 28)) if counted and "（" in text[pos:pos + 28] else None
    pair = LEX.paired_places.end(seg) if counted and seg.startswith("国家") else -1
    if places and places.start() == pos or pair > 0:
        return _places_by_deed(text, pos, end, seg[:pair] if pair > 0 else joined_place_lists(places.group(0)))
    m = _R_PHRASE.match(seg)
    if not m:
        return ""
    noun = m.group(1)
    if places:  # 20个人口大县（市、区）给予…: the noun ends with the place list, what follows is no part of it
        noun = noun[:places.end() - pos - sum(map(places.group(0).count, "（、）"))]
    if noun.startswith("时间"):
        noun = noun[2:]
    changed = _CHANGED.match(seg, m.start(1)) if counted else None
    if changed and not LEX.verb_inside_re.search(changed.group(1)):
        return changed.group(2) + changed.group(3) + changed.group(1)  # 2000多个行政村环境发生明显变化 → 环境变化行政村
    progress = _PROGRESS.match(seg, m.start(1)) if counted else None
    if progress and not LEX.verb_inside_re.search(progress.group(1)):
        # 32个美食聚集区加快建设: the areas being built are counted (建设美食聚集区), not their progress;
        # a framing verb (稳步推进) names nothing
        deed = progress.group(2) or (progress.group(3) if _PROGRESS_DEED.fullmatch(progress.group(3) or "") else "")
        return deed.replace("工程", "") + strip_phrase(progress.group(1))
    relative = _RELATIVE.match(seg) if noun and _R_VERB_START.match(noun) else None
    if relative:
        return relative.group(0)  # 100所达到二级医院服务能力的县域医疗卫生次中心: what the clause describes
    if not noun or noun[0] in _NOT_A_NOUN or (LEX.right_blockers_re.match(noun) and not noun.startswith("规模以上")) \
            or noun[0] in "和及与或、" and LEX.joined_terms.end(noun) < 0 or _R_VERB_START.match(noun) or _BARE_NUMBER.match(noun):
        return ""
    described = _descriptive_head(text, pos + seg.find(noun), end, noun, after_de, counted) if "的" in noun[2:] else None
    if described is not None:
        return described
    scope = _SCOPE.match(noun)
    if scope:
        # 5家全国重点实验室: after a count, 全国 ranks the things (national labs), it is no scope word
        rest = noun_after(text, pos + scope.end(), end, after_de, counted)
        return scope.group(0) + rest if rest and seg.startswith(scope.group(0) + rest[:2]) else rest
    # a leading verb (实现新增…清零): skip it
    light = LEX.light_prefixes.end(noun)  # (LEX.light_re.match)
    if 0 <= light < len(noun):
        noun = noun[light:]
    return _noun_to_stop(seg, noun, counted)


# a head cut mid-phrase (5万户有条件的农牧民新建或改造住房), a clause (…社区安装了…) or a rate
# (1.68万栋有安全隐患的经营性自建房风险管控率为100%) is no counted noun after 的
_NOT_A_HEAD = re.compile(r"了|[或正率]$")


def _descriptive_head(text: str, at: int, end: int, noun: str, after_de: bool, counted: bool) -> str | None:
    """The head after 的 when the words before it only describe the counted things, or None:
    a describing clause is dropped (引进2—3所具有较强研发能力的大学 → 大学; 12个有影响力的优势产业集群,
    LEX descriptive_leads, descriptive_ends), a rank or size stays before the head (10所以上国内一流的
    特色高中 → 国内一流特色高中, 20个产值超亿元的技改项目, LEX rank_ends)."""
    modifier = noun[:noun.find("的")]
    if LEX.descriptive_not.end(modifier) >= 0 or _R_STOP.search(modifier, 1) and not modifier.startswith("在"):
        return None  # 有线电视用户的…: a noun; 贫困村的整村推进项目 is no modifier either (no lead, no end)
    lead = LEX.descriptive_leads.end(modifier) > 0 or modifier.startswith("在") and "有" in modifier
    rank = not lead and LEX.rank_ends.start(modifier) >= 0
    if not (lead or rank or LEX.descriptive_ends.start(modifier) >= 0):
        return None
    head = noun_after(text, at + len(modifier) + 1, end, after_de, counted)
    if len(head) < 2 or _R_VERB_START.match(head) or _NOT_A_HEAD.search(head):
        return None  # 468个具备条件的社区安装了户外健身器材: a clause follows, no plain head
    return modifier + head if rank else head


def _noun_to_stop(seg: str, noun: str, counted: bool) -> str:
    """The counted noun of the words after a number: whole when a deed inside it leads the
    works counted, named by a deed after it, else cut at the first stop word."""
    bare = _BARE_DEED.match(seg, seg.find(noun)) if counted and _ADVERBS.match(noun) else None
    if bare or _ADVERB_THEN_DEED.match(noun):
        # 国、省控断面6个稳定达到三类水质: the noun is before the number, 稳定 is no noun; a bare
        # deed stays (5万人直接受益 → 受益, 8个已建成投产 → 建成投产; 稳定 of a term stays: 1人稳定就业)
        return ("稳定" if "稳定" in bare.group(0) else "") + bare.group(1) if bare else ""
    became = _became(seg, noun) if counted else ""
    if became:
        return became
    quoted = noun.find("”") + 1 if noun.startswith("“") else 1  # “三年全面提升”项目: no stop inside the quotes
    stop = _R_STOP.search(noun, max(1, quoted))
    works = _WORKS.match(noun, stop.start()) if stop and stop.start() >= 2 else None
    if works:
        return strip_phrase(noun[:works.end()])  # 25个老旧小区改造项目: the projects, not the areas
    named = _named_by_deed(seg, noun, counted)
    if named:
        return named
    if stop:
        short_noun = noun[: stop.start()]
        named = _short_noun_by_deed(seg, short_noun, counted)
        if named:
            return named
        # 145项重点任务: tasks are the counted things unless a deed names them (8008户改造任务)
        noun = short_noun + "任务" if stop.group() == "任务" and len(short_noun) >= 2 \
            and not LEX.verb_inside_re.search(short_noun) else short_noun
    return _without_attribute(seg, noun, counted)


def _named_by_deed(seg: str, noun: str, counted: bool) -> str:
    """A counted noun named by the deed after it (3个园区入围全国百强 → 入围全国百强园区;
    12个项目投产 → 投产项目), or ""."""
    k0 = seg.find(noun)
    for k in range(1, 13):
        # a noun of four or more characters (职业院校, 养老服务机构) only when it is all words and no
        # verb: not “两重”建设项目
        deed = _DEED_AFTER_ADVERBS.match(seg, k0 + k) if k0 >= 0 and k < len(noun) and (
            k < 4 or _WORDS4.fullmatch(noun[:k]) or _WORDS.fullmatch(noun[:k]) and not _DEED_INSIDE.search(noun[:k])) else None
        if deed and deed.group(1).startswith("获") and (k < 2 or noun[k - 1] in "荣喜斩捕"):
            deed = None  # 6次荣获…: 获 inside 荣获 is no deed of a noun 荣
        if deed and k >= 5 and (not counted or re.search("[的和及与等在了]", deed.group(1)) or deed.group(1).startswith("建设")
                                or noun[k - 1] in "中内里上" or re.match(r"\d", seg[deed.end():])
                                or _END_DEED.fullmatch(deed.group(1))):
            # a long noun's deed is one plain phrase ending the clause (quotes may name what it reaches:
            # 3个重大科技基础设施纳入国家“十四五”规划): not 220个省级重大项目和纳入…的,
            # 30个重点文化项目建设全面启动 (progress), 14个沿海开放城市中, 346个重点项目完成投资2400亿元,
            # nor money (2万亿元中央财政资金建立直达机制); 地方国有企业完成改制 is …改制 (_END_DEED)
            deed = None
        if deed and k >= 9 and not re.match(r"[，,；;。]", seg[deed.end():]):
            deed = None  # 5个门诊特定病种医疗费用实现跨省直接结算: a noun of nine or more, when the clause ends in view
        if deed and len(deed.group(1)) >= 4 and not seg.startswith("、", deed.end()) and deed.group(1)[-1] not in "和及与":
            return _deed_name(deed.group(1), noun[:k])
    k = seg.find(noun)
    bare = _NOUN_BARE_DEED.fullmatch(noun) if counted and k >= 0 and _CLAUSE_END.match(seg, k + len(noun)) else None
    if bare and not _R_STOP.search(bare.group(1), 1) and not _ADVERBS.fullmatch(bare.group(1)):
        # 12个项目投产 → 投产项目; a noun that holds its deed keeps the order (就业困难人员就业)
        return bare.group(1) + bare.group(2) if bare.group(2) in bare.group(1) else bare.group(2) + bare.group(1)
    placed = _PLACED.fullmatch(noun) if counted and k >= 0 and _CLAUSE_END.match(seg, k + len(noun)) else None
    if placed and not _R_STOP.search(placed.group(1), 1) and not _ADVERBS.fullmatch(placed.group(1)) \
            and not LEX.verb_inside_re.search(placed.group(3) or placed.group(4)):
        # 165家企业入驻江东电商产业园 → 入驻江东电商产业园企业; 8家企业在境内外上市 → 境内外上市企业
        return (placed.group(2) + placed.group(3) if placed.group(2) else placed.group(4) + placed.group(5)) + placed.group(1)
    return ""


_CLAUSE_END_WORK = re.compile(r"(?:工作|任务)?(?:[，,；;。]|$)")
# the next count of a list of place counts (668个乡镇、4222个行政村…)
_NEXT_PLACE_COUNT = re.compile(r"(?:、|和|及)(?:近|约)?\d+(?:\.\d+)?(?:多|余)?(?:个|项|家|所|处|条)")


def places_sharing_deed(text: str, pos: int, end: int, noun: str) -> str:
    """A bare place or level count listed with other such counts before one deed or noun (668个乡镇、4222个
    行政村通了公路, LEX place_nouns; 2个国家级、3个省级文化生态保护区, LEX coordinated_leads' levels):
    named as the last of them is, with its own place or level (通公路乡镇, 国家级文化生态保护区), or ""."""
    nxt = _NEXT_PLACE_COUNT.match(text, pos + len(noun), end) if text.startswith(noun, pos) else None
    head = text[nxt.end():nxt.end() + 8] if nxt else ""
    level = noun.endswith("级")  # 国家级, 省级 (a bare 县 or 乡镇 is a place)
    levels = LEX.level_list_re.match(head) if level and head[:1] in LEX.level_first else None
    k = (LEX.levels if level else LEX.place_nouns).end(head) if head else -1
    if k < 0:
        return ""
    other = levels.group(0).replace("、", "") if levels else head[:k]
    if level and not other.endswith("级"):
        if not head.startswith("级", len(other)):
            return ""  # 省市级 read as 省: a level the list does not hold whole
        other += "级"  # 乡镇级: a place then 级
    named = noun_after(text, nxt.end(), end)
    if named == other:  # three places listed: the deed is after the last
        named = places_sharing_deed(text, nxt.end(), end, other)
    if named == other or not named.startswith(other) and not named.endswith(other):
        return ""
    if named.endswith(other):
        return named[:-len(other)] + noun  # …获评“全国乡村治理示范镇村” → 获评…乡镇
    # the words run on after the place end its clause (not 按照“同源、同质”…, nor a deed cut mid-word)
    rest = text.find(named[len(other):], nxt.end(), end)
    return noun + named[len(other):] if rest >= 0 and _CLAUSE_END_WORK.match(text, rest + len(named) - len(other)) else ""


def _places_by_deed(text: str, pos: int, end: int, places: str) -> str:
    """A place list or pair after a number (22个县（市、区）开展…试点, 145个国家和地区建立了经贸关系): the
    list is the counted noun, named by a deed after it that ends its clause (read to the clause's end:
    a long deed is not cut), never by the deed's words run on."""
    whole = joined_place_lists(text[pos:min(end, pos + 60)])
    return _short_noun_by_deed(whole, places, True, True) or _became(whole, places) or places


def _short_noun_by_deed(seg: str, short_noun: str, counted: bool, place_list: bool = False) -> str:
    """A noun cut at a stop word (or a place list: 旗县市区), named by the deed that follows it, or ""."""
    # 44个村成立…公司 → 成立…公司村: a short noun that does something is named by the deed
    k = seg.find(short_noun)
    deed = _DEED.match(seg, k + len(short_noun)) if (1 <= len(short_noun) <= 3 or place_list) and k >= 0 else None
    if deed and len(deed.group(1)) >= 4:
        return _deed_name(deed.group(1), short_noun)
    task = "任务" if k >= 0 and seg.startswith("任务", k + len(short_noun)) else ""  # 41项重点任务全部如期完成
    bare = _BARE_DEED.match(seg, k + len(short_noun) + len(task)) if counted and k >= 0 and len(short_noun) >= 2 else None
    if bare:
        return short_noun + bare.group(1) + task if bare.group(1) in short_noun else bare.group(1) + short_noun + task
    end_deed = _END_DEED.match(seg, k + len(short_noun)) if k >= 0 and len(short_noun) >= 2 else None
    if end_deed and not (end_deed.group(1) == "建设" and short_noun in LEX.generic_heads | {"项目", "工程"}):  # 166个项目建设
        return strip_phrase(short_noun + end_deed.group(1))  # 完成29条背街巷道改造 → 背街巷道改造
    de_deed = _DE_DEED.match(seg, k + len(short_noun)) if k >= 0 and len(short_noun) >= 2 else None
    if de_deed:
        return de_deed.group(1) + short_noun  # 完成了17条道路的改扩建 → 改扩建道路
    return ""


def _without_attribute(seg: str, noun: str, counted: bool) -> str:
    """The counted noun without an attribute that ends its clause (完善10个育新基地功能，:
    ten bases, not ten functions; …区域周边环境面貌 → …区域)."""
    k = LEX.counted_attributes.start(noun) if counted else -1
    if k >= 2 and re.match(r"[，,；;。、]|$", seg[seg.find(noun) + len(noun):] if seg.find(noun) >= 0 else "x"):
        while k >= 2:
            noun = noun[:k]
            k = max(LEX.counted_attributes.start(noun), LEX.attribute_heads.start(noun))
    return strip_phrase(noun) if len(noun) >= 2 else ""


# 19家外资企业被认定为省级跨国公司地区总部机构, 3500家来料加工企业转为独立法人企业: a plain noun,
# how or when (LEX settled_adverbs), a deed saying what the things were made or changed into (LEX
# became_deeds, changed_into), and what they became, ending the clause (not at a 、: 4个项目列为国家文化出口重点企业、重点项目)
_BECAME = re.compile(r"([\u4e00-\u9fff“”]{1,12}?)(?:%s)*(%s)([\u4e00-\u9fffA-Za-z“”（）]{2,20}?)(?=[，,；;。])" % (
    LEX.settled_adverbs_alt, alternation([*LEX.became_deeds, *LEX.changed_into])))


def _became(seg: str, noun: str) -> str:
    """The things a deed after them made something (4户企业被认定为国家级龙头企业 → 认定国家级龙头企业,
    5个社区被评为“全国防灾减灾示范社区”), or the change they went through (142个村委会改为社区居委会 →
    村委会改社区居委会: a change, the things lead), or ""; the thing's noun ends the name unless what
    they became ends with it. Not a noun holding a deed or a list (城市和组织成为…, 小城镇打造成为…)."""
    m = _BECAME.match(seg, seg.find(noun)) if seg.find(noun) >= 0 else None
    if not m or _DEED_INSIDE.search(m.group(1)) or re.search("[的和及与在]", m.group(3)):
        return ""
    thing, deed, target = m.groups()
    if deed in LEX.became_own_kind and target.rstrip("”")[-1] != thing[-1]:
        return ""  # 80余个新消费品牌成为闪亮名片: a description, not what they were made
    if deed in LEX.changed_into:
        return thing + LEX.changed_into[deed] + target
    made = LEX.became_deeds[deed] + target
    return made if target.rstrip("”").endswith(thing) else made + thing


# 推进224个…项目的实施: a framing verb after 的 names nothing (LEX framing_verbs)
_DE_DEED = re.compile(r"的(%s)(?=[，,；;。]|$)" % alternation(LEX.action_set - LEX.framing_verbs))


_WORDS4 = re.compile(r"[\u4e00-\u9fff]{4}")
_WORDS = re.compile(r"[\u4e00-\u9fff]{5,12}")
# a long noun holds no deed, verb or joining word of its own (抗癌药大幅降价并, 13个区和两个开发区)
_DEED_INSIDE = re.compile("[的和并被在等及与为]|%s|%s|%s" % (
    LEX.status_deeds_alt, LEX.count_deeds_alt, "|".join(w for w in LEX.verb_inside_re.pattern.split("|") if w not in ("服务", "管理"))))
_ACHIEVE_BARE = re.compile(r"实现((?!目标|任务)[\u4e00-\u9fff]{2}|(?:%s)*(?:%s)+)$" % (LEX.settled_adverbs_alt, LEX.settled_deeds_alt))  # 实现通车, 实现再就业


# 完成29条背街巷道改造: the deed closing the clause is part of the name (背街巷道改造; 企业完成改制 → 企业改制)
# (启动91家慢性病一体化门诊建设 → …门诊建设: the works started, not the stock of clinics)
_END_DEED = re.compile(r"(?:完成|实现)?(改制|改造|改扩建|建设改造|提升改造|维修改造|整治|修缮|硬化|绿化|亮化|建设)(?:工程|任务)?(?=[，,；;。、]|$)")


def _deed_name(deed: str, noun: str) -> str:
    """A counted short noun named by what it did: 成立…公司 + 村; 荣获优秀教师 (教师), not …教师教师;
    a deed that lists several awards (模范集体和模范个人) does not name one group."""
    deed = re.sub(r"^([\u4e00-\u9fff]{1,2}?)了", r"\1", deed)  # 设立了研发机构 → 设立研发机构
    bare = _ACHIEVE_BARE.fullmatch(deed)
    deed = bare.group(1) if bare else deed
    if bare and deed in noun:
        return noun + deed  # 6万名就业困难人员实现就业: 就业困难人员就业
    if not deed.endswith(noun):
        return deed + noun
    parts = re.split("和|、", deed)
    if len(parts) == 1:
        return deed
    # 荣获全国模范集体和模范个人 → 荣获全国模范个人: the last item with the first's lead
    last, lead_end = parts[-1], parts[0].rfind(parts[-1][:2]) if len(parts[-1]) >= 2 else -1
    return parts[0][:lead_end] + last if lead_end > 0 else noun


# the deeds after a counted noun that say which are counted (LEX status_deeds): 3个园区入围全国百强
_DEED = re.compile(r"((?:%s|建设(?!任务|工作|先行|示范[县区市]))了?(?:[\u4e00-\u9fff“”（）()A-Za-z]|\+(?=[A-Za-z])|\d(?=\d*\+?[A-Za-z])|\d+(?=强)){2,20}?)(?:工作|任务)?(?=[，,；;。、]|$|\d+(?:万|亿)?(?:%s))" % (LEX.status_deeds_alt, LEX.measure_alt))
# 11家养老服务机构全部纳入医保范围: how or when (LEX settled_adverbs) stands between a noun and its deed
_DEED_AFTER_ADVERBS = re.compile("(?:%s|依法)*" % LEX.settled_adverbs_alt + _DEED.pattern)
# 5家企业入驻, 3个项目投产, 104万贫困人口脱贫: a deed with no object ending the clause names the
# counted things by itself (入驻企业, 脱贫贫困人口), LEX settled_deeds after settled_adverbs
_SETTLED = r"(?:%s)*((?:%s)+)" % (LEX.settled_adverbs_alt, LEX.settled_deeds_alt)
_NOUN_BARE_DEED = re.compile(r"([\u4e00-\u9fff“”]{2,12}?)" + _SETTLED)
# 1人稳定就业, 35万人就业再就业: no noun before the deed
_ADVERBS = re.compile(r"(?:%s|%s)+" % (LEX.settled_adverbs_alt, LEX.settled_deeds_alt))
# a settled deed with the place it is done in: 入驻江东电商产业园, 在“新三板”挂牌; the place may be a
# long proper name (在区域性股权交易市场挂牌) and the deeds a chain (在天交所成功挂牌上市)
_PLACED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:%s)*(?:(入驻|落户)([\u4e00-\u9fff“”]{2,10})"
                     r"|在([\u4e00-\u9fff“”]{2,12}?)(?:%s)*((?:上市|挂牌|落户|入驻)+))" % (LEX.settled_adverbs_alt, LEX.settled_adverbs_alt))
_SETTLED_START = re.compile("(?:%s)" % LEX.settled_deeds_alt)  # 落户南宁龙头企业: a counted noun led by its deed
# 断面6个稳定达到…, 4个未达到…: how, when or whether, then a deed: no noun after the number
_ADVERB_THEN_DEED = re.compile("(?:%s|未|尚未|仍未|没有|不)+(?:%s)" % (LEX.settled_adverbs_alt, LEX.status_deeds_alt))
_CLAUSE_END = re.compile(r"[，,；;。、]|$")  # 24个贫困县摘帽、676个贫困村出列: a list item ends at 、
_BARE_DEED = re.compile(_SETTLED + r"(?=[，,；;。、]|$)")


def fallback_name(text: str, ment: Mention, l_clause: str, end: int) -> str:
    """Some name for a number no rule could name: the words after it, else
    the clause before it."""
    seg = text[ment.end:min(end, ment.end + 20)]
    words = re.match(r"^[“”\"（(]*([\u4e00-\u9fffA-Za-z“”]{2,14})", seg)
    if words:
        stop = _R_STOP.search(words.group(1), 2)
        noun = strip_phrase(words.group(1)[: stop.start()] if stop else words.group(1))
        if len(noun) >= 2:
            return noun
    left = re.sub(r"[\d.%％]+", "", l_clause).strip("，,、；;：: ")
    return left[-12:] if left else (ment.unit or "未命名")
