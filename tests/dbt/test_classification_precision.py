"""The catalogue does not over-claim (issue 14, part 4), on one pipeline run over
tests/dbt/classification_reports/changji-2024.txt (written for these rules):

- 县（市）整体经济增速快57个 counts counties: it is no GDP (a count is not a level in 亿元);
- 建成就业驿站120个 counts stations and 开发就业见习岗位2000个 internships: neither is
  new urban jobs (城镇新增就业), though 新增就业岗位3.5万个 is;
- 地区生产总值跨上3000亿元新台阶 is read as 新台阶 3000亿元: a generic achievement
  phrase, classified nowhere;
- a share, a count and a level of different things never share a code: 高新技术企业
  120家 (firms) is not 高新技术产业增加值 150亿元 or its share of industry (30%), which
  share one; 规模以上工业企业500家 is not 规模以上工业增加值.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_pipeline_on
from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("classification")

REPORTS = Path(__file__).parent / "classification_reports"

# Each fact of the fixture report (wording, figure as printed) and the one thing it measures.
THINGS = {
    ("新台阶", "3000亿元"): "GDP level, named only by an achievement phrase",
    ("地区生产总值", "6.5%"): "GDP",
    ("县（市）整体经济增速快", "57个"): "counties growing fast",
    ("城镇新增就业", "5.2万人"): "new urban jobs",
    ("新增就业岗位", "3.5万个"): "new urban jobs",
    ("城镇调查失业率", "5.3%"): "surveyed unemployment rate",
    ("建成就业驿站", "120个"): "employment service stations",
    ("开发就业见习岗位", "2000个"): "internship posts",
    ("高新技术企业", "120家"): "high-tech firms",
    ("高新技术产业增加值", "150亿元"): "high-tech value added",
    ("高新技术产业增加值占规模以上工业增加值比重", "30%"): "high-tech value added",
    ("规模以上工业企业", "500家"): "industrial firms above designated size",
    ("规模以上工业增加值", "7%"): "industrial value added",
}


@pytest.fixture(scope="module")
def codes(tmp_path_factory) -> dict[tuple[str, str], str | None]:
    """(wording, figure) → indicator_code of every fact of one pipeline run."""
    base = tmp_path_factory.mktemp("classification")
    raw = base / "raw"
    shutil.copytree(REPORTS, raw)
    outcome = run_pipeline_on(raw, base / "warehouse.duckdb")
    assert outcome.success, outcome.summary()
    rows = query(base / "warehouse.duckdb", "select indicator, text, indicator_code from fct_indicator_values")
    return {(indicator, text): code for indicator, text, code in rows}


def test_the_fixture_parses_as_written(codes):
    assert set(codes) == set(THINGS)


def test_a_count_of_counties_is_not_gdp(codes):
    assert codes[("地区生产总值", "6.5%")] == "GDP"
    assert codes[("县（市）整体经济增速快", "57个")] != "GDP"


def test_stations_and_internships_are_not_new_urban_jobs(codes):
    assert codes[("城镇新增就业", "5.2万人")] == "URBAN_JOBS"
    assert codes[("新增就业岗位", "3.5万个")] == "URBAN_JOBS"
    assert codes[("建成就业驿站", "120个")] != "URBAN_JOBS"
    assert codes[("开发就业见习岗位", "2000个")] != "URBAN_JOBS"


def test_an_achievement_phrase_is_no_indicator(codes):
    assert codes[("新台阶", "3000亿元")] is None


def test_a_share_and_a_level_of_one_thing_share_its_code(codes):
    level = codes[("高新技术产业增加值", "150亿元")]
    assert level == "HIGHTECH_MFG"
    assert codes[("高新技术产业增加值占规模以上工业增加值比重", "30%")] == level
    assert codes[("高新技术企业", "120家")] == "HIGHTECH_ENTERPRISES"
    assert codes[("规模以上工业企业", "500家")] == "INDUSTRIAL_ENTERPRISES"
    assert codes[("规模以上工业增加值", "7%")] == "IVA"


def test_different_things_never_share_a_code(codes):
    things_of: dict[str, set[str]] = {}
    for fact, code in codes.items():
        if code is not None:
            things_of.setdefault(code, set()).add(THINGS[fact])
    shared = {code: things for code, things in things_of.items() if len(things) > 1}
    assert not shared, shared


def test_the_graded_samples_are_complete_and_reported():
    """Every committed classification sample is fully graded (0 or 1) and
    scripts/parse_eval.py reports its precision, without ../shared."""
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("parse_eval", root / "scripts" / "parse_eval.py")
    parse_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(parse_eval)
    samples = parse_eval.classification_precision(root / "evaluation")
    assert {(stem.endswith("_baseline"), split) for stem, split, _, _ in samples} == {
        (True, "validation"), (True, "dev"), (False, "validation"), (False, "dev")}
    for stem, split, graded, right in samples:
        assert graded == 100, (stem, split)
        assert 0 <= right <= graded
