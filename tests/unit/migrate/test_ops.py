"""ops: every ChangeKind has a builder; drops carry what they drop; irreversible steps say so."""

from __future__ import annotations

import pytest
from builders import col, fk, index, schema, table
from helpers import HandDiff, change

from schemanb import model
from schemanb.diff.changes import ChangeKind
from schemanb.errors import MigrationError
from schemanb.migrate.ops import OP_BUILDERS, build_steps
from schemanb.migrate.order import Phase
from schemanb.migrate.sql import plan, render_sql

USERS = table("users", col("id", nullable=False), col("name", "VARCHAR(50)"), pk=("id",))


def test_every_change_kind_has_an_op_builder() -> None:
    assert set(ChangeKind) - set(OP_BUILDERS) == set()


def test_dropped_column_reverses_into_the_full_column() -> None:
    after = table("users", col("id", nullable=False), pk=("id",))
    d = HandDiff(schema(USERS), schema(after), (
        change(ChangeKind.COLUMN_DROPPED, "users", "name", before=USERS.column("name")),))
    [drop] = plan(d, "postgresql")
    back = drop.reverse()
    assert back.column.name == "name"
    assert str(back.column.type) == "VARCHAR(50)"


def test_dropped_table_reverses_into_its_columns_keys_and_indexes() -> None:
    orders = table("orders", col("id", nullable=False), col("user_id"), pk=("id",),
                   fks=(fk("user_id", "users"),), indexes=(index("ix_user", "user_id"),))
    d = HandDiff(schema(USERS, orders), schema(USERS), (
        change(ChangeKind.TABLE_DROPPED, "orders", before=orders),))
    down = render_sql(d, "postgresql", direction="downgrade")
    assert "CREATE TABLE orders" in down
    assert "FOREIGN KEY(user_id) REFERENCES users (id)" in down
    assert "CREATE INDEX ix_user ON orders (user_id)" in down


def test_fk_cycle_between_new_tables_is_added_by_alter_afterwards() -> None:
    emp = table("emp", col("id", nullable=False), col("dept_id"), pk=("id",), fks=(fk("dept_id", "dept", name="fk_e"),))
    dept = table("dept", col("id", nullable=False), col("head_id"), pk=("id",), fks=(fk("head_id", "emp", name="fk_d"),))
    d = HandDiff(schema(), schema(emp, dept), (
        change(ChangeKind.TABLE_ADDED, "emp", after=emp), change(ChangeKind.TABLE_ADDED, "dept", after=dept)))
    phases = [s.phase for s in build_steps(d, "postgresql")]
    assert phases.count(Phase.CREATE_TABLES) == 2
    assert phases.count(Phase.ADD_FKS) == 1
    sql = render_sql(d, "postgresql")
    assert sql.index("CREATE TABLE") < sql.index("ALTER TABLE") and "ADD CONSTRAINT" in sql


def test_enum_losing_a_value_is_recreated_around_its_columns() -> None:
    old = model.Enum(name="mood", values=("sad", "happy"))
    new = model.Enum(name="mood", values=("happy",))
    col = model.Column(name="m", type_sql="mood", type_generic="VARCHAR(5)", default="'happy'::mood")
    t = model.Table(name="t", columns=(col,))
    d = HandDiff(model.Schema(enums=(old,), tables=(t,)), model.Schema(enums=(new,), tables=(t,)), (
        change(ChangeKind.ENUM_CHANGED, "mood", before=old, after=new),))
    sql = render_sql(d, "postgresql")
    order = ["DROP DEFAULT", "RENAME TO mood__old", "CREATE TYPE mood AS ENUM ('happy')",
             "TYPE mood USING m::text::mood", "SET DEFAULT 'happy'::mood", "DROP TYPE mood__old"]
    assert [sql.index(part) for part in order] == sorted(sql.index(part) for part in order)
    assert "-- DESTRUCTIVE: re-creating type mood: rows holding 'sad' cannot be kept" in sql
    down = render_sql(d, "postgresql", direction="downgrade")
    assert "CREATE TYPE mood AS ENUM ('sad', 'happy')" in down and "DROP TYPE mood__old" in down


def test_added_enum_value_has_no_downgrade() -> None:
    old = model.Enum(name="mood", values=("sad",))
    new = model.Enum(name="mood", values=("sad", "it's ok"))
    d = HandDiff(model.Schema(enums=(old,)), model.Schema(enums=(new,)), (
        change(ChangeKind.ENUM_CHANGED, "mood", before=old, after=new),))
    assert "ALTER TYPE mood ADD VALUE 'it''s ok'" in render_sql(d, "postgresql")
    with pytest.raises(MigrationError, match="cannot reverse adding value \"it's ok\" to type mood"):
        render_sql(d, "postgresql", direction="downgrade")


def test_sqlite_merges_a_tables_changes_into_one_rebuild() -> None:
    after = table("users", col("id", nullable=False), col("name", "VARCHAR(80)", nullable=False),
                  col("age"), pk=("id",))
    d = HandDiff(schema(USERS), schema(after), (
        change(ChangeKind.COLUMN_TYPE_CHANGED, "users", "name", before=USERS.column("name"), after=after.column("name")),
        change(ChangeKind.COLUMN_NULLABLE_CHANGED, "users", "name", before=USERS.column("name"), after=after.column("name")),
        change(ChangeKind.COLUMN_ADDED, "users", "age", after=after.column("age")),
    ))
    steps = build_steps(d, "sqlite")
    assert [type(s.op).__name__ for s in steps] == ["RecreateTableOp"]
