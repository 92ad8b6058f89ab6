"""The pipeline's assets, in the order they run: reports → dbt models → quality → publish."""
