"""How far to trust a fact's indicator name, from the rules that built it
(clause_naming.name_clause and the steps after it record their names).

- high: the clause's own words name the number — the noun before it
  (城镇新增就业4.5万人), the thing it counts (新建5G基站1200个), a share's whole
  (占一般公共预算支出的71%), a list's own subjects (粮食、棉花分别增长2%和3%);
- medium: the clause together with what came just before it — a stage, the
  money or the rate of the thing just counted (老旧小区改造开工742个、完工548个),
  a generic head given its owner (…项目完成投资120亿元), a list resolved from the
  sentence, an adjusted name;
- low: a name carried from an earlier clause or sentence (the subject, earlier
  names, the previous clause's noun, a newer topic), a bare generic head
  (投资, 项目, 问题) or scoped measure (在校生, 对工业增长的贡献率), an empty name, the fallback, or
  a bare verb or adverb (words.bare_predicate: 投入, 脱贫, 迈上; of 40 such dev names read, 5 were
  passable names: 减税, 授信, 节能; the rest wanted their object or subject).

Measured against strict spot-check grades (scripts/naming_confidence_eval.py).
"""
from __future__ import annotations

from dagster_project.parsing.generic_owner import is_generic
from dagster_project.parsing.scoped_owner import scoped_kind
from dagster_project.parsing.words import bare_predicate

CONFIDENCES = ("high", "medium", "low")

# The clause's own words, where the name is built from nothing else.
OWN_WORDS = frozenset({
    "noun_before", "counted_noun", "share_of_whole", "share_devoted", "list_subjects",
    "joined_list_item", "object_of_verb", "improvement_after", "people_of_problem", "people_of_solving", "people_of_solving_list", "people_of_bare_deed", "reach_of_project",
    "deed_before_count", "coordinated_leads", "purpose_of_money", "money_without_raising", "deed_of_relative_clause",
    "share_suffix", "rate_after", "split_subject", "pilot_places",
})
# Names taken from outside the clause: an earlier clause, sentence or list.
CARRIED = frozenset({
    "carried_subject", "earlier_names", "previous_list", "previous_clause_noun",
    "newer_topic", "bare_money_noun", "fallback",
})


def naming_confidence(rules: tuple[str, ...] | list[str], name: str) -> str:
    """'high', 'medium' or 'low' for a name built by ``rules`` (in order)."""
    if not name or len(name) < 2 or is_generic(name) or scoped_kind(name) or CARRIED.intersection(rules) \
            or bare_predicate(name):
        return "low"
    if rules and OWN_WORDS.issuperset(rules):
        return "high"
    return "medium"
