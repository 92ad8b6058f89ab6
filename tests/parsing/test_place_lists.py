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


PAIRS = [
    # a pair of places counted as one set (LEX paired_places), named by a deed after it
    ("对外经贸合作、劳务合作、科技合作不断扩大，与145个国家和地区建立了经贸关系。", "145个", "建立经贸关系国家和地区"),
    ("与220多个国家和地区开展经贸合作，48家境外世界500强企业在肥投资。", "220多个", "开展经贸合作国家和地区"),
    ("经济技术合作扩展到20多个国家和地区，涉及建筑、水电、农业、医药、机械、轻纺、电子、海洋捕捞等行业。", "20多个", "国家和地区"),
    ("首届进口博览会共有172个国家、地区和国际组织参会，3617家境外企业参展，40多万名境内外采购商到会洽谈采购。", "172个", "国家、地区和国际组织"),
]


@pytest.mark.parametrize("sentence, figure, indicator", PAIRS, ids=[c[0][:12] for c in PAIRS])
def test_paired_places_are_one_set(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]


SHARED = [
    # place counts listed before one deed (LEX place_nouns): each is named by it, not left bare
    ("共有668个乡镇、4222个行政村通了公路，提前一年实现了80%行政村通公路。", "668个", "乡镇通了公路"),
    ("决了153万人的安全饮水问题，159个乡镇和1659个行政村通了公路。", "159个", "乡镇通了公路"),
    ("新改建农村公路1.7万公里，新创建四好农村路全国示范市1个、示范县10个，12个乡镇、119个村被认定为全国乡村治理示范镇村，评选“最美古镇”20个。", "12个", "认定全国乡村治理示范镇乡镇"),
]


@pytest.mark.parametrize("sentence, figure, indicator", SHARED, ids=[c[0][:12] for c in SHARED])
def test_place_counts_share_the_deed_after_them(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]


def test_a_run_on_deed_names_no_listed_place():
    # 按照“同源、同质”…: what follows the last place is no deed ending its clause
    sentence = ("投资69亿元，大力实施城乡供水一体化工程，今年对89个乡镇、1893个村按照“同源、同质”标准，实施供水一体化改造，"
                "农村规模化供水覆盖率达到50%以上，用两年的时间基本实现全覆盖。")
    assert [f.indicator for f in one(report(year_targets=sentence), "89个")] == ["乡镇"]


LEVELS = [
    # level counts listed before one noun: each level names that noun (LEX coordinated_leads' levels)
    ("实施非遗保护传承发展工程，建好2个国家级、3个省级文化生态保护区，积极开展“闽学”研究。", "2个", "国家级文化生态保护区"),
    ("扎实推进8个国家级、80个省级现代农业产业园建设，创建4个国家优势特色产业集群。", "8个", "国家级现代农业产业园建设"),
    ("获得3项国家级、15项省级科技奖励。", "3项", "国家级科技奖励"),
    # a level word then 级 (乡镇级) is a level too
    ("新建22所县级、34所乡镇级敬老院，改造47所现有敬老院，新增床位1.26万张。", "22所", "新建县级敬老院"),
]


@pytest.mark.parametrize("sentence, figure, indicator", LEVELS, ids=[c[0][:12] for c in LEVELS])
def test_level_counts_share_the_noun_after_them(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]
