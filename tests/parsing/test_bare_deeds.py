"""A name is never a bare verb (issue 14): a deed that names a count or money alone takes
what it counts or what the money went to (people_of_solving, people_of_bare_deed,
object_of_previous, owner_of_output_change, purpose_of_money), and stays where the sentence
does not say it."""
import pytest

from tests.parsing.helpers import one, report

CASES = [
    # people whose problem was solved, the unit with no noun after it
    ("解决了8.3万人的安全饮水问题。", "8.3万人", "解决安全饮水问题人口"),
    ("解决了4.3万户的用电问题。", "4.3万户", "解决用电问题户"),
    # a list of them: each item's noun, or its unit's head
    ("解决了2万户、5万人的饮水安全问题。", "2万户", "解决饮水安全问题户"),
    ("解决了5万人、8万头（只）牲畜的饮水困难。", "8万头", "解决饮水困难牲畜"),
    # people of a deed with no object: the people are counted
    ("13147人实现脱贫。", "13147人", "脱贫人口"),
    ("全年实现就业6万人。", "6万人", "就业人数"),
    ("4.3亿人次受益。", "4.3亿人次", "受益人次"),
    # a growth of a deed is no count of people
    ("就业增长20%。", "20%", "就业"),
    # a deed alone after a deed and its object, same unit: the same things
    ("清理文件670件，废止338件。", "338件", "废止文件"),
    ("废止自治区政府规章10件、修订22件。", "22件", "修订自治区政府规章"),
    # an output's change: the output's owner
    ("粮食产量1.37万亿斤，增产74亿斤。", "74亿斤", "粮食增产"),
    # no owner before the output: left
    ("产量250.2亿斤、增产20.1亿斤。", "20.1亿斤", "增产"),
    # what money went to, after a verb that says only that
    ("投入18亿元启动扶贫生态移民工程。", "18亿元", "扶贫生态移民工程投入"),
    ("投入1.6亿元改善农村义务教育学生营养。", "1.6亿元", "农村义务教育学生营养投入"),
    # a clause with a figure, a preposition or a change after the money names no purpose
    ("投入80.1亿元，增长16.9%。", "80.1亿元", "投入"),
    ("投入1.2亿元对农村贫困家庭中小学生免课本费。", "1.2亿元", "投入"),
    ("预计各级将投入资金396亿元，比上年增加19亿元，重点是覆盖面大的民生项目。", "19亿元", "各级将投入资金增加额"),
]


@pytest.mark.parametrize("sentence,figure,name", CASES)
def test_bare_deed_names(sentence, figure, name):
    text = report(review_year=sentence)
    (f,) = one(text, figure)
    assert f.indicator == name
