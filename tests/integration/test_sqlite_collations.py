"""SQLite column collations come from the CREATE TABLE text (the Inspector reports none)."""

from __future__ import annotations

import sqlalchemy as sa

import schemanb
from schemanb.dialects.sqlite import column_collations


def test_collations_are_parsed_from_the_table_text():
    sql = (
        'CREATE TABLE "x y" (id INTEGER PRIMARY KEY, "Mixed Name" TEXT COLLATE NOCASE, '
        "d VARCHAR(5) DEFAULT 'COLLATE x' NOT NULL, m TEXT collate \"RTRIM\", "
        "CONSTRAINT u UNIQUE (d COLLATE NOCASE))"
    )
    assert column_collations(sql) == {"Mixed Name": "NOCASE", "m": "RTRIM"}
    assert column_collations("CREATE VIEW v AS SELECT 1") == {}


def test_a_database_and_the_models_that_made_it_agree(sqlite_db):
    md = sa.MetaData()
    sa.Table(
        "people",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("Name", sa.String(50, collation="NOCASE")),
        sa.Column("code", sa.String(5)),
    )
    md.create_all(sqlite_db.engine)
    db = schemanb.inspect(sqlite_db.url)
    assert db.table("people").column("Name").collation == "NOCASE"
    assert db.table("people").column("code").collation is None
    assert db == schemanb.inspect(md, dialect="sqlite")
