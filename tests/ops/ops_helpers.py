"""Helpers for the operations tests: raw folders with the fixture reports in odd
encodings plus every kind of bad input (built at test time from
tests/fixtures/reports), pipeline runs, and warehouse snapshots."""
from __future__ import annotations

import codecs
import random
import shutil
from pathlib import Path

import duckdb

from dagster_project import settings

FIXTURE_REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
# Report text is data: this must reach landing.facts verbatim, not run as SQL.
INJECTION = "'); drop table landing.facts; --"
BIG_BYTES = 10 * 1024 * 1024

# file → a phrase its load error must contain: only what cannot be read at all
BAD_INPUTS = {
    "empty-2024.txt": "the file is empty",
    "binary-2024.txt": "binary file",
}
# report_id → a phrase one of its load warnings must contain: odd, but loaded
ODD_INPUTS = {
    "recipe-2024": "does not read as a government work report",
    "webpage-2024": "an HTML page saved as .txt",
    "truncated-2024": "possibly truncated",
}
# Not a report, or a copy of one: skipped with a warning named in the summary, never silently.
NOT_REPORTS = {"notes.xlsx": "not a report format (.xlsx)",
               "copy-of-alpha.txt": "same content as alpha-2023.txt"}
GOOD_REPORTS = ["alpha-2023", "bad-name-2024", "beta-2023", "big-2024", "delta-2024", "epsilon-2024",
                "gamma-2024", "recipe-2024", "truncated-2024", "webpage-2024"]


def fixture_text(report_id: str) -> str:
    return (FIXTURE_REPORTS / f"{report_id}.txt").read_text(encoding="utf-8")


def big_report() -> str:
    """A 10 MB report: alpha's text with long prose (no figures) before its closing,
    so size, not the number of facts, is what it tests."""
    lines = fixture_text("alpha-2023").splitlines()
    head, tail = "\n".join(lines[:-1]) + "\n", "\n" + lines[-1] + "\n"
    prose = ("我们坚持以人民为中心的发展思想，持续深化改革开放，推动经济社会发展取得新成效，"
             "人民群众的获得感、幸福感、安全感不断增强。\n")
    repeats = (BIG_BYTES - len((head + tail).encode())) // len(prose.encode()) + 1
    return head + prose * repeats + tail


def write_odd_and_bad_inputs(raw: Path) -> None:
    """The good reports in every encoding the issue names, odd inputs that load with
    a warning, and every input that cannot be read at all."""
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "alpha-2023.txt").write_bytes(fixture_text("alpha-2023").encode("utf-8"))
    (raw / "beta-2023.txt").write_bytes(fixture_text("beta-2023").replace("\n", "\r\n").encode("gb18030"))
    (raw / "gamma-2024.txt").write_bytes(fixture_text("gamma-2024").encode("utf-16-le"))  # no BOM
    (raw / "delta-2024.txt").write_bytes(codecs.BOM_UTF8 + fixture_text("delta-2024").replace("\n", "").encode())
    epsilon = fixture_text("epsilon-2024").replace("增长12.3%。", f"增长12.3%{INJECTION}。")
    (raw / "epsilon-2024.txt").write_bytes(codecs.BOM_UTF16_BE + epsilon.encode("utf-16-be"))
    (raw / "big-2024.txt").write_bytes(big_report().encode("utf-8"))

    (raw / "empty-2024.txt").write_bytes(b"")
    rng = random.Random(7)
    (raw / "binary-2024.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4096)))
    (raw / "recipe-2024.txt").write_text(
        "红烧肉的做法：五花肉500克切块，冰糖30克，生抽15毫升，老抽5毫升。先将肉块焯水，再小火炒出糖色，"
        "加入调料和开水，炖煮60分钟，最后大火收汁即可。这道菜色泽红亮，肥而不腻，是家常菜中的经典。\n",
        encoding="utf-8")
    (raw / "webpage-2024.txt").write_text(
        "<!DOCTYPE html>\n<html><head><title>2024年政府工作报告</title></head><body><div class=\"article\">"
        "<p>各位代表：</p><p>过去一年，全市地区生产总值增长6.5%。</p></div></body></html>\n", encoding="utf-8")
    zeta = fixture_text("zeta-2024")
    cut = zeta.index("农村居民人均") + len("农村居民人均可支配")  # stops mid-sentence
    (raw / "truncated-2024.txt").write_text(zeta[:cut], encoding="utf-8")
    (raw / "Bad Name 2024.txt").write_text(fixture_text("zeta-2024").replace("己县", "庚县"), encoding="utf-8")
    shutil.copyfile(raw / "alpha-2023.txt", raw / "copy-of-alpha.txt")
    (raw / "notes.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")


def run_on(raw_dir: Path, warehouse: Path):
    """`govreport run`'s function on ``raw_dir`` into ``warehouse``, in this process."""
    from dagster_project.pipeline import run_pipeline

    return run_pipeline(settings.Settings.resolve(warehouse=warehouse, raw_dir=raw_dir), log_level="WARNING")


def table_rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# Columns that record when a row was written, not what it says.
RUN_TIMESTAMPS = {"loaded_at", "detected_at"}


def warehouse_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table: the marts and checks (main), the landing tables, the tables dbt keeps
    in transform (intermediate models, the incremental models' state) and Great
    Expectations' results (quality); rows sorted, run timestamps left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema in ('main', 'landing', 'transform', 'quality') and table_type = 'BASE TABLE' "
            "order by 1, 2").fetchall()
        snapshot = {}
        for schema, table in tables:
            cols = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = ? "
                "and table_name = ? order by ordinal_position", [schema, table]).fetchall()
                if c not in RUN_TIMESTAMPS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'select {quoted} from "{schema}"."{table}"').fetchall()
            snapshot[f"{schema}.{table}"] = sorted(rows, key=repr)
        return snapshot
    finally:
        con.close()
