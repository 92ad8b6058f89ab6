"""The clause of a number: the words that name its indicator and what came before it
in the sentence."""
from __future__ import annotations

from dataclasses import dataclass

from dagster_project.parsing.model import Fact
from dagster_project.parsing.numbers import Mention


@dataclass(slots=True)
class Clause:
    """One number, or a group of numbers joined by 、/和 (5%、6%), with the words before it
    and what the sentence has named so far: everything that names its indicator."""

    text: str                    # the cleaned report text
    sent_start: int              # the sentence's span in it
    sent_end: int
    prev_sentence: tuple[int, int] | None  # the sentence before, in the same paragraph
    group: list[Mention]
    clause_start: int            # after the last hard punctuation (，；：。) before the group
    seg_start: int               # the clause start, or the end of the clause's previous number
    l_hard: str                  # the words from seg_start to the number
    l_clause: str                # the words from the clause start to the number
    l_soft: str                  # l_hard after its last 、 (the words of this list item)
    after_soft: bool             # l_hard has a 、
    dist: bool                   # 分别/各/均 before the number: a list spread over subjects
    subject: str | None          # the indicator the sentence's numbers are about so far
    subject_at: int              # where that subject's number is
    history: list[str]           # every indicator named so far, in order
    last_list: list[str] | None  # the subjects of the sentence's last list
    prev_item_ind: str | None    # the indicator of the previous number
    prev_end: int                # where the previous number ends
    facts: list[Fact]            # the sentence's facts so far
