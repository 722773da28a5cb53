"""MariaDB catalog facts SQLAlchemy's parser of SHOW CREATE TABLE misses (#17).

Each test writes the DDL by hand (the independent truth), reads it back with
``schemanb.inspect`` and checks the field; the case directories under
tests/cases/ check the migrations with the real client.
"""

from __future__ import annotations

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
