"""Document structure: sections and roles, year detection, boilerplate, clean view, decoding."""
import codecs

from dagster_project.parsing.decode import decode_bytes
from dagster_project.parsing.report import parse_report
from dagster_project.parsing.text import clean_view
from tests.parsing.helpers import facts, one, report


def test_sections_and_roles():
    t = report(review_plan="累计新增就业30万人。", review_year="新增就业6万人。",
               plan_targets="城镇新增就业年均5万人以上。", year_targets="新增就业6.5万人。")
    roles = {f.text: (f.section_role, f.period, f.status) for f in facts(t)}
    assert roles["30万人"] == ("review_plan", "2016-2020", "actual")
    assert roles["6万人"] == ("review_year", "2020", "actual")
    assert roles["5万人"] == ("plan_targets", "2021-2025", "target")
    assert roles["6.5万人"] == ("year_targets", "2021", "target")


def test_combined_review_heading_switches_to_past_year():
    t = ("各位代表：\n\n“十三五”时期及2020年工作回顾\n\n五年来，累计建成公园20座。\n\n"
         "各位代表，2020年是极不平凡的一年。全年建成公园5座。\n\n2021年主要工作\n\n建成公园6座。\n")
    t = "某市2021年政府工作报告\n2021年1月5日在某市第九届人民代表大会第五次会议上\n" + t
    fs = {f.text: f for f in parse_report("x", t).facts}
    assert fs["20座"].period == "2016-2020" and fs["20座"].section_role == "review_plan"
    assert fs["5座"].period == "2020" and fs["5座"].section_role == "review_year"
    assert fs["6座"].status == "target"


def test_main_targets_in_review_is_not_target_anchor():
    t = report(review_year="三是打好三大攻坚战，主要目标任务如期完成。全年减贫3万人。")
    (f,) = one(t, "3万人")
    assert f.status == "actual" and f.section_role == "review_year"


def test_year_from_title_and_delivery_date():
    p = parse_report("x", "北京市2025年政府工作报告\n——2025年1月14日在北京市第十六届人民代表大会第三次会议上\n各位代表：\n")
    assert (p.meta.year, p.meta.place, p.meta.level, str(p.meta.delivered_on)) == (2025, "北京市", "provincial", "2025-01-14")
    q = parse_report("y", "政府工作报告\n——2019年2月20日在某某区第五届人民代表大会第四次会议上\n各位代表：\n")
    assert q.meta.year == 2019 and q.meta.place == "某某区" and q.meta.level == "district"
    n = parse_report("z", "政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n各位代表：\n")
    assert n.meta.place == "国务院" and n.meta.level == "national"


def test_header_and_footer_are_stripped():
    body = report(review_year="全年新建学校15所。")
    t = "首页 政策 2021年10月18日\n" + body + "\n2021-10-18点击数 5414\n咨询电话 13800000000\n京ICP备16017448号\n"
    fs = parse_report("x", t).facts
    assert [f.text for f in fs] == ["15所"]


def test_glossary_is_stripped():
    t = report(review_year="全年新建学校15所。") + "\n名词解释\n1.“两新”：是指设备更新，涉及3000家企业。\n"
    assert [f.text for f in parse_report("x", t).facts] == ["15所"]


def test_zero_width_and_wrapped_lines():
    line = "全年完成固定资产投资总额持续增长，其中基础设施投资\u200b达到\n\u200b\n" + "320亿元，比上年增长9%。"
    t = report(review_year=line)
    (f,) = one(t, "320亿元")
    assert f.offset == t.index("320")
    assert "\u200b" not in f.indicator and "\n" not in f.indicator
    assert f.indicator == "基础设施投资"


def test_clean_view_maps_offsets_back():
    t = "甲乙\u200b丙\n\n丁"
    v = clean_view(t)
    assert v.clean.startswith("甲乙丙")
    for i, ch in enumerate(v.clean):
        if ch != "\n":
            assert t[v.orig(i)] == ch


