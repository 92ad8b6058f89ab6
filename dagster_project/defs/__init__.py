"""Dagster definitions: the dbt project, resources, assets, jobs, schedules, sensors."""
