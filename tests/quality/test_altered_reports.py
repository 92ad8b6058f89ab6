"""A changed figure is flagged, exactly that one and with its sentence; an
impossible share is quarantined and the run succeeds."""
from __future__ import annotations

import duckdb
import pytest

from tests.quality.conftest import CHANGED_TO, REPORTS, SEED, number_offset

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")


def failures(findings, report_id):
    return {(f["check"], tuple(f["offsets"])): f for f in findings
            if f["report_id"] == report_id and f["status"] == "fail"}


def test_a_changed_growth_is_flagged_alone_with_its_sentence(seed_findings, altered_run):
    _, findings, raw = altered_run
    text = (raw / SEED.name).read_text(encoding="utf-8")
    offset = number_offset(text, CHANGED_TO, "9.5")
    before = failures(seed_findings, "urumqi-2021")
    after = failures(findings, "urumqi-2021")
    assert set(before) - set(after) == set()
    new = [after[k] for k in set(after) - set(before)]
    assert len(new) == 1, new
    f = new[0]
    assert f["check"] == "growth_levels" and f["severity"] == "warning"
    assert offset in f["offsets"] and f["stated"] == 9.5
    assert any(CHANGED_TO in s for s in f["sentences"])


def test_an_impossible_share_is_quarantined_and_the_run_succeeds(altered_run):
    outcome, findings, raw = altered_run
    text = (REPORTS / "impossible-share-2021.txt").read_text(encoding="utf-8")
    offset = number_offset(text, "的250%", "250")
    flagged = [f for f in findings if f["report_id"] == "impossible-share-2021" and f["status"] != "pass"]
    assert [(f["check"], f["offsets"], f["status"], f["severity"]) for f in flagged] == [
        ("structure.share_in_range", [offset], "quarantined", "warning")]
    assert "占一般公共预算支出的250%" in flagged[0]["sentences"][0]
    # An index on a base of 100 (居民消费价格指数102.5%) is no share: not quarantined.
    assert number_offset(text, "指数102.5%", "102.5") not in [o for f in flagged for o in f["offsets"]]
    # One broken fact is no broken report: the run publishes and succeeds.
    assert outcome.ok, outcome.summary()
    path = outcome.warehouse
    con = duckdb.connect(str(path), read_only=True)
    try:
        values = con.execute("""select char_offset, is_quarantined, quarantine_rule from main.fct_indicator_values
                                where report_id = 'impossible-share-2021' order by char_offset""").fetchall()
        targets = con.execute("""select indicator, value from main.fct_targets
                                 where report_id = 'impossible-share-2021'""").fetchall()
    finally:
        con.close()
    # The quarantined fact stays in the warehouse, flagged; the report's other facts are clean.
    assert (offset, True, "share_in_range") in values
    assert [v for v in values if v[1]] == [(offset, True, "share_in_range")] and len(values) >= 4
    assert targets == [("地区生产总值", 6.0)]


def test_multiples_shares_and_parts_against_their_levels(altered_run):
    _, findings, _ = altered_run
    text = (REPORTS / "consistency-2021.txt").read_text(encoding="utf-8")
    by_check = {f["check"]: f for f in findings if f["report_id"] == "consistency-2021"}
    # 由50亿元增加到80亿元，是2015年的1.6倍: 80 / 50 = 1.6.
    multiple = by_check["multiples"]
    assert multiple["status"] == "pass" and multiple["implied"] == 1.6
    assert number_offset(text, "1.6倍", "1.6") in multiple["offsets"]
    # 支出100亿元，其中民生支出60亿元，占…的80%: 60 / 100 is 60%, not 80%.
    share = by_check["shares"]
    assert (share["status"], share["severity"], share["stated"]) == ("fail", "warning", 80)
    assert share["implied"] == 60
    assert sorted(share["offsets"]) == sorted(number_offset(text, p, n) for p, n in
                                              [("支出100亿元", "100"), ("支出60亿元", "60"), ("的80%", "80")])
    # The part (60) is within its total (100).
    assert by_check["parts_within_totals"]["status"] == "pass"


def test_dagster_records_the_suite_as_an_asset_check_naming_the_failing_row(altered_run):
    import dagster as dg

    outcome, findings, raw = altered_run
    check_key = dg.AssetCheckKey(dg.AssetKey("fct_check_growth_levels"), "gx_fct_check_growth_levels")
    records = dg.DagsterInstance.get().event_log_storage.get_asset_check_execution_history(check_key, limit=1)
    evaluation = records[0].event.dagster_event.event_specific_data
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
    text = (raw / SEED.name).read_text(encoding="utf-8")
    offset = number_offset(text, CHANGED_TO, "9.5")
    con = __import__("duckdb").connect(str(outcome.warehouse), read_only=True)
    try:
        fact_id = con.execute("select fact_id from main.fct_indicator_values where report_id = 'urumqi-2021' "
                              "and char_offset = ?", [offset]).fetchone()[0]
    finally:
        con.close()
    assert evaluation.metadata["failing_rows (first 20 each)"].value == [fact_id]
