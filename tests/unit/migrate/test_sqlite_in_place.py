"""SQLite: ADD, DROP and RENAME COLUMN in place where SQLite allows them, else a rebuild.

The convergence suite applies these for real; here the choice itself is checked.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table
from helpers import body

from schemanb import model
from schemanb.diff import Risk, diff
from schemanb.migrate.sql import render_statements

BASE = table("Items", col("id", nullable=False), col("name", "TEXT"), pk=("id",))


def _sql(after: model.Table, *, renames: list[tuple[str, str, bool]] | None = None) -> str:
    d = diff(schema(BASE), schema(after), renames=renames)
    return "\n".join(s.sql for s in body(render_statements(d, dialect="sqlite")))


def _with(*extra: model.Column, **kw: object) -> model.Table:
    return dataclasses.replace(BASE, columns=(*BASE.columns, *extra), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("column", [
    col("note", "TEXT"),
    col("qty", nullable=False, default="0"),
    col("label", "TEXT", default="'it''s'"),
    col("flag", "BOOLEAN", nullable=False, default="FALSE"),
])
def test_columns_sqlite_can_add_are_added_in_place(column):
    sql = _sql(_with(column))
    assert sql.startswith('ALTER TABLE "Items" ADD COLUMN ' + column.name)
    assert "_alembic_tmp" not in sql


@pytest.mark.parametrize(("column", "extra"), [
    (col("at", "TIMESTAMP", default="CURRENT_TIMESTAMP"), {}),         # not a constant
    (col("n", default="(1 + 1)"), {}),                                  # an expression
    (col("code", "TEXT", nullable=False), {}),                          # NOT NULL, no default
    (col("code", "TEXT"), {"unique_constraints": (model.UniqueConstraint(columns=("code",)),)}),
    (col("parent"), {"foreign_keys": (model.ForeignKey(columns=("parent",), referred_table=BASE.key,
                                                       referred_columns=("id",)),)}),
    (col("twice", computed=model.Computed(expression="id * 2", persisted=True)), {}),
])
def test_columns_sqlite_cannot_add_rebuild_the_table(column, extra):
    sql = _sql(_with(column, **extra))
    assert "_alembic_tmp_Items" in sql and "ADD COLUMN" not in sql


def test_a_rebuild_for_one_change_takes_the_additions_with_it():
    after = _with(col("note", "TEXT"))
    after = dataclasses.replace(after, columns=(col("id", nullable=False), col("name", "TEXT", nullable=False),
                                                col("note", "TEXT")))
    sql = _sql(after)
    assert sql.count("CREATE TABLE \"_alembic_tmp_Items\"") == 1 and "ADD COLUMN" not in sql


def test_a_pure_rename_is_rename_column_and_a_retyped_one_rebuilds():
    renamed = dataclasses.replace(BASE, columns=(col("id", nullable=False), col("title", "TEXT")))
    sql = _sql(renamed, renames=[("Items.name", "Items.title", True)])
    assert sql == 'ALTER TABLE "Items" RENAME COLUMN name TO title'
    retyped = dataclasses.replace(BASE, columns=(col("id", nullable=False), col("title", "VARCHAR(20)")))
    sql = _sql(retyped, renames=[("Items.name", "Items.title", True)])
    assert "_alembic_tmp_Items" in sql


def test_risk_follows_the_same_rule():
    rows = dataclasses.replace(BASE, row_estimate=5000)

    def risks(column: model.Column) -> list[Risk]:
        after = _with(column, row_estimate=5000)
        return [c.risk for c in diff(schema(rows, dialect="sqlite"), schema(after, dialect="sqlite")).changes]

    assert risks(col("note", "TEXT")) == [Risk.SAFE]
    assert risks(col("at", "TIMESTAMP", default="CURRENT_TIMESTAMP")) == [Risk.LOCKING]


WIDE = table("Items", col("id", nullable=False), col("name", "TEXT"), col("note", "TEXT"),
             col("qty", nullable=False), pk=("id",))


def _dropped(before: model.Table, name: str, **kw: object) -> str:
    after = dataclasses.replace(WIDE, columns=tuple(c for c in WIDE.columns if c.name != name))
    d = diff(schema(before, **kw), schema(after, **kw))  # type: ignore[arg-type]
    up = "\n".join(s.sql for s in body(render_statements(d, dialect="sqlite")))
    down = "\n".join(s.sql for s in body(render_statements(d, dialect="sqlite", direction="downgrade")))
    return up + "\n--\n" + down


def test_a_column_sqlite_can_drop_and_add_back_is_dropped_in_place():
    sql = _dropped(WIDE, "note")
    assert sql == 'ALTER TABLE "Items" DROP COLUMN note\n--\nALTER TABLE "Items" ADD COLUMN note TEXT'


@pytest.mark.parametrize(("name", "extra", "kw"), [
    ("qty", {}, {}),                                                       # NOT NULL: not addable back
    ("note", {"indexes": (model.Index(name="ix", expressions=("note",)),)}, {}),
    ("note", {"indexes": (model.Index(name="ix", expressions=("name",), where="note IS NULL"),)}, {}),
    ("note", {"check_constraints": (model.CheckConstraint(name="ck", expression="length(note) < 9"),)}, {}),
    ("note", {}, {"triggers": (model.Trigger(table="Items", name="tr", timing="AFTER", events=("INSERT",),
                                             definition="BEGIN SELECT NEW.note; END"),)}),
])
def test_a_column_something_uses_is_dropped_by_a_rebuild(name, extra, kw):
    sql = _dropped(dataclasses.replace(WIDE, **extra), name, **kw)
    assert "_alembic_tmp_Items" in sql and "DROP COLUMN" not in sql


def test_a_view_re_created_around_the_drop_is_not_marked_destructive():
    view = model.View(name="v", definition='SELECT id FROM "Items"', depends_on=(WIDE.key,),
                      columns=(col("id"),))
    after = dataclasses.replace(WIDE, columns=tuple(c for c in WIDE.columns if c.name != "note"))
    sql = diff(schema(WIDE, views=(view,)), schema(after, views=(view,))).to_sql("sqlite")
    assert sql.index('DROP VIEW v') < sql.index("DROP COLUMN note") < sql.index("CREATE VIEW v")
    assert "DESTRUCTIVE: drops column note" in sql and "DESTRUCTIVE: dropping view" not in sql
    gone = diff(schema(WIDE, views=(view,)), schema(WIDE)).to_sql("sqlite")
    assert "DESTRUCTIVE: dropping view v" in gone
