"""SQLite constraint names with quotes in them come back as written.

SQLAlchemy's SQLite reflection finds constraint names with regular expressions
over the CREATE TABLE text: it loses a foreign key's name when a name holds a
double quote (and warns), and leaves the quotes doubled in CHECK names.
schemanb reads both from the text with its own tokenizer.
"""

from __future__ import annotations

import warnings

import schemanb

DDL = """
CREATE TABLE "dq""name" (id INTEGER PRIMARY KEY);
CREATE TABLE c (
  id INTEGER PRIMARY KEY,
  d INTEGER CONSTRAINT "fk ""col"" level" REFERENCES "dq""name" (id),
  e INTEGER,
  v INTEGER,
  CONSTRAINT fk_e FOREIGN KEY (e) REFERENCES "dq""name" (id) ON DELETE CASCADE,
  CONSTRAINT "ck ""v"" positive" CHECK (v > 0),
  CONSTRAINT "uq 'e'" UNIQUE (e)
);
"""


def test_hostile_constraint_names_are_read_from_the_table_text(sqlite_db):
    sqlite_db.run_script(DDL)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # SQLAlchemy's "could not be located" warning stays inside
        table = schemanb.inspect(sqlite_db.url).table("c")
    fks = {fk.columns: fk for fk in table.foreign_keys}
    assert fks[("d",)].name == 'fk "col" level'
    assert fks[("e",)].name == "fk_e" and fks[("e",)].on_delete == "CASCADE"
    assert {fk.referred_table.name for fk in fks.values()} == {'dq"name'}
    assert [c.name for c in table.check_constraints] == ['ck "v" positive']
    assert [u.name for u in table.unique_constraints] == ["uq 'e'"]
