"""Inspecting a caller's Engine leaves that Engine as it was.

schemanb makes its session read-only (``SET SESSION CHARACTERISTICS ... READ
ONLY``, ``PRAGMA query_only``) and time-limited; those settings live on the
DBAPI connection, so the connection must not return to the caller's pool.
"""

from __future__ import annotations

import sqlalchemy as sa

import schemanb


def test_the_callers_engine_can_still_write_after_an_inspection(db):
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20))")
    engine = sa.create_engine(db.url)  # pooled: the inspected connection would be handed out again
    try:
        assert [t.name for t in schemanb.inspect(engine).tables] == ["t"]
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO t (id, name) VALUES (1, 'written')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM t")).scalar_one() == "written"
    finally:
        engine.dispose()
