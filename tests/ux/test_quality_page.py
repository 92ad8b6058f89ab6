"""The data-quality page (report/quality.html): pure tests of its builder on
small in-memory rows, then the page a real run writes, opened from file:// in
Debian's Chromium with every request that is not file:// aborted."""
from __future__ import annotations

import re

import pytest

from dagster_project.site import quality_page_path
from dagster_project.site.quality_data import (
    CheckSummary,
    Expectation,
    Figure,
    Finding,
    QualityData,
    ReportMeta,
    cap_per_check,
    summarise_reports,
)
from dagster_project.site.quality_page import expectation_check, mark_figures, render_quality
from tests.ux.test_html_report import browser  # noqa: F401 (the module's Chromium fixture)

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

SENTENCE = "一般公共预算收入由368.7亿元增加到392.6亿元，增长9.5%<script>window.pwned=1</script>。"


def finding(check="growth_levels", status="fail", report="a-2021", n=0, severity=None, sentences=(SENTENCE,),
            figures=()) -> Finding:
    severity = severity or {"fail": "warning", "quarantined": "warning"}.get(status, "info")
    return Finding(f"{check}:{report}:{n}", check, severity, status, report, (n,), 9.5, 6.48,
                   f"stated 增长9.5%, but 368.7亿元 → 392.6亿元 imply 6.48% ({n})", sentences, figures)


REPORTS = {rid: ReportMeta(rid, place, 2021, level) for rid, place, level in (
    ("a-2021", "乌鲁木齐市", "prefecture"), ("b-2021", "A&B市", "prefecture"), ("c-2021", None, "unknown"))}


def data(findings, per_check=200, expectations=None) -> QualityData:
    checks = [CheckSummary("growth_levels", 10, 7, 1, 2, 0), CheckSummary("structure.share_in_range", 50, 49, 0, 0, 1)]
    return QualityData(checks, findings, REPORTS, expectations, per_check)


def test_reports_worst_first_and_only_those_with_a_fail_or_a_quarantined_fact():
    rows = [finding(report="a-2021", n=1), finding(report="b-2021", status="quarantined", check="structure.x"),
            finding(report="b-2021", n=2), finding(report="c-2021", status="explained"),
            finding(report="c-2021", check="quarantine", severity="error", n=3)]
    got = [(r.report.report_id, r.errors, r.failed, r.quarantined, r.explained)
           for r in summarise_reports(rows, REPORTS)]
    assert got == [("c-2021", 1, 1, 0, 1), ("b-2021", 0, 1, 1, 0), ("a-2021", 0, 1, 0, 0)]
    assert summarise_reports([finding(status="explained")], REPORTS) == []


def test_findings_are_capped_per_check_errors_and_fails_first_worst_reports_first():
    rows = ([finding(status="explained", n=i) for i in range(5)] + [finding(report="b-2021", n=i) for i in range(3)]
            + [finding(report="a-2021", n=9)] + [finding(check="shares", n=1)])
    listed, unlisted = cap_per_check(rows, 2, rank={"b-2021": 0, "a-2021": 1})
    assert [(f.report_id, f.status, f.offsets) for f in listed["growth_levels"]] == [
        ("b-2021", "fail", (0,)), ("b-2021", "fail", (1,))]
    assert unlisted == {"growth_levels": 7, "shares": 0}
    assert len(listed["shares"]) == 1


def test_figures_are_marked_in_their_own_sentence_and_link_to_the_report_page():
    sentence = "收入由368.7亿元增加到392.6亿元，增长9.5%。"
    other = "另一句368.7亿元。"
    figures = (Figure(100 + sentence.index("9.5%") - 2, "增长9.5%", 100, "a-2021:7", sentence),
               Figure(103, "368.7亿元", 100, "a-2021:1", sentence),        # offset and text agree
               Figure(900, "392.6亿元", None, "a-2021:2", sentence),       # no offset: found by its text
               Figure(5, "368.7亿元", 2, "a-2021:9", other))               # another sentence's figure
    html = mark_figures(sentence, figures, "reports/a-2021.html")
    assert re.findall(r"<mark><a href=\"reports/a-2021.html#(f-[^\"]+)\">([^<]+)</a></mark>", html) == [
        ("f-a-2021-1", "368.7亿元"), ("f-a-2021-2", "392.6亿元"), ("f-a-2021-7", "增长9.5%")]
    assert mark_figures("a<b>增长9.5%", (), "x.html") == "a&lt;b&gt;增长9.5%"


def test_page_lists_findings_with_their_sentences_escaped_and_says_how_many_more():
    rows = [finding(n=i) for i in range(5)] + [finding(check="structure.share_in_range", status="quarantined",
                                                       report="b-2021", sentences=("占支出的250%。",))]
    exps = [Expectation("fct_check_growth_levels", "expect_column_values_to_be_in_set", "status", "warning", False,
                        10, 2, "Growth against levels", ("a-2021:0", "a-2021:4")),
            Expectation("fct_check_quarantine", "expect_column_values_to_be_in_set", "within_limit", "critical",
                        True, 3, 0, "No report broken throughout")]
    html = render_quality(data(rows, per_check=3, expectations=exps))
    # Report text is shown as text, never run; our one script is inline, nothing is fetched.
    assert "增长9.5%&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert html.count("<script") == 1 and "<script>" in html and "src=" not in html
    assert not re.search(r"https?://|<link\b|@import|url\(", html)
    assert html.count('class="finding"') == 4
    assert "… and 2 more growth_levels findings" in html
    assert "govreport quality --check growth_levels --limit 0" in html
    assert "占支出的250%。" in html and 'data-place="A&amp;B市"' in html
    # The failed expectation is listed first, with its severity, linked to its listed row.
    exp_rows = re.findall(r'<tr class="(passed|failed)">', html)
    assert exp_rows == ["failed", "passed"]
    assert 'href="#c-growth_levels-a-2021-0"' in html and 'id="c-growth_levels-a-2021-0"' in html
    assert "a-2021:4</code>" in html and 'href="#c-growth_levels-a-2021-4"' not in html  # not listed: no link
    assert re.search(r"No critical expectation failed", html)
    # Sections: the check with a fail before the one with a quarantined fact; the by-check table links them.
    assert html.index('id="check-growth_levels"') < html.index('id="check-structure-share_in_range"')
    assert 'href="#check-growth_levels"' in html


