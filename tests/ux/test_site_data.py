"""The HTML report reads figures one place at a time (site/data.py): every figure
reaches its report, in place order, and is released after its place."""
from __future__ import annotations

import duckdb

from dagster_project.site.data import load_site_data, places_with_facts

REPORTS = [  # report_id, title, place, report_year
    ("b-2024", "B 2024", "乙市", 2024), ("a-2023", "A 2023", "甲市", 2023), ("a-2024", "A 2024", "甲市", 2024),
    ("x-1", "X", None, None), ("y-1", "Y", "", 2020),
]
FACTS = [("a-2024", 3), ("b-2024", 2), ("a-2023", 1), ("y-1", 1)]  # x-1 has none


def _warehouse(path) -> None:
    con = duckdb.connect(str(path))
    con.execute("create table dim_report (report_id varchar, title varchar, place varchar, report_year integer, "
                "delivered_on date, n_facts integer)")
    con.executemany("insert into dim_report values (?, ?, ?, ?, null, 0)", REPORTS)
    con.execute("create table fct_indicator_values (fact_id varchar, report_id varchar, indicator varchar, "
                "period_id varchar, kind varchar, status varchar, qualifier varchar, text varchar, value double, "
                "unit varchar, char_offset integer, sentence varchar, sentence_offset integer, section varchar)")
    for rid, n in FACTS:
        for seq in range(n):
            con.execute("insert into fct_indicator_values values (?, ?, '地区生产总值', '2024', 'growth', 'actual', "
                        "'exact', '5%', 5, '%', ?, '增长5%。', 0, null)", [f"{rid}:{seq}", rid, 10 - seq])
    con.close()


def test_each_place_comes_with_its_reports_figures_then_lets_them_go(tmp_path):
    _warehouse(tmp_path / "w.duckdb")
    data = load_site_data(tmp_path / "w.duckdb")
    assert {r.report_id: r.n_figures for r in data.reports} == {"b-2024": 2, "a-2023": 1, "a-2024": 3, "x-1": 0,
                                                                 "y-1": 1}
    assert data.report_frequency == {"地区生产总值": 4}
    seen = []
    for place, reports in places_with_facts(tmp_path / "w.duckdb", data):
        seen.append((place, {r.report_id: [f.offset for f in r.facts] for r in reports}))
    # Places in the order of data.by_place(); a report without a place is a place of its own.
    assert [place for place, _ in seen] == list(data.by_place())
    assert dict(seen) == {"乙市": {"b-2024": [9, 10]}, "甲市": {"a-2023": [10], "a-2024": [8, 9, 10]},
                          "x-1": {"x-1": []}, "y-1": {"y-1": [10]}}
    assert all(not r.facts for r in data.reports)  # released after their place


def test_only_the_places_asked_for_are_read(tmp_path):
    """An incremental run reads the figures of the places whose pages or section change."""
    _warehouse(tmp_path / "w.duckdb")
    data = load_site_data(tmp_path / "w.duckdb")
    # What pages and sections are sorted by is known without reading a figure.
    assert {r.report_id: r.indicators for r in data.reports}["a-2024"] == ("地区生产总值",)
    assert {r.report_id: r.indicators for r in data.reports}["x-1"] == ()
    seen = {place: {r.report_id: len(r.facts) for r in reports}
            for place, reports in places_with_facts(tmp_path / "w.duckdb", data, only={"甲市", "y-1"})}
    assert seen == {"甲市": {"a-2023": 1, "a-2024": 3}, "y-1": {"y-1": 1}}
    assert list(places_with_facts(tmp_path / "w.duckdb", data, only=set())) == []


def test_a_page_digest_follows_the_order_of_its_indicators_not_their_counts():
    """One more report stating an indicator raises its count on every page that shows it;
    the page (ordered by the headline ranking, no count shown) is kept unless the order moved."""
    from dagster_project.site import page_digest
    from dagster_project.site.data import Fact, Report, SiteData

    def fact(indicator: str) -> Fact:
        return Fact("r:1", "r", indicator, "2024", "growth", "actual", "exact", "5%", 5.0, "%", 0, "增长5%。", 0, None)

    report = Report("r", "R", "甲市", 2024, None, 2, facts=[fact("地区生产总值"), fact("财政收入")],
                    indicators=("地区生产总值", "财政收入"))
    digest = page_digest(SiteData([report], {"地区生产总值": 9, "财政收入": 5}), report, "f")
    assert page_digest(SiteData([report], {"地区生产总值": 10, "财政收入": 5}), report, "f") == digest
    assert page_digest(SiteData([report], {"地区生产总值": 9, "财政收入": 12}), report, "f") != digest


def test_a_count_that_moves_only_indicators_no_page_shows_first_keeps_the_page():
    """A page shows its first HEADLINES indicators and MAX_CHARTS series: when one more
    report moves a rare indicator past another below them, the page is kept (an added
    lawtext report re-rendered 70 pages for such moves); into them, it is rendered again."""
    from dagster_project.site import page_digest
    from dagster_project.site.data import Report, SiteData
    from dagster_project.site.report_page import HEADLINES

    names = [f"指标{i:02d}" for i in range(HEADLINES + 2)]
    report = Report("r", "R", "甲市", 2024, None, 1, indicators=tuple(names),
                    series=((names[0], "growth", "%"), (names[-1], "value", "亿元")))
    counts = {name: 100 - i for i, name in enumerate(names)}
    digest = page_digest(SiteData([report], counts), report, "f")
    below = {**counts, names[-1]: counts[names[-2]] + 1}  # the last passes the one before it
    assert page_digest(SiteData([report], below), report, "f") == digest
    into = {**counts, names[-1]: 1000}  # the last heads the table and the charts
    assert page_digest(SiteData([report], into), report, "f") != digest


def test_the_series_a_page_and_a_place_may_chart_are_known_before_any_figure(tmp_path):
    """A report's series stated for 2+ periods (its page's charts), a place's for 3+."""
    _warehouse(tmp_path / "w.duckdb")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("update fct_indicator_values set period_id = '2023' where fact_id in ('a-2024:1', 'a-2023:0')")
    con.execute("update fct_indicator_values set period_id = '2022' where fact_id = 'a-2024:2'")
    con.close()
    data = load_site_data(tmp_path / "w.duckdb")
    series = {r.report_id: r.series for r in data.reports}
    assert series["a-2024"] == (("地区生产总值", "growth", "%"),)  # 2024, 2023, 2022
    assert series["a-2023"] == series["b-2024"] == series["x-1"] == ()  # one period each, or none
    assert data.place_series == {"甲市": (("地区生产总值", "growth", "%"),)}
