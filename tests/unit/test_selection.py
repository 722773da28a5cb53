"""selection: include/exclude patterns over tables, views and columns (pure)."""

from __future__ import annotations

import warnings

import pytest
from builders import col, fk, index, table

from schemanb import model
from schemanb.errors import SchemaNBWarning
from schemanb.selection import select_schema


def shop() -> model.Schema:
    users = table("users", col("id"), col("email", "TEXT"), col("updated_at", "TEXT"), pk=("id",),
                  indexes=(index("ix_email_upd", "email", "updated_at"), index("ix_email", "email")))
    orders = table("orders", col("id"), col("user_id"), col("updated_at", "TEXT"), pk=("id",),
                   fks=(fk("user_id", "users"),))
    audit = table("audit_log", col("id"), pk=("id",))
    crm = model.Table(schema="crm", name="people", columns=(col("id"),))
    trig = model.Trigger(table="audit_log", name="t", timing="AFTER", events=("INSERT",), definition="x")
    view = model.View(name="audit_view", definition="SELECT 1")
    return model.Schema(tables=(users, orders, audit, crm), views=(view,), triggers=(trig,))


def names(s: model.Schema) -> list[str]:
    return sorted(str(k) for k in [*s.table_map, *s.view_map])


def test_negated_patterns_start_from_everything():
    s = select_schema(shop(), ["!audit_*"])
    assert names(s) == ["crm.people", "orders", "users"]
    assert s.triggers == ()  # the trigger of a table left out goes with it


def test_include_then_exclude_and_schema_names():
    assert names(select_schema(shop(), ["crm.*", "orders", "users"], ["users"])) == ["crm.people", "orders"]


def test_excluded_columns_take_their_indexes_and_keys_along():
    s = select_schema(shop(), None, ["*.updated_at", "orders.user_id"])
    users, orders = s.table("users"), s.table("orders")
    assert [c.name for c in users.columns] == ["id", "email"]
    assert [i.name for i in users.indexes] == ["ix_email"]
    assert [c.name for c in orders.columns] == ["id"] and orders.foreign_keys == ()
    assert users.primary_key is not None and users.primary_key.columns == ("id",)


def test_no_patterns_is_the_same_schema():
    s = shop()
    assert select_schema(s) is s


def test_warnings_for_an_empty_selection_and_an_unused_exclusion():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        select_schema(shop(), ["nope*"], ["zzz"])
    messages = [str(w.message) for w in caught if issubclass(w.category, SchemaNBWarning)]
    assert messages[0].startswith("the selection 'nope*' '!zzz' leaves none of the 5 tables and views")
    assert messages[1].startswith("excluding 'zzz' matched no table, view or column")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        select_schema(shop(), ["!audit_*"], ["*.email"])  # both used: no warning


@pytest.mark.parametrize("pattern", ["!orders", "orders"])
def test_exclude_accepts_a_leading_bang(pattern):
    assert "orders" not in names(select_schema(shop(), None, [pattern]))
