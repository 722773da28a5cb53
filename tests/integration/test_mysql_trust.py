"""MariaDB catalog facts SQLAlchemy's parser of SHOW CREATE TABLE misses (#17).

Each test writes the DDL by hand (the independent truth), reads it back with
``schemanb.inspect`` and checks the field; the case directories under
tests/cases/ check the migrations with the real client.
"""

from __future__ import annotations

import dataclasses

import schemanb


def run(db, *statements: str) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        cursor = conn.connection.cursor()
        for sql in statements:
            cursor.execute(sql)
    db.engine.dispose()


def test_explicit_no_action_is_kept_apart_from_the_default(mariadb_db):
    run(
        mariadb_db,
        "CREATE TABLE p (id INT PRIMARY KEY)",
        "CREATE TABLE c (id INT PRIMARY KEY, a INT, b INT, d INT,"
        " CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE CASCADE,"
        " FOREIGN KEY (b) REFERENCES p (id) ON DELETE RESTRICT ON UPDATE NO ACTION,"
        " FOREIGN KEY (d) REFERENCES p (id))",
    )
    fks = {fk.columns: fk for fk in schemanb.inspect(mariadb_db.url).table("c").foreign_keys}
    assert (fks[("a",)].on_delete, fks[("a",)].on_update) == ("NO ACTION", "CASCADE")
    assert (fks[("b",)].on_delete, fks[("b",)].on_update) == (None, "NO ACTION")
    assert (fks[("d",)].on_delete, fks[("d",)].on_update) == (None, None)


def test_declared_index_on_unnamed_fk_columns_is_kept(mariadb_db):
    run(
        mariadb_db,
        "CREATE TABLE p (id INT PRIMARY KEY)",
        "CREATE TABLE c (id INT PRIMARY KEY, a INT, b INT, FOREIGN KEY (a) REFERENCES p (id),"
        " FOREIGN KEY (b) REFERENCES p (id))",
        "CREATE INDEX ix_c_a ON c (a)",
    )
    table = schemanb.inspect(mariadb_db.url).table("c")
    assert [ix.name for ix in table.indexes] == ["ix_c_a"]  # b's own index is implied


def test_table_options_are_read_and_compared(mariadb_db, tmp_path):
    run(
        mariadb_db,
        "CREATE TABLE a (id INT PRIMARY KEY) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 ROW_FORMAT=FIXED",
        "CREATE TABLE b (id INT PRIMARY KEY) COLLATE=utf8mb4_bin",
    )
    snap = schemanb.inspect(mariadb_db.url)
    a, b = dict(snap.table("a").dialect_options), dict(snap.table("b").dialect_options)
    assert a == {"mysql_engine": "MyISAM", "mysql_charset": "utf8mb3", "mysql_collate": "utf8mb3_general_ci",
                 "mysql_row_format": "FIXED"}
    assert b == {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}  # InnoDB is the default
    assert dict(snap.info.options)["mysql_engine"] == "InnoDB"
    snap.save(tmp_path / "s.json")
    assert schemanb.load(tmp_path / "s.json") == snap
    same_as_b = tuple(sorted(b.items()))
    other = dataclasses.replace(
        snap, tables=tuple(dataclasses.replace(t, dialect_options=same_as_b) for t in snap.tables)
    )
    changes = schemanb.diff(snap, other).changes
    assert [(c.kind.value, c.ref.table.name) for c in changes] == [("table_options_changed", "a")]


def test_models_without_options_do_not_drift_from_the_database(mariadb_db):
    import sqlalchemy as sa

    meta = sa.MetaData()
    sa.Table("t", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("s", sa.String(10)))
    meta.create_all(mariadb_db.engine)
    mariadb_db.engine.dispose()
    assert not schemanb.diff(schemanb.inspect(meta, dialect="mariadb"), schemanb.inspect(mariadb_db.url)).changes


def test_view_options_are_read_and_survive_the_snapshot_file(mariadb_db, tmp_path):
    run(
        mariadb_db,
        "CREATE TABLE t (id INT PRIMARY KEY)",
        "CREATE SQL SECURITY INVOKER VIEW v1 AS SELECT id FROM t",
        "CREATE ALGORITHM=MERGE VIEW v2 AS SELECT id FROM t WITH CASCADED CHECK OPTION",
        "CREATE VIEW v3 AS SELECT id FROM t",
    )
    snap = schemanb.inspect(mariadb_db.url)
    options = {v.name: dict(v.options) for v in snap.views}
    assert options == {"v1": {"security": "INVOKER"},
                       "v2": {"algorithm": "MERGE", "check_option": "CASCADED"}, "v3": {}}
    snap.save(tmp_path / "s.json")
    assert schemanb.load(tmp_path / "s.json") == snap
    plain = dataclasses.replace(snap, views=tuple(dataclasses.replace(v, options=()) for v in snap.views))
    assert sorted(c.ref.table.name for c in schemanb.diff(plain, snap).changes) == ["v1", "v2"]
