"""Builders of real report files (PDF, Word, a government web page), made in the test."""
from __future__ import annotations

import html
import io

import docx
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

# A report's opening, a repeated salutation (a reader must keep both), a heading and targets.
REPORT = [
    "政府工作报告",
    "——2021年1月12日在乌鲁木齐市第十六届人民代表大会第五次会议上",
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。",
    "一、“十三五”时期及2020年工作回顾",
    *(f"第{n}项工作取得进展，全年完成投资{n * 11}亿元，增长{n}.5%，惠及群众{n}万人。" for n in range(1, 41)),
    "各位代表！",
    "二、2021年工作安排",
    "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。",
    "各位代表！",
    "让我们更加紧密地团结在一起，奋力谱写新篇章！",
]
TABLE = [["序号", "指标", "2020年"], ["1", "地区生产总值（亿元）", "3337.3"], ["2", "城镇新增就业（万人）", "5.2"]]
CHROME = ["首页", "政务公开", "政务服务", "当前位置", "扫一扫在手机打开当前页", "主办单位", "ICP备",
          "网站标识码", "打印本页", "关闭窗口", "相关链接", "脚本里的中文", "样式里的字体", "浏览次数"]


def text_pdf(font: str, pages: list[list[str]], title: str | None = None,
             password: str | None = None, page_numbers: bool = True) -> bytes:
    """A PDF with a text layer: each page's lines, and a '- n -' page number at the foot."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, encrypt=password)
    if title:
        pdf.setTitle(title)
    for number, lines in enumerate(pages, 1):
        pdf.setFont(font, 12)
        for row, line in enumerate(lines):
            pdf.drawString(56, 780 - 20 * row, line)
        if page_numbers:
            pdf.drawCentredString(297, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def scanned_pdf(pages: int) -> bytes:
    """A PDF of pictures only, like a scanner's output: no text layer at all."""
    picture = Image.new("L", (200, 280), 255)
    for x in range(20, 180):            # a few dark "lines of print"
        for y in (40, 60, 80, 100):
            picture.putpixel((x, y), 0)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        pdf.drawImage(ImageReader(picture), 40, 40, width=500, height=760)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def word_file(title: str | None = None, lines: list[str] = REPORT) -> bytes:
    """A .docx: heading, paragraphs, a table between paragraphs (with a merged cell), more text."""
    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.add_heading(lines[0], level=1)
    for line in lines[1:5]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TABLE) + 1, cols=3)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = table.cell(len(TABLE), 0).merge(table.cell(len(TABLE), 2))
    merged.text = "注：地区生产总值按可比价计算。"
    document.add_paragraph("")               # an empty paragraph: no blank line in the text
    for line in lines[5:]:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def gov_page(lines: list[str], table: list[list[str]], charset: str = "utf-8",
             layout: str = "div") -> str:
    """A report page as a government site serves it: navigation, breadcrumbs, a QR widget,
    footer, scripts and styles around the article. layout 'div' is a modern page; 'table'
    an old one built of layout tables."""
    paras = "\n".join(f"<p style='text-indent:2em'><span style='font-family:仿宋'>{html.escape(line)}</span></p>"
                      for line in lines[1:])
    rows = "".join("<tr>" + "".join(f"<td><p>{html.escape(c)}</p></td>" for c in row) + "</tr>" for row in table)
    article = f"{paras}\n<table border='1'>{rows}</table>"
    head = f"""<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>2021年政府工作报告_乌鲁木齐市人民政府</title>
<meta property="og:url" content="https://www.wlmq.gov.cn/2021/report.shtml">
<link rel="canonical" href="https://www.wlmq.gov.cn/wlmqs/c119081/202103/f67b.shtml">
<meta name="PubDate" content="2021-01-18 10:30">
<style>body {{ font-family: "样式里的字体"; }}</style>
<script>var msg = "脚本里的中文";</script></head>"""
    footer = ("主办单位：乌鲁木齐市人民政府办公厅 <a href='https://beian.miit.gov.cn/'>新ICP备05000120号-1</a>"
              " 网站标识码：6501000001")
    if layout == "table":
        return f"""<html>{head}<body>
<table width=980><tr><td><a href=/>首页</a> | <a>政务公开</a> | <a>政务服务</a></td></tr></table>
<table width=980><tr><td width=200><table><tr><td><a>相关链接</a></td></tr></table></td>
<td><table><tr><td>当前位置：首页 &gt;&gt; 政务公开</td></tr>
<tr><td align=center><b>{html.escape(lines[0])}</b></td></tr><tr><td>发布时间：2021-01-18 浏览次数：1234</td></tr>
<tr><td class=content><p>{html.escape(lines[0])}</p>{article}</td></tr>
<tr><td><a href="javascript:print()">打印本页</a> <a href="javascript:close()">关闭窗口</a></td></tr></table></td></tr></table>
<table width=980><tr><td>{footer}</td></tr></table></body></html>"""
    return f"""<!DOCTYPE html><html lang="zh-CN">{head}<body>
<div class="header"><h1><a href="/"><img src="/logo.png" alt="">乌鲁木齐市人民政府</a></h1>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="main"><div class="article">
<h1 class="title">{html.escape(lines[0])}</h1>
<div class="info">发布时间：2021-01-18 浏览次数：1234</div>
<div id="zoom" class="TRS_Editor">{article}</div>
<div class="tools"><a href="javascript:print()">打印本页</a> <a href="javascript:close()">关闭窗口</a></div>
</div>
<div class="side"><div class="qr"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
<h3>相关链接</h3><ul><li><a href="/2020/">2020年政府工作报告</a></li></ul></div></div>
<div class="footer"><p>{footer}</p><script>document.write("统计");</script></div>
</body></html>"""
