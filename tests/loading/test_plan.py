"""What a run has to do, planned against the published warehouse's landing tables."""
from pathlib import Path

import duckdb

from dagster_project.loading import catalog, landing
from dagster_project.loading.plan import plan_run


def _published_with_refusal(path: Path, refused: Path) -> None:
    """A published warehouse that knows one file only: ``refused``, which it could not load."""
    with duckdb.connect(str(path)) as con:
        landing.ensure_schema(con)
        landing.set_file_error(con, refused.name, "bad", "not a readable PDF",
                               catalog.file_sha256(refused), catalog.parser_digest())


def test_a_refused_file_that_leaves_the_folder_is_work_to_do(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    bad = raw / "bad.pdf"
    bad.write_bytes(b"\x00\x01garbage")
    published = tmp_path / "warehouse.duckdb"
    _published_with_refusal(published, bad)
    # Still there, unchanged: judged already, nothing to do.
    assert plan_run(raw, published).nothing_to_do
    bad.unlink()
    plan = plan_run(raw, published)
    # Gone: its refusal must leave the warehouse, so the run has work (it did nothing before).
    assert plan.refusals_gone == ["bad.pdf"] and not plan.nothing_to_do
    assert "1 refused files gone" in plan.describe()
