"""Turn a report's text into facts that follow the fact contract (docs/facts.md).

Nothing here imports Dagster, dbt or Great Expectations: the parser can be used
and tested on its own.
"""
from dagster_project.parsing.model import Fact, ParsedReport, ReportMeta

__all__ = ["Fact", "ParsedReport", "ReportMeta"]
