"""Shared fixtures: the ``db`` fixture over SQLite, PostgreSQL and MariaDB.

Each ``db`` instance is a throwaway database created for the test and dropped
afterwards. An unreachable server skips the test with the reason, except under
``SCHEMANB_REQUIRE_SERVERS=1`` (set by ``.ci/run``), where it fails.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dbutil import DIALECTS, ThrowawayDB, make_db  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: needs PostgreSQL or MariaDB")


@pytest.fixture(params=DIALECTS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ThrowawayDB]:
    """A throwaway database on each of SQLite, PostgreSQL and MariaDB."""
    yield from make_db(request.param, tmp_path)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from make_db("sqlite", tmp_path)


@pytest.fixture
def pg_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from make_db("postgresql", tmp_path)


@pytest.fixture
def mariadb_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from make_db("mariadb", tmp_path)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
