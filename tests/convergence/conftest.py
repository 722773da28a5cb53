"""Fixtures for convergence: two databases (A and B) on the same engine.

Creating and dropping server databases is the slow part of these tests, so each
dialect's pair is created once per session and emptied before every test
(PostgreSQL: the ``public`` schema is dropped and re-created; MariaDB: the
database is dropped and re-created; SQLite: fresh files).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dbutil import DIALECTS, ThrowawayDB, server_unavailable  # noqa: E402


def _require(kind: str) -> None:
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")


def _empty(db: ThrowawayDB) -> None:
    db.engine.dispose()
    if db.kind == "postgresql":
        db.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public")
    elif db.kind == "mariadb":
        quoted = "`" + db.name.replace("`", "``") + "`"
        db.execute(f"DROP DATABASE {quoted}", f"CREATE DATABASE {quoted} CHARACTER SET utf8mb4")


class _Pool:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pairs: dict[str, tuple[ThrowawayDB, ThrowawayDB]] = {}

    def pair(self, kind: str, tmp_path: Path) -> tuple[ThrowawayDB, ThrowawayDB]:
        if kind == "sqlite":
            return ThrowawayDB.create(kind, tmp_path), ThrowawayDB.create(kind, tmp_path)
        if kind not in self.pairs:
            self.pairs[kind] = (ThrowawayDB.create(kind, self.tmp), ThrowawayDB.create(kind, self.tmp))
        else:
            for db in self.pairs[kind]:
                _empty(db)
        return self.pairs[kind]

    def close(self) -> None:
        for pair in self.pairs.values():
            for db in pair:
                db.drop()


@pytest.fixture(scope="session")
def _pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Pool]:
    pool = _Pool(tmp_path_factory.mktemp("convergence"))
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture(params=DIALECTS)
def db_pair(request: pytest.FixtureRequest, tmp_path: Path, _pool: _Pool) -> tuple[ThrowawayDB, ThrowawayDB]:
    """Empty databases A and B on each of SQLite, PostgreSQL and MariaDB."""
    _require(request.param)
    return _pool.pair(request.param, tmp_path)


def pair_for(kind: str, tmp_path: Path, pool: _Pool) -> tuple[ThrowawayDB, ThrowawayDB]:
    """The pair of ``kind`` (for tests that pick their own dialects)."""
    _require(kind)
    return pool.pair(kind, tmp_path)
