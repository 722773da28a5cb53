"""Pairs of databases (A and B) on one engine, created once per session and emptied per use.

Creating and dropping server databases is the slow part of these tests, so each
dialect's pair is created once and emptied before every use (PostgreSQL: every
user schema is dropped and ``public`` re-created; MariaDB: the database is dropped
and re-created; SQLite: fresh files).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dbutil import ThrowawayDB, server_unavailable


def _require(kind: str) -> None:
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")


def _empty(db: ThrowawayDB) -> None:
    db.engine.dispose()
    if db.kind == "postgresql":
        with db.engine.connect() as conn:  # a case may make schemas of its own
            names = [r[0] for r in conn.exec_driver_sql(
                "SELECT nspname FROM pg_namespace WHERE left(nspname, 3) <> 'pg_' "
                "AND nspname <> 'information_schema'")]
        quoted = ['"' + n.replace('"', '""') + '"' for n in names]
        db.execute(*(f"DROP SCHEMA {q} CASCADE" for q in quoted), "CREATE SCHEMA public")
    elif db.kind == "mariadb":
        quoted = "`" + db.name.replace("`", "``") + "`"
        db.execute(f"DROP DATABASE {quoted}", f"CREATE DATABASE {quoted} CHARACTER SET utf8mb4")
    db.engine.dispose()  # pooled connections may sit in the database just dropped


class _Pool:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pairs: dict[str, tuple[ThrowawayDB, ThrowawayDB]] = {}

    def pair(self, kind: str, tmp_path: Path) -> tuple[ThrowawayDB, ThrowawayDB]:
        if kind == "sqlite":
            return ThrowawayDB.create(kind, tmp_path), ThrowawayDB.create(kind, tmp_path)
        if kind not in self.pairs:
            self.pairs[kind] = (ThrowawayDB.create(kind, self.tmp), ThrowawayDB.create(kind, self.tmp))
        for db in self.pairs[kind]:  # the first use too, so every use dumps alike (public's comment)
            _empty(db)
        return self.pairs[kind]

    def close(self) -> None:
        for pair in self.pairs.values():
            for db in pair:
                db.drop()




def pair_for(kind: str, tmp_path: Path, pool: _Pool) -> tuple[ThrowawayDB, ThrowawayDB]:
    """The emptied pair of ``kind``; skips (or fails under SCHEMANB_REQUIRE_SERVERS) without a server."""
    _require(kind)
    return pool.pair(kind, tmp_path)
