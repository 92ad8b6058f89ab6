"""The HTML report as a person sees it, in a real headless Chromium (Debian's
package, driven by Playwright). Without Chromium the test skips on a developer's
machine but fails in CI (CI=true), where .ci/run installs it."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from dagster_project.site import build_site, report_dir

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    path = os.environ.get("GOVREPORT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    missing = None
    if not Path(path).exists():
        missing = f"{path} is absent (apt-get install -y chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is absent (pip install -e '.[test]')"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser test: {missing}")
        pytest.skip(missing)
    return path


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records every request, so a test can prove nothing left the machine."""
    context = browser.new_context()
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def test_report_built_by_the_pipeline_reads_like_a_report(seed_warehouse, page):
    outcome, warehouse = seed_warehouse
    assert outcome.success, outcome.summary()
    index = report_dir(warehouse) / "index.html"
    assert index.exists(), "the run writes the HTML report beside the warehouse"
    con = duckdb.connect(str(warehouse), read_only=True)
    reports = con.execute("select report_id, title from main.dim_report order by report_id").fetchall()
    con.close()

    page.goto(index.as_uri())
    assert page.get_by_role("heading", name="Government work reports").is_visible()
    rows = page.locator("table.reports tbody tr")
    assert rows.count() == len(reports)
    report_id, title = reports[0]
    page.locator(f'a[href="reports/{report_id}.html"]').click()
    page.wait_for_load_state()
    assert page.url.endswith(f"reports/{report_id}.html")
    assert page.locator("h1").inner_text() == title

    # Headline indicators: figures with values, each linked to its highlighted number.
    assert page.get_by_role("heading", name="Headline indicators").is_visible()
    figures = page.locator("table.headlines a.fig")
    assert figures.count() > 0
    first = figures.first
    shown = first.inner_text()
    anchor = first.get_attribute("href").split("#", 1)[1]
    first.click()
    assert page.evaluate("location.hash") == f"#{anchor}"
    target = page.locator(f'[id="{anchor}"]')
    mark = target if target.evaluate("e => e.tagName") == "MARK" else target.locator("xpath=following-sibling::mark[1]")
    assert mark.is_visible() and mark.inner_text() == shown
    assert mark.locator("xpath=ancestor::p[contains(@class,'sentence')]").count() == 1
    # The browser highlights the number it jumped to.
    assert mark.evaluate("e => getComputedStyle(e).outlineStyle") != "none"

    # Every link to a figure lands on a number on this page.
    hrefs = page.locator('a[href^="#f-"]').evaluate_all("as => as.map(a => a.getAttribute('href').slice(1))")
    ids = set(page.locator("[id^='f-']").evaluate_all("es => es.map(e => e.id)"))
    assert hrefs and set(hrefs) <= ids
    marks = page.locator("p.sentence mark")
    assert marks.count() == len(set(page.locator("mark").evaluate_all("es => es.map(e => e.id)")))
    assert all(r.startswith("file://") for r in page.requests), page.requests


def _tiny_warehouse(path: Path) -> None:
    """A warehouse with the marts' columns and hostile text, written with real DuckDB."""
    con = duckdb.connect(str(path))
    con.execute("""create table main.dim_report as select * from (values
        ('evil-2020', '<script>window.pwned=1</script>报告', 'A&B市', 2020, date '2020-01-01', 3),
        ('evil-2021', '第二份 "报告"', 'A&B市', 2021, null, 2)) t(report_id, title, place, report_year, delivered_on, n_facts)""")
    sentence = "<b>GDP</b>达到100亿元，增长6%，目标<img src=x onerror=alert(1)>增长7%。"
    con.execute("""create table main.fct_indicator_values as select * from (values
        ('evil-2020:0', 'evil-2020', '地区生产总值<i>', '2019', 'value', 'actual', 'exact', '100亿元', 100.0, '亿元', 14, ?, 0, '一、<回顾>'),
        ('evil-2020:1', 'evil-2020', '地区生产总值<i>', '2019', 'growth', 'actual', 'exact', '6%', 6.0, '%', 23, ?, 0, '一、<回顾>'),
        ('evil-2020:2', 'evil-2020', '地区生产总值<i>', '2020', 'growth', 'target', 'exact', '7%', 7.0, '%', 60, ?, 0, '二、目标'),
        ('evil-2021:0', 'evil-2021', '地区生产总值<i>', '2020', 'growth', 'actual', 'about', '6.5%', 6.5, '%', 2, 'GDP6.5%左右', 0, null),
        ('evil-2021:1', 'evil-2021', '地区生产总值<i>', '2021', 'growth', 'target', 'exact', '8%', 8.0, '%', 20, '目标8%', 0, null)
        ) t(fact_id, report_id, indicator, period_id, kind, status, qualifier, text, value, unit,
            char_offset, sentence, sentence_offset, section)""", [sentence, sentence, sentence])
    con.close()


