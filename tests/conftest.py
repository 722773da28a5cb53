"""Shared fixtures: the ``db`` fixture over SQLite, PostgreSQL and MariaDB.

Each ``db`` instance is a throwaway database created for the test and dropped
afterwards. An unreachable server skips the test with the reason, except under
``SCHEMANB_REQUIRE_SERVERS=1`` (set by ``.ci/run``), where it fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dbutil import DIALECTS, ThrowawayDB, server_unavailable  # noqa: E402

REQUIRE_SERVERS = os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server: needs PostgreSQL or MariaDB")


def _make_db(kind: str, tmp_path: Path) -> Iterator[ThrowawayDB]:
    reason = server_unavailable(kind)
    if reason:
        if REQUIRE_SERVERS:
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db = ThrowawayDB.create(kind, tmp_path)
    try:
        yield db
    finally:
        db.drop()


@pytest.fixture(params=DIALECTS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ThrowawayDB]:
    """A throwaway database on each of SQLite, PostgreSQL and MariaDB."""
    yield from _make_db(request.param, tmp_path)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from _make_db("sqlite", tmp_path)


@pytest.fixture
def pg_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from _make_db("postgresql", tmp_path)


@pytest.fixture
def mariadb_db(tmp_path: Path) -> Iterator[ThrowawayDB]:
    yield from _make_db("mariadb", tmp_path)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
