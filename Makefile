# make demo  — build the sample shop database and show what schemanb makes of it
# make test  — run the whole test suite
# Both create .venv, install schemanb into it and install Graphviz when missing.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.schemanb-installed

.PHONY: demo test lint bench system system-test clean

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); \
	  else echo "python3 -m venv failed: install python3-venv" >&2; exit 1; fi; }

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[postgres,mysql,dev]'
	@touch $(STAMP)

system:
	@bash scripts/setup-system.sh

system-test:
	@bash scripts/setup-system.sh --browser

demo: $(STAMP) system
	$(VENV)/bin/schemanb demo -o demo-output

test: $(STAMP) system-test
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check schemanb tests bench

bench: $(STAMP) system
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) -m bench all

clean:
	rm -rf $(VENV) demo-output .pytest_cache
