"""The DuckDB side of the pipeline: landing tables, the build copy, publishing."""
