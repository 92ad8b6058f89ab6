"""The tables and views a user can query, one line each, for `govreport query --help`.

Generated, so the list cannot drift from the warehouse: the names come from the
published warehouse's information_schema (what is there), or, before the first
run, from dbt's manifest (what a run builds); every description comes from the
dbt project's yml files through the manifest.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from dagster_project import settings

# Schemas an analyst queries, in the order listed. `transform` holds dbt's
# intermediate views: queryable, but internal.
SCHEMAS = ("main", "landing", "reference", "quality")
# The tables dbt does not build: the data_quality and dbt steps write them.
NOT_IN_DBT = {
    "quality.expectation_results": "One row per Great Expectations expectation run on the check models: "
                                   "suite, expectation, severity and whether it passed.",
    "quality.dbt_test_results": "One row per dbt test of the last build: test, the model it tests, "
                                "severity, status (pass/warn/fail/error), failing rows and dbt's message.",
}
LINE_WIDTH = 110


def _manifest() -> dict:
    """dbt's manifest, re-parsed first if the dbt project changed since."""
    from dagster_project import runtime

    try:
        path = runtime.ensure_dbt_manifest()
    except Exception:  # dbt missing or the project mid-edit: use whatever manifest there is
        path = settings.DBT_DIR / "target" / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def described(manifest: dict) -> dict[str, str]:
    """'schema.name' → description of every model, seed and source dbt knows."""
    out = {}
    for node in manifest.get("nodes", {}).values():
        if node.get("resource_type") in ("model", "seed"):
            out[f"{node['schema']}.{node['alias']}"] = node.get("description", "")
    for source in manifest.get("sources", {}).values():
        out[f"{source['schema']}.{source['identifier']}"] = source.get("description", "")
    return {**out, **NOT_IN_DBT}


def warehouse_tables(db: Path) -> list[str] | None:
    """'schema.name' of every table and view in SCHEMAS, or None without a warehouse."""
    import duckdb

    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        rows = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = current_database() and table_schema in ?", [list(SCHEMAS)]).fetchall()
    finally:
        con.close()
    return [f"{schema}.{name}" for schema, name in rows]


def _one_line(description: str, width: int) -> str:
    """The description's first sentence on one line, cut to `width` characters
    at a clause where there is one (a word cut in half reads worse)."""
    text = " ".join(description.split())
    text = re.split(r"(?<=\.) ", text, maxsplit=1)[0]
    if not text:
        return "(no description)"
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    clause = max(cut.rfind(sep) for sep in (", ", "; ", ": ", " ("))
    end = clause if clause > width // 2 else cut.rfind(" ")
    return cut[:end if end > 0 else len(cut)] + " …"


def _order(name: str) -> tuple[int, str]:
    return SCHEMAS.index(name.split(".")[0]), name


def listing(db: Path) -> str:
    """The epilog lines: every queryable table and view with one line about it."""
    descriptions = described(_manifest())
    names = warehouse_tables(db)
    source = f"in {db}"
    if names is None:  # no warehouse yet: what a run builds
        names = [n for n in descriptions if n.split(".")[0] in SCHEMAS]
        source = "a run builds (no warehouse yet)"
    # main is DuckDB's default schema: its tables need no prefix.
    shown = {n: n.removeprefix("main.") for n in names}
    pad = max((len(s) for s in shown.values()), default=0) + 2
    lines = [f"tables and views {source}:"]
    for name in sorted(names, key=_order):
        lines.append(f"  {shown[name]:<{pad}}{_one_line(descriptions.get(name, ''), LINE_WIDTH - pad - 2)}")
    lines.append("(schema transform holds dbt's intermediate views, not listed; "
                 "`make docs` documents every column)")
    return "\n".join(lines) + "\n"
