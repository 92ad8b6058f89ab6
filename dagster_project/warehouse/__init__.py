"""The DuckDB side of the pipeline: staging tables, the build copy, publishing."""
