"""dagster_project.reading: each format read from a real file made in the test."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from dagster_project.parsing.decode import decode_bytes
from dagster_project.reading import SUFFIXES, Document, UnreadableError, read_document
from tests.conftest import shared_path

from .conftest import CHROME, REPORT, TABLE, gov_page, scanned_pdf, text_pdf, word_file

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def assert_in_order(text: str, expected: list[str]) -> None:
    """Every expected string is in the text, each after the one before."""
    at = 0
    for piece in expected:
        found = text.find(piece, at)
        assert found >= 0, f"missing or out of order: {piece!r}"
        at = found + len(piece)


# -- dispatch --------------------------------------------------------------------------

def test_suffixes_and_dispatch_ignore_case():
    assert SUFFIXES == {".txt": "txt", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                        ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
    doc = read_document(Path("报告/2021.MD"), "# 标题\n\n正文。".encode())
    assert (doc.format, doc.text) == ("markdown", "标题\n正文。")


@pytest.mark.parametrize("name", ["report.doc", "report.rtf", "report"])
def test_unknown_suffix_is_refused_by_name(name):
    with pytest.raises(UnreadableError, match="unsupported file type") as caught:
        read_document(Path(name), b"text")
    assert ".docx" in str(caught.value)      # the message lists what is accepted


@pytest.mark.parametrize("name", ["r.txt", "r.md", "r.html"])
def test_undecodable_text_is_unreadable(name):
    binary = bytes(range(256)) * 20
    with pytest.raises(UnreadableError, match="cannot decode the file as text: binary file"):
        read_document(Path(name), binary)


# -- plain text ------------------------------------------------------------------------

def test_txt_is_exactly_the_decoded_file():
    original = "政府工作报告\r\n\r\n　　各位代表：\r\n　　全年地区生产总值增长5%。\u200b\r\n"
    data = original.encode("gb18030")
    doc = read_document(Path("2021.txt"), data)
    assert doc == Document(decode_bytes(data).text, "txt", "gb18030", {}, [])
    assert doc.text == original              # CRLF, indentation and zero-width space all kept


# -- Markdown --------------------------------------------------------------------------

MARKDOWN = """---
source: https://www.wlmq.gov.cn/wlmqs/c119081/202103/f67b.shtml
title: 2 0 2 1 年 政府工作报告
year: 2021
---

**政府工作报告**

——2021年1月12日在乌鲁木齐市第十六届人民代表大会第五次会议上

<!-- 图为：代市长作政府工作报告 -->

各位代表：

## **一、“十三五”时期及2020年工作回顾**

