# make demo  — build the sample shop database and show what schemanb makes of it
# make test  — run the whole test suite
# make realworld — the real-world schema pairs, every path and direction (docs/migrate.md)
#
# Both work on a fresh Debian/Ubuntu machine that has only Python and pip: they
# create .venv, install schemanb into it, and install the system tools they need
# (Graphviz's dot; for the tests also Chromium, the PostgreSQL/MariaDB clients and
# the sqlite3 shell)
# with apt-get when run as root, or say what to install otherwise. Each step is
# remembered by a stamp file, so a second run starts at once.
#
#   make test SCHEMANB_REQUIRE_SERVERS=1     fail (not skip) when a database server is down
#   make test PYTEST_ARGS="-k sample -x"     pass options to pytest
#   make test TEST_JOBS=0                    one process (default 2, pytest-xdist, whole files)

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
# The demo needs the package and the database drivers; the tests also the dev tools.
STAMP_VENV = $(VENV)/.schemanb-venv
STAMP_RUN = $(VENV)/.schemanb-run
STAMP_DEV = $(VENV)/.schemanb-dev
DEMO_DIR ?= demo-output
PYTEST_ARGS ?=
# Test files run in TEST_JOBS processes (pytest-xdist), each file whole in one of them:
# the judge's file (the slowest) beside the rest. TEST_JOBS=0 runs in one process.
TEST_JOBS ?= 2

# Seen by pytest (tests/conftest.py): "1" turns a missing server into a failure.
export SCHEMANB_REQUIRE_SERVERS

.PHONY: demo test realworld lint bench system system-test clean

$(STAMP_VENV):
	@bash scripts/make-venv.sh "$(PYTHON)" "$(VENV)"
	@touch $@

$(STAMP_RUN): pyproject.toml $(STAMP_VENV)
	@echo "installing schemanb into $(VENV) (first run only)..."
	$(PY) -m pip install -qq --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -qq --disable-pip-version-check -e '.[postgres,mysql]'
	@touch $@

$(STAMP_DEV): $(STAMP_RUN)
	@echo "installing the test tools into $(VENV) (first run only)..."
	$(PY) -m pip install -qq --disable-pip-version-check -e '.[postgres,mysql,dev]'
	@touch $@

system:
	@bash scripts/setup-system.sh

system-test:
	@bash scripts/setup-system.sh --browser

demo: $(STAMP_RUN) system
	$(VENV)/bin/schemanb demo -o $(DEMO_DIR)

test: lint system-test
	$(PY) -m pytest $(if $(filter-out 0,$(TEST_JOBS)),-n $(TEST_JOBS) --dist loadfile) $(PYTEST_ARGS)

# The real-world pairs of tests/realworld/ (make test runs only their SQL upgrade):
# SQL and Alembic, A -> B and B -> A, each with its way back.
realworld: $(STAMP_DEV) system-test
	SCHEMANB_REALWORLD=full $(PY) -m pytest $(if $(filter-out 0,$(TEST_JOBS)),-n $(TEST_JOBS)) tests/convergence/test_realworld.py $(PYTEST_ARGS)

lint: $(STAMP_DEV)
	$(VENV)/bin/ruff check schemanb tests bench
	$(VENV)/bin/mypy --strict schemanb

# Runs every benchmark at its default sizes and writes docs/benchmarks.md (on an idle
# machine: it takes a while). Smaller: make bench BENCH_ARGS="--tables 100 --repeat 1".
BENCH_ARGS ?=
bench: $(STAMP_DEV) system
	$(PY) -m pip install -qq --disable-pip-version-check -e '.[bench]'
	$(PY) -m bench page -o docs/benchmarks.md $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache
