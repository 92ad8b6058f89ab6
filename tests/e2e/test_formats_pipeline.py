"""The whole pipeline on a researcher's folder: every format, nested Chinese
folders, front matter, a scanned PDF. Each readable file is a report, placed and
dated; the scanned one is refused by name; every fact's offset indexes the text
the warehouse keeps."""
from __future__ import annotations

import re

import duckdb
import pytest

from tests.conftest import run_pipeline_on
from tests.reading.conftest import REPORT, TABLE, gov_page, scanned_pdf, text_pdf, word_file

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("formats")


def _lines(year: int) -> list[str]:
    """The builders' report, delivered in ``year`` (each file a different report)."""
    years = {"2021": str(year), "2020": str(year - 1)}
    return [re.sub(r"202[01]", lambda m: years[m.group()], line) for line in REPORT]


def _markdown(year: int) -> str:
    body = "\n\n".join(f"## {line}" if line.startswith("一、") else line for line in _lines(year))
    return (f"---\ntitle: 乌鲁木齐市{year}年政府工作报告\nsource: https://www.wlmq.gov.cn/{year}.html\n"
            f"tags: [政府工作报告]\n---\n\n# 政府工作报告\n\n**{body}**\n")


@pytest.fixture(scope="module")
def formats_run(tmp_path_factory, cjk_font):
    base = tmp_path_factory.mktemp("formats")
    raw = base / "raw"
    files = {
        "政府工作报告-主要城市/乌鲁木齐市/2022.md": _markdown(2022).encode("utf-8"),
        "网页 存档/乌鲁木齐市2021年政府工作报告.html": gov_page(_lines(2021), TABLE).encode("utf-8"),
        "Word版/乌鲁木齐市/2020.docx": word_file(title="乌鲁木齐市2020年政府工作报告", lines=_lines(2020)),
        "PDF/新疆维吾尔自治区/乌鲁木齐市/2019年报告.pdf": text_pdf(
            cjk_font, [_lines(2019)[i:i + 30] for i in range(0, len(REPORT), 30)]),
        "PDF/扫描件/2018.pdf": scanned_pdf(2),
        "说明/清单.xlsx": b"PK\x03\x04",
    }
    for rel, data in files.items():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_bytes(data)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    return outcome, base / "warehouse.duckdb"


def _rows(path, sql):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_readable_format_loads_and_the_scan_is_refused_by_name(formats_run):
    outcome, _ = formats_run
    assert outcome.formats == {"markdown": 1, "html": 1, "docx": 1, "pdf": 1}, outcome.summary()
    assert len(outcome.load_errors) == 1, outcome.summary()
    assert "PDF/扫描件/2018.pdf" in outcome.load_errors[0]
    assert "text layer" in outcome.load_errors[0]
    summary = outcome.summary()
    assert "说明/清单.xlsx" in summary and "not a report format" in summary
    assert summary.splitlines()[-1].startswith("govreport run FAILED: 1 file refused")


def test_reports_are_placed_dated_and_named_readably(formats_run):
    _, path = formats_run
    rows = _rows(path, """select report_id, format, place, level, admin_code, parent_place, report_year
                          from main.dim_report order by report_year""")
    assert rows == [
        ("wulumuqi-2019", "pdf", "乌鲁木齐市", "prefecture", "650100", "新疆维吾尔自治区", 2019),
        ("wulumuqi-2020", "docx", "乌鲁木齐市", "prefecture", "650100", "新疆维吾尔自治区", 2020),
        ("wulumuqi-2021", "html", "乌鲁木齐市", "prefecture", "650100", "新疆维吾尔自治区", 2021),
        ("wulumuqi-2022", "markdown", "乌鲁木齐市", "prefecture", "650100", "新疆维吾尔自治区", 2022),
    ]


def test_front_matter_and_page_metadata_are_kept(formats_run):
    _, path = formats_run
    rows = dict(_rows(path, "select format, source_url from main.dim_report"))
    assert rows["markdown"] == "https://www.wlmq.gov.cn/2022.html"
    assert rows["html"] == "https://www.wlmq.gov.cn/wlmqs/c119081/202103/f67b.shtml"
    title, relpath = _rows(path, "select title, source_file from main.dim_report where format = 'markdown'")[0]
    assert title == "乌鲁木齐市2022年政府工作报告"
    assert relpath == "政府工作报告-主要城市/乌鲁木齐市/2022.md"


def test_every_offset_indexes_the_stored_text(formats_run):
    _, path = formats_run
    per_format = _rows(path, """
        select r.format, count(*), count(*) filter (where substr(r.text, f.char_offset + 1, length(f.text)) = f.text)
        from landing.facts f join landing.reports r using (report_id) group by 1 order by 1""")
    assert [fmt for fmt, _, _ in per_format] == ["docx", "html", "markdown", "pdf"]
    for fmt, n, matching in per_format:
        assert n >= 40 and matching == n, (fmt, n, matching)
    markup = _rows(path, "select count(*) from landing.facts where indicator similar to '.*[*#\\[\\]].*'")
    assert markup == [(0,)]


def test_targets_are_read_from_every_format(formats_run):
    _, path = formats_run
    rows = _rows(path, """select r.format, count(*) from main.fct_targets t join main.dim_report r using (report_id)
                          group by 1 order by 1""")
    assert [fmt for fmt, n in rows if n >= 2] == ["docx", "html", "markdown", "pdf"], rows
