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

export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)

.PHONY: help run test lint format typecheck migrate seed openapi bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

runtime-env: $(UV)
	$(UV) sync --frozen --no-dev --quiet

dev-env: $(UV)
	$(UV) sync --frozen --quiet

run: runtime-env ## Install, migrate, seed and serve on SQLite (HOST=, PORT=, WORKERS=)
	$(PY) -m app migrate
	$(PY) -m app seed
	$(PY) -m app serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: dev-env ## Install and run every test (SQLite and PostgreSQL)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: dev-env ## ruff and mypy --strict
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

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
	rm -rf $(VENV) $(TOOLS) data
