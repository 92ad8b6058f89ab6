"""The target panel (fct_target_panel, its candidates, fct_target_markup) and
`govreport panel`, on one pipeline run over the small reports of
tests/dbt/panel_reports/ (written for these rules; figures as read there):

- 新疆维吾尔自治区 2020 (province): 地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右，
  城镇新增就业45万人以上; its 2021 report: 增长3.4%, 居民消费价格上涨1.5%, 就业47.6万人.
- 乌鲁木齐市 2020 (its city): 主要预期目标 地区生产总值增长6%左右, 居民消费价格涨幅控制在3%以内,
  城镇新增就业6万人以上, and again 力争地区生产总值增长7%; 2021: 预计全年增长1.2% (an
  estimate), 居民消费价格上涨2.5%, 就业5.2万人, and for 2021 增长9%, 居民消费价格涨幅3%左右;
  2022: 2020年…比上年增长1.5% (the actual), 2021 增长6.5%, 居民消费价格上涨3.3%.
- 昌吉回族自治州 2021: 增长8%—7% (a range out of order: quarantined), 力争增长7.5%.
"""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("panel")

URUMQI, XINJIANG, CHANGJI = "650100", "650000", "652300"


@pytest.fixture
def panel_warehouse(panel_run) -> Path:
    """The one pipeline run on panel_reports (tests/conftest.py), shared with tests/ux."""
    return panel_run


def cell(warehouse: Path, cell_id: str) -> dict:
    rows = query(warehouse, "select * from fct_target_panel where cell_id = ?", [cell_id])
    assert len(rows) == 1, rows
    columns = [r[0] for r in query(warehouse, "select column_name from information_schema.columns "
                                              "where table_name = 'fct_target_panel' order by ordinal_position")]
    return dict(zip(columns, rows[0], strict=True))


def test_one_row_per_cell(panel_warehouse):
    assert query(panel_warehouse, """
        select place, period_id, headline_code, kind, count(*) from fct_target_panel
        group by all having count(*) > 1""") == []
    assert query(panel_warehouse, "select count(*) from fct_target_panel")[0][0] == 14


def test_a_target_stated_twice_is_one_row_the_headline_sentence_chosen(panel_warehouse):
    row = cell(panel_warehouse, f"{URUMQI}:2020:GDP_GROWTH")
    assert (row["target_text"], row["target_qualifier"], row["target_report_id"]) == ("6%", "about", "urumqi-2020")
    assert "主要预期目标" in row["target_sentence"]
    assert row["n_target_candidates"] == 2
    candidates = query(panel_warehouse, """
        select text, chosen, is_headline_sentence from fct_target_panel_candidates
        where cell_id = ? and role = 'target' order by candidate_rank""", [f"{URUMQI}:2020:GDP_GROWTH"])
    assert candidates == [("6%", True, True), ("7%", False, False)]


def test_a_later_actual_is_preferred_over_an_earlier_estimate(panel_warehouse):
    row = cell(panel_warehouse, f"{URUMQI}:2020:GDP_GROWTH")
    assert (row["outcome_report_id"], row["outcome_text"], row["outcome_status"]) == ("urumqi-2022", "1.5%", "actual")
    assert (row["gap"], row["result"]) == (-4.5, "missed")
    candidates = query(panel_warehouse, """
        select report_id, text, status, chosen from fct_target_panel_candidates
        where cell_id = ? and role = 'outcome' order by candidate_rank""", [f"{URUMQI}:2020:GDP_GROWTH"])
    assert candidates == [("urumqi-2022", "1.5%", "actual", True), ("urumqi-2021", "1.2%", "expected", False)]
    # An estimate is the outcome while no later report states the actual figure.
    jobs = cell(panel_warehouse, f"{URUMQI}:2020:URBAN_JOBS")
    assert (jobs["outcome_text"], jobs["outcome_status"], jobs["result"]) == ("5.2万人", "expected", "missed")


@pytest.mark.parametrize("cell_id, target, qualifier, outcome, gap, result", [
    (f"{URUMQI}:2020:CPI", "3%", "less_than", "2.5%", -0.5, "met"),      # 控制在3%以内
    (f"{XINJIANG}:2020:CPI", "3%", "about", "1.5%", -1.5, "met"),        # 控制在3%左右
    (f"{URUMQI}:2021:CPI", "3%", "about", "3.3%", 0.3, "missed"),        # 3%左右, beyond its 5% tolerance
])
def test_a_ceiling_is_met_under_it(panel_warehouse, cell_id, target, qualifier, outcome, gap, result):
    row = cell(panel_warehouse, cell_id)
    assert row["judged_as"] == "at_most"
    assert (row["target_text"], row["target_qualifier"], row["target_bound"]) == (target, qualifier, 3.0)
    assert (row["outcome_text"], row["gap"], row["result"]) == (outcome, gap, result)


