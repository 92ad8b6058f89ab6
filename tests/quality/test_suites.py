"""The expectation suites come from the check models' YAML (dbt manifest, no
database): every check has one, every consistency check is in the results
table, and a check whose YAML is incomplete is an error naming it."""
from __future__ import annotations

import json

import pytest

from dagster_project import runtime
from dagster_project.quality.suites import load_suite_specs, suite_for


@pytest.fixture(scope="module")
def models() -> dict:
    manifest = json.loads(runtime.ensure_dbt_manifest().read_text(encoding="utf-8"))
    return {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "model"}


def test_every_check_model_has_a_suite(models):
    checks = {name for name in models if name.startswith("fct_check_") and name != "fct_check_results"}
    assert {spec.name for spec in load_suite_specs()} == checks


def test_every_consistency_check_is_in_the_results_table(models):
    consistency = {name for name, node in models.items()
                   if node["config"].get("meta", {}).get("expectations", {}).get("template") == "consistency"}
    read_by_results = {parent.split(".")[-1] for parent in models["fct_check_results"]["depends_on"]["nodes"]}
    assert len(consistency) == 7 and consistency <= read_by_results


def test_the_template_gets_the_checks_title_and_claim():
    spec = suite_for("fct_check_shares", {"template": "consistency", "id_column": "check_id",
                                          "title": "Shares against totals", "claim": "A share agrees."})
    assert spec.body["meta"] == {"model": "fct_check_shares", "id_column": "check_id", "description": "A share agrees."}
    descriptions = [e["meta"]["description"] for e in spec.body["expectations"]]
    assert len(descriptions) == 3 and all(d.startswith("Shares against totals: ") for d in descriptions)
    assert [e["severity"] for e in spec.body["expectations"]] == ["warning", "critical", "critical"]


def test_an_incomplete_check_yaml_names_the_model():
    with pytest.raises(ValueError, match="fct_check_new: meta.expectations lacks claim, id_column"):
        suite_for("fct_check_new", {"template": "consistency"})
    with pytest.raises(FileNotFoundError, match="fct_check_new: no expectation template .*nowhere.json"):
        suite_for("fct_check_new", {"template": "nowhere", "id_column": "check_id", "claim": "x"})


def test_validation_reads_only_the_columns_the_suites_name(models):
    """Great Expectations gets the columns its expectations read and the id column, each
    a column of the model (fct_check_fact_structure's sentences stay in DuckDB)."""
    from dagster_project.quality.validate import suite_columns

    for spec in load_suite_specs():
        columns = suite_columns(spec)
        assert columns[0] == spec.body["meta"]["id_column"]
        assert set(columns) <= set(models[spec.model]["columns"]), spec.name
    structure = next(s for s in load_suite_specs() if s.model == "fct_check_fact_structure")
    assert suite_columns(structure) == ["fact_id", "has_unit", "has_period", "has_status", "share_in_range",
                                        "list_complete", "bounds_ordered"]
    shares = next(s for s in load_suite_specs() if s.model == "fct_check_shares")
    assert suite_columns(shares) == ["check_id", "status", "implied", "implied_high"]


def test_validation_reads_a_model_in_the_order_of_its_ids_whatever_its_storage_order(tmp_path):
    """GX's first failing rows (shown on the quality page) are the frame's first: a table an
    incremental run rebuilt stores its rows in another order than one built from scratch."""
    import duckdb

    from dagster_project.quality.validate import _read_models

    shares = next(s for s in load_suite_specs() if s.model == "fct_check_shares")
    frames = []
    for order in ("asc", "desc"):
        db = tmp_path / f"{order}.duckdb"
        con = duckdb.connect(str(db))
        con.execute("create table fct_check_shares as select 'r-' || i as check_id, 'fail' as status, "
                    "i::double as implied, i::double as implied_high from range(5) t(i) "
                    f"order by i {order}")
        con.close()
        frames.append(_read_models(db, [shares])["fct_check_shares"]["check_id"].tolist())
    assert frames[0] == frames[1] == ["r-0", "r-1", "r-2", "r-3", "r-4"]
