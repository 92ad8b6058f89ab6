"""`govreport panel`'s pure parts and the headline seed, without a warehouse
(the command on a real one: tests/dbt/test_target_panel.py)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from dagster_project import settings
from dagster_project.commands.common import CliError
from dagster_project.commands.panel import output_format, panel_query, stata_frame

SEEDS = settings.DBT_DIR / "seeds"


def test_format_from_the_output_suffix():
    assert output_format(None, None) == "table"
    assert output_format(None, Path("p.dta")) == "stata"
    assert output_format(None, Path("P.PARQUET")) == "parquet"
    assert output_format("csv", Path("p.txt")) == "csv"
    assert output_format("csv", None) == "csv"


@pytest.mark.parametrize("fmt, output, message", [
    ("stata", None, "give --output"),
    ("parquet", None, "give --output"),
    (None, Path("p.txt"), "cannot tell the format"),
    ("table", Path("p.csv"), "prints to the terminal"),
])
def test_format_errors(fmt, output, message):
    with pytest.raises(CliError, match=message):
        output_format(fmt, output)


def test_query_filters():
    sql, params = panel_query("*", "gdp_growth", "乌鲁木齐")
    assert "from main.fct_target_panel" in sql
    assert params == ["GDP_GROWTH"] * 3 + ["乌鲁木齐"] * 2
    assert panel_query("*", None, None)[1] == [None] * 5


def test_stata_frame_holds_what_stata_can():
    frame = pd.DataFrame({
        "place": pd.Series(["乌鲁木齐市", None], dtype="str"),
        "n": pd.Series([1, None], dtype="Int32"),
        "year": pd.Series([2020, 2021], dtype="int32"),
        "flag": [True, False],
        "gap": [0.5, None],
    })
    out = stata_frame(frame)
    assert list(out["place"]) == ["乌鲁木齐市", ""]
    assert out["n"].dtype == "float64" and out["n"].isna().tolist() == [False, True]
    assert out["year"].dtype == "int32"
    assert out["flag"].tolist() == [1, 0]
    assert frame["place"].isna().tolist() == [False, True]  # the input is left alone


def _headlines() -> list[dict]:
    with open(SEEDS / "headline_indicators.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_headline_directions_are_the_catalogues():
    with open(SEEDS / "indicators.csv", encoding="utf-8") as f:
        catalogue = {row["indicator_code"]: row for row in csv.DictReader(f)}
    headlines = _headlines()
    assert len(headlines) >= 13
    for row in headlines:
        assert row["indicator_code"] in catalogue, row
        assert row["direction"] == catalogue[row["indicator_code"]]["target_direction"], row


# The wordings each headline's pattern takes (regexp_full_match), and some it must not.
WORDINGS = {
    "GDP_GROWTH": (["全省生产总值", "本市生产总值", "经济增长", "经济增速", "全区地区生产总值"],
                   ["兵团生产总值", "一季度地区生产总值", "人均地区生产总值", "县域生产总值"]),
    "CPI": (["居民消费价格总水平", "居民消费价格总水平上涨幅度", "城市居民消费价格"], ["药品价格", "商品零售价格"]),
    "INCOME_GROWTH": (["全体居民人均可支配收入", "城乡居民人均可支配收入"],
                      ["农民人均可支配收入", "城市居民人均可支配收入", "低收入农户人均可支配收入"]),
    "URBAN_INCOME_GROWTH": (["城市居民人均可支配收入", "城镇常住居民人均可支配收入"], ["农村居民人均可支配收入"]),
    "RURAL_INCOME_GROWTH": (["农民人均纯收入", "农牧民人均纯收入", "农民年人均纯收入"], ["城镇居民人均可支配收入"]),
    "GPBR_GROWTH": (["地方财政一般预算收入", "全市一般公共预算收入", "一般公共预算收入同口径"], ["园区一般公共预算收入"]),
    "FAI_GROWTH": (["全社会固定资产投资总额", "500万元以上项目固定资产投资"], ["带动全社会固定资产投资"]),
    "TRADE_GROWTH": (["外贸进出口总额", "全口径外贸进出口总额"], ["市属外贸进出口总额", "跨境电商进出口"]),
    "URBAN_JOBS": (["新增城镇就业人数", "全市城镇新增就业"], ["新开发各类公益性岗位"]),
    "ENERGY_INTENSITY": (["万元地区生产总值能耗", "单位GDP综合能耗"], ["工业单位综合能耗"]),
}


@pytest.mark.parametrize("code", sorted(WORDINGS))
def test_headline_wordings(code):
    pattern = {row["headline_code"]: row["wordings"] for row in _headlines()}[code]
    taken, refused = WORDINGS[code]
    assert [w for w in taken if not re.fullmatch(pattern, w)] == []
    assert [w for w in refused if re.fullmatch(pattern, w)] == []
