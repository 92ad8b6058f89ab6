"""What a run has to do: compare the raw folder (by content hash) with the
published warehouse.

`govreport run`, the sensor and the schedule all plan with `plan_run`, so they
agree on whether to run and which job; the ingest asset (`parsed_reports`) applies
the same test again per file, against the warehouse it builds, to pick what to parse.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from dagster_project.loading import catalog, landing


@dataclass(frozen=True)
class PublishedState:
    seen: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # file → (sha, digest)
    loaded: dict[str, str] = field(default_factory=dict)                    # report_id → sha
    skipped: dict[str, str] = field(default_factory=dict)                   # file → why skipped
    code_digest: str | None = None                                          # code it was built with
    refused: frozenset[str] = frozenset()                                   # files refused


def read_published(published: Path) -> PublishedState:
    """The landing tables of the published warehouse, read-only (an older or
    missing warehouse reads as empty: everything is then new)."""
    import duckdb

    if not published.exists():
        return PublishedState()
    try:
        con = duckdb.connect(str(published), read_only=True)
    except duckdb.Error:
        return PublishedState()
    try:
        return PublishedState(
            seen=landing.seen_files(con),
            loaded=landing.loaded_hashes(con),
            skipped=dict(con.execute(
                "select source_file, warning from landing.load_warnings where report_id is null").fetchall()),
            code_digest=(con.execute("select max(code_digest) from landing.build_info").fetchone() or [None])[0],
            refused=frozenset(src for src, _ in landing.load_errors(con)),
        )
    except duckdb.Error:
        return PublishedState()
    finally:
        con.close()


@dataclass
class RunPlan:
    folder: catalog.RawFolder
    to_parse: list[str]            # report_ids whose file is new or changed (or the parser changed)
    removed: list[str]             # report_ids in the warehouse whose file left the folder
    skipped_changed: bool          # the files skipped (no report, a copy) are not those recorded
    refusals_gone: list[str] = field(default_factory=list)  # refused files no longer in the folder
    state: PublishedState = field(default_factory=PublishedState)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.to_parse or self.removed or self.skipped_changed or self.refusals_gone)

    def up_to_date(self, code_digest: str) -> bool:
        """Nothing to parse, remove or record, and the warehouse was built by this code."""
        return self.nothing_to_do and self.state.code_digest == code_digest

    def fingerprint(self) -> str:
        """Identifies this plan (a sensor's run_key): the folder's content against the
        published warehouse's. Both are in it, so a folder that returns to an earlier
        content after the warehouse moved on is a new plan, not a duplicate."""
        content = sorted((f.name, f.sha256) for f in self.folder.files) + sorted(self.folder.ignored)
        published = sorted(self.state.seen.items())
        return hashlib.sha256(json.dumps([content, published, catalog.parser_digest()]).encode()).hexdigest()[:20]

    def describe(self) -> str:
        return (f"{len(self.to_parse)} new or changed, {len(self.removed)} removed, "
                f"{len(self.refusals_gone)} refused files gone, "
                f"{len(self.folder.reports)} reports in the folder, {len(self.folder.ignored)} files skipped")


def plan_run(raw_dir: Path, published: Path) -> RunPlan:
    state = read_published(published)
    folder = catalog.scan(raw_dir, state.loaded)
    digest = catalog.parser_digest()
    return RunPlan(
        folder=folder,
        to_parse=sorted(rid for rid, f in folder.reports.items() if state.seen.get(f.name) != (f.sha256, digest)),
        removed=sorted(set(state.loaded) - set(folder.reports)),
        skipped_changed=folder.ignored != state.skipped,
        # A refused file that left the folder must leave the record of refusals too.
        refusals_gone=sorted(state.refused - {f.name for f in folder.reports.values()}),
        state=state,
    )
