"""A counted noun after a number reaches its head past a modifier and 的 (issue 14): a
describing clause is dropped (LEX descriptive_leads, descriptive_ends), a rank or size stays
before the head (LEX rank_ends); a noun before 的 stays the counted noun; a joined term (和美乡村) is no join. Dev sentences."""
import pytest

from tests.parsing.helpers import one, report

CASES = [
    # a describing clause (具有…, 有…, 各具特色) only says which: the head is counted
    ("培育5个具有聚集效应的创业孵化基地，新增创业4000人。", "5个", "培育创业孵化基地"),
    ("集中打造1至2家有较强竞争力的龙头企业。", "1至2家", "龙头企业"),
    ("建设30个有示范作用的高质量小微企业园。", "30个", "建设高质量小微企业园"),
    ("打造20个独具特色的文旅夜消费场景。", "20个", "打造文旅夜消费场景"),
    # a rank or size stays before the head
    ("打造10所以上国内一流的特色高中，实施学前教育质量提升行动。", "10所", "打造国内一流特色高中"),
    ("启动建设50个世界一流的旅游驿站。", "50个", "建设世界一流旅游驿站"),
    ("努力建成10条超五百亿级的市域特色链。", "10条", "建成超五百亿级市域特色链"),
    ("重点抓好50个投资过亿元的重大技改项目。", "50个", "投资过亿元重大技改项目"),
    # a term that starts with a joining word goes on past it (LEX joined_terms: 和美乡村)
    ("建成42个省级和美乡村示范村。", "42个", "建成省级和美乡村示范村"),
    ("打造400个宜居宜业和美乡村示范村，开展农村地区供水能力提升行动。", "400个", "打造宜居宜业和美乡村示范村"),
]


@pytest.mark.parametrize("sentence, figure, indicator", CASES, ids=[c[0][:12] for c in CASES])
def test_described_count_is_named_by_its_head(sentence, figure, indicator):
    assert [f.indicator for f in one(report(year_targets=sentence), figure)] == [indicator]


@pytest.mark.parametrize("sentence, figure, word", [
    ("完成100万有线电视用户的整体转换。", "100万", "有线电视用户"),  # 有线 is a noun (LEX descriptive_not)
    ("做好250个贫困村的整村推进项目。", "250个", "贫困村"),  # a noun before 的, no modifier
    ("建成10个文明村和美丽乡村。", "10个", "文明村"),  # 和美丽 joins (no joined term)
])
def test_a_noun_before_de_stays_counted(sentence, figure, word):
    assert any(word in f.indicator for f in one(report(year_targets=sentence), figure))
