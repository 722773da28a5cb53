"""SQLite's catalog is read in a few bulk queries (``dialects/sqlite/catalog.py``);
the snapshot must be exactly what SQLAlchemy's per-table reads give.

Both paths run on the same file: bulk, then with the bulk reader switched off.
The schema has what SQLAlchemy parses from the table text (named and unnamed
UNIQUE, CHECK and foreign keys, hostile names) and what the pragmas report
(generated columns, partial, expression and automatic indexes, WITHOUT ROWID),
and a view, whose pragmas the bulk reader leaves to SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

import schemanb
from schemanb.dialects.sqlite import catalog as sqlite_catalog
from schemanb.errors import SchemaNBWarning

RICH = [
    'CREATE TABLE "odd ""name]" ("key`" INTEGER PRIMARY KEY AUTOINCREMENT, "x y" TEXT COLLATE NOCASE'
    " NOT NULL DEFAULT 'a''b', CONSTRAINT \"u q\" UNIQUE (\"x y\"))",
    "CREATE TABLE parent (id INTEGER NOT NULL, code TEXT, PRIMARY KEY (id), UNIQUE (code),"
    " CHECK (length(code) > 1), CONSTRAINT named_check CHECK (id > 0))",
    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id)"
    " ON DELETE CASCADE, code TEXT, up INTEGER,"
    " total REAL GENERATED ALWAYS AS (id * 2) STORED, half REAL AS (id / 2.0) VIRTUAL,"
    " CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES parent (code) ON UPDATE SET NULL,"
    " FOREIGN KEY (up) REFERENCES child (id))",
    "CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID",
    "CREATE TABLE nothing_else (only_col)",
    "CREATE INDEX ix_child_code ON child (code DESC, parent_id)",
    "CREATE UNIQUE INDEX ix_partial ON child (up) WHERE up IS NOT NULL",
    "CREATE INDEX ix_expr ON parent (lower(code))",
    "CREATE VIEW v_child AS SELECT id, code FROM child",
]


def _make(path: Path, statements: list[str]) -> str:
    with sqlite3.connect(path) as conn:
        for st in statements:
            conn.execute(st)
    return f"sqlite:///{path}"


def _without_bulk(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sqlite_catalog, "_install", lambda dialect: False)


def test_bulk_catalog_equals_sqlalchemys_own_reads(tmp_path, monkeypatch):
    url = _make(tmp_path / "rich.db", RICH)
    bulk = schemanb.inspect(url)
    assert {t.name for t in bulk.tables} >= {'odd "name]', "parent", "child", "kv", "nothing_else"}
    assert {u.name for u in bulk.table('odd "name]').unique_constraints} == {"u q"}
    _without_bulk(monkeypatch)
    own = schemanb.inspect(url)
    assert bulk.tables == own.tables
    assert bulk.views == own.views


def _statements(url: str) -> list[str]:
    engine = sa.create_engine(url)
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *rest: seen.append(sql))
    try:
        schemanb.inspect(engine)
    finally:
        engine.dispose()
    return seen


def _tables(n: int) -> list[str]:
    out = []
    for i in range(n):
        out.append(
            f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT UNIQUE CHECK (name <> ''),"
            f" ref INTEGER REFERENCES t{max(i - 1, 0)} (id))"
        )
        out.append(f"CREATE INDEX ix_t{i} ON t{i} (name, ref)")
    return out


def test_statement_count_does_not_grow_with_the_tables(tmp_path):
    few = _statements(_make(tmp_path / "few.db", _tables(3)))
    many = _statements(_make(tmp_path / "many.db", _tables(60)))
    assert len(many) == len(few), "\n".join(many)
    assert len(many) < 25


def test_other_connections_still_reach_sqlalchemy(tmp_path):
    url = _make(tmp_path / "other.db", _tables(2))
    engine = sa.create_engine(url)
    try:
        schemanb.inspect(engine)
        with engine.begin() as conn:  # created after the inspection: nothing read in bulk knows it
            conn.exec_driver_sql("CREATE TABLE later (a INTEGER UNIQUE, b TEXT)")
        insp = sa.inspect(engine)
        assert [c["name"] for c in insp.get_columns("later")] == ["a", "b"]
        assert [u["column_names"] for u in insp.get_unique_constraints("later")] == [["a"]]
    finally:
        engine.dispose()


def test_a_view_whose_table_is_gone_is_kept_with_a_warning(tmp_path):
    # SQLite keeps such a view (legacy ALTER/DROP); its columns cannot be read,
    # which used to fail the whole inspection.
    path = tmp_path / "broken.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA legacy_alter_table = ON")
        for st in _tables(2) + [
            "CREATE TABLE gone (a INTEGER)",
            "CREATE VIEW v_ok AS SELECT id FROM t0",
            "CREATE VIEW v_broken AS SELECT a FROM gone",
            "DROP TABLE gone",
        ]:
            conn.execute(st)
    with pytest.warns(SchemaNBWarning, match="view v_broken cannot be read"):
        s = schemanb.inspect(f"sqlite:///{path}")
    assert [t.name for t in s.tables] == ["t0", "t1"]
    views = {v.name: v for v in s.views}
    assert [c.name for c in views["v_ok"].columns] == ["id"]
    assert views["v_broken"].columns == () and "gone" in (views["v_broken"].definition or "")
