# gossipcheck: `make run` and `make test` work on a fresh machine (Python 3.11).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/radar-style-re-report.txt

.PHONY: install run test lint bench bench-sourcing bench-speed train clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[web,batch,lab,dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/gossipcheck check $(EXAMPLE)

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: install
	$(VENV)/bin/gossipcheck lab bench

# Rebuilds the shipped credibility model, encoder fine-tuning included (~20 min on 2 cores).
train: install
	$(PY) -m pip install --quiet -e ".[web,batch,lab,dev,train]"
	$(VENV)/bin/gossipcheck lab train --seed 0

bench-sourcing: install
	$(VENV)/bin/gossipcheck lab bench-sourcing --gold eval/sourcing/annotations.jsonl

clean-venv:
	rm -rf $(VENV)
