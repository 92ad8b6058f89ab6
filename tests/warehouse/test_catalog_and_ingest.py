"""The raw folder by content: names, duplicates, and one file's load result."""
import shutil
from pathlib import Path

import duckdb

from dagster_project.warehouse import catalog, staging
from dagster_project.warehouse.ingest import LoadError, load_report

FIXTURE_REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


def test_scan_names_duplicates_and_hashes(fixture_raw):
    shutil.copy(fixture_raw / "beta-2023.txt", fixture_raw / "also-beta.txt")
    shutil.copy(fixture_raw / "gamma-2024.txt", fixture_raw / "Gamma 2024.txt")
    (fixture_raw / "notes.md").write_text("ignored: only *.txt are reports")
    folder = catalog.scan(fixture_raw)
    # Of two identical files the first by name is loaded; the other is a named problem.
    assert sorted(folder.reports) == ["alpha-2023", "also-beta", "gamma-2024"]
    assert folder.problems["beta-2023.txt"] == ("beta-2023", "same content as also-beta.txt "
                                                "(a duplicate under another name): only that one is loaded")
    assert "not a usable report_id" in folder.problems["Gamma 2024.txt"][1]
    assert folder.reports["alpha-2023"].sha256 == catalog.file_sha256(fixture_raw / "alpha-2023.txt")


def test_of_two_identical_files_the_loaded_one_stays(fixture_raw):
    shutil.copy(fixture_raw / "beta-2023.txt", fixture_raw / "also-beta.txt")
    fresh = catalog.scan(fixture_raw)
    assert "also-beta" in fresh.reports and "beta-2023.txt" in fresh.problems   # first by name
    sha = fresh.reports["also-beta"].sha256
    loaded = catalog.scan(fixture_raw, loaded={"beta-2023": sha})
    assert "beta-2023" in loaded.reports and "also-beta.txt" in loaded.problems


def test_a_parser_crash_is_one_files_error(fixture_raw, monkeypatch):
    import dagster_project.warehouse.ingest as ingest

    def broken(report_id, text):
        raise ValueError("unexpected heading")

    monkeypatch.setattr(ingest, "parse_report", broken)
    result = load_report(fixture_raw / "alpha-2023.txt")
    assert isinstance(result, LoadError)
    assert result.source_file == "alpha-2023.txt" and "the parser failed: ValueError" in result.problem


def test_report_text_is_data_in_sql(tmp_path):
    """Quotes and SQL in a report land verbatim in the staging tables."""
    text = (FIXTURE_REPORTS / "alpha-2023.txt").read_text(encoding="utf-8")
    evil = "'); drop table staging.facts; --"
    path = tmp_path / "alpha-2023.txt"
    path.write_text(text.replace("增长8.2%。", f"增长8.2%{evil}。"), encoding="utf-8")
    report = load_report(path)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    staging.ensure_schema(con)
    staging.replace_report(con, report.staging_row("d"), report.parsed.facts)
    staging.set_file_error(con, "x'); drop table staging.reports; --.txt", None, evil, "sha", "d")
    assert con.execute("select count(*) from staging.facts where sentence like ?", [f"%{evil}%"]).fetchone()[0] >= 1
    assert con.execute("select problem from staging.load_errors").fetchone()[0] == evil
    assert con.execute("select count(*) from staging.reports").fetchone()[0] == 1
    con.close()
