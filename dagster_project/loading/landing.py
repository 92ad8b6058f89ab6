"""Landing tables the parser loads and dbt reads (`landing.reports`, `landing.facts`,
`landing.load_errors`, `landing.load_warnings`).

Every value goes in as a bound parameter or through a DataFrame, never by
string-built SQL: report text is data and must not be able to break out.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from dagster_project.parsing.model import Fact

DDL = """
create schema if not exists landing;
create table if not exists landing.reports (
    report_id     varchar primary key,
    source_file   varchar not null,
    sha256        varchar not null,
    size_bytes    bigint not null,
    encoding      varchar not null,
    n_chars       integer not null,
    title         varchar,
    place         varchar,
    level         varchar,
    report_year   integer,
    delivered_on  date,
    n_facts       integer not null,
    loaded_at     timestamp not null
);
create table if not exists landing.facts (
    report_id       varchar not null,
    fact_seq        integer not null,   -- order of the fact within its report
    char_offset     integer not null,   -- the contract's `offset`
    text            varchar not null,
    indicator       varchar not null,
    kind            varchar not null,
    value           double not null,
    value_high      double,
    unit            varchar,
    period          varchar,
    base_period     varchar,
    status          varchar not null,
    qualifier       varchar not null,
    sentence        varchar not null,
    sentence_offset integer not null,
    section         varchar,
    section_role    varchar,
    list_id         varchar,
    list_size       integer,
    primary key (report_id, fact_seq)
);
create table if not exists landing.load_errors (
    source_file  varchar not null,
    report_id    varchar,
    problem      varchar not null,
    detected_at  timestamp not null
);
-- Added for incremental runs; `add column if not exists` upgrades older warehouses.
-- parser_digest: the parser version a row came from (a new parser re-parses all).
alter table landing.reports add column if not exists parser_digest varchar;
-- stage: 'file' (this file's bytes or text); 'folder' rows of older warehouses
-- (a name, a duplicate: now warnings) are removed by sync_errors.
alter table landing.load_errors add column if not exists stage varchar default 'file';
alter table landing.load_errors add column if not exists sha256 varchar;
alter table landing.load_errors add column if not exists parser_digest varchar;
-- The code that built this warehouse (runtime.code_digest): same code, same
-- files → nothing to rebuild.
create table if not exists landing.build_info (code_digest varchar not null);
-- Reports in any format, and who said them (see loading/provenance.py). `text`
-- is the report's text as the parser read it: every fact's offset indexes it.
alter table landing.reports add column if not exists format varchar default 'txt';
alter table landing.reports add column if not exists text varchar;
alter table landing.reports add column if not exists admin_code varchar;
alter table landing.reports add column if not exists parent_place varchar;
alter table landing.reports add column if not exists parent_code varchar;
alter table landing.reports add column if not exists province varchar;
alter table landing.reports add column if not exists province_code varchar;
alter table landing.reports add column if not exists place_source varchar;
alter table landing.reports add column if not exists year_source varchar;
alter table landing.reports add column if not exists source_url varchar;
alter table landing.reports add column if not exists metadata varchar;
-- How each fact's name was built and how far to trust it (parsing/naming_confidence.py).
alter table landing.facts add column if not exists name_rules varchar;
alter table landing.facts add column if not exists name_confidence varchar;
-- What looked odd about a file that loaded all the same (report_id set), or a
-- file in the folder that is not a report (report_id null).
create table if not exists landing.load_warnings (
    source_file  varchar not null,
    report_id    varchar,
    warning      varchar not null,
    detected_at  timestamp not null
);
"""

FACT_COLUMNS = (
    "report_id", "fact_seq", "char_offset", "text", "indicator", "kind", "value",
    "value_high", "unit", "period", "base_period", "status", "qualifier", "sentence",
    "sentence_offset", "section", "section_role", "list_id", "list_size", "name_rules", "name_confidence",
)


LANDING_TABLES = ("reports", "facts", "load_errors", "load_warnings", "build_info")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)
    _move_from_old_schema(con)


# DuckDB checkpoints (rewrites the changed tables into the file) whenever the WAL
# passes 16 MB: every few batches of a first load (report texts and sentences are
# big), 6 of the 18 CPU-s the writing process spent on lawtext. A bulk load lets the
# WAL grow to this and checkpoints once, on close; the build copy is what it writes
# (files.start_build), so a crash loses nothing published. Peak memory went down.
BULK_CHECKPOINT_THRESHOLD = "256MB"


def defer_checkpoints(con: duckdb.DuckDBPyConnection) -> None:
    """For a connection about to write many reports: checkpoint rarely (see above)."""
    con.execute(f"set checkpoint_threshold = '{BULK_CHECKPOINT_THRESHOLD}'")


def _move_from_old_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses built before the rename kept these tables in schema `staging`
    (a word dbt's stg_* models also use). Move their rows here once, so an
    upgrade re-parses nothing, and drop the old schema."""
    old = {name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'staging'").fetchall()}
    if not old & set(LANDING_TABLES):
        return
    con.execute("begin transaction")
    for table in LANDING_TABLES:
        if table in old:
            con.execute(f"insert into landing.{table} by name select * from staging.{table}")
    con.execute("drop schema staging cascade")
    con.execute("commit")


def fact_row(seq: int, f: Fact) -> tuple:
    return (
        f.report_id, seq, f.offset, f.text, f.indicator, f.kind, f.value, f.value_high,
        f.unit, f.period, f.base_period, f.status, f.qualifier, f.sentence,
        f.sentence_offset, f.section, f.section_role, f.list_id, f.list_size, f.name_rules, f.name_confidence,
    )


def fact_columns(facts: Iterable[Fact]) -> list[list]:
    """A report's fact rows as one list per column of FACT_COLUMNS (fact_seq: their order).

    Built where the report was parsed (parallel.load_one): a pool worker sends these
    lists, which unpickle in the writing process in half the time of the Fact objects
    (0.8 against 1.7 CPU-s on lawtext), and the writer only concatenates them."""
    rows = [fact_row(i, f) for i, f in enumerate(facts)]
    if not rows:
        return [[] for _ in FACT_COLUMNS]
    return [list(column) for column in zip(*rows, strict=True)]


# One report as the writer takes it: its landing.reports row (without n_facts), its
# fact columns (fact_columns) and its warnings.
ReportRows = tuple[dict, list[list], list[str]]


def replace_report(con: duckdb.DuckDBPyConnection, report_row: dict, facts: Iterable[Fact],
                   warnings: Iterable[str] = ()) -> int:
    """Replace one report, its facts and its warnings in a single transaction; returns the fact count."""
    return replace_reports(con, [(report_row, fact_columns(facts), list(warnings))])[0]


def replace_reports(con: duckdb.DuckDBPyConnection, reports: list[ReportRows]) -> list[int]:
    """Replace many reports (report row, fact columns, warnings each) in one transaction;
    returns each one's fact count.

    One transaction per batch, not per report: each DuckDB statement scans the
    fact table and each commit writes the WAL, so per-report transactions cost
    the first load of 1,585 reports ~55 CPU-s in the writing process, which
    then paced the parsing pool (benchmarks/BENCHMARKS.md)."""
    fact_cols: list[list] = [[] for _ in FACT_COLUMNS]
    report_rows, warning_rows = [], []
    for report_row, columns, warnings in reports:
        for into, column in zip(fact_cols, columns, strict=True):
            into.extend(column)
        report_rows.append({**report_row, "n_facts": len(columns[0])})
        warning_rows += [(report_row["source_file"], report_row["report_id"], w) for w in warnings]
    con.execute("begin transaction")
    try:
        _delete_reports(con, _already_loaded(con, [r["report_id"] for r in report_rows]))
        _insert_frame(con, "landing.load_warnings (source_file, report_id, warning, detected_at)",
                      pd.DataFrame(warning_rows, columns=["source_file", "report_id", "warning"]),
                      "source_file, report_id, warning, current_timestamp")
        _insert_frame(con, f"landing.reports ({', '.join(report_rows[0])})",
                      pd.DataFrame(report_rows), ", ".join(report_rows[0]))
        _insert_frame(con, f"landing.facts ({', '.join(FACT_COLUMNS)})",
                      pd.DataFrame(dict(zip(FACT_COLUMNS, fact_cols, strict=True))), ", ".join(FACT_COLUMNS))
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return [r["n_facts"] for r in report_rows]


def _already_loaded(con: duckdb.DuckDBPyConnection, report_ids: list[str]) -> list[str]:
    """Those of ``report_ids`` in landing.reports: only they can have rows to replace (a
    report's facts and warnings are written and removed with its row). Asked of the small
    reports table so that a first load skips three deletes per batch that each scanned the
    whole fact table (0.3 CPU-s of a lawtext load)."""
    return [rid for (rid,) in con.execute(
        "select report_id from landing.reports where list_contains(?, report_id)", [report_ids]).fetchall()]


def _delete_reports(con: duckdb.DuckDBPyConnection, report_ids: list[str]) -> None:
    if not report_ids:
        return
    for table in ("facts", "reports", "load_warnings"):
        con.execute(f"delete from landing.{table} where list_contains(?, report_id)", [report_ids])


def _insert_frame(con: duckdb.DuckDBPyConnection, target: str, frame: pd.DataFrame, select: str) -> None:
    """One bulk insert from a DataFrame (executemany goes row by row); nothing for an empty one."""
    if frame.empty:
        return
    con.register("_new_rows", frame)
    try:
        con.execute(f"insert into {target} select {select} from _new_rows")
    finally:
        con.unregister("_new_rows")


def remove_reports(con: duckdb.DuckDBPyConnection, report_ids: Iterable[str]) -> None:
    """Drop reports (and their facts) whose files have left the raw folder."""
    ids = list(report_ids)
    if not ids:
        return
    con.execute("begin transaction")
    try:
        _delete_reports(con, ids)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def seen_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None]]:
    """source_file → (sha256, parser_digest) of every file already judged: loaded
    reports and files refused for their content. Same pair again = nothing to do."""
    rows = con.execute(
        "select source_file, sha256, parser_digest from landing.reports "
        "union all select source_file, sha256, parser_digest from landing.load_errors "
        "where stage = 'file' and sha256 is not null").fetchall()
    return {src: (sha, digest) for src, sha, digest in rows}


