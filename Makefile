# The README's two commands: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export DO_NOT_TRACK := 1

.PHONY: run test lint eval docs dev install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# One resolve for the package and its test extras (a fresh CI machine pays for each).
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/govreport run

# Two workers (the machines have 2 cores); the tests that share one pipeline run
# carry the same xdist_group mark and stay on one worker.
test: install-test lint
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The linters (run by `make test`): ruff on the Python (settings in pyproject.toml),
# sqlfluff on the dbt models (dbt/.sqlfluff; Jinja rendered with our macros, no database).
lint: install-test
	$(BIN)/ruff check dagster_project tests scripts benchmarks
	cd dbt && ../$(BIN)/sqlfluff lint models --processes 2

# Runs the pipeline over the gold reports and scores the facts (needs ../shared).
eval: install
	$(BIN)/govreport eval --shared $(SHARED)

# The Dagster UI (and its daemon, so the sensor and schedule fire) on http://127.0.0.1:3000,
# with the project's DAGSTER_HOME (telemetry off, one run at a time).
dev: install
	$(BIN)/python -c "from dagster_project import runtime; runtime.quiet_environment()"
	GOVREPORT_RAW_DIR=$(CURDIR)/raw $(BIN)/dagster dev

# dbt's documentation site for the warehouse model: open dbt/target/static_index.html.
docs: install
	cd dbt && GOVREPORT_BUILD_DB=$(CURDIR)/warehouse/warehouse.duckdb ../$(BIN)/dbt docs generate --static --profiles-dir . --quiet
	@echo "dbt docs: $(CURDIR)/dbt/target/static_index.html"

clean:
	rm -rf warehouse/*.duckdb warehouse/*.wal warehouse/data_docs warehouse/.build dbt/target dbt/logs
