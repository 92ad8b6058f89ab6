"""Staging tables the parser loads and dbt reads (`staging.reports`, `staging.facts`,
`staging.load_errors`).

Every value goes in as a bound parameter or through a DataFrame, never by
string-built SQL: report text is data and must not be able to break out.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from dagster_project.parsing.model import Fact

DDL = """
create schema if not exists staging;
create table if not exists staging.reports (
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
create table if not exists staging.facts (
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
create table if not exists staging.load_errors (
    source_file  varchar not null,
    report_id    varchar,
    problem      varchar not null,
    detected_at  timestamp not null
);
-- Added for incremental runs; `add column if not exists` upgrades older warehouses.
-- parser_digest: the parser version a row came from (a new parser re-parses all).
alter table staging.reports add column if not exists parser_digest varchar;
-- stage: 'file' (this file's bytes or text) or 'folder' (its name, a duplicate).
alter table staging.load_errors add column if not exists stage varchar default 'file';
alter table staging.load_errors add column if not exists sha256 varchar;
alter table staging.load_errors add column if not exists parser_digest varchar;
-- The code that built this warehouse (runtime.code_digest): same code, same
-- files → nothing to rebuild.
create table if not exists staging.build_info (code_digest varchar not null);
"""

FACT_COLUMNS = (
    "report_id", "fact_seq", "char_offset", "text", "indicator", "kind", "value",
    "value_high", "unit", "period", "base_period", "status", "qualifier", "sentence",
    "sentence_offset", "section", "section_role", "list_id", "list_size",
)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)


def fact_row(seq: int, f: Fact) -> tuple:
    return (
        f.report_id, seq, f.offset, f.text, f.indicator, f.kind, f.value, f.value_high,
        f.unit, f.period, f.base_period, f.status, f.qualifier, f.sentence,
        f.sentence_offset, f.section, f.section_role, f.list_id, f.list_size,
    )


def replace_report(con: duckdb.DuckDBPyConnection, report_row: dict, facts: Iterable[Fact]) -> int:
    """Replace one report and its facts in a single transaction; returns the fact count."""
    rows = [fact_row(i, f) for i, f in enumerate(facts)]
    report_row = {**report_row, "n_facts": len(rows)}
    cols = list(report_row)
    con.execute("begin transaction")
    try:
        con.execute("delete from staging.facts where report_id = ?", [report_row["report_id"]])
        con.execute("delete from staging.reports where report_id = ?", [report_row["report_id"]])
        con.execute(
            f"insert into staging.reports ({', '.join(cols)}) values ({', '.join('?' for _ in cols)})",
            [report_row[c] for c in cols],
        )
        if rows:
            # One bulk insert from a DataFrame: executemany is row by row.
            frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
            con.register("_new_facts", frame)
            try:
                con.execute(
                    f"insert into staging.facts ({', '.join(FACT_COLUMNS)}) "
                    f"select {', '.join(FACT_COLUMNS)} from _new_facts"
                )
            finally:
                con.unregister("_new_facts")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(rows)


def remove_reports(con: duckdb.DuckDBPyConnection, report_ids: Iterable[str]) -> None:
    """Drop reports (and their facts) whose files have left the raw folder."""
    ids = list(report_ids)
    if not ids:
        return
    con.execute("begin transaction")
    try:
        for rid in ids:
            con.execute("delete from staging.facts where report_id = ?", [rid])
            con.execute("delete from staging.reports where report_id = ?", [rid])
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def seen_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None]]:
    """source_file → (sha256, parser_digest) of every file already judged: loaded
    reports and files refused for their content. Same pair again = nothing to do."""
    rows = con.execute(
        "select source_file, sha256, parser_digest from staging.reports "
        "union all select source_file, sha256, parser_digest from staging.load_errors "
        "where stage = 'file' and sha256 is not null").fetchall()
    return {src: (sha, digest) for src, sha, digest in rows}


def loaded_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """report_id → sha256 of the reports in the warehouse."""
    return dict(con.execute("select report_id, sha256 from staging.reports").fetchall())


def set_file_error(con: duckdb.DuckDBPyConnection, source_file: str, report_id: str | None,
                   problem: str | None, sha256: str | None, parser_digest: str | None) -> None:
    """Replace what is recorded against one file's content: its problem, or none."""
    con.execute("delete from staging.load_errors where source_file = ? and stage = 'file'", [source_file])
    if problem is not None:
        con.execute(
            "insert into staging.load_errors (source_file, report_id, problem, detected_at, stage, "
            "sha256, parser_digest) values (?, ?, ?, current_timestamp, 'file', ?, ?)",
            [source_file, report_id, problem, sha256, parser_digest])


def sync_folder_errors(con: duckdb.DuckDBPyConnection, problems: dict[str, tuple[str | None, str]],
                       candidates: Iterable[str]) -> None:
    """Make the recorded errors match the folder: ``problems`` (name → (id, problem))
    are its name and duplicate errors; content errors stay only for ``candidates``,
    the files still to be loaded. Unchanged rows keep their detected_at."""
    keep = set(candidates)
    current = con.execute("select source_file, stage, problem from staging.load_errors").fetchall()
    con.execute("begin transaction")
    try:
        for src, stage, problem in current:
            if stage == "folder":
                stale = problems.get(src, (None, None))[1] != problem
            else:  # file gone, or now a name or duplicate problem instead
                stale = src not in keep
            if stale:
                con.execute("delete from staging.load_errors where source_file = ? and stage = ?", [src, stage])
        recorded = {row[0] for row in con.execute(
            "select source_file from staging.load_errors where stage = 'folder'").fetchall()}
        for src, (rid, problem) in problems.items():
            if src not in recorded:
                con.execute("insert into staging.load_errors (source_file, report_id, problem, detected_at, "
                            "stage) values (?, ?, ?, current_timestamp, 'folder')", [src, rid, problem])
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def set_code_digest(con: duckdb.DuckDBPyConnection, digest: str) -> None:
    con.execute("delete from staging.build_info")
    con.execute("insert into staging.build_info values (?)", [digest])


def load_errors(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    return con.execute("select source_file, problem from staging.load_errors order by source_file").fetchall()
