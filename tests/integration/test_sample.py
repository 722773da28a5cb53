"""The embedded shop sample loads into SQLite, PostgreSQL and MariaDB and reflects as designed.

Three properties: each variant loads and reflects with the expected objects on
each dialect; the three dialect files describe the same design (names and
generic types agree); and the prod variant differs from dev in exactly the
seven documented places — compared on the model objects themselves.
"""

from __future__ import annotations

import dataclasses

import pytest

import schemanb
from schemanb.dialects import support_for
from schemanb.errors import SourceError
from schemanb.model import Schema, Table
from schemanb.sample import DEV_TABLES, VIEWS, build_sample, sample_tables, sql_text, statements


def _default(db, column):  # type: ignore[no-untyped-def]
    """A column default as the diff compares it (PostgreSQL keeps the server's casts)."""
    if column.default is None:
        return None
    return support_for(db.dialect).compare_default(column.default, column.type_sql)

#: (tables, columns, foreign keys, check constraints) of each variant.
COUNTS = {"dev": (14, 89, 17, 13), "prod": (15, 96, 17, 14)}
#: Indexes plus unique constraints (MariaDB reports a unique index as a unique key).
UNIQUE_AND_INDEXES = {"dev": 23, "prod": 24}


def _build(db, variant: str) -> Schema:
    build_sample(db.url, variant)
    return schemanb.inspect(db.url)


def _counts(schema: Schema) -> tuple[int, int, int, int]:
    return (
        len(schema.tables),
        sum(len(t.columns) for t in schema.tables),
        sum(len(t.foreign_keys) for t in schema.tables),
        sum(len(t.check_constraints) for t in schema.tables),
    )


@pytest.mark.parametrize("variant", ["dev", "prod"])
def test_sample_loads_and_reflects_with_expected_counts(db, variant):
    schema = _build(db, variant)
    assert [t.name for t in schema.tables] == list(sample_tables(variant))
    assert [v.name for v in schema.views] == list(VIEWS)
    assert _counts(schema) == COUNTS[variant]
    assert (
        sum(len(t.indexes) + len(t.unique_constraints) for t in schema.tables)
        == UNIQUE_AND_INDEXES[variant]
    )
    assert schema.notes == ()


def test_sample_has_every_designed_feature(db):
    schema = _build(db, "dev")
    support = support_for(db.dialect)

    categories = schema.table("categories")
    (parent,) = categories.foreign_keys
    assert (parent.columns, parent.referred_table.name, parent.on_delete) == (
        ("parent_id",), "categories", "SET NULL"
    )

    association = schema.table("product_categories")
    assert association.pk_columns == ("product_id", "category_id")
    assert sorted(fk.referred_table.name for fk in association.foreign_keys) == [
        "categories", "products"
    ]

    orders = schema.table("orders")
    indexes = {i.name: i for i in orders.indexes}
    assert indexes["ix_orders_customer_placed"].expressions == ("customer_id", "placed_at")
    if support.supports_partial_indexes:
        assert "pending" in (indexes["ix_orders_open"].where or "")
    else:
        assert indexes["ix_orders_open"].where is None

    items = schema.table("order_items")
    unique_keys = [i.expressions for i in items.indexes if i.unique] + [
        u.columns for u in items.unique_constraints
    ]
    assert unique_keys == [("order_id", "product_id")]
    assert schema.table("customers").unique_constraints[0].columns == ("email",)

    assert {c.name for c in orders.check_constraints} >= {"ck_orders_status", "ck_orders_total_amount"}
    assert _default(db, orders.column("status")) == "'pending'"
    assert _default(db, orders.column("placed_at")) == "CURRENT_TIMESTAMP"
    assert _default(db, schema.table("customers").column("is_active")) == "true"
    assert schema.table("customers").column("is_active").type_generic == "BOOLEAN"
    assert orders.column("id").autoincrement is True

    if support.supports_comments:
        assert schema.table("orders").comment == "Orders placed by customers"
        assert orders.column("status").comment == "pending, paid, shipped, delivered or cancelled"
    else:
        assert all(t.comment is None for t in schema.tables)


def _shape(schema: Schema) -> dict[str, object]:
    """What must agree across dialects: names, generic types, keys, constraint names."""
    return {
        "tables": {
            t.name: {
                "columns": [(c.name, c.type_generic, c.nullable) for c in t.columns],
                "pk": t.pk_columns,
                "fks": sorted(
                    (fk.name, fk.columns, fk.referred_table.name, fk.referred_columns)
                    for fk in t.foreign_keys
                ),
                "checks": sorted(c.name or "" for c in t.check_constraints),
                "keys": sorted(
                    [(i.name, i.expressions) for i in t.indexes]
                    + [(u.name, u.columns) for u in t.unique_constraints]
                ),
            }
            for t in schema.tables
        },
        "views": {v.name: [c.name for c in v.columns] for v in schema.views},
    }


@pytest.mark.parametrize("variant", ["dev", "prod"])
def test_three_dialect_files_describe_the_same_design(sqlite_db, pg_db, mariadb_db, variant):
    sqlite, postgres, mariadb = (_shape(_build(d, variant)) for d in (sqlite_db, pg_db, mariadb_db))
    assert postgres == sqlite
    assert mariadb == sqlite


