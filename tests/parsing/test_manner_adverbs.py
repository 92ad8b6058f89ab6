"""How a deed is done (认真, 依法, 妥善 …: lexicon verbs.json "light") is no word of what
its figure measures (sentences made up; the constructs are the reports')."""
from __future__ import annotations

import pytest

from tests.parsing.helpers import one, report


@pytest.mark.parametrize(("sentence", "number", "name"), [
    ("认真办理人大代表建议604件，办结率100%。", "604件", "办理人大代表建议"),
    ("依法依规淘汰落后煤矿25个。", "25个", "淘汰落后煤矿"),
    ("妥善处置各类矛盾纠纷5395宗。", "5395宗", "处置各类矛盾纠纷"),
    ("坚决关停非法采矿点168个。", "168个", "关停非法采矿点"),
])
def test_a_manner_adverb_leading_the_name_is_dropped(sentence, number, name):
    [fact] = one(report(review_year=sentence), number)
    assert fact.indicator == name
