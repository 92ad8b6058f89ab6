"""A report whose parse is broken throughout fails the run (fct_check_quarantine);
one broken fact only quarantines that fact (test_altered_reports). Its own run:
the Dagster check history of the altered run must stay the latest there."""
from __future__ import annotations

from tests.conftest import run_pipeline_on
from tests.quality.conftest import quality_findings


def test_a_report_broken_throughout_fails_the_run(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shares = "，".join(f"{name}支出{n}亿元，占一般公共预算支出的{n * 30}%"
                      for n, name in ((5, "教育"), (6, "卫生"), (7, "社保"), (8, "住房")))
    (raw / "broken-2021.txt").write_text(
        "某市2021年政府工作报告\n\n——2021年1月10日在某市第一届人民代表大会第一次会议上\n\n各位代表：\n\n"
        f"过去一年，{shares}。\n\n地区生产总值增长6%左右。\n", encoding="utf-8")
    outcome = run_pipeline_on(raw, tmp_path / "warehouse.duckdb")
    assert outcome.success and not outcome.ok
    assert any(sev == "critical" and "fct_check_quarantine" in what for sev, what in outcome.expectations_failed), \
        outcome.summary()
    assert outcome.summary().splitlines()[-1].startswith("govreport run FAILED")
    quarantine = [f for f in quality_findings(tmp_path / "warehouse.duckdb") if f["check"] == "quarantine"]
    assert [(f["report_id"], f["status"], f["severity"], len(f["offsets"])) for f in quarantine] == [
        ("broken-2021", "fail", "error", 4)]
