"""Structural compare: every kind of change, and no false changes (issue 4, items 1-2)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, fk, index, schema, table

from schemanb.diff import diff
from schemanb.model import (
    CheckConstraint,
    Computed,
    Enum,
    ForeignKey,
    Identity,
    PrimaryKey,
    Sequence,
    TableKey,
    UniqueConstraint,
    View,
)
from schemanb.serialize import dumps, loads


def shop(dialect: str = "postgresql", **users_kw: object):
    users = table(
        "users", col("id", nullable=False), col("email", "VARCHAR(255)", nullable=False),
        col("name", "VARCHAR(50)"), pk=("id",),
        indexes=(index("ix_users_email", "email", unique=True),), comment="people",
        **users_kw,
    )
    orders = table(
        "orders", col("id", nullable=False), col("user_id"), col("total", "NUMERIC(10, 2)",
        type_generic="NUMERIC(10, 2)", default="0"), pk=("id",),
        fks=(fk("user_id", "users", on_delete="CASCADE"),),
        check_constraints=(CheckConstraint(name="ck_total", expression="total >= 0"),),
    )
    return schema(users, orders, dialect=dialect,
                  enums=(Enum(name="mood", values=("sad", "ok")),),
                  sequences=(Sequence(name="tickets", start=1),),
                  views=(View(name="big_orders", definition="SELECT * FROM orders"),))


def kinds(d) -> list[tuple[str, str]]:
    return [(c.kind.value, str(c.ref)) for c in d.changes]


def edit_table(s, name, **kw):
    tables = tuple(dataclasses.replace(t, **kw) if t.name == name else t for t in s.tables)
    return dataclasses.replace(s, tables=tables)


def edit_column(s, tname, cname, **kw):
    t = s.table(tname)
    cols = tuple(dataclasses.replace(c, **kw) if c.name == cname else c for c in t.columns)
    return edit_table(s, tname, columns=cols)


def test_snapshot_against_itself_and_its_json_reload_is_empty():
    s = shop()
    assert diff(s, s).is_empty
    reloaded = loads(dumps(s))
    d = diff(s, reloaded)
    assert d.is_empty and not d and d.changes == ()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: edit_column(s, "users", "name", type_sql="TEXT", type_generic="TEXT"),
         ("column_type_changed", "users.name")),
        (lambda s: edit_column(s, "users", "name", nullable=False),
         ("column_nullable_changed", "users.name")),
        (lambda s: edit_column(s, "users", "name", default="'x'"),
         ("column_default_changed", "users.name")),
        (lambda s: edit_column(s, "users", "id", identity=Identity(always=True),
                               autoincrement=True),
         ("column_identity_changed", "users.id")),
        (lambda s: edit_column(s, "users", "name", computed=Computed(expression="upper(email)")),
         ("column_computed_changed", "users.name")),
        (lambda s: edit_column(s, "users", "name", collation="C"),
         ("column_collation_changed", "users.name")),
        (lambda s: edit_column(s, "users", "name", comment="full name"),
         ("column_comment_changed", "users.name")),
        (lambda s: edit_table(s, "users", comment="humans"),
         ("table_comment_changed", "users")),
        (lambda s: edit_table(s, "orders", primary_key=None), ("primary_key_dropped", "orders")),
        (lambda s: edit_table(s, "orders", primary_key=PrimaryKey(columns=("id", "user_id"))),
         ("primary_key_changed", "orders")),
        (lambda s: edit_table(s, "orders", foreign_keys=()),
         ("foreign_key_dropped", "orders")),
        (lambda s: edit_table(s, "orders", foreign_keys=(fk("user_id", "users"),)),
         ("foreign_key_changed", "orders")),
        (lambda s: edit_table(s, "users", unique_constraints=(
            UniqueConstraint(name="uq_name", columns=("name",)),)),
         ("unique_added", "users.uq_name")),
        (lambda s: edit_table(s, "orders", check_constraints=(
            CheckConstraint(name="ck_total", expression="total > 0"),)),
         ("check_changed", "orders.ck_total")),
        (lambda s: edit_table(s, "orders", check_constraints=()),
         ("check_dropped", "orders.ck_total")),
        (lambda s: edit_table(s, "users", indexes=(index("ix_users_email", "email"),)),
         ("index_changed", "users.ix_users_email")),
        (lambda s: edit_table(s, "users", indexes=(
            index("ix_users_email", "email", unique=True, where="email IS NOT NULL"),)),
         ("index_changed", "users.ix_users_email")),
        (lambda s: dataclasses.replace(s, views=(View(name="big_orders",
                                                      definition="SELECT id FROM orders"),)),
         ("view_changed", "big_orders")),
        (lambda s: dataclasses.replace(s, views=(View(name="big_orders", materialized=True,
                                                      definition="SELECT * FROM orders"),)),
         ("view_changed", "big_orders")),
        (lambda s: dataclasses.replace(s, views=()), ("view_dropped", "big_orders")),
        (lambda s: dataclasses.replace(s, sequences=(Sequence(name="tickets", start=5),)),
         ("sequence_changed", "tickets")),
        (lambda s: dataclasses.replace(s, sequences=()), ("sequence_dropped", "tickets")),
        (lambda s: dataclasses.replace(s, enums=(Enum(name="mood", values=("ok", "sad")),)),
         ("enum_changed", "mood")),
        (lambda s: dataclasses.replace(s, enums=()), ("enum_dropped", "mood")),
    ],
)
def test_each_single_edit_is_reported_as_exactly_one_change(edit, expected):
    a = shop()
    d = diff(a, edit(a))
    assert kinds(d) == [expected]
    back = diff(edit(a), a)
    assert len(back.changes) == 1


def test_added_objects_are_reported_in_reverse_diff():
    a = shop()
    b = dataclasses.replace(a, views=(), sequences=(), enums=())
    assert sorted(k for k, _ in kinds(diff(b, a))) == ["enum_added", "sequence_added",
                                                      "view_added"]


def test_table_added_and_dropped():
    a = shop()
    b = schema(*a.tables, table("audit", col("id")), dialect="postgresql",
               enums=a.enums, sequences=a.sequences, views=a.views)
    assert kinds(diff(a, b)) == [("table_added", "audit")]
    assert kinds(diff(b, a)) == [("table_dropped", "audit")]


def test_unnamed_constraints_match_generated_names():
    named = edit_table(shop(), "orders", foreign_keys=(dataclasses.replace(
        shop().table("orders").foreign_keys[0], name="orders_user_id_fkey"),),
        check_constraints=(CheckConstraint(name="orders_total_check", expression="total >= 0"),))
    unnamed = edit_table(shop(), "orders", check_constraints=(
        CheckConstraint(name=None, expression="(total >= 0)"),))
    assert diff(named, unnamed).is_empty
    assert diff(unnamed, named).is_empty


def test_two_chosen_names_that_differ_are_a_change():
    a = shop()
    b = edit_table(a, "orders", check_constraints=(
        CheckConstraint(name="ck_positive", expression="total >= 0"),))
    assert kinds(diff(a, b)) == [("check_changed", "orders.ck_positive")]


def test_index_and_constraint_order_does_not_matter():
    ixs = (index("a_ix", "email"), index("b_ix", "name"))
    a = edit_table(shop(), "users", indexes=ixs)
    b = edit_table(shop(), "users", indexes=ixs[::-1])
    assert diff(a, b).is_empty


def test_type_and_default_spellings_are_not_changes():
    a = edit_column(shop(), "orders", "total", type_sql="numeric(10,2)", default="(0)")
    assert diff(shop(), a).is_empty


def test_portable_compares_generic_types_and_ignores_comments():
    pg = shop("postgresql")
    lite = edit_column(shop("sqlite"), "users", "name", type_sql="VARCHAR(50) COLLATE NOCASE",
                       comment=None)
    lite = edit_table(lite, "users", comment=None)
    assert not diff(pg, lite).is_empty
    assert diff(pg, lite, portable=True).is_empty
    wider = edit_column(lite, "users", "name", type_generic="VARCHAR(80)")
    assert kinds(diff(pg, wider, portable=True)) == [("column_type_changed", "users.name")]


def test_ignore_patterns_for_tables_columns_and_kinds():
    a = shop()
    b = edit_column(edit_table(a, "users", comment="x"), "orders", "total", default="1")
    assert len(diff(a, b).changes) == 2
    assert kinds(diff(a, b, ignore=["users"])) == [("column_default_changed", "orders.total")]
    assert kinds(diff(a, b, ignore=["*.total"])) == [("table_comment_changed", "users")]
    assert kinds(diff(a, b, ignore=["kind:table_comment_*"])) == [
        ("column_default_changed", "orders.total")]


def test_schema_map_compares_differently_named_schemas():
    def in_schema(name):
        users = table("users", col("id", nullable=False), pk=("id",), schema=name)
        orders = table("orders", col("id"), col("uid"), schema=name,
                       fks=(fk("uid", "users", schema=name),))
        return schema(users, orders, dialect="postgresql")

    a, b = in_schema("app"), in_schema("app_v2")
    assert [k for k, _ in kinds(diff(a, b))] == ["table_renamed", "table_renamed"]
    assert diff(a, b, schema_map={"app": "app_v2"}).is_empty


def test_partition_children_are_folded_into_their_parent():
    a = shop()
    child = table("orders_2024", col("id"), dialect_options=(("partition_of", "orders"),))
    b = schema(*a.tables, child, dialect="postgresql", enums=a.enums, sequences=a.sequences,
               views=a.views)
    assert diff(a, b).is_empty


def test_column_rename_carries_constraints_and_indexes_along():
    a = shop()
    t = a.table("users")
    renamed = dataclasses.replace(
        t, columns=tuple(dataclasses.replace(c, name="mail") if c.name == "email" else c
                         for c in t.columns),
        indexes=(index("ix_users_email", "mail", unique=True),),
    )
    b = edit_table(a, "users", columns=renamed.columns, indexes=renamed.indexes)
    d = diff(a, b)
    assert kinds(d) == [("column_renamed", "users.mail")]
    change = d.changes[0]
    assert (change.before.name, change.after.name) == ("email", "mail")


def test_table_rename_keeps_foreign_keys_pointing_at_it_unchanged():
    a = shop()
    users = dataclasses.replace(a.table("users"), name="customers")
    orders = a.table("orders")
    orders = dataclasses.replace(orders, foreign_keys=(dataclasses.replace(
        orders.foreign_keys[0], referred_table=TableKey(None, "customers")),))
    b = dataclasses.replace(a, tables=(users, orders))
    d = diff(a, b)
    assert kinds(d) == [("table_renamed", "customers")]
    assert d.changes[0].before.name == "users"
    assert isinstance(d.changes[0].after.foreign_keys, tuple)
    assert isinstance(orders.foreign_keys[0], ForeignKey)


@pytest.mark.parametrize("dialect", ["postgresql", "mysql"])
def test_view_whitespace_counts_inside_string_literals_only(dialect: str) -> None:
    """``'a  b'`` is another result than ``'a b'``; the layout around it is not."""
    def with_view(body: str) -> object:
        return dataclasses.replace(schema(dialect=dialect), views=(View(name="v", definition=body),))

    base = with_view("SELECT id FROM note WHERE body <> 'two  spaces   and\na line'")
    relaid = with_view("SELECT id\n  FROM note\n WHERE body <> 'two  spaces   and\na line'")
    folded = with_view("SELECT id FROM note WHERE body <> 'two spaces and a line'")
    assert diff(base, relaid).is_empty
    assert [c.kind.value for c in diff(base, folded).changes] == ["view_changed"]


@pytest.mark.parametrize(
    ("name", "changed"),
    [
        ("orders_pkey", False),  # what PostgreSQL gives "orders": the same as unnamed
        ("pk_orders", False),  # a chosen name against an unnamed model: not a difference
        ("old_orders_pkey", True),  # generated for another table, kept by a rename
    ],
)
def test_pk_name_left_by_a_table_rename_is_a_difference(name, changed):
    a = edit_table(shop(), "orders", primary_key=PrimaryKey(name=name, columns=("id",)))
    kinds = [c.kind.value for c in diff(a, shop()).changes]
    assert kinds == (["primary_key_changed"] if changed else [])
