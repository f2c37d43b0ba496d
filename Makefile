# The two commands of the README (make run, make test) and the developer targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test check fmt translations bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade "pip>=24"

# Installs the app with exact versions from constraints.txt; re-runs when they change.
$(VENV)/.run-stamp: $(BIN)/python setup.cfg constraints.txt
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.test-stamp: $(BIN)/python setup.cfg constraints.txt
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@ $(VENV)/.run-stamp

run: $(VENV)/.run-stamp
	$(BIN)/bkt-branch

test: $(VENV)/.test-stamp
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: $(VENV)/.test-stamp
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: $(VENV)/.test-stamp
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Qt Linguist: extract every translate("Context", "…") into the Albanian .ts, compile the .qm.
TS := resources/translations/bkt_sq.ts
translations: $(VENV)/.test-stamp
	$(BIN)/pyside6-lupdate -extensions py -locations none -source-language en -target-language sq_AL desktop ui -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm resources/translations/bkt_sq.qm