def test_comments_agree_where_the_database_keeps_them(pg_db, mariadb_db):
    def comments(schema: Schema) -> dict[str, object]:
        return {
            t.name: (t.comment, {c.name: c.comment for c in t.columns if c.comment})
            for t in schema.tables
        }

    pg, maria = comments(_build(pg_db, "dev")), comments(_build(mariadb_db, "dev"))
    assert pg == maria
    assert sum(len(cols) for _, cols in pg.values()) == 10


# ------------------------------------------------------------------------ drift


def _without_columns(table: Table, *names: str) -> Table:
    return dataclasses.replace(table, columns=tuple(c for c in table.columns if c.name not in names))


def test_prod_differs_from_dev_exactly_in_the_documented_places(db):
    dev = _build(db, "dev")
    build_sample(db.url, "prod")  # replaces dev in the same database
    prod = schemanb.inspect(db.url)

    # an extra table, and nothing else added or removed
    assert {t.name for t in prod.tables} - {t.name for t in dev.tables} == {"audit_log"}
    assert {t.name for t in dev.tables} <= {t.name for t in prod.tables}
    changed = {t.name for t in dev.tables if t != prod.table(t.name)}
    assert changed == {"customers", "addresses", "orders", "shipments", "payments"}
    assert prod.views == dev.views

    # customers: an added column and a widened type
    dev_c, prod_c = dev.table("customers"), prod.table("customers")
    assert [c.name for c in prod_c.columns] == [c.name for c in dev_c.columns] + ["loyalty_points"]
    assert _default(db, prod_c.column("loyalty_points")) == "0"
    assert (dev_c.column("full_name").type_sql, prod_c.column("full_name").type_sql) == (
        "VARCHAR(100)", "VARCHAR(255)"
    )
    widened_back = dataclasses.replace(
        _without_columns(prod_c, "loyalty_points"),
        columns=tuple(
            dev_c.column("full_name") if c.name == "full_name" else c
            for c in _without_columns(prod_c, "loyalty_points").columns
        ),
    )
    assert widened_back == dev_c

    # addresses: a renamed column, same type and position
    dev_a, prod_a = dev.table("addresses"), prod.table("addresses")
    renamed_back = dataclasses.replace(
        prod_a,
        columns=tuple(
            dataclasses.replace(c, name="postal_code") if c.name == "zip_code" else c
            for c in prod_a.columns
        ),
    )
    assert renamed_back == dev_a

    # orders: a changed default
    dev_o, prod_o = dev.table("orders"), prod.table("orders")
    assert (_default(db, dev_o.column("currency")), _default(db, prod_o.column("currency"))) == (
        "'EUR'", "'USD'")
    restored = dataclasses.replace(
        prod_o,
        columns=tuple(
            dev_o.column("currency") if c.name == "currency" else c for c in prod_o.columns
        ),
    )
    assert restored == dev_o

    # shipments: a dropped index; payments: a hotfix index added by hand
    dev_s, prod_s = dev.table("shipments"), prod.table("shipments")
    assert {i.name for i in dev_s.indexes} - {i.name for i in prod_s.indexes} == {
        "ix_shipments_tracking_number"
    }
    assert dataclasses.replace(prod_s, indexes=dev_s.indexes) == dev_s
    dev_p, prod_p = dev.table("payments"), prod.table("payments")
    (hotfix,) = [i for i in prod_p.indexes if i not in dev_p.indexes]
    assert (hotfix.name, hotfix.expressions, hotfix.unique) == (
        "hotfix_payments_order_status", ("order_id", "status"), False
    )
    assert dataclasses.replace(prod_p, indexes=dev_p.indexes) == dev_p


# ------------------------------------------------------------------- the builder


def test_rebuilding_replaces_the_earlier_sample(db):
    first = _build(db, "prod")
    again = _build(db, "prod")
    assert again == first
    back_to_dev = _build(db, "dev")
    assert [t.name for t in back_to_dev.tables] == sorted(DEV_TABLES)


def test_builder_refuses_a_database_with_other_tables(db):
    db.execute("CREATE TABLE precious (id INTEGER PRIMARY KEY)")
    with pytest.raises(SourceError, match=r"refusing to load the dev sample .*table 'precious'"):
        build_sample(db.url, "dev")
    assert [t.name for t in schemanb.inspect(db.url).tables] == ["precious"]


def test_sqlite_path_target_is_replaced_atomically(tmp_path):
    path = tmp_path / "nested" / "shop.db"
    url = build_sample(path, "prod")
    assert url == f"sqlite:///{path}"
    assert len(schemanb.inspect(url).tables) == 15
    build_sample(path, "dev")
    assert len(schemanb.inspect(url).tables) == 14
    assert sorted(p.name for p in path.parent.iterdir()) == ["shop.db"]


def test_a_non_database_file_is_not_overwritten(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database, but somebody's notes\n" * 200)
    with pytest.raises(SourceError, match="not a SQLite database"):
        build_sample(path)
    assert path.read_text().startswith("not a database")


def test_statement_splitter_keeps_every_statement():
    for dialect in ("sqlite", "postgresql", "mysql"):
        script = sql_text("prod", dialect)
        parts = statements(script)
        creates = [p for p in parts if p.startswith("CREATE TABLE")]
        assert len(creates) == 15
        assert all(not p.endswith(";") and not p.startswith("--") for p in parts)


def test_unknown_variant_or_dialect_is_named():
    with pytest.raises(ValueError, match="unknown sample variant 'staging'"):
        sql_text("staging")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no DDL for 'oracle'"):
        sql_text("dev", "oracle")
