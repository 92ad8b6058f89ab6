"""The code location `dagster dev` loads: it must load, and show the whole graph."""
from __future__ import annotations

import dagster as dg

from dagster_project import runtime


def _defs() -> dg.Definitions:
    runtime.quiet_environment()
    runtime.ensure_dbt_manifest()
    from dagster_project.definitions import defs

    return defs


def test_definitions_load_with_every_layer():
    defs = _defs()
    dg.Definitions.validate_loadable(defs)
    keys = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    for expected in ("landing/reports", "landing/facts", "dim_report", "dim_indicator", "dim_period",
                     "fct_indicator_values", "fct_targets", "published_warehouse"):
        assert expected in keys, f"{expected} missing from the asset graph"


def test_the_only_asset_checks_are_the_expectation_suites():
    """dbt's tests run in the dbt step, not as a Dagster asset check each (quality/dbt_tests.py)."""
    graph = _defs().resolve_asset_graph()
    names = {c.name for c in graph.asset_check_keys}
    assert names and all(name.startswith("gx_") for name in names), sorted(names)[:5]


def test_one_job_materializes_everything():
    job = _defs().resolve_job_def("govreport_pipeline")
    assert job.executor_def is dg.in_process_executor


def test_every_asset_has_a_named_group():
    """The UI groups assets by layer; none is left in Dagster's catch-all 'default'."""
    graph = _defs().resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert [key for key, group in groups.items() if group == "default"] == []
    # The dbt models by their folder in dbt/models/.
    assert groups["transform/stg_facts"] == "staging"
    assert groups["transform/int_facts_normalised"] == "intermediate"
    assert groups["fct_indicator_values"] == "marts"
    assert groups["fct_check_results"] == "checks"


def test_dagster_home_has_no_telemetry_and_no_first_run_popup(tmp_path, monkeypatch):
    """`make dev` opens the UI on the project's DAGSTER_HOME: no "Join the community"
    pop-up (nux), which Dagster shows unless dagster.yaml turns it off."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    runtime.quiet_environment()
    instance = dg.DagsterInstance.get()
    try:
        assert instance.nux_enabled is False
        assert instance.telemetry_enabled is False
    finally:
        instance.dispose()
