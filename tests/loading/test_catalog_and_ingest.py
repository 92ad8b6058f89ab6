"""The raw folder by content: names, duplicates, and one file's load result."""
import shutil
from pathlib import Path

import duckdb

from dagster_project.loading import catalog, landing
from dagster_project.loading.ingest import LoadError, load_report

FIXTURE_REPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


def test_scan_names_duplicates_and_hashes(fixture_raw):
    shutil.copy(fixture_raw / "beta-2023.txt", fixture_raw / "also-beta.txt")
    shutil.copy(fixture_raw / "gamma-2024.txt", fixture_raw / "Gamma 2024.txt")
    (fixture_raw / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (fixture_raw / "README.md").write_text("# my reports\n")
    folder = catalog.scan(fixture_raw)
    # Of two identical files the first by report id is loaded; the other is skipped, by name.
    assert sorted(folder.reports) == ["alpha-2023", "also-beta", "gamma-2024"]
    assert folder.ignored["beta-2023.txt"] == ("same content as also-beta.txt "
                                               "(a duplicate under another name): only that one is loaded")
    assert folder.ignored["Gamma 2024.txt"].startswith("same content as gamma-2024.txt")
    assert folder.reports["alpha-2023"].sha256 == catalog.file_sha256(fixture_raw / "alpha-2023.txt")
    # Files that are no reports are named, with the reason.
    assert folder.ignored["notes.xlsx"].startswith("not a report format (.xlsx)")
    assert "documentation" in folder.ignored["README.md"]


def test_a_file_rewritten_in_place_is_hashed_again_even_with_its_size_and_mtime(fixture_raw):
    """Hashes are kept between scans while a file's stat holds; a rewrite shows in ctime."""
    import os

    path = fixture_raw / "alpha-2023.txt"
    before = catalog.scan(fixture_raw).reports["alpha-2023"].sha256
    assert catalog.scan(fixture_raw).reports["alpha-2023"].sha256 == before
    data = path.read_bytes()
    st = path.stat()
    path.write_bytes(data.replace("2023".encode(), "2099".encode(), 1))  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))                  # same mtime (rsync -t, cp -p)
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    after = catalog.scan(fixture_raw).reports["alpha-2023"].sha256
    assert after != before and after == catalog.hashlib.sha256(path.read_bytes()).hexdigest()


def test_nested_folders_with_chinese_names_give_readable_unique_ids(tmp_path):
    raw = tmp_path / "raw"
    text = (FIXTURE_REPORTS / "alpha-2023.txt").read_text(encoding="utf-8")
    files = {
        "政府工作报告-主要城市/乌鲁木齐市/2021.md": "a",
        "政府工作报告-国务院/1964-part.md": "b",
        "政府工作报告-省自治区/广西壮族自治区/2020.md": "c",
        "乌鲁木齐市2022年政府工作报告.txt": "d",
        "urumqi-2021.txt": "e",
        "深层/目录/urumqi-2020.txt": "f",
        "twice/2019.md": "g",
        "twice/2019.txt": "h",
    }
    for rel, marker in files.items():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text(text + marker, encoding="utf-8")
    folder = catalog.scan(raw)
    ids = {f.relpath: f.report_id for f in folder.files}
    assert ids["政府工作报告-主要城市/乌鲁木齐市/2021.md"] == "wulumuqi-2021"
    assert ids["政府工作报告-国务院/1964-part.md"] == "guowuyuan-1964-part"
    assert ids["政府工作报告-省自治区/广西壮族自治区/2020.md"] == "guangxi-2020"
    assert ids["乌鲁木齐市2022年政府工作报告.txt"] == "wulumuqi-2022"
    assert ids["urumqi-2021.txt"] == "urumqi-2021" and ids["深层/目录/urumqi-2020.txt"] == "urumqi-2020"
    # Two files asking for one id are told apart by a hash of their path.
    assert ids["twice/2019.md"] != ids["twice/2019.txt"]
    assert all(ids[k].startswith("twice-2019-") for k in ("twice/2019.md", "twice/2019.txt"))
    assert len(set(ids.values())) == len(ids) == len(folder.reports)
    # Stable: the same folder gives the same ids again.
    assert {f.relpath: f.report_id for f in catalog.scan(raw).files} == ids


