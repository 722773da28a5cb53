"""``schemas=``: every user schema (the default), the default schema (written ``None``), a list,
``"*"``; cross-schema FKs."""

from __future__ import annotations

import schemanb
from schemanb import model
from schemanb.model import TableKey

DDL = """
CREATE SCHEMA sales;
CREATE SCHEMA "Audit Log";
CREATE TYPE sales.channel AS ENUM ('web', 'shop');
CREATE TABLE customer (id int PRIMARY KEY, name text);
CREATE TABLE sales.orders (
  id int PRIMARY KEY,
  customer_id int REFERENCES public.customer (id),
  channel sales.channel
);
CREATE TABLE sales.order_line (
  order_id int REFERENCES sales.orders (id) ON DELETE CASCADE,
  line int,
  PRIMARY KEY (order_id, line)
);
CREATE TABLE public.favourite (customer_id int REFERENCES customer (id),
                               order_id int REFERENCES sales.orders (id));
CREATE TABLE "Audit Log"."Entry" (id int PRIMARY KEY);
CREATE VIEW sales.big_orders AS SELECT id FROM sales.orders WHERE id > 100;
CREATE SEQUENCE sales.invoice_no;
"""


def test_every_user_schema_by_default(pg_db):
    """PostgreSQL: no ``schemas`` reads every user schema, as pg_dump does; the
    schemas besides the default one are objects (``namespaces``)."""
    pg_db.run_script(DDL + "COMMENT ON SCHEMA sales IS 'Orders';")
    snap = schemanb.inspect(pg_db.url)
    assert snap.info.schemas == (None, "Audit Log", "sales")
    assert [str(t.key) for t in snap.tables] == [
        "customer", "favourite", "Audit Log.Entry", "sales.order_line", "sales.orders",
    ]
    assert snap.namespaces == (
        model.Namespace(name="Audit Log"), model.Namespace(name="sales", comment="Orders"),
    )
    assert schemanb.inspect(pg_db.url, schemas="*") == snap


def test_schemas_an_extension_made_are_left_out(pg_db):
    """An extension's own schema is dumped with the extension (pg_dump), not as a user schema."""
    from schemanb.dialects import support_for

    pg_db.run_script("CREATE SCHEMA app; CREATE TABLE app.t (id int);")
    with pg_db.engine.connect() as conn:
        listed = support_for("postgresql").user_schemas(conn)
        conn.exec_driver_sql("CREATE SCHEMA made_by_ext")
        conn.exec_driver_sql("ALTER EXTENSION plpgsql ADD SCHEMA made_by_ext")  # now a member
        after = support_for("postgresql").user_schemas(conn)
        snap = schemanb.inspect(conn)
        conn.exec_driver_sql("ALTER EXTENSION plpgsql DROP SCHEMA made_by_ext")
        conn.commit()
    assert listed == ["app", "public"]
    assert after == ["app", "public"]
    assert [n.name for n in snap.namespaces] == ["app"]


def test_default_schema_only(pg_db):
    pg_db.run_script(DDL)
    snap = schemanb.inspect(pg_db.url, schemas="public")
    assert [t.key for t in snap.tables] == [TableKey(None, "customer"), TableKey(None, "favourite")]
    assert snap.info.schemas == (None,)
    assert snap.info.default_schema == "public"
    fav = snap.table("favourite")
    assert {fk.referred_table for fk in fav.foreign_keys} == {
        TableKey(None, "customer"),
        TableKey("sales", "orders"),
    }
    assert snap.views == () and snap.enums == () and snap.sequences == () and snap.namespaces == ()


def test_list_of_schemas(pg_db):
    pg_db.run_script(DDL)
    snap = schemanb.inspect(pg_db.url, schemas=["public", "sales"])
    assert [str(t.key) for t in snap.tables] == [
        "customer", "favourite", "sales.order_line", "sales.orders",
    ]
    orders = snap.table("orders", schema="sales")
    (fk,) = orders.foreign_keys
    assert fk.referred_table == TableKey(None, "customer")  # public is the default: None
    (line_fk,) = snap.table("order_line", schema="sales").foreign_keys
    assert (line_fk.referred_table, line_fk.on_delete) == (TableKey("sales", "orders"), "CASCADE")
    assert orders.column("channel").type_sql == "sales.channel"
    assert [(e.schema, e.name, e.values) for e in snap.enums] == [("sales", "channel", ("web", "shop"))]
    assert [(v.schema, v.name) for v in snap.views] == [("sales", "big_orders")]
    assert [(s.schema, s.name) for s in snap.sequences] == [("sales", "invoice_no")]


def test_one_named_schema(pg_db):
    pg_db.run_script(DDL)
    snap = schemanb.inspect(pg_db.url, schemas="sales")
    assert snap.info.schemas == ("sales",)
    assert [t.name for t in snap.tables] == ["order_line", "orders"]


def test_all_user_schemas(pg_db):
    pg_db.run_script(DDL)
    snap = schemanb.inspect(pg_db.url, schemas="*")
    assert snap.info.schemas == (None, "Audit Log", "sales")
    assert [str(t.key) for t in snap.tables] == [
        "customer", "favourite", "Audit Log.Entry", "sales.order_line", "sales.orders",
    ]


def test_schema_names_survive_json(pg_db, tmp_path):
    pg_db.run_script(DDL)
    snap = schemanb.inspect(pg_db.url, schemas="*")
    path = snap.save(tmp_path / "s.json")
    assert schemanb.load(path) == snap


def test_a_list_holding_star_reads_every_schema(pg_db):
    """``schemas=["*"]`` (a repeated ``--schema '*'``, the judge's options) is ``"*"``,
    not a schema called ``*`` — which read nothing, so a round trip compared nothing."""
    pg_db.run_script(DDL)
    assert schemanb.inspect(pg_db.url, schemas=["*"]) == schemanb.inspect(pg_db.url, schemas="*")
    assert [n.name for n in schemanb.inspect(pg_db.url, schemas=iter(["*"])).namespaces] == [
        "Audit Log", "sales"]
