"""The snapshot model: frozen, hashable, invariants checked, equality means "same schema"."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, fk, index, schema, table

from schemanb import model
from schemanb.errors import ModelError


def test_objects_are_frozen_and_hashable():
    t = table("users", col("id", nullable=False), pk=("id",), indexes=(index("ix", "id"),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.name = "x"  # type: ignore[misc]
    assert len({t, dataclasses.replace(t)}) == 1
    assert hash(schema(t)) == hash(schema(t))


def test_foreign_key_needs_as_many_referred_columns():
    with pytest.raises(ModelError, match=r"has 2 columns but refers to 1"):
        model.ForeignKey(columns=("a", "b"), referred_table=model.TableKey(None, "t"), referred_columns=("id",))


def test_primary_key_must_name_existing_columns():
    with pytest.raises(ModelError, match=r"primary key of users names missing columns \['nope'\]"):
        table("users", col("id"), pk=("nope",))


def test_duplicate_column_names_are_refused():
    with pytest.raises(ModelError, match="two columns with the same name"):
        table("users", col("id"), col("id"))


def test_equality_ignores_provenance_notes_and_row_estimates():
    a = schema(table("t", col("id"), row_estimate=5), dialect="postgresql")
    b = dataclasses.replace(
        schema(table("t", col("id"), row_estimate=None), dialect="sqlite"), notes=("x",)
    )
    assert a == b
    assert a != schema(table("t", col("id", nullable=False)))


def test_lookups_and_key_errors():
    s = schema(table("users", col("id")), table("orders", col("id"), schema="sales"))
    assert s.table("orders", schema="sales").key == model.TableKey("sales", "orders")
    with pytest.raises(KeyError, match="no table sales.users in this snapshot"):
        s.table("users", schema="sales")
    assert s.table("users").column("id").type_sql == "INTEGER"


def test_derived_properties():
    t = table(
        "orders",
        col("id"), col("user_id"), col("total"),
        pk=("id",),
        fks=(fk("user_id", "users"),),
        indexes=(model.Index(name="ix", expressions=("lower(x)", "total"), is_expression=(True, False)),),
    )
    assert t.pk_columns == ("id",)
    assert t.fk_columns == frozenset({"user_id"})
    assert t.indexes[0].columns == ("total",)
    assert index("plain", "a", "b").columns == ("a", "b")


def test_reprs_are_bounded():
    tables = [table(f"t{i}", col("id"), col("x")) for i in range(3000)]
    s = schema(*tables)
    assert repr(s) == "<Schema: 3000 tables, 0 views, 6000 columns>"
    assert repr(tables[0]) == "<Table t0: 2 columns, 0 foreign keys, 0 indexes>"


def test_sorted_by_name_puts_default_schema_first():
    ts = [table("b"), table("a", schema="x"), table("c")]
    assert [str(t.key) for t in model.sorted_by_name(ts)] == ["b", "c", "x.a"]
    assert model.TableKey("s", "t").sort_key() == ("s", "t")
    assert str(model.ObjectRef(model.ObjectKind.COLUMN, model.TableKey(None, "t"), "c")) == "t.c"


def test_enum_values_are_lower_case_strings():
    assert model.ObjectKind.FOREIGN_KEY == "foreign_key"
    assert {k.value for k in model.ObjectKind} == {k.value.lower() for k in model.ObjectKind}


def test_models_domain_with_an_unnamed_check_gets_postgresqls_name():
    """A DOMAIN's unnamed CHECK is named as PostgreSQL names it, so models equal the database."""
    import sqlalchemy as sa
    from sqlalchemy.dialects.postgresql import DOMAIN

    import schemanb

    md = sa.MetaData()
    year = DOMAIN("Year", sa.Integer, check="VALUE >= 1901")
    sa.Table("film", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("y", year))
    (domain,) = schemanb.inspect(md, dialect="postgresql").domains
    assert domain.name == "Year" and domain.type_sql == "INTEGER"
    assert [(c.name, c.expression) for c in domain.checks] == [("Year_check", "VALUE >= 1901")]
