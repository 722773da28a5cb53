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


def security_schema() -> model.Schema:
    """PostgreSQL's newer objects, hostile names in each: row-level security and
    policies, rules, an exclusion constraint, collations, schemas with comments (the
    default one's too), partitions two levels deep owning an index and a CHECK,
    inheritance, table options, column settings, a serial column, a materialized
    view's clustered index."""
    doc = table(
        "doc", col("id", nullable=False, autoincrement=True),
        col("owner", "TEXT", collation=f"co {EVIL}"),
        col("tenant", dialect_options=(("postgresql_statistics", "1000"),
                                       ("postgresql_storage", "MAIN"))),
        pk=("id",), dialect_options=(
            ("postgresql_cluster_on", f"ix {EVIL}"), ("postgresql_unlogged", "true"),
            ("postgresql_with.fillfactor", "70")),
        indexes=(model.Index(name=f"ix {EVIL}", expressions=("tenant",)),),
    )
    heir = model.Table(name="doc_archive", inherits=(model.TableKey(None, "doc"),), columns=(
        col("id", nullable=False, inherited=True), col("owner", "TEXT", inherited=True),
        col("tenant", inherited=True), col("archived", "DATE")),
        check_constraints=(model.CheckConstraint(name="doc_tenant", expression="tenant > 0",
                                                 inherited=True),))
    sub = model.Partitioning(strategy="LIST", key="region", partitions=(
        model.Partition(name=f"m2024 {EVIL}", bound="FOR VALUES IN ('eu')"),
        model.Partition(name="m2024_rest", bound="DEFAULT"),
    ))
    measurement = model.Table(
        name="measurement", columns=(col("logdate", "DATE", nullable=False), col("region", "TEXT"),
                                     col("peak")),
        partitioning=model.Partitioning(strategy="RANGE", key="logdate", partitions=(
            model.Partition(name="m2024", bound="FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                            partitioning=sub,
                            indexes=(model.Index(name="m2024_region", expressions=("region",)),)),
            model.Partition(schema="sales", name="m2025",
                            bound="FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                            check_constraints=(model.CheckConstraint(
                                name=f"peak {EVIL}", expression="peak < 60"),)),
        )),
    )
    booking = table("booking", col("id", nullable=False), col("during", "TSRANGE"), pk=("id",))
    totals = model.View(
        name="totals", materialized=True, definition="SELECT region FROM measurement",
        columns=(col("region", "TEXT"),), depends_on=(model.TableKey(None, "measurement"),),
        indexes=(model.Index(name="totals_region", expressions=("region",), unique=True,
                             dialect_options=(("postgresql_clustered", "true"),)),))
    return model.Schema(
        info=model.SnapshotInfo(dialect="postgresql", database="secure", default_schema="public"),
        tables=(booking, doc, heir, measurement),
        views=(totals,),
        policies=(
            model.Policy(table="doc", name=f"pol {EVIL}", command="SELECT", roles=("PUBLIC",),
                         using="owner = CURRENT_USER", comment=f"only {EVIL} own"),
            model.Policy(table="doc", name="tenant_only", permissive=False, command="INSERT",
                         roles=("app", "reader"), with_check="tenant IN (1, 2)"),
        ),
        row_security=(model.RowSecurity(table="doc", enabled=True, forced=True),),
        rules=(model.Rule(table="booking", name=f"rule {EVIL}", enabled=False,
                          definition=f'CREATE RULE "rule {EVIL}" AS ON DELETE TO booking DO INSTEAD NOTHING'),),
        exclusion_constraints=(model.ExclusionConstraint(
            table="booking", name=f"ex {EVIL}", definition="EXCLUDE USING gist (during WITH &&)"),),
        collations=(model.Collation(name=f"co {EVIL}", provider="icu", locale="und-u-ks-level2",
                                    deterministic=False),),
        sequences=(model.Sequence(schema="sales", name="ticket_no", start=100, increment=5,
                                  cache=20, cycle=True, comment=f"tickets {EVIL}"),),
        namespaces=(model.Namespace(name="archive"),
                    model.Namespace(name="sales", comment=f"orders & {EVIL}")),
        default_schema_comment=f"the app's {EVIL}",
    )


def mariadb_schema() -> model.Schema:
    """MariaDB's newer objects, hostile names in each: sequences, INVISIBLE columns, a
    system-versioned table with its period columns, events (one created under another
    client character set), table options."""
    options = (("character_set_client", "latin1"), ("collation_connection", "latin1_swedish_ci"))
    account = table("account", col("id", nullable=False, autoincrement=True),
                    col(f"audit {EVIL}", dialect_options=(("mysql_invisible", "true"),)), pk=("id",),
                    dialect_options=(("mysql_charset", "latin1"), ("mysql_collate", "latin1_swedish_ci"),
                                     ("mysql_row_format", "COMPRESSED")))
    price = table("price", col("id", nullable=False), col("amount"),
                  col("valid_from", "TIMESTAMP(6)", dialect_options=(("mysql_row_period", "START"),)),
                  col("valid_to", "TIMESTAMP(6)", dialect_options=(("mysql_row_period", "END"),)),
                  pk=("id",), dialect_options=(("mysql_system_versioning", "true"),))
    events = (
        model.Routine(name=f"purge {EVIL}", kind="event", language="SQL",
                      definition="DELETE FROM account WHERE id < 0",
                      options=(("header", f"CREATE EVENT `purge {EVIL}` ON SCHEDULE EVERY 1 DAY "
                                          "STARTS '2030-01-01 03:00:00' ON COMPLETION NOT PRESERVE ENABLE"),
                               *options)),
    )
    trigger = model.Trigger(table="account", name="stamp", timing="BEFORE", events=("INSERT",),
                            definition="SET NEW.id = NEW.id", options=options)
    return model.Schema(
        info=model.SnapshotInfo(dialect="mysql", database="shop", default_schema="shop"),
        tables=(account, price),
        routines=events,
        triggers=(trigger,),
        sequences=(model.Sequence(name=f"seq {EVIL}", start=100, increment=5, cache=20, cycle=True),),
    )
