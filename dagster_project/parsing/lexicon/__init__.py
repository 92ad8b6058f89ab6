"""The parser's rules as data: units, qualifiers, verbs, section headings and
boilerplate markers live in the JSON files next to this module; this module
loads them once and compiles the regular expressions built from them."""
from __future__ import annotations

import json
import re
from pathlib import Path

from dagster_project.parsing import numerals

_DIR = Path(__file__).parent


def _load(name: str) -> dict:
    with open(_DIR / name, encoding="utf-8") as f:
        return json.load(f)


def alternation(words) -> str:
    """Regex alternation of words, longest first (so a longer word wins over its prefix)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_alt = alternation
_WORD = re.compile("[\u4e00-\u9fff]{2,}")


def _strings(x):
    """Every string in a class's value: its words, a mapping's keys and values."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


class Suffixes:
    """Longest word of a set that ends a string (a fast ``(?:w1|w2…)$`` search)."""

    def __init__(self, words) -> None:
        self.words = set(words)
        if "" in self.words:
            raise ValueError("an empty word ends every string")
        # the lengths to try, longest first, by the word's last character: most strings
        # end in a character no word ends in, and are done with one look-up
        self.lengths: dict[str, tuple[int, ...]] = {}
        for w in sorted(self.words, key=len, reverse=True):
            if len(w) not in self.lengths.get(w[-1], ()):
                self.lengths[w[-1]] = self.lengths.get(w[-1], ()) + (len(w),)

    def start(self, s: str) -> int:
        """Index where the longest matching suffix starts, or -1."""
        n = len(s)
        for k in self.lengths.get(s[-1:], ()):
            if k <= n and s[n - k:] in self.words:
                return n - k
        return -1


class Prefixes:
    """Longest word of a set that starts a string (a fast ``(?:w1|w2…)`` match, words longest
    first: the alternation re tries one by one at the start)."""

    def __init__(self, words) -> None:
        self.words = set(words)
        if "" in self.words:
            raise ValueError("an empty word starts every string")
        # the lengths to try, longest first, by the word's first character
        self.lengths: dict[str, tuple[int, ...]] = {}
        for w in sorted(self.words, key=len, reverse=True):
            if len(w) not in self.lengths.get(w[0], ()):
                self.lengths[w[0]] = self.lengths.get(w[0], ()) + (len(w),)

    def end(self, s: str) -> int:
        """Index where the longest word that starts s ends, or -1."""
        n = len(s)
        for k in self.lengths.get(s[:1], ()):
            if k <= n and s[:k] in self.words:
                return k
        return -1


