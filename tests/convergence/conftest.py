"""Fixtures for convergence: two throwaway databases (A and B) on the same engine."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dbutil import DIALECTS, ThrowawayDB, server_unavailable


def make_pair(kind: str, tmp_path: Path) -> Iterator[tuple[ThrowawayDB, ThrowawayDB]]:
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db_a = ThrowawayDB.create(kind, tmp_path)
    try:
        db_b = ThrowawayDB.create(kind, tmp_path)
        try:
            yield db_a, db_b
        finally:
            db_b.drop()
    finally:
        db_a.drop()


@pytest.fixture(params=DIALECTS)
def db_pair(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ThrowawayDB, ThrowawayDB]]:
    """Databases A and B on each of SQLite, PostgreSQL and MariaDB."""
    yield from make_pair(request.param, tmp_path)
