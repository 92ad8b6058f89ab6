"""One module per `govreport` sub-command; each has `register(subparsers)`.

Commands import heavy libraries (Dagster, Great Expectations) inside their
handlers, so `govreport --help` and `govreport query` start fast.
"""
