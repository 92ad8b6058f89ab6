"""On the unmodified seed report: the figures the issue names are consistent,
or explained by price basis, and the results reach Dagster, GX and the CLI."""
from __future__ import annotations

import duckdb
import pytest

from dagster_project.commands.quality import KEYS
from tests.quality.conftest import SEED, number_offset

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

TEXT = SEED.read_text(encoding="utf-8")


def finding(findings, check, offset):
    found = [f for f in findings if f["check"] == check and offset in f["offsets"]
             and f["report_id"] == "urumqi-2021"]
    assert len(found) == 1, f"{check} at {offset}: {found}"
    return found[0]


def test_budget_revenue_growth_agrees_with_its_levels(seed_findings):
    f = finding(seed_findings, "growth_levels", number_offset(TEXT, "增长6.5%", "6.5"))
    assert (f["status"], f["severity"]) == ("pass", "info")
    assert f["stated"] == 6.5
    assert f["implied"] == pytest.approx((392.6 / 368.7 - 1) * 100)
    assert number_offset(TEXT, "368.7亿元", "368.7") in f["offsets"]
    assert number_offset(TEXT, "392.6亿元", "392.6") in f["offsets"]


def test_gdp_growth_is_explained_by_price_basis(seed_findings):
    f = finding(seed_findings, "growth_levels", number_offset(TEXT, "增长35.1%", "35.1"))
    assert (f["status"], f["severity"]) == ("explained", "info")
    assert f["stated"] == 35.1
    # The implied nominal growth is shown: 2330.8 → 3500亿元 is +50.2%.
    assert f["implied"] == pytest.approx((3500 / 2330.8 - 1) * 100)
    assert "50.16%" in f["message"] and "real" in f["message"]
    assert any("2330.8亿元" in s for s in f["sentences"])


def test_annual_average_agrees_with_cumulative_growth(seed_findings):
    f = finding(seed_findings, "average_cumulative", number_offset(TEXT, "年均增长6.2%", "6.2"))
    assert (f["status"], f["severity"]) == ("pass", "info")
    assert number_offset(TEXT, "增长35.1%", "35.1") in f["offsets"]
    assert f["implied"] == pytest.approx((1.062 ** 5 - 1) * 100)


def test_json_objects_have_the_documented_keys(seed_findings):
    assert seed_findings, "no check results at all"
    for f in seed_findings:
        assert tuple(f) == KEYS
        assert f["severity"] in ("error", "warning", "info")
        assert f["status"] in ("pass", "explained", "fail", "quarantined")
        assert f["offsets"] and all(isinstance(o, int) for o in f["offsets"])
        assert f["sentences"] and all(s for s in f["sentences"])
        # Severity follows status: only a failure or a quarantined fact is a warning or an error.
        assert (f["severity"] == "info") == (f["status"] in ("pass", "explained"))


def test_every_suite_ran_in_great_expectations(seed_warehouse):
    from dagster_project.quality.suites import load_suite_specs

    outcome, path = seed_warehouse
    con = duckdb.connect(str(path), read_only=True)
    try:
        suites = {r[0] for r in con.execute("select distinct suite from quality.expectation_results").fetchall()}
    finally:
        con.close()
    assert suites == {s.name for s in load_suite_specs()}
    assert (outcome.data_docs / "index.html").exists()
    assert "data_docs" in str(outcome.data_docs) and outcome.data_docs.parent == path.parent


def test_each_suite_is_an_asset_check_on_its_model(seed_warehouse):
    from dagster_project.definitions import defs
    from dagster_project.quality.suites import load_suite_specs

    check_keys = {(k.asset_key.to_user_string(), k.name) for k in defs.resolve_asset_graph().asset_check_keys}
    for spec in load_suite_specs():
        assert (spec.model, f"gx_{spec.name}") in check_keys


def test_annual_average_against_levels_is_explained_by_price_basis(seed_findings):
    f = finding(seed_findings, "average_levels", number_offset(TEXT, "年均增长6.2%", "6.2"))
    assert (f["status"], f["severity"]) == ("explained", "info")
    assert f["implied"] == pytest.approx(((3500 / 2330.8) ** (1 / 5) - 1) * 100)
