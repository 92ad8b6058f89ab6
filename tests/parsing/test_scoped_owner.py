"""Scoped measures (LEX scoped_measures: 在校生, 经营性收入, 对工业增长的贡献率) name nothing
alone: the owner of their kind written before them names them (owner_of_scoped), and a
bare generic head takes the topic phrase opening its sentence (农民收入方面，, 在X上，)."""
import pytest

from tests.parsing.helpers import one, report

CASES = [
    # the figure before owns it, without its own measure
    ("高新技术产业产值增长25%，对工业增长的贡献率达到55%。", "55%", "高新技术产业对工业增长的贡献率"),
    ("农民人均纯收入达到5000元，增长8%，其中经营性收入增长6%。", "6%", "农民人均经营性收入"),
    ("普通高校发展到33所，在校生达到38万人。", "38万人", "普通高校在校生"),
    # a gap names no owner: the figure before it does
    ("高技术制造业增加值增长21.7%、高于规上工业14.7个百分点，对工业增长贡献率达到41.2%。", "41.2%",
     "高技术制造业对工业增长贡献率"),
    # the topic of the clause before, nearer than the sentence's
    ("优势产业集群持续发展，工程机械实现产值1800亿元；第三产业加快发展，对经济增长的贡献率同比提高4.8个百分点。",
     "4.8个百分点", "第三产业对经济增长的贡献率"),
    # the noun of the clause before, if of the measure's kind (a school's pupils)
    ("加快发展职业教育，在校生达到145万人。", "145万人", "职业教育在校生"),
    ("大力发展民办教育，在校生规模达25.8万人。", "25.8万人", "民办教育在校生规模"),
    # the topic opening the sentence or the paragraph
    ("农民收入方面，工资性收入增长6.6%。", "6.6%", "农民工资性收入"),
    ("（三）大力发展职业教育。全市职业学校达到30所。在校生达到8万人。", "8万人", "职业教育在校生"),
    ("公益建设方面，加强基础教育、公共卫生等项目建设，力争完成投资110亿元。", "110亿元", "公益建设投资"),
    ("在电力建设上，以电源、电网项目建设为重点，力争总投资达到420亿元。", "420亿元", "电力建设总投资"),
    # an output (增加值, 利润, 主营业务收入) is an industry's or firms': the noun of that kind opening a topic
    ("农业结构调整步伐加快，乡镇企业重组转制成效显著，实现利润45亿元，增长20%。", "45亿元", "乡镇企业利润"),
    ("文化产业做大做强，主营业务收入超过3000亿元，增长19.2%。", "3000亿元", "文化产业主营业务收入"),
    ("省属国有企业经营效益持续好转，实现利润35.25亿元。", "35.25亿元", "省属国有企业利润"),
    ("十大重点农业产业链加快发展、产值突破7000亿元。", "7000亿元", "十大重点农业产业链产值"),
    # the object of the last task in a topic's words (省领导领衔推动十大工业产业 → 十大工业产业)
    ("省领导领衔推动十大工业产业，总产值突破1.5万亿元。", "1.5万亿元", "十大工业产业总产值"),
    # people's income: 农民, 居民 (the income they were written with dropped)
    ("农民收入有了恢复性增长，人均纯收入达到1520元。", "1520元", "农民人均纯收入"),
    ("居民收入水平不断提高，人均可支配收入突破4万元。", "4万元", "居民人均可支配收入"),
    # the words opening the sentence hold a noun of the kind when no predicate word ends a topic there;
    # a preposition opening them (以…为重点, 在…的同时) or a list (A产业、B产业) gives none, a task's deed
    # after a noun ends them (乡镇企业围绕…), a place after the noun is the owner's (服务业集聚区)
    ("服务业质效提升，实现增加值9700亿元，增长7.5%。", "9700亿元", "服务业增加值"),
    ("乡镇企业要以结构调整和机制创新为重点，深化改革，力争完成增加值650亿元。", "650亿元", "乡镇企业增加值"),
    ("乡镇企业围绕调整优化产业、产品结构，增加资金、科技投入，全年完成增加值612亿元。", "612亿元", "乡镇企业增加值"),
    ("继续大力发展乡镇企业，推动乡镇企业上规模、上水平，总产值增长38%。", "38%", "乡镇企业总产值"),
    ("在加快用高新技术改造提升传统产业的同时，进一步促进电子信息、新材料、生物工程与制药等高新技术产业发展，"
     "争取实现产值2500亿元，增长25%。", "2500亿元", "高新技术产业产值"),
    ("发展冷链物流等省级服务业集聚区13个，主营业务收入增长8%。", "8%", "省级服务业集聚区主营业务收入"),
    ("城镇居民人均可支配收入5797元，增长8.2%；农民收入扭转了连续三年下滑的局面，人均纯收入达到2558元。",
     "2558元", "农民人均纯收入"),
    # an economy (民营经济) owns its output; 工业经济 is 工业's (LEX owner_wrappers)
    ("大力发展非公有制经济，预计增加值达到4946亿元。", "4946亿元", "非公有制经济增加值"),
    ("工业经济效益明显提高，规模以上工业企业经济效益综合指数达到240.7；实现利润332.5亿元。", "332.5亿元", "工业利润"),
    # a share whose part is a scoped measure: the part named by its owner
    ("非公有制经济发展较快，增加值占国内生产总值的比重比上年提高1.2个百分点。", "1.2个百分点",
     "非公有制经济增加值占国内生产总值的比重"),
    ("先进制造业快速发展，增加值占规模以上工业47.2%。", "47.2%", "先进制造业增加值占规模以上工业比重"),
    # in a list, a bare measure after one of its kind with an owner (owner_shared_in_list)
    ("农业总产值和增加值分别增长4.6%和4.1%。", "4.1%", "农业增加值"),
    ("全市规模以上工业总产值和增加值要分别增长18%和16%以上，利税增长20%。", "20%", "规模以上工业利税"),
    # a task's object owns no output (a target of the task); a bare word of the kind (产业) owns nothing
    ("支持“六大优势产业”壮大规模，力争营业收入突破6万亿元。", "6万亿元", "营业收入"),
    ("产业发展势头良好，主营业务收入增长8%。", "8%", "主营业务收入"),
    # money after a clause of works (LEX works_heads) is theirs, without the deeds and frames leading them
    ("一是实施一批重大产业项目，完成投资745亿元。", "745亿元", "重大产业项目投资"),
    ("突出抓好十项重大工程，年内完成投资100亿元。", "100亿元", "十项重大工程投资"),
    ("加快推进上汽智己郑州生产基地、紫光超级工厂等工业项目，全年完成投资1300亿元。", "1300亿元", "工业项目投资"),
    # an owner not of the kind stays out: the head stays bare
    ("教育经费增长12%，在校生达到38万人。", "38万人", "在校生"),
    ("地方工业异军突起，对工业增长的贡献率达到61%。", "61%", "对工业增长的贡献率"),
    ("三次产业比重调整为3.6∶53.4∶43.1，二产比重提高2.3个百分点，对经济增长的贡献率达到62.7%。", "62.7%",
     "对经济增长的贡献率"),
    # a paragraph's heading is no owner of a count or of money (mostly a task)
    ("（三）坚定不移深化改革开放。全年完成投资120亿元。", "120亿元", "投资"),
    ("在壮大产业新集群方面，推进380个总投资1.5万亿元的重点项目。", "1.5万亿元", "重点项目总投资"),
]


@pytest.mark.parametrize("sentence, figure, indicator", CASES, ids=[c[0][:14] for c in CASES])
def test_scoped_measure_is_named_by_its_owner(sentence, figure, indicator):
    assert [f.indicator for f in one(report(review_year=sentence), figure)] == [indicator]