def test_of_two_identical_files_the_loaded_one_stays(fixture_raw):
    shutil.copy(fixture_raw / "beta-2023.txt", fixture_raw / "also-beta.txt")
    fresh = catalog.scan(fixture_raw)
    assert "also-beta" in fresh.reports and "beta-2023.txt" in fresh.ignored   # first by id
    sha = fresh.reports["also-beta"].sha256
    loaded = catalog.scan(fixture_raw, loaded={"beta-2023": sha})
    assert "beta-2023" in loaded.reports and "also-beta.txt" in loaded.ignored


def test_a_parser_crash_is_one_files_error(fixture_raw, monkeypatch):
    import dagster_project.loading.ingest as ingest

    def broken(report_id, text, year_hint=None):
        raise ValueError("unexpected heading")

    monkeypatch.setattr(ingest, "parse_report", broken)
    result = load_report(fixture_raw / "alpha-2023.txt")
    assert isinstance(result, LoadError)
    assert result.source_file == "alpha-2023.txt" and "the parser failed: ValueError" in result.problem


def test_report_text_is_data_in_sql(tmp_path):
    """Quotes and SQL in a report land verbatim in the landing tables."""
    text = (FIXTURE_REPORTS / "alpha-2023.txt").read_text(encoding="utf-8")
    evil = "'); drop table landing.facts; --"
    path = tmp_path / "alpha-2023.txt"
    path.write_text(text.replace("增长8.2%。", f"增长8.2%{evil}。"), encoding="utf-8")
    report = load_report(path)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    landing.ensure_schema(con)
    landing.replace_report(con, report.staging_row("d"), report.parsed.facts)
    landing.set_file_error(con, "x'); drop table landing.reports; --.txt", None, evil, "sha", "d")
    assert con.execute("select count(*) from landing.facts where sentence like ?", [f"%{evil}%"]).fetchone()[0] >= 1
    assert con.execute("select problem from landing.load_errors").fetchone()[0] == evil
    assert con.execute("select count(*) from landing.reports").fetchone()[0] == 1
    con.close()


def test_a_warehouse_from_before_the_rename_keeps_its_rows(tmp_path):
    """Older warehouses kept the landing tables in schema `staging`: the rows move
    over (so nothing is re-parsed) and the old schema is gone."""
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    con.execute("create schema staging")
    con.execute("create table staging.reports (report_id varchar, source_file varchar, sha256 varchar, "
                "size_bytes bigint, encoding varchar, n_chars integer, n_facts integer, loaded_at timestamp)")
    con.execute("insert into staging.reports values ('a-2021', 'a-2021.txt', 'abc', 10, 'utf-8', 5, 1, now())")
    con.execute("create table staging.facts as select 'a-2021' as report_id, 0 as fact_seq, 3 as char_offset, "
                "'5%' as text, 'GDP' as indicator, 'growth' as kind, 5.0 as value, 'target' as status, "
                "'exact' as qualifier, 's' as sentence, 0 as sentence_offset")
    landing.ensure_schema(con)
    assert con.execute("select report_id, sha256 from landing.reports").fetchall() == [("a-2021", "abc")]
    assert con.execute("select indicator, value from landing.facts").fetchall() == [("GDP", 5.0)]
    assert con.execute("select count(*) from information_schema.schemata "
                       "where schema_name = 'staging'").fetchall() == [(0,)]
    landing.ensure_schema(con)  # a second call finds nothing to move
    assert con.execute("select count(*) from landing.reports").fetchall() == [(1,)]
