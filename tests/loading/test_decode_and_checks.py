"""Odd encodings decode exactly; bad bytes are refused with a reason; odd texts get a warning."""
import codecs
import random

import pytest

from dagster_project.loading.checks import looks_like_html, text_warnings
from dagster_project.parsing.decode import DecodeError, decode_bytes

REPORT = ("2024年甲市政府工作报告\n各位代表：\n过去一年，全市地区生产总值达到2330.8亿元，增长6.5%。"
          "城镇居民人均可支配收入达到43179元，增长5.1%。城镇新增就业5.2万人，城镇登记失业率控制在3.5%以内。\n"
          "今年地区生产总值增长6%左右。\n让我们团结奋斗，为建设美丽甲市作出新的更大贡献！\n")


@pytest.mark.parametrize("data, encoding", [
    (REPORT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8"),
    (REPORT.encode("gb18030"), "gb18030"),
    (REPORT.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16-le"),
    (REPORT.encode("utf-16-le"), "utf-16-le"),          # no byte-order mark
    (REPORT.encode("utf-16-be"), "utf-16-be"),          # no byte-order mark
    (REPORT.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
])
def test_odd_encodings_decode_to_the_same_text(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    # Offsets count characters of this text: nothing but the BOM may change.
    assert decoded.text in (REPORT, REPORT.replace("\n", "\r\n"))
    assert text_warnings(decoded.text) == []


@pytest.mark.parametrize("data, phrase", [
    (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000), "binary file"),
    (bytes(b for b in random.Random(2).randbytes(5000) if b), "binary file"),
    (REPORT.encode("utf-8")[:-2], "truncated"),   # cut inside the last character
    (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "not valid utf-8"),
], ids=["png", "random-without-nul", "cut-utf8", "bad-after-bom"])
def test_bad_bytes_are_refused_with_a_reason(data, phrase):
    with pytest.raises(DecodeError, match=phrase):
        decode_bytes(data)


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>各位代表：</p></body></html>",
    "<div><p>各位代表</p><p>增长6.5%</p><br><span>x</span></div>" + REPORT,
], ids=["html-page", "html-fragment"])
def test_a_web_page_in_a_text_file_is_recognised(text):
    assert looks_like_html(text) and not looks_like_html(REPORT)


@pytest.mark.parametrize("text, phrase", [
    ("今天天气很好，我们一起去公园散步，看到湖边的柳树发了新芽，孩子们在草地上放风筝，" * 3, "not read as a government work report"),
    ("Annual report 2024: revenue grew 6.5%.", "fewer than 50 Chinese characters"),
    (REPORT[:REPORT.index("城镇新增就业") + 4], "possibly truncated"),
    (REPORT.replace("\n", "")[:-20], "possibly truncated"),    # no line breaks at all, cut
], ids=["prose", "english", "cut", "cut-one-line"])
def test_odd_texts_get_a_warning(text, phrase):
    assert any(phrase in w for w in text_warnings(text)), text_warnings(text)


@pytest.mark.parametrize("n_chinese, warned", [(49, True), (50, False)])
def test_fifty_chinese_characters_read_as_a_report(n_chinese, warned):
    text = "各位代表" + "国" * (n_chinese - 4) + " growth 6.5% " * 40
    assert any("fewer than 50" in w for w in text_warnings(text)) is warned


@pytest.mark.parametrize("ending", [
    "点击数：5414\n技术支持\n",
    "\n主办单位：省交通运输厅，各州、市人民政府\n",
    "\n扫一扫在手机打开当前页\n",
    "\n乌鲁木齐市人民政府办公厅秘书处 2014年1月6日印发\n",
    "\n名词解释\n1.新型城镇化：以城乡统筹、城乡一体为基本特征的城镇化。\n",
    "\n市长 张三\n2024年1月10日\n",
], ids=["counter", "label", "page-chrome", "printing-line", "glossary", "signature-and-date"])
def test_a_whole_report_with_an_unusual_ending_reads_as_whole(ending):
    assert text_warnings(REPORT + ending) == []


def test_a_report_without_line_breaks_is_whole():
    assert text_warnings(REPORT.replace("\n", "")) == []


def test_figures_overwritten_by_placeholders_are_warned_of_with_their_count():
    damaged = REPORT.replace("2330.8", "23$1.$28").replace("6.5%", "$\n1.$2%", 1)
    (warning,) = text_warnings(damaged)
    assert warning.startswith("damaged figures: 2 number(s) replaced by `$1.$2` placeholders")
    assert text_warnings(REPORT.replace("2330.8", "US$2330.8")) == []
