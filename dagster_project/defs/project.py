"""The dbt project as Dagster sees it."""
from dagster_dbt import DbtProject

from dagster_project import settings

# profiles.yml reads the build file's path from the environment: set it before
# anything runs dbt (parse at start-up, build in the run).
settings.export_build_env()

dbt_project = DbtProject(project_dir=settings.DBT_DIR, profiles_dir=settings.DBT_DIR)

# Under `dagster dev`, parse the project on load so the manifest is current.
dbt_project.prepare_if_dev()