def test_sentences_without_newlines():
    t = report(review_year="全年新建学校15所。新增床位2000张。改造道路30公里。").replace("\n\n", "")
    assert {f.text for f in facts(t)} == {"15所", "2000张", "30公里"}


def test_decode_gb18030_crlf_utf8_bom_utf16():
    s = "政府工作报告\r\n全年新建学校15所。\r\n"
    assert decode_bytes(s.encode("gb18030")).text == s
    assert decode_bytes(codecs.BOM_UTF8 + s.encode("utf-8")).text == s
    assert decode_bytes(codecs.BOM_UTF16_LE + s.encode("utf-16-le")).text == s
    assert decode_bytes(s.encode("utf-8")).text == s


def test_crlf_offsets():
    t = report(review_year="全年新建学校15所。").replace("\n", "\r\n")
    (f,) = facts(t)
    assert t[f.offset:f.offset + 2] == "15"


def test_sections_in_a_report_without_line_breaks():
    t = ("某市2021年政府工作报告——2021年1月5日在某市第九届人民代表大会第五次会议上各位代表：现在向大会报告工作。"
         "一、“十三五”时期工作回顾五年来，累计建成公园20座。各位代表，2020年是极不平凡的一年。全年建成公园5座。"
         "二、2021年主要工作今年要建成公园6座。各位代表！让我们团结奋斗！")
    fs = {f.text: f for f in parse_report("x", t).facts}
    assert (fs["20座"].section_role, fs["20座"].period) == ("review_plan", "2016-2020")
    assert (fs["5座"].section_role, fs["5座"].period) == ("review_year", "2020")
    assert (fs["6座"].section_role, fs["6座"].status, fs["6座"].period) == ("year_targets", "target", "2021")


def test_plan_review_paragraph_inside_past_year_review():
    t = ("某省2016年政府工作报告\n2016年1月20日在某省第十二届人民代表大会第四次会议上\n各位代表：\n"
         "一、2015年工作回顾\n全年新增就业60万人。\n2015年是“十二五”收官之年。过去五年，累计新增就业280万人。\n"
         "二、2016年主要任务\n新增就业55万人以上。\n")
    fs = {f.text: f for f in parse_report("x", t).facts}
    assert (fs["60万人"].section_role, fs["60万人"].period) == ("review_year", "2015")
    assert (fs["280万人"].section_role, fs["280万人"].period) == ("review_plan", "2011-2015")
    assert (fs["55万人"].status, fs["55万人"].qualifier) == ("target", "more_than")


def test_combined_heading_year_first():
    t = ("某市2021年政府工作报告\n2021年1月5日在某市第九届人民代表大会第五次会议上\n各位代表：\n"
         "一、2020年和“十三五”时期工作回顾\n2020年，全市新建学校8所。\n“十三五”时期，累计新建学校40所。\n"
         "二、2021年主要工作\n新建学校10所。\n")
    fs = {f.text: f for f in parse_report("x", t).facts}
    assert (fs["8所"].section_role, fs["8所"].period) == ("review_year", "2020")
    assert (fs["40所"].section_role, fs["40所"].period) == ("review_plan", "2016-2020")
    assert fs["10所"].status == "target"


def test_every_fact_speaks_the_contracts_vocabulary():
    """kind, status, qualifier and section role take only the values docs/facts.md lists."""
    from pathlib import Path

    from dagster_project.parsing.model import KINDS, QUALIFIERS, SECTION_ROLES, STATUSES
    from dagster_project.parsing.report import parse_report

    repo = Path(__file__).resolve().parents[2]
    paths = [*sorted((repo / "tests" / "fixtures" / "reports").glob("*.txt")), repo / "raw" / "urumqi-2021.txt"]
    facts = [f for path in paths for f in parse_report(path.stem, path.read_text(encoding="utf-8")).facts]
    assert len(facts) > 300
    assert {f.kind for f in facts} <= set(KINDS)
    assert {f.status for f in facts} <= set(STATUSES)
    assert {f.qualifier for f in facts} <= set(QUALIFIERS)
    assert {f.section_role for f in facts} <= set(SECTION_ROLES)