def loaded_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """report_id → sha256 of the reports in the warehouse."""
    return dict(con.execute("select report_id, sha256 from landing.reports").fetchall())


def set_file_error(con: duckdb.DuckDBPyConnection, source_file: str, report_id: str | None,
                   problem: str | None, sha256: str | None, parser_digest: str | None) -> None:
    """Replace what is recorded against one file's content: its problem, or none."""
    con.execute("delete from landing.load_errors where source_file = ? and stage = 'file'", [source_file])
    if problem is not None:
        con.execute(
            "insert into landing.load_errors (source_file, report_id, problem, detected_at, stage, "
            "sha256, parser_digest) values (?, ?, ?, current_timestamp, 'file', ?, ?)",
            [source_file, report_id, problem, sha256, parser_digest])


def clear_file_errors(con: duckdb.DuckDBPyConnection, source_files: list[str]) -> None:
    """These files' content loaded: forget any problem recorded against an earlier version."""
    con.execute("delete from landing.load_errors where stage = 'file' and list_contains(?, source_file)",
                [source_files])


def sync_errors(con: duckdb.DuckDBPyConnection, candidates: Iterable[str]) -> None:
    """Keep the recorded refusals only of ``candidates``, the files still to be
    loaded (a file gone, or now a copy of another, has none). Older warehouses'
    folder-stage rows (name and duplicate problems, now warnings) go too."""
    keep = list(candidates)
    con.execute("delete from landing.load_errors where stage = 'folder' or not list_contains(?, source_file)",
                [keep])


def sync_folder_warnings(con: duckdb.DuckDBPyConnection, ignored: dict[str, str]) -> None:
    """Make the recorded skipped files (name → why: no report, a copy) match the folder."""
    current = dict(con.execute(
        "select source_file, warning from landing.load_warnings where report_id is null").fetchall())
    if current == ignored:
        return  # unchanged rows keep their detected_at
    con.execute("delete from landing.load_warnings where report_id is null")
    if ignored:
        frame = pd.DataFrame(sorted(ignored.items()), columns=["source_file", "warning"])
        con.register("_ignored", frame)
        try:
            con.execute("insert into landing.load_warnings select source_file, null, warning, "
                        "current_timestamp from _ignored")
        finally:
            con.unregister("_ignored")


def load_warnings(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None, str]]:
    return con.execute("select source_file, report_id, warning from landing.load_warnings "
                       "order by report_id nulls last, source_file, warning").fetchall()


def set_code_digest(con: duckdb.DuckDBPyConnection, digest: str) -> None:
    con.execute("delete from landing.build_info")
    con.execute("insert into landing.build_info values (?)", [digest])


def load_errors(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    return con.execute("select source_file, problem from landing.load_errors order by source_file").fetchall()
