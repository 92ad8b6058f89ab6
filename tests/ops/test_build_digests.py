"""What counts as the dbt project and the code a warehouse is built with (runtime.py)."""
from dagster_project import runtime, settings


def test_the_dbt_digest_reads_the_project_not_its_output(tmp_path, monkeypatch):
    dbt = tmp_path / "dbt"
    (dbt / "models").mkdir(parents=True)
    (dbt / "models" / "a.sql").write_text("select 1")
    (dbt / "target" / "dbt_models-1234567-abc").mkdir(parents=True)
    (dbt / "target" / "dbt_models-1234567-abc" / "run_results.json").write_text("{}")
    (dbt / "logs").mkdir()
    (dbt / "logs" / "dbt.log").write_text("log")
    monkeypatch.setattr(settings, "DBT_DIR", dbt)
    before = runtime._dbt_sources_digest()
    # dbt's output and logs change on every run: not the project.
    (dbt / "target" / "dbt_models-1234567-abc" / "run_results.json").write_text('{"x": 1}')
    (dbt / "target" / "manifest.json").write_text("{}")
    (dbt / "logs" / "dbt.log").write_text("more log")
    assert runtime._dbt_sources_digest() == before
    assert [p.name for p in runtime._input_files(dbt)] == ["a.sql"]
    # A model, a new seed: the project.
    (dbt / "models" / "a.sql").write_text("select 2")
    changed = runtime._dbt_sources_digest()
    (dbt / "seeds").mkdir()
    (dbt / "seeds" / "s.csv").write_text("a\n1\n")
    assert len({before, changed, runtime._dbt_sources_digest()}) == 3
