"""Fixtures for convergence: two databases (A and B) on the same engine (see pool.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dbutil import DIALECTS, ThrowawayDB  # noqa: E402
from pool import _Pool, pair_for  # noqa: E402


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
    return pair_for(request.param, tmp_path, _pool)