def test_report_text_is_escaped_and_charts_link_to_sentences(tmp_path, page):
    db = tmp_path / "warehouse.duckdb"
    _tiny_warehouse(db)
    index = build_site(db, report_dir(db))
    page.goto(index.as_uri())
    assert page.evaluate("window.pwned") is None and page.dialogs == []
    assert page.locator("script").count() == 0
    assert page.get_by_role("link", name="<script>window.pwned=1</script>报告").is_visible()
    # The place has two reports: its chart draws outcomes and targets across three years.
    chart = page.locator("figure.chart-box svg").first
    assert chart.is_visible()
    assert page.locator("figure.chart-box figcaption").first.inner_text() == "地区生产总值<i> — growth"
    points = chart.locator("a.point")
    assert points.count() == 4  # 2019 and 2020 outcomes, 2020 and 2021 targets
    points.first.click()
    page.wait_for_load_state()
    assert "reports/evil-20" in page.url
    anchor = page.evaluate("location.hash")[1:]
    assert page.locator(f'mark[id="{anchor}"]').is_visible()
    # On the report page the sentence's markup is shown as text and never runs.
    page.goto((report_dir(db) / "reports" / "evil-2020.html").as_uri())
    sentence = page.locator("p.sentence").nth(0)
    assert "<img src=x onerror=alert(1)>" in sentence.inner_text()
    assert sentence.locator("img").count() == 0 and page.dialogs == []
    assert [m.inner_text() for m in sentence.locator("mark").all()] == ["100亿元", "6%"]
    assert page.locator("h3").first.inner_text() == "一、<回顾>"
    assert all(r.startswith("file://") for r in page.requests), page.requests


def _two_place_warehouse(path: Path) -> None:
    """_tiny_warehouse and a second place, 乙市, with one report of one figure."""
    _tiny_warehouse(path)
    con = duckdb.connect(str(path))
    con.execute("insert into main.dim_report values ('solo-2021', '单独', '乙市', 2021, null, 1)")
    con.execute("insert into main.fct_indicator_values select 'solo-2021:0', 'solo-2021', indicator, period_id, kind,"
                " status, qualifier, text, value, unit, char_offset, sentence, sentence_offset, section"
                " from main.fct_indicator_values where fact_id = 'evil-2021:1'")
    con.close()


def test_a_rebuild_reads_the_figures_only_of_places_that_changed(tmp_path, monkeypatch):
    """The index's place sections and the report pages are kept from the last build where
    their digests hold: an unchanged place's figures are not read again, and the site is
    the one a build from scratch makes."""
    from dagster_project.site import place_pages

    db = tmp_path / "warehouse.duckdb"
    _two_place_warehouse(db)
    asked = []
    real = place_pages.places_with_facts
    monkeypatch.setattr(place_pages, "places_with_facts", lambda db_path, data, only=None: (
        asked.append(set(only)), real(db_path, data, only))[1])

    out = report_dir(db)
    build_site(db, out)
    assert asked == [{"A&B市", "乙市"}]  # no earlier build: every place
    first = (out / "index.html").read_bytes()
    build_site(db, out)
    assert asked[-1] == set() and (out / "index.html").read_bytes() == first
    con = duckdb.connect(str(db))
    con.execute("update main.fct_indicator_values set text = '8.0%' where fact_id = 'evil-2021:1'")
    con.close()
    build_site(db, out)
    assert asked[-1] == {"A&B市"}
    fresh = build_site(db, tmp_path / "fresh").parent
    for page in sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()):
        assert (out / page).read_bytes() == (fresh / page).read_bytes(), page


def test_many_places_are_rendered_on_every_core_into_the_same_site(tmp_path, monkeypatch):
    """Above MIN_FIGURES_FOR_POOL places are rendered by worker processes (each reads its
    places' figures): the site is byte for byte the one rendered in this process."""
    from dagster_project.site import place_pages

    db = tmp_path / "warehouse.duckdb"
    _two_place_warehouse(db)
    one = build_site(db, tmp_path / "one" / "report").parent
    monkeypatch.setattr(place_pages, "MIN_FIGURES_FOR_POOL", 0)
    monkeypatch.setattr(place_pages.os, "cpu_count", lambda: 2)
    used = []
    real = place_pages.ProcessPoolExecutor
    monkeypatch.setattr(place_pages, "ProcessPoolExecutor", lambda **kw: (used.append(kw), real(**kw))[1])
    pooled = build_site(db, tmp_path / "pooled" / "report").parent
    assert used and used[0]["max_workers"] == 2  # two places, two workers
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(pooled) for p in pooled.rglob("*") if p.is_file())
    for name in files:
        assert (one / name).read_bytes() == (pooled / name).read_bytes(), name
