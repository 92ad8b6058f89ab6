"""The target panel (main.fct_target_panel) as the HTML report's panel pages read it.

One `Cell` per row of the panel: a place × period (a year, or a five-year plan)
× headline indicator, with its target, its outcome in the target's unit (a
later report may write 5.2万人 where the target said 人) and the verdict. Nothing
here is recomputed: the pages show what the mart holds.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PANEL_SQL = """
select p.cell_id, p.place, p.admin_code, p.level, p.period_id, p.period_type, p.plan_name,
       p.headline_code, p.headline_name, p.kind, p.unit, p.judged_as,
       p.target_text, p.target_value::double, p.target_value_high::double, p.target_qualifier,
       p.target_sentence, p.target_report_id,
       p.outcome_text,
       -- The outcome in the target's unit, so both sit on one axis.
       case when p.outcome_value is null then null
            when p.outcome_unit = p.unit or ou.factor is null or tu.factor is null then p.outcome_value::double
            else p.outcome_value::double * ou.factor / tu.factor end as outcome_value,
       p.outcome_status, p.outcome_sentence, p.outcome_report_id,
       p.gap::double, p.result
from main.fct_target_panel p
left join main.dim_unit tu on tu.unit = p.unit
left join main.dim_unit ou on ou.unit = p.outcome_unit
order by p.place, p.headline_code, p.period_id
"""
HEADLINES_SQL = "select headline_code, name, name_en, sort_order from {schema}.headline_indicators order by sort_order"

RESULTS = ("met", "missed", "no outcome yet")
_NOT_ID = re.compile(r"[^0-9A-Za-z_-]")


@dataclass(frozen=True, slots=True)
class Cell:
    cell_id: str
    place: str
    admin_code: str | None
    level: str | None
    period: str              # 2021, or a plan's span 2021-2025
    period_type: str         # year | span
    plan_name: str | None    # 十四五 for a span
    headline_code: str
    headline_name: str
    kind: str
    unit: str | None
    judged_as: str | None
    target_text: str
    target_value: float | None
    target_value_high: float | None
    target_qualifier: str    # exact | about (左右) | more_than (以上) | less_than (以内)
    target_sentence: str | None
    target_report_id: str | None
    outcome_text: str | None
    outcome_value: float | None
    outcome_status: str | None
    outcome_sentence: str | None
    outcome_report_id: str | None
    gap: float | None
    result: str

    @property
    def anchor(self) -> str:
        """The HTML id of this cell on its place's page."""
        return "c-" + _NOT_ID.sub("-", f"{self.headline_code}-{self.period}")

    @property
    def is_annual(self) -> bool:
        return self.period_type == "year"


@dataclass(frozen=True)
class Headline:
    code: str
    name: str
    name_en: str


@dataclass
class PanelData:
    cells: list[Cell]
    headlines: list[Headline]

    def by_place(self) -> dict[str, list[Cell]]:
        places: dict[str, list[Cell]] = defaultdict(list)
        for c in self.cells:
            places[c.place].append(c)
        return dict(places)


def place_slug(cells_or_place: list[Cell] | str) -> str:
    """A file name for a place's page: its division code, else its name made safe."""
    if isinstance(cells_or_place, str):
        return _NOT_ID.sub("_", cells_or_place.encode("unicode_escape").decode("ascii"))
    code = next((c.admin_code for c in cells_or_place if c.admin_code), None)
    return _NOT_ID.sub("_", code) if code else place_slug(cells_or_place[0].place)


def load_panel_data(db_path: Path) -> PanelData:
    """The panel of a warehouse; empty where the warehouse has no panel yet."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    con.execute("set enable_progress_bar = false")
    try:
        tables = {(schema, name) for schema, name in con.execute(
            "select table_schema, table_name from information_schema.tables").fetchall()}
        if ("main", "fct_target_panel") not in tables:
            return PanelData([], [])
        cells = [Cell(*row) for row in con.execute(PANEL_SQL).fetchall()]
        # The seed lives in the reference schema (dbt seeds), in main in older builds.
        schema = next((s for s in ("reference", "main") if (s, "headline_indicators") in tables), None)
        headlines = ([Headline(code, name, en) for code, name, en, _ in
                      con.execute(HEADLINES_SQL.format(schema=schema)).fetchall()] if schema else [])
    finally:
        con.close()
    known = {h.code for h in headlines}
    for c in cells:  # a headline the seed no longer lists still shows, after the others
        if c.headline_code not in known:
            headlines.append(Headline(c.headline_code, c.headline_name, c.headline_code))
            known.add(c.headline_code)
    return PanelData(cells, headlines)
