"""A bracketed place list is one counted noun (issue 14): 县（市、区） reads 县市区 (LEX bracketed_places), its
、 splits no list items and its brackets are no aside to drop; after a number the list is named by a deed
after it that ends the clause, and what follows a list inside a noun is no part of it. Dev sentences."""
import pytest

from tests.parsing.helpers import one, report

CASES = [
    # before the number: the list whole, not its last place (区)
    ("全省实现普及九年义务教育的县（市、区）达到124个。", "124个", "普及九年义务教育的县市区"),
    ("创成无信访积案县（市、区）8个以上。", "8个", "创成无信访积案县市区"),
    # after the number: the list, named by the deed after it
    ("在22个县（市、区）开展了新型农村社会养老保险试点工作，受益人数达到378万人。", "22个", "开展新型农村社会养老保险试点县市区"),
    ("29个县（市、区）通过国家义务教育均衡发展评估认定。", "29个", "通过国家义务教育均衡发展评估认定县市区"),
    ("新型农村合作医疗制度扩大到80个县（市、区），参合农民2493万人。", "80个", "县市区"),
    ("基层民主政治建设继续推进，21个省（区、市）完成了村委会换届选举。", "21个", "完成村委会换届选举省区市"),
    # a list inside a noun ends it: 给予 is the clause's verb
    ("对14个地市和20个人口大县（市、区）给予34辆预防接种冷藏车配置补助。", "20个", "人口大县市区"),
]


@pytest.mark.parametrize("sentence, figure, indicator", CASES, ids=[c[0][:12] for c in CASES])
def test_bracketed_place_list_is_one_noun(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]
