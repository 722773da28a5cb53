"""PostgreSQL table inheritance (``INHERITS``), ``UNLOGGED``, storage parameters and
rewrite rules, read from a real server, saved, migrated and applied.

The parents of a table are kept in their order, a column or CHECK the table only
inherits is marked (its ``CREATE TABLE`` leaves it out, as ``pg_dump`` does), and a
parent's own change reaches its children without a statement of theirs.
"""

from __future__ import annotations

import json

import schemanb
from schemanb import serialize
from schemanb.diff.changes import ChangeKind, Risk
from schemanb.migrate.sql import render_statements
from schemanb.model import TableKey

SCHEMA = (
    "CREATE TABLE p (id INTEGER NOT NULL, a TEXT NOT NULL DEFAULT 'x', CONSTRAINT p_a CHECK (a <> ''))",
    "CREATE TABLE q (b INTEGER)",
    "CREATE TABLE c (extra INTEGER, a TEXT, CONSTRAINT c_extra CHECK (extra > 0)) INHERITS (q, p) "
    "WITH (fillfactor = 70, autovacuum_enabled = false)",
    "CREATE TABLE g (PRIMARY KEY (id)) INHERITS (c)",
    "CREATE UNLOGGED TABLE u (body TEXT) WITH (toast.autovacuum_enabled = false)",
    "CREATE RULE c_no_delete AS ON DELETE TO c DO INSTEAD NOTHING",
)


def _sql(diff) -> list[str]:  # type: ignore[no-untyped-def]
    return [st.sql for st in render_statements(diff, "postgresql")]


def _snapshot(db):  # type: ignore[no-untyped-def]
    db.engine.dispose()
    return schemanb.inspect(db.url)


def test_parents_inherited_parts_and_options_are_read(pg_db):
    pg_db.execute(*SCHEMA)
    s = _snapshot(pg_db)
    c, g, u = s.table("c"), s.table("g"), s.table("u")
    assert c.inherits == (TableKey(None, "q"), TableKey(None, "p"))  # INHERITS order
    assert g.inherits == (TableKey(None, "c"),)
    # b and id come from the parents only; a is declared by c too (merged).
    assert [(col.name, col.inherited) for col in c.columns] == [
        ("b", True), ("id", True), ("a", False), ("extra", False)]
    assert all(col.inherited for col in g.columns)
    assert {(k.name, k.inherited) for k in g.check_constraints} == {("c_extra", True), ("p_a", True)}
    assert {(k.name, k.inherited) for k in c.check_constraints} == {("c_extra", False), ("p_a", True)}
    assert g.pk_columns == ("id",)
    assert c.dialect_options == (("postgresql_with.fillfactor", "70"),
                                 ("postgresql_with.autovacuum_enabled", "false"))
    assert u.dialect_options == (("postgresql_unlogged", "true"),
                                 ("postgresql_with.toast.autovacuum_enabled", "false"))
    assert [(r.table, r.name) for r in s.rules] == [("c", "c_no_delete")]
    assert s.rules[0].definition.startswith("CREATE RULE c_no_delete AS")
    # The snapshot file keeps all of it; a file written before these fields loads as before.
    assert serialize.loads(serialize.dumps(s)) == s
    old = json.loads(serialize.dumps(s))
    for table in old["tables"]:
        table.pop("inherits", None)
    assert serialize.schema_from_dict(old).table("c").inherits == ()


def test_children_are_created_after_and_dropped_before_their_parents(pg_db, tmp_path):
    pg_db.execute(*SCHEMA)
    full = _snapshot(pg_db)
    empty = schemanb.Schema(info=full.info)
    up = _sql(schemanb.diff(empty, full))
    text = "\n".join(up)
    order = [name for name in ("TABLE p ", "TABLE q ", "TABLE c ", "TABLE g ", "RULE c_no_delete")
             if name in text]
    assert sorted(order, key=text.index) == order
    create_g = next(s for s in up if s.startswith("CREATE TABLE g "))
    assert "extra" not in create_g and "CHECK" not in create_g and "INHERITS (c)" in create_g
    down = _sql(schemanb.diff(full, empty))
    drops = [s.split()[2] for s in down if s.startswith("DROP TABLE")]
    assert drops.index("g") < drops.index("c") < drops.index("p")
    assert down[0].startswith("DROP RULE c_no_delete ON c")
    pg_db.run_script(";\n".join(down) + ";")
    assert _snapshot(pg_db).tables == ()
    pg_db.run_script(";\n".join(up) + ";")
    assert _snapshot(pg_db) == full


def test_a_parents_change_reaches_its_children_without_their_own_statement(pg_db):
    pg_db.execute(*SCHEMA)
    before = _snapshot(pg_db)
    pg_db.execute("DROP RULE c_no_delete ON c", "ALTER TABLE p ADD COLUMN n INTEGER",
                  "ALTER TABLE p ADD CONSTRAINT p_n CHECK (n > 0)",
                  "ALTER TABLE p ALTER COLUMN a TYPE VARCHAR(20)")
    after = _snapshot(pg_db)
    pg_db.execute("ALTER TABLE p DROP COLUMN n", "ALTER TABLE p ALTER COLUMN a TYPE TEXT",
                  "CREATE RULE c_no_delete AS ON DELETE TO c DO INSTEAD NOTHING")
    assert _snapshot(pg_db) == before
    changes = schemanb.diff(before, after)
    assert {c.ref.table.name for c in changes.changes} >= {"p", "c", "g"}  # the diff says so
    statements = _sql(changes)
    assert not [s for s in statements if s.startswith(("ALTER TABLE c ", "ALTER TABLE g "))]
    pg_db.run_script(";\n".join(statements) + ";")
    assert _snapshot(pg_db) == after


def test_inherit_unlogged_and_storage_changes_and_their_risk(pg_db):
    pg_db.execute(*SCHEMA)
    before = _snapshot(pg_db)
    pg_db.execute("ALTER TABLE c NO INHERIT q", "ALTER TABLE u SET LOGGED",
                  "ALTER TABLE c RESET (autovacuum_enabled)", "ALTER TABLE c SET (fillfactor = 50)",
                  "CREATE TABLE r (z INTEGER, b INTEGER)", "ALTER TABLE r INHERIT q")
    after = _snapshot(pg_db)
    changes = {c.ref.table.name: c for c in schemanb.diff(before, after).changes
               if c.kind is ChangeKind.TABLE_OPTIONS_CHANGED}
    assert changes["u"].risk is Risk.LOCKING  # SET LOGGED rewrites the table
    assert any("NO INHERIT" in n for n in changes["c"].notes)
    statements = _sql(schemanb.diff(before, after))
    assert "ALTER TABLE c NO INHERIT q" in statements and "ALTER TABLE u SET LOGGED" in statements
    create_r = next(s for s in statements if s.startswith("CREATE TABLE r "))
    assert "INHERITS (q)" in create_r and "b INTEGER" in create_r  # b: declared and inherited
    pg_db.execute("DROP TABLE r", "ALTER TABLE c INHERIT q", "ALTER TABLE u SET UNLOGGED",
                  "ALTER TABLE c SET (autovacuum_enabled = false, fillfactor = 70)")
    pg_db.run_script(";\n".join(statements) + ";")
    assert not schemanb.diff(_snapshot(pg_db), after).changes
