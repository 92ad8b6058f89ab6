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


def record_errors(con: duckdb.DuckDBPyConnection, errors: Iterable[tuple[str, str | None, str]]) -> None:
    """Replace the load errors with this run's: (source_file, report_id, problem)."""
    con.execute("delete from staging.load_errors")
    rows = [(src, rid, problem) for src, rid, problem in errors]
    if rows:
        con.executemany(
            "insert into staging.load_errors values (?, ?, ?, current_timestamp)", rows
        )
