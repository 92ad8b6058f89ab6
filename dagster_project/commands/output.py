"""Writing query results as a table, CSV, JSON or JSON Lines.

Shared by `query` and `facts`, so both speak the same formats (DuckDB's CLI
has -csv/-json/-jsonlines; dbt and git spell it --format/--output).
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
from typing import IO, Iterable, Sequence

FORMATS = ("table", "csv", "json", "jsonl")


def _plain(value):
    """JSON has no dates or decimals: write them as ISO text and floats."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def write_csv(out: IO[str], columns: Sequence[str], batches: Iterable[list[tuple]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for rows in batches:
        writer.writerows(rows)


def write_jsonl(out: IO[str], columns: Sequence[str], batches: Iterable[list[tuple]]) -> None:
    for rows in batches:
        out.write("".join(
            json.dumps({c: _plain(v) for c, v in zip(columns, r, strict=True)}, ensure_ascii=False) + "\n" for r in rows))


def write_json(out: IO[str], columns: Sequence[str], batches: Iterable[list[tuple]]) -> None:
    """One JSON array of objects, streamed so a large result never sits in memory twice."""
    out.write("[")
    first = True
    for rows in batches:
        for r in rows:
            out.write(("\n" if first else ",\n")
                      + json.dumps({c: _plain(v) for c, v in zip(columns, r, strict=True)}, ensure_ascii=False))
            first = False
    out.write("\n]\n" if not first else "]\n")


def batches_of(cursor, size: int = 5000) -> Iterable[list[tuple]]:
    while rows := cursor.fetchmany(size):
        yield rows


def write_cursor(out: IO[str], fmt: str, cursor) -> None:
    """Stream a DuckDB cursor's result in a machine-readable format."""
    columns = [d[0] for d in cursor.description]
    writer = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl}[fmt]
    writer(out, columns, batches_of(cursor))
