"""Great Expectations validations of the marts (no Dagster imports)."""
