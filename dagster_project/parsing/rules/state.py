"""What the naming rules of one clause read and write: the clause, the noun phrases
before its number, the noun after it, and the names and flags built so far."""
from __future__ import annotations

from dataclasses import dataclass, field

from dagster_project.parsing.clause import Clause
from dagster_project.parsing.numbers import Mention


@dataclass(slots=True)
class Naming:
    clause: Clause
    kind: str                 # figure_kind's kind and sign, which a name can correct
    sign: int
    n_soft: str               # the noun phrase of this list item (after the last 、)
    n_hard: str               # the noun phrase of the words since the previous number
    share: str | bool | None  # the whole a share is of (True: named by share_devoted)
    counted_noun: str         # the noun after the number (3个贫困村 → 贫困村), or ""
    counted_lead: str = ""    # the words counted_noun put before the counted noun
    items: list[str] = field(default_factory=list)  # one name per number or per subject
    rules: list[str] = field(default_factory=list)  # the rules that built them, in order
    inherit: bool = False     # the number describes the ones just before (its period too)
    devote_subject: str | None = None  # 把…的N%用于教育: the purpose, subject of what follows

    @property
    def first(self) -> Mention:
        return self.clause.group[0]

    @property
    def lone_name(self) -> str:
        """The name of a clause's only figure, when it has one name; else ""."""
        return self.items[0] if len(self.items) == 1 and len(self.clause.group) == 1 else ""