全年推进**“三大攻坚战”**取得决定性成就，详见[统计公报](https://tjj.wlmq.gov.cn/a.html)。![会场](https://x/y.jpg)

- 城镇新增就业5.2万人
* 引进国家“千*计划”专家3名
1. 地区生产总值增长3.6%

> 注：增速按可比价计算。

| 序号 | **指标** | 2020年 |
| ---- | ---- | ---- |
| 1 | 地区生产总值（亿元） | 3337.3 |
| 2 | 城镇新增就业<br>（万人） | 5.2 |

深圳市\\“十四五\\”规划、1\\*2路公交和__重点__工程[^1]。

[^1]: 重点工程：指列入市级计划的项目。
"""


def test_markdown_front_matter_becomes_metadata():
    doc = read_document(Path("2021.md"), MARKDOWN.encode())
    assert doc.metadata == {"source": "https://www.wlmq.gov.cn/wlmqs/c119081/202103/f67b.shtml",
                            "title": "2 0 2 1 年 政府工作报告", "year": "2021"}
    assert (doc.format, doc.encoding, doc.warnings) == ("markdown", "utf-8", [])
    assert "source:" not in doc.text and not doc.text.startswith("-")


def test_markdown_markup_is_gone_and_lines_stay():
    lines = read_document(Path("2021.md"), MARKDOWN.encode()).text.split("\n")
    assert lines == [
        "政府工作报告",
        "——2021年1月12日在乌鲁木齐市第十六届人民代表大会第五次会议上",
        "各位代表：",
        "一、“十三五”时期及2020年工作回顾",
        "全年推进“三大攻坚战”取得决定性成就，详见统计公报。",
        "城镇新增就业5.2万人",
        "引进国家“千*计划”专家3名",            # a literal asterisk, not emphasis
        "地区生产总值增长3.6%",
        "注：增速按可比价计算。",
        "序号\t指标\t2020年",
        "1\t地区生产总值（亿元）\t3337.3",
        "2\t城镇新增就业",
        "（万人）\t5.2",
        "深圳市“十四五”规划、1*2路公交和重点工程。",
        "重点工程：指列入市级计划的项目。",
    ]


def test_markdown_front_matter_that_is_not_yaml_stays_text_with_a_warning():
    data = "---\ntitle: [unclosed\n---\n\n各位代表：\n".encode()
    doc = read_document(Path("r.md"), data)
    assert doc.metadata == {}
    assert doc.warnings == ["front matter is not valid YAML: ignored, read as text"]
    assert doc.text.split("\n") == ["title: [unclosed", "各位代表："]


def test_markdown_raw_html_keeps_table_cells_and_drops_comments():
    source = ("前言\n\n<!-- 图为会场 -->\n\n<table><tr><td>1</td><td>地区生产总值</td></tr></table>\n\n"
              "填写____年度，合计&nbsp;3项&amp;2类。\n")
    doc = read_document(Path("r.md"), source.encode())
    assert doc.text.split("\n") == ["前言", "1\t地区生产总值", "填写____年度，合计\xa03项&2类。"]


def test_markdown_in_gb18030_is_decoded_first():
    doc = read_document(Path("r.markdown"), "**二、2021年工作安排**\r\n\r\n增长6%左右。".encode("gb18030"))
    assert (doc.text, doc.encoding) == ("二、2021年工作安排\n增长6%左右。", "gb18030")


PLAIN_BODIES = [
    "**一、2023年工作回顾**\n\n  过去一年，增长6%。  \n城镇新增就业5.2万人\u3000\n\n\n",
    "“**十四五**”时期，2021-2025年\r\n共1.5万亿元、5%-6%\r** 二、任务**\n** **\n**\n正文**",
    "x**\u3000\n\u3000y\xa0\n a  b ",
]
MARKUP_BODIES = ["***x***", "****", "a * b", "# 标题", "- 项", "1. 项", "2021.5",  "正文\n===", "a\n\n    b", "[链接](x)",
                 "<br>", "&amp;", "a\tb", "`code`", "_x_", "~~删~~", "a\\*"]


@pytest.mark.parametrize("body", PLAIN_BODIES)
def test_markdown_without_markup_but_bold_reads_as_markdown_it_does(body, monkeypatch):
    from dagster_project.reading import markdown

    fast = markdown._plain_text(body)
    assert fast is not None
    monkeypatch.setattr(markdown, "_plain_text", lambda source: None)
    assert fast == markdown.markdown_to_text(body)


@pytest.mark.parametrize("body", MARKUP_BODIES)
def test_markdown_with_markup_goes_to_markdown_it(body):
    from dagster_project.reading import markdown

    assert markdown._plain_text(body) is None


def test_markdown_lawtext_reports_lose_markup_but_no_chinese():
    """Real reports from the web (a few of the 1,585 lawtext files)."""
    folder = shared_path("lawtext", "政府工作报告-主要城市", "乌鲁木齐市")
    paths = sorted(folder.glob("*.md"))
    assert paths
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        body = raw.split("\n---\n", 1)[1] if raw.startswith("---\n") else raw
        doc = read_document(path, path.read_bytes())
        for markup in ("**", "](", "|", "---"):
            assert markup not in doc.text, (path.name, markup)
        assert len(CJK.findall(doc.text)) >= 0.99 * len(CJK.findall(body)), path.name
        assert doc.metadata["source"].startswith("https://www.wlmq.gov.cn/")


# -- HTML ------------------------------------------------------------------------------

def expected_page_lines() -> list[str]:
    return REPORT + ["\t".join(row) for row in TABLE]


@pytest.mark.parametrize("layout", ["div", "table"])
def test_html_keeps_every_paragraph_in_order_and_no_chrome(layout):
    page = gov_page(REPORT, TABLE, layout=layout).encode("utf-8")
    doc = read_document(Path("report.html"), page)
    assert doc.text.split("\n") == expected_page_lines()
    for chrome in CHROME:
        assert chrome not in doc.text, chrome


def test_html_metadata_and_declared_gb2312():
    page = gov_page(REPORT, TABLE, charset="gb2312").encode("gb18030")
    doc = read_document(Path("report.HTM"), page)
    assert doc.encoding == "gb18030"         # GB2312 is read as its superset
    assert doc.metadata == {"title": "2021年政府工作报告_乌鲁木齐市人民政府",
                            "source": "https://www.wlmq.gov.cn/wlmqs/c119081/202103/f67b.shtml",
                            "date": "2021-01-18 10:30"}
    assert_in_order(doc.text, ["各位代表：", "第40项工作取得进展", "各位代表！", "二、2021年工作安排", "各位代表！"])


def test_html_wrong_charset_falls_back_with_a_warning():
    page = gov_page(REPORT, TABLE, charset="utf-8").encode("gb18030")
    doc = read_document(Path("r.html"), page)
    assert doc.encoding == "gb18030"
    assert doc.warnings == ["the page declares charset 'utf-8' but is not valid utf-8: decoded as gb18030"]
    assert doc.text.split("\n") == expected_page_lines()


def test_html_without_charset_uses_the_byte_order_mark():
    page = gov_page(REPORT, TABLE).replace("; charset=utf-8", "")
    doc = read_document(Path("r.html"), codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    assert doc.encoding == "utf-16-le"
    assert doc.text.split("\n") == expected_page_lines()


def test_html_saved_by_a_browser_names_its_source():
    page = ("<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.gov.cn/zhengce/2021/report.htm -->\n"
            "<html><head><title> 政府工作报告 </title></head><body><p>各位代表：</p><p>现在，我代表国务院。</p>"
            "</body></html>")
    doc = read_document(Path("r.html"), page.encode())
    assert doc.metadata == {"title": "政府工作报告", "source": "https://www.gov.cn/zhengce/2021/report.htm"}
    assert doc.text == "各位代表：\n现在，我代表国务院。"


def test_html_with_only_scripts_is_unreadable():
    page = b"<html><head><title>x</title><script>load('report')</script></head><body></body></html>"
    with pytest.raises(UnreadableError, match="no text outside scripts"):
        read_document(Path("r.html"), page)


# -- Word ------------------------------------------------------------------------------

def test_docx_keeps_body_order_with_the_table_in_place():
    doc = read_document(Path("2021.docx"), word_file(title="2021年政府工作报告"))
    assert (doc.format, doc.encoding, doc.metadata) == ("docx", None, {"title": "2021年政府工作报告"})
    assert doc.text.split("\n") == (REPORT[:5] + ["\t".join(row) for row in TABLE]
                                    + ["注：地区生产总值按可比价计算。"] + REPORT[5:])


def test_docx_without_a_title_has_no_title():
    assert read_document(Path("r.docx"), word_file()).metadata == {}


@pytest.mark.parametrize(("data", "message"), [
    (b"this is plain text", "a .docx is a ZIP package and this file is not one"),
    (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), "an old binary Word \\(.doc\\) file"),
])
def test_docx_that_is_not_a_docx_is_named(data, message):
    with pytest.raises(UnreadableError, match=message):
        read_document(Path("r.docx"), data)


def test_truncated_docx_is_unreadable():
    data = word_file()
    with pytest.raises(UnreadableError, match="not a .docx file"):
        read_document(Path("r.docx"), data[: len(data) // 2])


# -- PDF -------------------------------------------------------------------------------

def test_pdf_text_comes_back_in_page_order(cjk_font):
    pages = [REPORT[:5], REPORT[5:12], ["序号 指标 2020年", "1 地区生产总值（亿元） 3337.3"]]
    doc = read_document(Path("2021.pdf"), text_pdf(cjk_font, pages, title="2021年政府工作报告"))
    assert (doc.format, doc.encoding, doc.warnings) == ("pdf", None, [])
    assert doc.metadata == {"title": "2021年政府工作报告"}
    assert doc.text.split("\n") == [line for page in pages for line in page]   # page numbers gone
    assert "\r" not in doc.text


def test_scanned_pdf_is_refused_naming_the_problem():
    with pytest.raises(UnreadableError) as caught:
        read_document(Path("scan.pdf"), scanned_pdf(pages=3))
    assert str(caught.value) == ("a PDF with no text layer (a scanned PDF?): 3 pages, "
                                 "no extractable text; run OCR first")


def test_pdf_with_only_page_numbers_counts_as_scanned(cjk_font):
    with pytest.raises(UnreadableError, match="no text layer"):
        read_document(Path("r.pdf"), text_pdf(cjk_font, [[], []]))


def test_pdf_with_a_blank_page_warns(cjk_font):
    data = text_pdf(cjk_font, [REPORT[:8], [], REPORT[8:14]])
    doc = read_document(Path("r.pdf"), data)
    assert doc.warnings == ["page 2 of 3 has no text (a scanned image?): left out"]
    assert doc.text.split("\n") == REPORT[:14]


def test_encrypted_pdf_is_refused(cjk_font):
    data = text_pdf(cjk_font, [REPORT[:3]], password="secret")
    with pytest.raises(UnreadableError, match="encrypted PDF that needs a password"):
        read_document(Path("r.pdf"), data)


def test_corrupt_pdf_is_refused(cjk_font):
    data = text_pdf(cjk_font, [REPORT[:3]])
    with pytest.raises(UnreadableError, match="not a readable PDF"):
        read_document(Path("r.pdf"), b"%PDF-1.4\n" + data[400:600])
