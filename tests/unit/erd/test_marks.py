"""Diff colouring from hand-made Change lists: states, renames, merged schema."""

from __future__ import annotations

from builders import col, fk, schema, table
from erd_helpers import T, before_after

from schemanb.diff import SchemaDiff
from schemanb.diff.changes import Change, ChangeKind
from schemanb.erd.marks import KIND_EFFECT, diff_marks, fk_id, merged_schema
from schemanb.model import ObjectKind, ObjectRef


def test_every_change_kind_has_an_effect():
    assert set(KIND_EFFECT) == set(ChangeKind)


def test_states_of_tables_columns_and_keys():
    d = before_after()
    m = diff_marks(d)
    assert m.tables == {T("legacy"): "dropped", T("audit"): "added", T("items"): "changed",
                        T("users"): "changed", T("orders"): "changed", T("v"): "added"}
    assert m.table_old_names == {T("items"): "old_items"}
    assert m.columns == {(T("users"), "email"): "changed", (T("users"), "age"): "changed",
                         (T("users"), "nick"): "added"}
    assert m.column_old_names == {(T("users"), "email"): "mail"}
    assert m.fks == {(T("orders"), fk_id(fk("user_id", "users"))): "dropped"}


def test_a_part_change_does_not_downgrade_an_added_table():
    d = before_after()
    extra = Change(kind=ChangeKind.INDEX_ADDED, ref=ObjectRef(ObjectKind.INDEX, T("audit"), "ix"))
    m = diff_marks(SchemaDiff(d.a, d.b, (*d.changes, extra)))
    assert m.tables[T("audit")] == "added"


def test_merged_schema_keeps_what_a_dropped():
    d = before_after()
    merged = merged_schema(d, diff_marks(d))
    assert [t.name for t in merged.tables] == ["audit", "items", "legacy", "orders", "users"]
    assert merged.table("orders").foreign_keys == (fk("user_id", "users"),)
    assert [c.name for c in merged.table("users").columns] == ["id", "email", "age", "nick"]


def test_dropped_column_is_looked_up_in_a_when_the_change_lacks_it():
    a = schema(table("t", col("id"), col("gone", "TEXT"), pk=("id",)))
    b = schema(table("t", col("id"), pk=("id",)))
    ch = Change(kind=ChangeKind.COLUMN_DROPPED, ref=ObjectRef(ObjectKind.COLUMN, T("t"), "gone"))
    d = SchemaDiff(a, b, (ch,))
    merged = merged_schema(d, diff_marks(d))
    assert [c.name for c in merged.table("t").columns] == ["id", "gone"]
    assert diff_marks(d).columns == {(T("t"), "gone"): "dropped"}