class Lexicon:
    def makes_framing_compound(self, noun: str) -> bool:
        """A framing phrase before noun makes one noun with it (重点建设项目, 重点推进村):
        noun starts with a LEX framing_compound_heads word or is a framing_compound_nouns one."""
        return noun in self.framing_compound_nouns or self.framing_compound_heads.end(noun) >= 0

    def without_prefix_q(self, s: str) -> str:
        """s without the prefix qualifier it ends with (约, 近, 超过: ``prefix_q_re.sub("", s)``,
        faster: one look-up by the last character, where re tries every position)."""
        if s.endswith("\n"):
            return self.prefix_q_re.sub("", s)  # ($ also matches before a final line break)
        k = self.prefix_q_suffixes.start(s)
        return s[:k] if k >= 0 else s

    def prefix_q_ending(self, s: str) -> str:
        """The prefix qualifier s ends with, or "" (``prefix_q_re.search(s)``, faster)."""
        if s.endswith("\n"):
            m = self.prefix_q_re.search(s)
            return m.group(0) if m else ""
        k = self.prefix_q_suffixes.start(s)
        return s[k:] if k >= 0 else ""

    def __init__(self) -> None:
        self.units = _load("units.json")
        self.quals = _load("qualifiers.json")
        self.verbs = _load("verbs.json")
        self.sections = _load("sections.json")
        self.boiler = _load("boilerplate.json")
        self.words = _load("words.json")

        u = self.units
        # plan names and their spans, worked out from the numerals (cn2an)
        self.plan_periods: dict[str, str] = {
            numerals.plan_name(n): "%d-%d" % numerals.plan_span(n) for n in numerals.PLAN_ORDINALS}
        self.time_units = set(u["time_units"])
        self.capacity_units = set(u["capacity_units"])
        self.person_units = set(u["person_units"])
        self.measure_alt = _alt(u["measure_words"])
        self.mag_alt = _alt(u["magnitudes"])
        self.facility_alt = _alt(u["facility_nouns"])
        # a plan's name, not the end of a year written in numerals (一九九五年, 九五年: 1995) nor
        # a count of years (十五年来), nor a list ordinal (（十五）提高保障和改善民生水平, 十五、拓展青少年校外教育资源), nor
        # an ordinal or count of something else (市十五届人民政府, 党的十五大, 第十五, 十五个)
        self.plan_alt = r"(?<![〇○零一二三四五六七八九十（(第])(?:%s)(?![年、）)届大次个条项周岁万亿名家所座天日号])" % _alt(self.plan_periods)

        q = self.quals
        self.prefix_q: dict[str, str] = q["prefix"]
        self.suffix_q: dict[str, str] = q["suffix"]
        self.infix_q: dict[str, str] = q["infix"]
        self.prefix_q_re = re.compile("(?:%s)$" % _alt(q["prefix"]))
        self.prefix_q_suffixes = Suffixes(q["prefix"])
        self.suffix_q_re = re.compile("(?:%s)" % _alt(q["suffix"]))

        v = self.verbs
        self.up = v["up"]
        self.down = v["down"]
        self.level = v["level"]
        self.span_level = v["span_level"]
        self.growth_nouns_re = re.compile(_alt(v["growth_nouns"]))
        self.light_re = re.compile("^(?:%s)" % _alt(v["light"]))
        self.light_prefixes = Prefixes(v["light"])  # light_re.match, faster
        # an adverb lead then a verb (主要建设, 主要包括, 主要是): both words but the verb dropped with it
        self.adverb_lead_first = frozenset(w[0] for w in v["adverb_leads"])
        self.adverb_alone_re = re.compile("^(?:%s)$" % _alt(v["adverb_leads"]))
        self.adverb_lead_re = re.compile("^(?:%s)(?=%s|是|包括|用于|集中)" % (_alt(v["adverb_leads"]), _alt(v["transitive"] + v["action"])))
        self.action_re = re.compile("^(?:%s)" % _alt(v["action"]))
        self.action_set = set(v["action"])
        self.function_words = set(v["function_words"])
        # a verb anywhere in a phrase (a noun phrase has none)
        self.verb_inside_words = frozenset(v["light"] + v["adverb_leads"] + v["action"] + v["transitive"] + v["up"] + v["down"] + v["level"])
        self.verb_inside_re = re.compile(_alt(self.verb_inside_words))
        self.transitive_re = re.compile("(?:%s)$" % _alt(v["transitive"] + v["action"]))
        self.transitive_lead_re = re.compile("^(?:%s)" % _alt(v["transitive"] + v["action"]))
        self.verbish_re = re.compile("^(?:%s)+$" % _alt(v["light"] + v["adverb_leads"] + v["action"] + v["function_words"] + v["transitive"] + v["up"] + v["down"] + v["level"]))
        self.money_nouns = set(v["money_nouns"])
        self.generic_heads = set(v["generic_heads"])
        self.list_heads = set(v["list_heads"])
        self.shared_heads = sorted(v["shared_heads"], key=len, reverse=True)
        self.works_heads_alt = _alt(v["works_heads"])
        self.people_events: dict[str, str] = v["people_events"]
        self.capacity_re = re.compile("(%s)?(%s)" % (_alt(v["capacity_deeds"]), _alt(v["capacity_nouns"])))
        self.capacity_kind: dict[str, str] = v["capacity_nouns"]
        self.capacity_owners: dict[str, tuple[str, ...]] = {k: tuple(w) for k, w in v["capacity_owners"].items()}
        self.facility_deed_lead_re = re.compile("(?:%s)、?" % _alt(v["facility_deeds"] + v["count_deeds"]))
        self.people_event_end_re = re.compile("(?:%s)$" % _alt(list(v["people_events"])))
        self.people_deed_owners: dict[str, str] = v["people_deed_owners"]
        self.people_deed_heads: dict[str, str] = v["people_deed_heads"]
        self.became_deeds: dict[str, str] = v["became_deeds"]
        self.changed_into: dict[str, str] = v["changed_into"]
        self.became_own_kind = set(v["became_own_kind"])
        self.counted_attributes = Suffixes(v["counted_attributes"])
        self.attribute_heads = Suffixes(v["attribute_heads"])
        self.abstract_subjects = set(v["abstract_subjects"])
        self.counted_deeds = list(v["counted_deeds"])
        self.deed_objects: dict[str, list[str]] = v["deed_objects"]
        self.giving_verbs = sorted(v["giving_verbs"], key=len, reverse=True)
        self.timed_deeds = set(v["timed_deeds"])
        self.reach_verbs = sorted(v["reach_verbs"], key=len, reverse=True)
        # a level or stock (城镇化率, 贷款余额; not 规模以上) and the verbs that say one is reached
        self.stock_nouns_re = re.compile("(?:%s)(?!以上)" % _alt(v["stock_nouns"]))
        self.stock_noun_ends = Suffixes(v["stock_nouns"])
        self.threshold_verbs = Suffixes(v["threshold_verbs"])
        self.head_modifiers_re = re.compile("^(?:%s)+$" % _alt(v["head_modifiers"]))
        self.descriptive_leads = Prefixes(v["descriptive_leads"])
        self.descriptive_ends = Suffixes(v["descriptive_ends"])
        self.descriptive_not = Prefixes(v["descriptive_not"])
        self.rank_ends = Suffixes(v["rank_ends"])
        self.joined_terms = Prefixes(v["joined_terms"])
        # the rest of a joined term after its joining word (和(?!美乡村|谐): a join, not 和美乡村)
        self.joined_rest_alt = _alt(sorted((w[1:] for w in v["joined_terms"]), key=len, reverse=True))
        self.list_levels = Prefixes(v["list_levels"])
        self.list_level_ends = Suffixes(v["list_levels"])
        self.bare_modifiers = Prefixes(v["list_levels"] + v["scale_levels"])  # a level or scale alone: no noun
        self.count_deeds_alt = _alt(v["count_deeds"])
        self.per_head_scopes_alt = _alt(v["per_head_scopes"])
        self.per_head_measures_re = re.compile("(?:%s)" % _alt(v["per_head_measures"]))
        self.scope_deeds_alt = _alt(v["scope_deeds"])
        self.completion_deeds_alt = _alt(v["completion_deeds"])
        self.completed_works_re = re.compile("(?:%s|%s)$" % (self.works_heads_alt, _alt(v["completion_heads"])))
        self.deed_noun_end_re = re.compile("(?:%s)(?:工作)?$" % _alt(v["deed_nouns"]))  # 智能工厂创建工作
        # 高质量建设, 重点培育和扶持, 组织开展, 开展: a phrase that frames what follows (framing_adverbs
        # before framing_deeds, or framing_alone); framing_first: the characters one can open with
        self.framing_phrase_re = re.compile("^(?!%s)(?:(?:%s)+(?:%s)(?:[和及与、并]?(?:%s))*|(?:%s))了?" % (
            _alt(v["framing_terms"]), _alt(v["framing_adverbs"]), _alt(v["framing_deeds"]), _alt(v["framing_deeds"]),
            _alt(v["framing_alone"])))
        self.framing_first = frozenset(w[0] for w in v["framing_adverbs"] + v["framing_alone"])
        self.framing_deeds = set(v["framing_deeds"])
        self.stage_deeds = set(v["stage_deeds"])
        self.event_verbs_alt = _alt(v["event_verbs"])
        self.event_nouns_alt = _alt(v["event_nouns"])
        self.stage_deeds_alt = _alt(v["stage_deeds"])
        self.framing_adverb_suffixes = Suffixes(v["framing_adverbs"])
        self.framing_compound_heads = Prefixes(v["framing_compound_heads"])
        self.framing_compound_nouns = set(v["framing_compound_nouns"])
        self.framing_lead_re = re.compile("^(?:(?:%s|%s)了?[和及与、并]?)+" % (
            _alt(v["framing_verbs"]), self.framing_phrase_re.pattern[1:]))  # (the lookahead holds at each phrase)
        self.framing_verbs_lead_re = re.compile("^(?:(?:%s)了?[和及与、并]?)+" % _alt(v["framing_verbs"]))
        self.framing_verbs = set(v["framing_verbs"])
        # 产值超500亿元的企业: the words before a money figure that make it a class threshold
        self.threshold_measures_alt = _alt(v["threshold_measures"])
        self.threshold_classes_alt = _alt(v["threshold_classes"])
        self.threshold_lead_re = re.compile("(?<!总)(?:%s)(?:超过|超|过|突破)$" % _alt(v["threshold_measures"]))
        # 产值超500亿元的企业12家: a measure over a money figure, then the class of firms it defines
        self.threshold_count_re = re.compile(
            "(?P<pre>新增)?(?<!总)(?P<measure>%s)(?P<rel>超过|超|过|突破|达到|达)?(?P<fig>[0-9.０-９一二三四五六七八九十百千]+[万亿]?元)"
            "(?P<above>以上)?的?(?P<noun>[\u4e00-\u9fff]{0,6}?(?:企业|项目|园区|集群|产业))"
            "(?:达到|达|增加到|增至|有|(?P<deed>新增))?$" % _alt(v["threshold_measures"]))
        self.enabling_lead_re = re.compile("^(?:%s)了?$" % _alt(v["enabling_verbs"]))
        self.status_deeds_alt = _alt(v["status_deeds"])
        self.settled_deeds_alt = _alt(v["settled_deeds"])
        self.settled_adverbs_alt = _alt(v["settled_adverbs"])
        self.solving_verbs = frozenset(v["solving_verbs"])
        self.solving_alt = _alt(v["solving_verbs"])
        # a bracketed place list, one counted noun (县（市、区）): joined_place_lists reads it joined
        places = _alt(v["bracketed_places"])
        self.place_list_re = re.compile("(?:%s)（(?:%s)(?:、(?:%s))+）" % ((places,) * 3))
        self.paired_places = Prefixes(v["paired_places"])
        self.place_nouns = Prefixes(v["place_nouns"])
        self.coordinated_leads_re = re.compile("(?:(?:%s)(?:、|和|及|与))+$" % _alt(v["coordinated_leads"]))
        self.coordinated_lead_re = re.compile("^(?:%s)" % _alt(v["coordinated_leads"]))
        # the deeds among them, not the levels (省、市级): a deed ends the words before a 、 (开工新建、改扩建)
        deeds = [w for w in v["coordinated_leads"] if not re.fullmatch("国家|中央|自治区|省|市|县|区|乡|镇|乡镇|村|.*级", w)]
        # the levels among them, joined (国家和市级, 省、市级): a counted noun's levels (noun_after)
        levels = [w for w in v["coordinated_leads"] if w not in deeds]
        self.levels = Prefixes(levels)
        self.level_list_re = re.compile("(?:%s)(?:[、和及与](?:%s))+" % ((_alt(levels),) * 2))
        self.level_first = frozenset(w[0] for w in levels)
        self.coordinated_deed_end_re = re.compile("(?:%s)$" % _alt(deeds))
        self.coordinated_deed_re = re.compile("(?:%s)" % _alt(deeds))
        self.money_raising_alt = _alt(v["money_raising_verbs"])
        self.purpose_leads_alt = _alt(v["purpose_leads"])
        self.output_changes: dict[str, list[str]] = v["output_changes"]
        self.framed_money_re = re.compile("(?:%s)了?(?:各类|专项|财政|扶贫|补助)?资金$" % _alt(v["money_raising_verbs"]))
        self.owned_measures = set(v["owned_measures"])
        # bare measures and the kind of owner that names them (在校生: a school's; 贡献率: any)
        self.scoped_kind: dict[str, str] = {h: k for k, d in v["scoped_measures"].items() for h in d["heads"]}
        self.scoped_owners: dict[str, Suffixes | None] = {
            k: Suffixes(d["owners"]) if d["owners"] else None for k, d in v["scoped_measures"].items()}
        self.scoped_task_owns = {k for k, d in v["scoped_measures"].items() if d.get("task_owns")}
        self.scoped_owner_heads = list(v["scoped_owner_heads"])
        self.scoped_bare_owners = set(v["scoped_bare_owners"])
        self.owner_wrappers = Suffixes(v["owner_wrappers"])
        self.owner_places_re = re.compile("(?:%s)" % _alt(v["owner_places"]))
        self.owner_places = Suffixes(v["owner_places"])
        self.scoped_task_lead_re = re.compile("(?:%s)" % _alt(v["scoped_task_leads"]))
        self.opening_topics_alt = _alt(v["opening_topics"])
        self.trade_measures = set(v["trade_measures"])
        self.owner_measures = Suffixes(v["owned_measures"] + v["trade_measures"] + v["output_measures"])
        # 服务业实现增加值, 规模以上工业企业完成营业收入, 非公经济预计实现增加值: an owner, a framing verb
        # (LEX owner_framing_verbs) and the owner's measure (name_adjustments.without_inner_framing)
        self.not_owner_words_re = re.compile(_alt(v["not_owner_words"]))
        measures = _alt(v["owned_measures"] + v["trade_measures"] + v["output_measures"] + v["framed_measures"])
        self.inner_framing_re = re.compile("^([\u4e00-\u9fff“”（）()]{2,14}?)(?:%s)(?!的)((?:%s).*|[\u4e00-\u9fff]{1,6}(?:%s))$" % (
            _alt(v["owner_framing_verbs"]), measures, measures))
        self.owner_trailing_re = re.compile("(?:%s)+$" % _alt(v["owner_trailing"]))
        self.owner_scopes = set(v["owner_scopes"])
        self.sub_entities_alt = _alt(v["sub_entities"])
        self.topic_cut_re = re.compile(_alt(v["topic_cut"]))
        # an adverb and a verb of up to 3 characters ending a clause's noun (not 可持续发展's 持续)
        self.predicate_tail_re = re.compile(r"(?<=[\u4e00-\u9fff“”]{2})(?<!可)(?:%s)+[\u4e00-\u9fff]{1,3}$" % _alt(v["predicate_adverbs"]))
        self.topic_trailing_re = re.compile("(?:%s)$" % _alt(v["topic_trailing"]))
        self.general_topics = set(v["general_topics"])
        self.inner_drop_re = re.compile("|".join(v["inner_drop"]))
        self.split_subjects: dict[str, list[str]] = self.units["split_subjects"]
        self.pair_abbreviations: dict[str, list[str]] = self.units["pair_abbreviations"]
        self.right_blockers_re = re.compile("^(?:%s)" % _alt(self.units["right_noun_blockers"]))
        self.trailing_suffixes = Suffixes(
            [w for w in v["trailing"] + v["up"] + v["down"] + v["level"] if len(w) > 1 or w not in "增降减涨"])
        self.trailing_re = re.compile("(?:%s|(?<![新净递倍纵])(?:增|降|减|涨))$" % _alt(
            [w for w in v["trailing"] + v["up"] + v["down"] + v["level"] if len(w) > 1 or w not in "增降减涨"]))
        self.up_tail_re = re.compile("(年均)?(?:%s)(?:了)?$" % _alt(v["up"]))
        self.down_tail_re = re.compile("(年均)?(?:%s)(?:了)?$" % _alt(v["down"]))
        self.growth_hold_re = re.compile(
            "(年均)?(?:(%s)|(%s))(?:率|速度|幅度)?(?:预期)?(?:目标)?(?:拟定|设定|确定|拟|定)?(?:%s)$"
            % (_alt(v["up"]), _alt(v["down"]), _alt(v["growth_hold"])))
        self.level_tail_re = re.compile("(?:%s)(?:了)?$" % _alt(v["level"]))

        # every word of two or more Chinese characters in the word classes: words.py's tokenizer
        # keeps each whole (no regex fragments: inner_drop's lookbehinds are no words)
        self.segment_words = frozenset(
            w for d in (self.units, self.verbs, self.words) for k, x in d.items() if not k.startswith("_")
            for w in _strings(x) if _WORD.fullmatch(w))
        self.segment_word_starts = Prefixes(self.segment_words)
        self.segment_word_ends = Suffixes(self.segment_words)
        # deeds a name may end with (老旧小区改造, 开工建设): a word of theirs a name ends inside is
        # completed, as a noun is, not dropped as a predicate's verb is (whole_words)
        self.name_deeds = frozenset(v["count_deeds"] + v["deed_nouns"] + v["stage_deeds"] + v["settled_deeds"]
                                    + v["coordinated_leads"] + v["action"])
        # words of a predicate (verbs, their adverbs, qualifiers): a name ending inside one drops it
        self.predicate_words = self.verb_inside_words | frozenset(
            v["threshold_verbs"] + v["trailing"] + v["span_level"] + v["growth_hold"] + v["predicate_adverbs"]
            + list(q["prefix"]) + list(q["suffix"]))

        b = self.boiler
        self.footer_re = re.compile("(?:%s)" % "|".join(re.escape(w) for w in b["footer_line"]))
        self.glossary_re = re.compile("|".join(b["glossary"]), re.M)

        s = self.sections
        self.max_heading_len = s["max_heading_len"]
        self.review_words_re = re.compile(s["review_words"])
        self.target_words_re = re.compile(s["target_words"])
        self.review_plan_plain_re = re.compile(s["review_plan_plain"])
        self.review_year_plain_re = re.compile(s["review_year_plain"])
        self.plan_targets_plain_re = re.compile(s["plan_targets_plain"])
        self.year_targets_plain_re = re.compile(s["year_targets_plain"])
        self.numbered_heading_re = re.compile(s["numbered_heading"])
        self.achieved_heading_re = re.compile(s["achieved_heading"])
        self.task_clause_start_re = re.compile(s["task_clause_start"])
        self.progress_heading_re = re.compile(s["progress_heading"])
        self.task_verb_start_re = re.compile(s["task_verb_start"])
        # 十四五 → 十四 (第十四个五年规划)
        self.ordinals: dict[str, str] = {k: k[:-1] for k in self.plan_periods}

    def counts_people(self, unit: str | None) -> bool:
        """Whether a figure in ``unit`` counts people: 人, 万人, 万人次, 名 … (person_units)."""
        return (unit or "").removeprefix("万").removeprefix("亿").removeprefix("万") in self.person_units


LEX = Lexicon()


def joined_place_lists(s: str) -> str:
    """s with each bracketed place list read as one noun (县（市、区） → 县市区): the 、 inside it joins
    no list items, and the brackets are no aside to drop."""
    if "（" not in s:
        return s
    return LEX.place_list_re.sub(lambda m: re.sub("[（）、]", "", m.group(0)), s)
