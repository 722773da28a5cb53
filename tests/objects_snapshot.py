"""A hand-made snapshot with every object beyond tables, hostile names included.

Used by the frames, ERD, site and Jupyter tests of issue #10's objects: views with
table- and column-level dependencies (one view over another), a materialized
view, a partitioned table, triggers, routines (an overload pair and a body with
markup), a domain with a named CHECK, a composite type, an extension and grants.
"""

from __future__ import annotations

from builders import col, fk, table

from schemanb import model

#: A name that is markup, quotes and an ampersand at once.
EVIL = '<script>"x" & \'y\'</script>'
#: A routine body that would be live markup if not escaped.
EVIL_BODY = "BEGIN\n  -- </pre><script>alert(1)</script>\n  RETURN NEW;\nEND"


def objects_schema() -> model.Schema:
    """Tables ``users``, ``orders`` (partitioned), ``EVIL`` and the objects around them."""
    users = table("users", col("id", nullable=False), col("email", "TEXT"), pk=("id",))
    orders = model.Table(
        name="orders",
        columns=(col("id", nullable=False), col("user_id"), col("placed", "DATE")),
        primary_key=model.PrimaryKey(columns=("id", "placed")),
        foreign_keys=(fk("user_id", "users"),),
        partitioning=model.Partitioning(
            strategy="RANGE", key="placed",
            partitions=(
                model.Partition(name="orders_2024", bound="FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
                model.Partition(name="orders_default", bound="DEFAULT"),
            ),
        ),
    )
    evil = table(EVIL, col("id", nullable=False), col(EVIL, "TEXT"), pk=("id",))
    big = model.View(
        name="big_orders", definition="SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id",
        columns=(col("id"), col("email", "TEXT")), comment="orders & their <users>",
        depends_on=(model.TableKey(None, "orders"), model.TableKey(None, "users")),
        depends_on_columns=(
            model.ColumnRef(model.TableKey(None, "orders"), "id"),
            model.ColumnRef(model.TableKey(None, "orders"), "user_id"),
            model.ColumnRef(model.TableKey(None, "users"), "email"),
            model.ColumnRef(model.TableKey(None, "users"), "id"),
        ),
        depends_on_routines=(model.TableKey(None, "total"),),
    )
    evil_view = model.View(
        name=f"v {EVIL}", definition=f'SELECT "{EVIL}" FROM big_orders',
        columns=(col(EVIL, "TEXT"),),
        depends_on=(model.TableKey(None, "big_orders"), model.TableKey(None, EVIL)),
    )
    mview = model.View(schema="rep", name="totals", materialized=True, definition="SELECT count(*) AS n FROM users",
                       columns=(col("n", "BIGINT"),), depends_on=(model.TableKey(None, "users"),))
    triggers = (
        model.Trigger(table="orders", name="orders_audit", timing="AFTER", events=("INSERT", "UPDATE OF user_id, placed"),
                      definition="EXECUTE FUNCTION audit()", function=model.TableKey(None, "audit")),
        model.Trigger(table=EVIL, name=f"tr {EVIL}", timing="BEFORE", events=("DELETE",), orientation="STATEMENT",
                      definition=EVIL_BODY, enabled=False, condition="OLD.id > 0"),
    )
    routines = (
        model.Routine(name="audit", returns="trigger", language="plpgsql", definition=EVIL_BODY,
                      volatility="VOLATILE"),
        model.Routine(name="total", arguments="a integer", returns="integer", language="sql",
                      definition="SELECT a", volatility="IMMUTABLE", options=(("strict", "true"),)),
        model.Routine(name="total", arguments="a integer, b integer", returns="integer", language="sql",
                      definition="SELECT a + b", volatility="IMMUTABLE"),
        model.Routine(name=f"p {EVIL}", kind="procedure", arguments=f'"{EVIL}" text', language="plpgsql",
                      definition="BEGIN NULL; END"),
    )
    return model.Schema(
        info=model.SnapshotInfo(dialect="postgresql", database="shop", default_schema="public"),
        tables=(evil, orders, users),
        views=(big, evil_view, mview),
        triggers=triggers,
        routines=routines,
        domains=(model.Domain(name="email", type_sql="text", nullable=False,
                              checks=(model.CheckConstraint(name=f"ck {EVIL}", expression="VALUE LIKE '%@%'"),)),),
        composite_types=(model.CompositeType(name=f"t {EVIL}", attributes=(("x", "integer"), (EVIL, "text"))),),
        extensions=(model.Extension(name="pgcrypto", schema="public", version="1.3"),),
        grants=(model.Grant(object_name="users", grantee=EVIL, privilege="SELECT"),
                model.Grant(object_name="total", grantee="app", privilege="EXECUTE", object_kind="routine",
                            grantable=True)),
    )
