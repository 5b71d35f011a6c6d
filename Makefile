# framing — every target works from a fresh clone (it creates .venv when missing).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.framing-installed
JOBS ?= 2
PY_DIRS := $(wildcard src tests examples notebooks benchmarks tools)

.DEFAULT_GOAL := help
.PHONY: help setup test lint format figures docs bench bench-scale lab clean wheel-check test-lowest

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,docs]'
	$(BIN)/python -m framing.engine.resources
	touch $(STAMP)

setup: $(STAMP) ## create .venv with exact versions (constraints.txt) and offline resources

test: setup ## run the test suite
	$(BIN)/python -m pytest

lint: setup ## ruff check + format check + the import contract of the stages
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/lint-imports

format: setup ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix $(PY_DIRS)
	$(BIN)/ruff format $(PY_DIRS)

figures: setup ## regenerate every figure in figures/ (runs the notebooks in order)
	$(BIN)/framing figures

docs: setup ## build the API reference from the docstrings into build/docs (warnings are errors)
	$(BIN)/python -m sphinx -E -W --keep-going -q -b html docs/api build/docs

bench: setup ## benchmark against Empath, textstat and VADER; writes benchmarks/results.md
	$(BIN)/python benchmarks/run.py --repeat 3
	$(BIN)/python benchmarks/pathological.py

test-lowest: ## the engine tests against the oldest releases pyproject.toml allows (.venv-lowest)
	PYTHON=$(PYTHON) tools/check_lowest.sh

wheel-check: setup ## build the wheel, install it outside the checkout, run profile/validate/compare
	tools/check_wheel.sh $(BIN)/python

bench-scale: setup ## White House x 1 GB streamed through framing score --jobs 2; writes benchmarks/results-scale.md
	$(BIN)/python benchmarks/scale.py

lab: setup ## JupyterLab on notebooks/ with the project's kernel
	$(BIN)/python -m ipykernel install --sys-prefix --name framing --display-name "Python (framing)"
	$(BIN)/jupyter lab notebooks/

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .venv-lowest .pytest_cache .ruff_cache .hypothesis
