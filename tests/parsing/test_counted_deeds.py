"""A count's name keeps the words that say which things are counted (issue 14): the deed
after the counted noun, the deeds before the number, the whole counted noun, and the deed
opening a list for each later item."""
import pytest

from tests.parsing.helpers import one, report

CASES = [
    # the deed after the counted noun says which are counted, not the stock of them
    ("36个省控断面全部达到III类。", "36个", "达到III类省控断面"),
    ("15家企业全部完成搬迁。", "15家", "完成搬迁企业"),
    ("16件实事全面完成。", "16件", "完成实事"),
    ("15项重点民生工程圆满完成。", "15项", "完成重点民生工程"),
    ("32项指标顺利完成。", "32项", "完成指标"),
    ("41项重点任务全部如期完成。", "41项", "完成重点任务"),
    # a passive 得到 and how it went (得到有效化解, 高效办结: LEX settled_adverbs) are no part of the deed
    ("全市120件信访积案得到有效化解。", "120件", "化解信访积案"),
    ("767件政协委员提案全部办结。", "767件", "办结政协委员提案"),
    ("286件政协提案高效办结。", "286件", "办结政协提案"),
    ("213个问题全部整改。", "213个", "整改问题"),
    # a relative clause before the counted noun names it the same way (deed_of_relative_clause)
    ("深入开展信访积案化解攻坚，得到有效化解的信访积案120件。", "120件", "化解信访积案"),
    ("全年建成投用的5G基站1.2万个。", "1.2万个", "建成投用5G基站"),
    ("经认定的高新技术企业达331家。", "331家", "认定高新技术企业"),
    # money is no count: the deed before 的 only says whose it is
    ("2015年以来新增的涉税市场主体纳税达到4万亿元。", "4万亿元", "新增的涉税市场主体纳税"),
    # two deeds written one after another both name the count; a framing verb does not
    ("新建改扩建30所幼儿园。", "30所", "新建改扩建幼儿园"),
    ("建设认定50所示范校。", "50所", "建设认定示范校"),
    ("开工建设2个污水处理厂。", "2个", "开工建设污水处理厂"),
    ("支持建设20个示范基地。", "20个", "建设示范基地"),
    # the counted noun is whole: the works a deed inside it leads, 公共 and 为老 are no stops
    ("加快实施25个老旧小区改造项目。", "25个", "老旧小区改造项目"),
    ("开展12个杭派民居建设试点。", "12个", "杭派民居建设试点"),  # 开展 frames (LEX framing), 建设 leads the works
    ("建设4个职业教育公共培训基地。", "4个", "建设职业教育公共培训基地"),
    ("建成50家社区综合为老服务中心。", "50家", "建成社区综合为老服务中心"),
    # each figure of a list takes the noun after it and the deed opening the list
    ("整合20个部门、85项政务服务事项。", "85项", "整合政务服务事项"),
    ("新增42个国家级创新平台、500家高新技术企业。", "500家", "新增高新技术企业"),
    ("创建3个国家级农业现代化示范区和2个国家现代农业产业园。", "2个", "创建国家现代农业产业园"),
    ("启动建设5个新湖、6个公共沙滩泳场。", "6个", "建设公共沙滩泳场"),
    ("组建家庭农场200家、农民合作社150家。", "150家", "组建农民合作社"),
    ("培育国家级专精特新企业30家、省级专精特新企业200家。", "200家", "培育省级专精特新企业"),
    # a noun that holds a verb making a noun with the words after it (服务站; 整治示范村: works) is plain
    ("建成市级美丽宜居村庄503个、农村人居环境整治示范村400个。", "400个", "建成农村人居环境整治示范村"),
    ("建成农村幸福院200个、社区养老服务设施80个。", "80个", "建成社区养老服务设施"),
    ("打造标杆型基层便民服务中心24个、标准化工业园区政务服务站10个。", "10个", "打造标准化工业园区政务服务站"),
    # a deed alone before the number defines the count (启动, 成立, 化解, 受理, 办结…: LEX count_deeds)
    ("启动8个智慧园区项目。", "8个", "启动智慧园区项目"),
    ("新成立12家小额贷款公司。", "12家", "成立小额贷款公司"),
    ("依法化解40处交通堵点。", "40处", "化解交通堵点"),
    ("共受理300家企业申请。", "300家", "受理企业申请"),
    ("启动建设9条城市道路。", "9条", "建设城市道路"),  # 启动 before another deed frames it
    # a counted noun that is a deed itself (LEX deed_nouns) takes no deed before the number
    ("启动12个村庄规划编制。", "12个", "村庄规划编制"),
    ("完成30个社区卫生服务站建设。", "30个", "社区卫生服务站建设"),
    # 完成 names finished works (LEX completion_deeds, works_heads) whose name ends the clause
    ("全面完成15项市级重点工程。", "15项", "完成市级重点工程"),
    ("完成8个旧村改造项目，新增绿地30公顷。", "8个", "完成旧村改造项目"),
    # a list item takes any deed that defines the count of the item before (LEX count_deeds), not its own
    ("关闭砖厂20家、水泥厂7家。", "7家", "关闭水泥厂"),
    ("新认定高新技术企业80家、科技小巨人企业30家。", "30家", "新认定科技小巨人企业"),
    # a deed alone counts the things of the item before in its unit (object_of_previous): its own deed
    ("制定规章5件、修改3件。", "3件", "修改规章"),
    # the predicate after the count says which are counted: the people whose conditions improved
    ("60万居民出行条件得到改善。", "60万", "出行条件改善居民"),
    ("12万农民生活居住条件得到显著改善。", "12万", "生活居住条件改善农民"),
    ("改善2万户城市低收入家庭居住条件。", "2万户", "城市低收入家庭居住条件"),  # (a deed before: no predicate)
    # a count of people named by what was done to them is of the people
    ("启动3.5万人易地扶贫搬迁。", "3.5万人", "易地扶贫搬迁人口"),
    ("为1万名环卫工人免费健康体检。", "1万名", "环卫工人免费健康体检"),
    # a deed after the counted noun says what they were made (LEX became_deeds: 为 only links) or
    # changed into (LEX changed_into: the change, the things lead); 成为 only what is of their kind
    ("有8家企业被认定为省级技术中心。", "8家", "认定省级技术中心企业"),
    ("12个村被评为省级卫生村。", "12个", "评为省级卫生村"),
    ("20所民办学校转为公办。", "20所", "民办学校转公办"),
    ("6家企业成为上市后备企业。", "6家", "成为上市后备企业"),
    ("30个品牌成为城市名片。", "30个", "品牌"),
    ("9个企业列为重点企业、重点项目。", "9个", "企业"),  # what they became is cut at 、: left (列 of 列为 dropped: whole_words)
    ("10个产业园区启动建设。", "10个", "启动建设产业园区"),  # LEX settled_deeds
    ("86个政务服务事项实现“跨省通办”。", "86个", "实现“跨省通办”政务服务事项"),  # quotes in the deed
    # a deed opening a 和-list defines the count of the item after it (LEX count_deeds: 修缮, 编制)
    ("修缮8处文物保护单位和20处历史建筑。", "20处", "修缮历史建筑"),
    ("编制了城市总体规划和12个专项规划。", "12个", "编制专项规划"),
    ("新培育3家龙头企业和15家示范合作社。", "15家", "新培育示范合作社"),
    ("建成10个社区服务中心和50个社区服务站。", "50个", "建成社区服务站"),
    ("新增3个全国文明城市、5个国家卫生城市。", "5个", "新增国家卫生城市"),  # 全国 ranks, no deed
    ("改造提升12家乡镇卫生院、社区卫生服务中心和60个村卫生所。", "60个", "改造提升村卫生所"),
    ("成立防汛抗旱协调调度指挥领导小组和8个工作专班。", "8个", "成立工作专班"),  # a long first item
    ("制定了《关于加快金融业发展的实施意见》及6个配套文件。", "6个", "制定配套文件"),
    ("贯彻落实《关于加强污染综合治理的意见》以及9个专项方案。", "9个", "专项方案"),  # 治理 is the title's
]


@pytest.mark.parametrize("sentence, figure, indicator", CASES, ids=[c[0][:12] for c in CASES])
def test_count_is_named_by_what_it_counts(sentence, figure, indicator):
    assert [f.indicator for f in one(report(year_targets=sentence), figure)] == [indicator]


def test_a_rate_after_handled_items_is_the_items_rate():
    t = report(review_year="办理建议405件和提案590件，办复率均达100%。")
    assert [f.indicator for f in one(t, "100%")] == ["建议办复率", "提案办复率"]


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("退休人员养老金人均每月增加300元。", "300元", "退休人员养老金人均每月增加额"),
    ("孤儿基本生活费每人每月达到900元。", "900元", "孤儿基本生活费每人每月"),
    ("地区生产总值8000亿元、人均5000美元。", "5000美元", "人均地区生产总值"),
    ("城乡低保标准每人每月提高到500元。", "500元", "城乡低保标准"),  # a standard is per head by itself
])
def test_a_per_head_scope_stays_in_the_name(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]