def test_page_without_findings_or_check_results():
    empty = render_quality(data([]))
    assert "Every check passed" in empty and "No report has a failed check" in empty
    assert "no Great Expectations results" in empty
    assert "no check results" in render_quality(None)


def test_expectation_names_the_check_it_validates():
    def e(suite, column):
        return Expectation(suite, "x", column, "warning", False, 1, 1, "")
    assert expectation_check(e("fct_check_shares", "status")) == "shares"
    assert expectation_check(e("fct_check_fact_structure", "has_unit")) == "structure.has_unit"
    assert expectation_check(e("fct_check_quarantine", "within_limit")) == "quarantine"


@pytest.fixture
def offline_page(browser):  # noqa: F811
    """A page with the network cut: every request that is not file:// is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.requests, pg.blocked, pg.errors = [], [], []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            pg.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def test_quality_page_of_a_real_run_reads_offline_and_filters(altered_run, offline_page, tmp_path):
    from tests.quality.conftest import CHANGED_TO

    outcome, findings, _ = altered_run
    path = quality_page_path(outcome.warehouse)
    assert path.exists(), "the run writes the quality page beside the HTML report"
    # The summary's `quality report` link is this page (the third line from the end).
    assert outcome.summary().rstrip().splitlines()[-3].split() == ["quality", "report", path.as_uri()]
    failing = [f for f in findings if f["status"] == "fail" and CHANGED_TO in " ".join(f["sentences"])]
    assert len(failing) == 1
    sentence = next(s for s in failing[0]["sentences"] if CHANGED_TO in s)

    page = offline_page
    page.goto(path.as_uri())
    assert page.get_by_role("heading", name="Data quality", exact=True).is_visible()
    # Styled by the inline CSS: a fail badge is dark red, the filter bar sticks.
    badge = page.locator("tr.finding .badge.st-fail").first
    assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(164, 14, 38)"
    assert page.locator("form.filters").evaluate("e => getComputedStyle(e).position") == "sticky"

    # The failing growth, with the report's sentence as visible text and its figure marked.
    row = page.locator('tr.finding[data-report="urumqi-2021"][data-status="fail"]')
    assert row.count() == 1 and row.locator("code").first.inner_text() == "growth_levels"
    text = row.locator("p.sentence").filter(has_text=CHANGED_TO)
    assert text.is_visible() and text.inner_text().strip() == sentence.strip()
    assert "9.5%" in text.locator("mark").all_inner_texts()  # the figure the check compares
    quarantined = page.locator('tr.finding[data-report="impossible-share-2021"][data-status="quarantined"]')
    assert quarantined.is_visible() and "250%" in quarantined.inner_text()
    # Great Expectations' results: the failed growth expectation, with its severity.
    exp = page.locator("table.expectations tr.failed").filter(has_text="fct_check_growth_levels")
    assert exp.count() == 1 and "warning" in exp.inner_text()

    # Filters: a report hides the other reports' rows; a status narrows further; clear shows all.
    all_rows = page.locator("tr.finding")
    n = all_rows.count()
    assert n == sum(1 for f in findings if f["status"] != "pass") and n > 2
    from playwright.sync_api import expect

    shown = page.locator("tr.finding:not([hidden])")
    page.fill("input[name=report]", "urumqi-2021")
    expect(quarantined).to_be_hidden()
    expect(row).to_be_visible()
    expect(shown).to_have_count(sum(1 for f in findings if f["status"] != "pass" and f["report_id"] == "urumqi-2021"))
    expect(page.locator('table.reports tr[data-report="impossible-share-2021"]')).to_be_hidden()
    page.select_option("select[name=status]", "fail")
    expect(shown).to_have_count(1)
    expect(row).to_be_visible()
    expect(page.locator("#shown")).to_have_text(f"1 of {n} listed findings shown")
    page.screenshot(path=str(tmp_path / "quality-filtered.png"), full_page=True)
    page.click("button[type=reset]")
    expect(shown).to_have_count(n)
    page.fill("input[name=place]", "乌鲁木齐")
    expect(quarantined).to_be_hidden()
    expect(row).to_be_visible()
    page.select_option("select[name=check]", "structure")
    expect(shown).to_have_count(0)
    page.click("button[type=reset]")
    expect(shown).to_have_count(n)
    page.screenshot(path=str(tmp_path / "quality.png"), full_page=True)
    assert (tmp_path / "quality.png").stat().st_size > 10_000

    # The HTML report's front page links here.
    page.click("text=All reports")
    page.wait_for_load_state()
    page.click("text=the data-quality report")
    page.wait_for_load_state()
    assert page.url == path.as_uri()
    assert page.errors == [] and page.blocked == []
    assert all(r.startswith("file://") for r in page.requests), page.requests
