"""Who said it and when: front matter, then the path, then the text; the year a
report is for. Pure functions on small inputs (no warehouse)."""
from datetime import date

from dagster_project.loading import provenance
from dagster_project.parsing.model import ReportMeta


def _meta(place=None, title=None, year=None, delivered_on=None) -> ReportMeta:
    return ReportMeta(report_id="r", title=title, place=place, level=None, year=year, delivered_on=delivered_on)


def test_front_matter_beats_the_path_which_beats_the_text():
    meta = _meta(place="国务院", year=2021, delivered_on=date(2021, 1, 12))
    about = provenance.describe("政府工作报告-主要城市/乌鲁木齐市/2021.md",
                                {"title": "2021年乌鲁木齐市政府工作报告", "source": "https://www.wlmq.gov.cn/a.html"},
                                meta, "政府工作报告")
    assert (about.place.name, about.place_source, about.place.code) == ("乌鲁木齐市", "front matter", "650100")
    assert about.place.level == "prefecture" and about.place.parent_name == "新疆维吾尔自治区"
    assert about.source_url == "https://www.wlmq.gov.cn/a.html" and about.title == "2021年乌鲁木齐市政府工作报告"
    from_path = provenance.describe("政府工作报告-主要城市/乌鲁木齐市/2021.md", {}, meta, "")
    assert (from_path.place.name, from_path.place_source) == ("乌鲁木齐市", "path")


def test_a_text_without_line_breaks_is_placed_from_its_head_not_filed_as_national():
    # 上海市 2023 as published: one line; the parser's own reading of the head fails.
    text = ("政府工作报告——2023年1月12日在上海市第十六届人民代表大会第一次会议上上海市市长龚正各位代表："
            "现在，我代表上海市人民政府，向大会报告工作，请予审议。")
    about = provenance.describe("inbox/report.txt", {}, _meta(year=2023), text)
    assert (about.place.name, about.place.level, about.place_source) == ("上海市", "provincial", "text")


def test_an_unknown_place_stays_unknown_and_says_so():
    about = provenance.describe("inbox/report.txt", {}, _meta(place="某市", year=2021), "某市政府工作报告")
    assert about.place.level == "unknown" and about.place_source is None
    assert any("place unknown" in w for w in about.warnings)


def test_a_december_delivery_is_the_next_years_report():
    meta = _meta(year=2013, delivered_on=date(2013, 12, 18))
    about = provenance.describe("政府工作报告-主要城市/长春市/2014.md", {}, meta, "")
    assert (about.year, about.year_source, about.warnings) == (2014, "text", [])
    january = provenance.describe("长春市/2014.md", {}, _meta(year=2014, delivered_on=date(2014, 1, 9)), "")
    assert january.year == 2014
    # Filed under the delivery year (the State Council, 1982-11-30): that year, no warning.
    national = provenance.describe("国务院/1982.md", {}, _meta(year=1982, delivered_on=date(1982, 11, 30)), "")
    assert (national.year, national.warnings) == (1982, [])
    # Filed nowhere: the next year's report.
    loose = provenance.describe("inbox/report.txt", {}, meta, "")
    assert loose.year == 2014 and not any("the path says" in w for w in loose.warnings)


def test_a_delivery_date_beats_a_path_that_disagrees_with_a_warning():
    about = provenance.describe("乌鲁木齐市/2020.md", {}, _meta(year=2021, delivered_on=date(2021, 1, 12)), "")
    assert (about.year, about.year_source) == (2021, "text")
    assert about.warnings == ["the path says 2020, the text's delivery date 2021-01-12: 2021 is used"]


def test_without_a_date_the_path_year_is_kept():
    about = provenance.describe("乌鲁木齐市/2019.md", {}, _meta(year=2019), "")
    assert (about.year, about.year_source) == (2019, "path")
