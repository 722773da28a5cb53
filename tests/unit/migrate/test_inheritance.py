"""An inheriting table's CREATE TABLE (PostgreSQL ``INHERITS``): only what the table
declares itself, with its parents, ``UNLOGGED`` and storage parameters; on a
dialect without inheritance every column is written."""

from __future__ import annotations

import pytest

import schemanb
from schemanb import model
from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_statements

PARENT = model.Table(
    name="payment",
    columns=(model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER", nullable=False),
             model.Column(name="amount", type_sql="NUMERIC(5, 2)", type_generic="NUMERIC(5, 2)")),
    check_constraints=(model.CheckConstraint(name="payment_amount", expression="amount >= 0"),),
)
CHILD = model.Table(
    name="payment_2024",
    columns=(model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER", nullable=False,
                          inherited=True),
             model.Column(name="amount", type_sql="NUMERIC(5, 2)", type_generic="NUMERIC(5, 2)",
                          inherited=True),
             model.Column(name="note", type_sql="TEXT", type_generic="TEXT")),
    primary_key=model.PrimaryKey(columns=("id",)),
    check_constraints=(model.CheckConstraint(name="payment_amount", expression="amount >= 0",
                                             inherited=True),
                       model.CheckConstraint(name="short", expression="length(note) < 10")),
    inherits=(model.TableKey(None, "payment"),),
    dialect_options=(("postgresql_unlogged", "true"), ("postgresql_with.fillfactor", "70")),
)


def _up(dialect: str, *tables: model.Table) -> list[str]:
    info = model.SnapshotInfo(dialect=dialect)
    diff = schemanb.diff(model.Schema(info=info), model.Schema(info=info, tables=tables))
    return [st.sql for st in render_statements(diff, dialect)]


def test_postgresql_writes_only_what_the_child_declares():
    up = _up("postgresql", CHILD, PARENT)
    creates = [s.split("(")[0] for s in up if s.startswith("CREATE")]
    assert creates == ["CREATE TABLE payment ", "CREATE UNLOGGED TABLE payment_2024 "]  # parent first
    child = up[1]
    assert child.startswith("CREATE UNLOGGED TABLE payment_2024 (")
    assert "note TEXT" in child and "amount" not in child.split("CHECK")[0]
    assert "PRIMARY KEY (id)" in child and "CONSTRAINT short CHECK" in child
    assert "payment_amount" not in child
    assert child.rstrip().endswith("INHERITS (payment)\n WITH (fillfactor = '70')")


def test_a_dialect_without_inheritance_writes_every_column():
    up = _up("sqlite", PARENT, model.Table(name=CHILD.name, columns=CHILD.columns,
                                           check_constraints=CHILD.check_constraints,
                                           inherits=CHILD.inherits))
    child = next(s for s in up if "payment_2024" in s)
    assert "amount NUMERIC(5, 2)" in child and "CONSTRAINT payment_amount" in child


def test_a_storage_parameter_that_is_not_a_name_is_refused():
    bad = model.Table(name="t", columns=PARENT.columns,
                      dialect_options=(("postgresql_with.fill factor); --", "1"),))
    with pytest.raises(MigrationError, match="not a parameter name"):
        _up("postgresql", bad)
