"""The last step: the finished build file becomes the published warehouse."""
import dagster as dg

from dagster_project.defs.resources import WarehouseResource
from dagster_project.loading import files


@dg.asset(
    key="published_warehouse",
    group_name="publish",
    deps=["data_quality", "html_report"],
    description="The build copy renamed over the published warehouse file (atomic), once every step before it succeeded.",
)
def published_warehouse(warehouse: WarehouseResource) -> dg.MaterializeResult:
    files.publish(warehouse.build, warehouse.published)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(warehouse.published))})
