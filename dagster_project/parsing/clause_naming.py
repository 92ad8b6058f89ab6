"""Naming the numbers of a clause by the naming rules (rules/), in the order of the
tables below: the first primary rule that applies builds the names, its follow-ups and
then the refinements change them. Every rule that changes the names records its name."""
from __future__ import annotations

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.figure_kind import is_rate_level
from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.noun_phrase import noun_phrase
from dagster_project.parsing.rules.carried import (
    bare_money_noun,
    carried_subject,
    each_earlier_subject,
    earlier_names,
    fallback,
    newer_topic,
    people_of_deed,
    previous_clause_noun,
    previous_list,
    rate_of_each_earlier,
    scope_of_event,
)
from dagster_project.parsing.rules.counted import (
    counted_noun,
    counted_noun_of,
    deed_before_count,
    head_of_deed_list,
    head_of_last_item,
    improvement_after,
    object_of_deed,
    people_of_bare_deed,
    people_of_event,
    people_of_problem,
    people_of_solving,
    people_of_solving_list,
    pilot_places,
    reach_of_project,
    reach_of_subject,
)
from dagster_project.parsing.rules.own_words import (
    coordinated_leads,
    count_over_threshold,
    deed_of_relative_clause,
    joined_list_item,
    list_sharing_rest,
    list_subjects,
    money_without_raising,
    noun_before,
    object_of_verb,
    owner_of_change,
    per_head_scope,
    purpose_of_money,
    rate_after,
    share_devoted,
    share_of_whole,
    share_suffix,
    split_subject,
    threshold_list_item,
    whole_of_share,
)
from dagster_project.parsing.rules.previous_figure import (
    deed_of_joined_item,
    deed_of_previous,
    describes_previous,
    money_of_previous,
    object_of_previous,
    owner_of_measure,
    owner_of_output_change,
    rate_of_previous_owner,
    share_of_previous,
    shares_of_earlier,
    stage_of_earlier_figure,
    stage_of_previous,
    total_of_previous,
)
from dagster_project.parsing.rules.registry import Rule, declare
from dagster_project.parsing.rules.state import Naming

# The first that applies names the clause's numbers. The order matters: a share or a
# list before a counted noun, the clause's own words before a previous figure's, and
# from previous_list on (a clause whose words before the number are only a verb) what
# the sentence named before; previous_clause_noun always applies.
PRIMARY = declare("primary", (
    shares_of_earlier, share_devoted, share_of_whole, each_earlier_subject, list_subjects, owner_of_change, counted_noun, head_of_deed_list, stage_of_previous, joined_list_item,
    list_sharing_rest, noun_before, previous_list, earlier_names, object_of_deed, newer_topic, carried_subject,
    bare_money_noun, previous_clause_noun,
))
# A primary rule's follow-ups, in order; each tuple is a choice: the first that applies.
FOLLOW_UPS: dict[str, tuple[tuple[Rule, ...], ...]] = {
    "list_subjects": (declare("follow-up", (rate_of_each_earlier,), after="list_subjects"),
                      declare("follow-up", (people_of_solving_list,), after="list_subjects")),
    "counted_noun": tuple((r,) for r in declare(
        "follow-up", (improvement_after, people_of_problem, reach_of_project, reach_of_subject, deed_before_count,
                      people_of_event, pilot_places, head_of_last_item),
        after="counted_noun")),
    "noun_before": (
        declare("follow-up", (object_of_verb,), after="noun_before"),
        declare("follow-up", (share_of_previous, stage_of_earlier_figure, rate_of_previous_owner, money_of_previous,
                              deed_of_previous, deed_of_joined_item), after="noun_before"),
        declare("follow-up", (people_of_solving, object_of_previous, owner_of_output_change), after="noun_before"),
    ),
}
# After the primary rule and its follow-ups, every clause, in order.
REFINEMENTS = declare("refinement", (share_suffix, rate_after, total_of_previous, owner_of_measure, people_of_deed, scope_of_event,
                                     coordinated_leads, purpose_of_money, money_without_raising, deed_of_relative_clause, count_over_threshold, threshold_list_item, fallback,
                                     split_subject, per_head_scope, people_of_bare_deed))


def name_clause(clause: Clause, kind: str, sign: int):
    """The indicators of a clause's numbers from the words before them (and after, for
    counts), the share and list constructs, and the kind and sign those words correct.

    Returns (items, share, inherit, devote_subject, kind, sign, n_soft, counted_noun, rules): one
    name per number or per subject; share: the whole a share is of; inherit: the number
    describes the ones just before (its period too); devote_subject: the purpose that
    becomes the subject of what follows (把…的N%用于教育); n_soft: the noun of this list item;
    counted_noun: the noun after the number; rules: the names of the constructs that built
    the name, in order (naming_confidence.py grades a name by them)."""
    n_soft = noun_phrase(clause.l_soft)
    n = Naming(clause, kind, sign, n_soft, noun_phrase(clause.l_hard),
               whole_of_share(clause, n_soft, kind), counted_noun_of(clause, n_soft))
    primary = _first_that_applies(n, PRIMARY)
    for choice in FOLLOW_UPS.get(primary.name, ()):
        _first_that_applies(n, choice)
    n.inherit = n.inherit or describes_previous(n)
    for rule in REFINEMENTS:
        _first_that_applies(n, (rule,))
    if n.kind == "percent" and len(n.items) == 1 and LEX.growth_nouns_re.search(n.items[0][-3:]) \
            and not is_rate_level(n.items[0]):
        n.kind, n.sign = "growth", (-1 if n.items[0].endswith("降幅") else 1)  # 增速, 降幅: a percent of growth
    return n.items, n.share, n.inherit, n.devote_subject, n.kind, n.sign, n_soft, n.counted_noun, n.rules


def _first_that_applies(n: Naming, rules: tuple[Rule, ...]) -> Rule | None:
    """The first of rules that applies: its names become the clause's, its name is recorded."""
    for rule in rules:
        items = rule.apply(n)
        if items is not None:
            n.items = items
            n.rules.append(rule.name)
            return rule
    return None
