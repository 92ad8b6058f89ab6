"""Each fact records the naming rules that built its indicator and a confidence
(parsing/naming_confidence.py): high where the clause's own words name the
number, medium where it is built with what came just before, low where it is
carried from earlier, generic, or the fallback."""
from __future__ import annotations

import pytest

from dagster_project.parsing.naming_confidence import naming_confidence
from dagster_project.parsing.report import parse_report


def _named(sentence: str) -> dict[str, tuple[str, str, str]]:
    text = "政府工作报告\n一、2024年工作回顾\n" + sentence + "\n"
    return {f.text: (f.indicator, f.name_rules, f.name_confidence) for f in parse_report("x-2024", text).facts}


@pytest.mark.parametrize("sentence, figure, expected", [
    # the noun before the number
    ("全市地区生产总值增长5.2%，城镇新增就业4.5万人。", "4.5万人", ("城镇新增就业", "noun_before", "high")),
    # a share of a stated whole
    ("民生领域支出392.2亿元，占一般公共预算支出的71%。", "71%",
     ("民生领域支出占一般公共预算支出比重", "share_of_whole", "high")),
    # a list's own subjects
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.2%。", "6.2%", ("农村居民人均可支配收入", "list_subjects", "high")),
    # another stage of the works just counted
    ("老旧小区改造开工742个、完工548个。", "548个", ("老旧小区改造完工", "stage_of_previous", "medium")),
    # a generic head (投资) given an owner: built from more than the clause
    ("重点项目建设加快推进，完成投资120亿元。", "120亿元", ("重点投资", "noun_before,owner_of_generic", "medium")),
    # carried from the clause before: the name is clumsy, and says so
    ("粮食产量再创新高，达到620万吨，增长2.1%。", "2.1%", ("粮食产量再创新高", "carried_subject", "low")),
    ("我们坚持稳中求进，实现了12%。", "12%", ("稳中求进", "previous_clause_noun", "low")),
])
def test_each_fact_records_its_rules_and_confidence(sentence, figure, expected):
    assert _named(sentence)[figure] == expected


def test_the_grade_follows_the_rules_and_the_name():
    assert naming_confidence(["noun_before"], "城镇新增就业") == "high"
    assert naming_confidence(["noun_before"], "投资") == "low"          # a bare generic head
    assert naming_confidence(["noun_before"], "") == "low"
    assert naming_confidence(["counted_noun", "name_adjustment"], "新建学校") == "medium"
    assert naming_confidence(["noun_before", "carried_subject"], "粮食产量") == "low"
    assert naming_confidence([], "地区生产总值") == "medium"            # a name no rule recorded
