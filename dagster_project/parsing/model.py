"""The records the parser produces: one report's metadata and its facts."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

# Field names of the fact contract, in the order the scorer documents them.
CONTRACT_FIELDS = (
    "report_id", "offset", "text", "indicator", "kind", "value", "value_high",
    "unit", "period", "base_period", "status", "qualifier",
)
KINDS = ("value", "percent", "growth", "avg_annual_growth", "multiple", "percentage_points")
STATUSES = ("actual", "expected", "target")
QUALIFIERS = ("exact", "about", "more_than", "less_than")
# Time role of the section a fact was found in.
SECTION_ROLES = (
    "preamble",        # title, header, before the first review heading
    "review_year",     # review of the past year
    "review_plan",     # review of a five-year plan period (or 过去五年)
    "plan_targets",    # targets of the coming plan period (十四五 目标任务)
    "year_targets",    # the coming year's targets and tasks
    "other",
)


@dataclass(frozen=True)
class Fact:
    """One quantity a report states about one indicator (docs/facts.md)."""

    report_id: str
    offset: int             # character offset of the number in the decoded text
    text: str               # the number with its unit as written
    indicator: str
    kind: str
    value: float
    unit: str
    period: str | None
    base_period: str | None
    status: str
    qualifier: str
    value_high: float | None = None
    # Provenance, beyond the contract.
    sentence: str = ""
    sentence_offset: int = 0
    section: str = ""
    section_role: str = "other"
    # A 分别/各 list shares one id across its facts; list_size is its subject count.
    list_id: str | None = None
    list_size: int | None = None
    # How the name was built (naming rules, in order) and how far to trust it
    # (parsing/naming_confidence.py: high, medium, low).
    name_rules: str = ""
    name_confidence: str = "medium"

    def to_contract(self) -> dict:
        """The fact as one JSON Lines record of the contract, plus provenance."""
        d = asdict(self)
        out = {k: d[k] for k in CONTRACT_FIELDS}
        out.update({k: d[k] for k in ("sentence", "section", "section_role", "name_confidence", "name_rules")})
        return out


@dataclass(frozen=True)
class ReportMeta:
    """What a report says about itself."""

    report_id: str
    title: str | None
    place: str | None            # 乌鲁木齐市, 国务院 (national), 海拉尔区 …
    level: str                   # national | provincial | prefecture | county | district | unknown
    year: int | None             # the year the report is delivered in
    delivered_on: date | None = None


@dataclass(frozen=True)
class ParsedReport:
    meta: ReportMeta
    facts: list[Fact] = field(default_factory=list)
