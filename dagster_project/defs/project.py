"""The dbt project as Dagster sees it."""
from dagster_dbt import DbtProject

from dagster_project import runtime, settings

# dagster-dbt reads the manifest when the definitions load (`dagster dev`,
# `govreport run`, tests): parse the project first if it changed. This uses the
# venv's own dbt, so it works without an activated venv on PATH.
runtime.ensure_dbt_manifest()

dbt_project = DbtProject(project_dir=settings.DBT_DIR, profiles_dir=settings.DBT_DIR)
