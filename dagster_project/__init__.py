"""govreport: a data warehouse of Chinese government work reports.

The package holds the Dagster code location (``definitions``, ``defs/``) and the
plain-Python code it runs (``parsing/``, ``warehouse/``, ``quality/``), which
imports no Dagster so that it can be used and tested alone.
"""