def test_quarantined_facts_never_enter(panel_warehouse):
    row = cell(panel_warehouse, f"{CHANGJI}:2021:GDP_GROWTH")
    assert (row["target_text"], row["n_target_candidates"]) == ("7.5%", 1)
    assert query(panel_warehouse, """
        select c.fact_id from fct_target_panel_candidates c
        join fct_indicator_values v using (fact_id) where v.is_quarantined""") == []
    assert query(panel_warehouse, "select count(*) from fct_indicator_values where is_quarantined")[0][0] == 1


def test_judged_as_fct_target_attainment_judges(panel_warehouse):
    """Where the panel and fct_target_attainment pick the same outcome, they agree."""
    rows = query(panel_warehouse, """
        select p.cell_id, p.result, a.attainment from fct_target_panel p
        join fct_target_attainment a on a.target_fact_id = p.target_fact_id
        where p.outcome_fact_id is not distinct from a.outcome_fact_id""")
    assert len(rows) >= 10
    assert [r for r in rows if r[1] != r[2]] == []


def test_no_outcome_yet(panel_warehouse):
    row = cell(panel_warehouse, f"{URUMQI}:2022:GDP_GROWTH")
    assert (row["outcome_fact_id"], row["gap"], row["result"], row["n_outcome_candidates"]) == \
        (None, None, "no outcome yet", 0)


def test_markup_of_a_city_on_its_province(panel_warehouse):
    rows = query(panel_warehouse, """
        select period_id, headline_code, upper_place, target_bound, upper_target_bound, target_markup,
               outcome_value, upper_outcome_value, outcome_difference
        from fct_target_markup where place = '乌鲁木齐市' and period_id = '2020' order by headline_code""")
    assert rows == [
        ("2020", "CPI", "新疆维吾尔自治区", 3.0, 3.0, 0.0, 2.5, 1.5, 1.0),
        ("2020", "GDP_GROWTH", "新疆维吾尔自治区", 6.0, 5.5, 0.5, 1.5, 3.4, -1.9),
        # New jobs are a level: a city's are part of its province's, no markup.
        ("2020", "URBAN_JOBS", "新疆维吾尔自治区", 6.0, 45.0, None, 5.2, 47.6, None),
    ]
    assert query(panel_warehouse, """
        select target_markup from fct_target_markup
        where place = '昌吉回族自治州' and headline_code = 'GDP_GROWTH' and period_id = '2021'""") == [(1.0,)]
    # The province's level above is the nation, which has no report here.
    assert query(panel_warehouse, """
        select distinct upper_place from fct_target_markup where place = '新疆维吾尔自治区'""") == [(None,)]


def govreport(*argv: str) -> str:
    """`govreport …` in-process (the CLI's own process costs seconds of imports); its stdout."""
    from dagster_project.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0
    return out.getvalue()


def test_panel_as_stata_reads_back_the_same_rows(panel_warehouse, tmp_path):
    import pandas as pd

    dta = tmp_path / "panel.dta"
    govreport("panel", "--warehouse", str(panel_warehouse), "--format", "stata", "--output", str(dta))
    back = pd.read_stata(dta)
    expected = query(panel_warehouse, """
        select cell_id, place, target_text, coalesce(outcome_text, ''), target_bound, gap, target_sentence
        from fct_target_panel""")
    got = list(back[["cell_id", "place", "target_text", "outcome_text", "target_bound", "gap",
                     "target_sentence"]].itertuples(index=False, name=None))

    def key(row):
        return tuple(None if isinstance(v, float) and v != v else v for v in row)

    assert sorted(map(key, got), key=str) == sorted(map(key, expected), key=str)
    assert "乌鲁木齐市" in set(back["place"])


def test_panel_filters_and_formats(panel_warehouse, tmp_path):
    import duckdb

    csv_text = govreport("panel", "--warehouse", str(panel_warehouse), "--indicator", "gdp", "--place", "乌鲁木齐",
                         "--format", "csv")
    lines = csv_text.splitlines()
    assert lines[0].startswith("cell_id,place,")
    assert len(lines) == 1 + 3 and all("GDP_GROWTH" in line for line in lines[1:])
    table = govreport("panel", "--warehouse", str(panel_warehouse), "--indicator", "CPI")
    assert "3%以内" in table and "3%左右" in table
    parquet = tmp_path / "cpi.parquet"
    govreport("panel", "--warehouse", str(panel_warehouse), "--indicator", "CPI", "--output", str(parquet))
    assert duckdb.sql(f"select count(*) from read_parquet('{parquet}')").fetchall() == [(4,)]


def test_export_includes_the_panel(panel_warehouse, tmp_path):
    govreport("export", "--warehouse", str(panel_warehouse), "--format", "parquet", str(tmp_path))
    assert {"fct_target_panel.parquet", "fct_target_panel_candidates.parquet", "fct_target_markup.parquet"} \
        <= {p.name for p in tmp_path.iterdir()}
