"""The target panel page as a person sees it, in Debian's headless Chromium (as
tests/ux/test_html_report.py drives it), on one pipeline run over the small
reports of tests/dbt/panel_reports (乌鲁木齐市 2020-2022, 新疆 2020-2021, 昌吉州 2021).

乌鲁木齐市's GDP growth there: 2020 target 6%左右, outcome 1.5% (the 2022 report's
actual, preferred over the 2021 report's estimate 1.2%); 2021 target 9%, outcome
6.5%; 2022 target 7%, no outcome yet."""
from __future__ import annotations

from pathlib import Path

import pytest

from dagster_project.site import report_dir
from tests.dbt.conftest import query
from tests.ux.test_html_report import browser, page  # noqa: F401 (fixtures)

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("panel")


@pytest.fixture
def panel_site(panel_run) -> tuple[Path, Path]:
    """(warehouse, the HTML report's index.html) of the one run on the panel reports
    (tests/conftest.py panel_run, shared with tests/dbt/test_target_panel.py)."""
    return panel_run, report_dir(panel_run) / "index.html"


def test_the_panel_shows_urumqi_gdp_growth_year_by_year_and_its_sentences(panel_site, page, tmp_path):  # noqa: F811
    warehouse, index = panel_site
    stated = dict(query(warehouse, """
        select period_id, outcome_value from fct_target_panel
        where place = '乌鲁木齐市' and headline_code = 'GDP_GROWTH' and period_type = 'year'
          and outcome_value is not null order by period_id"""))
    assert stated == {"2020": 1.5, "2021": 6.5}

    # The run wrote the panel beside the index, which links to it.
    page.goto(index.as_uri())
    page.get_by_role("link", name="the target panel").click()
    page.wait_for_load_state()
    assert page.url.endswith("/panel.html")
    page.select_option("#indicator", "GDP_GROWTH")
    assert page.get_by_role("heading", name="Targets against outcomes").is_visible()
    section = page.locator("section#GDP_GROWTH")
    assert section.is_visible() and page.locator("section#CPI").is_hidden()  # the selector shows one
    row = section.locator('tr[data-place="乌鲁木齐市"]').first
    cells = {t.split("\n")[0] for t in row.locator("td").all_inner_texts() if t}
    assert cells == {"✓ met", "✗ missed", "… no outcome yet"} - {"✓ met"}  # colour and words: 2 missed, 1 open
    assert row.locator("td.r-missed").count() == 2 and row.locator("td.r-none").count() == 1
    missed = row.locator('td.r-missed:has(a[href$="#c-GDP_GROWTH-2020"])')
    assert "6%左右 → 1.5%" in missed.inner_text()
    assert missed.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"

    # The cell opens the place's page at that cell, its two sentences revealed.
    missed.locator("a").click()
    page.wait_for_load_state()
    assert page.url.endswith("panel/650100.html#c-GDP_GROWTH-2020")
    cell = page.locator("#c-GDP_GROWTH-2020")
    target, outcome = cell.locator("p.sentence").all()
    assert target.is_visible() and "主要预期目标" in target.inner_text()
    assert target.locator("mark").inner_text() == "6%"
    assert outcome.is_visible() and "2020年" in outcome.inner_text() and outcome.locator("mark").inner_text() == "1.5%"
    # Another cell's sentences stay folded.
    assert page.locator("#c-GDP_GROWTH-2021 p.sentence").first.is_hidden()

    # The GDP-growth chart: a point for each year the reports state, at its value, above zero.
    chart = page.locator('figure[data-headline="GDP_GROWTH"] svg')
    points = chart.locator("a.point")
    shown = {p.get_attribute("data-period"): float(p.get_attribute("data-value")) for p in points.all()}
    assert shown == {k: v for k, v in stated.items()}
    assert all(p.locator("circle").is_visible() for p in points.all())
    # Every year's target is drawn by its qualifier: 6%左右 a band, 9% and 7% bars; no plan period here.
    marks = {m.get_attribute("data-period"): m.get_attribute("data-shape") for m in chart.locator("a.target").all()}
    assert marks == {"2020": "band", "2021": "point", "2022": "point"}
    # A point links to its cell: clicking it reveals that cell's sentences.
    chart.locator('a.point[data-period="2021"]').click()
    assert page.locator("#c-GDP_GROWTH-2021 p.sentence").first.is_visible()
    page.locator("#c-GDP_GROWTH-2020").scroll_into_view_if_needed()
    chart.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "panel_urumqi.png"), full_page=True)
    assert all(r.startswith("file://") for r in page.requests), page.requests


def test_a_rebuild_renders_the_panel_pages_only_of_places_whose_cells_changed(panel_run, tmp_path):
    """Kept pages are the last build's files (hard links: same inode); a place whose cells
    changed gets its page rendered again, and the site equals one built from scratch."""
    import shutil

    import duckdb

    from dagster_project.site import build_site

    db = tmp_path / "warehouse.duckdb"
    shutil.copy(panel_run, db)  # the shared run is only read
    out = tmp_path / "report"
    build_site(db, out)
    pages = sorted((out / "panel").glob("*.html"))
    assert len(pages) >= 3
    first = {p.name: p.stat().st_ino for p in pages}
    build_site(db, out)
    assert {p.name: p.stat().st_ino for p in (out / "panel").glob("*.html")} == first

    con = duckdb.connect(str(db))
    con.execute("update fct_target_panel set outcome_value = 1.7 where place = '乌鲁木齐市' "
                "and headline_code = 'GDP_GROWTH' and period_id = '2020'")
    con.close()
    build_site(db, out)
    now = {p.name: p.stat().st_ino for p in (out / "panel").glob("*.html")}
    assert [name for name in now if now[name] != first[name]] == ["650100.html"]
    fresh = build_site(db, tmp_path / "fresh" / "report").parent
    for name in sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
