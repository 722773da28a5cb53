"""PostgreSQL objects beyond tables (#10): reflection, DDL round trips, bounded queries.

Every test runs on a throwaway PostgreSQL database. The hand-written DDL is the
independent source of truth for the reflection tests; the round-trip tests
create the objects from a snapshot's own DDL (``object_ddl``, ``partition_ddl``,
``partition_table_kwargs``) in an empty database and expect the same snapshot.
Names are hostile on purpose: mixed case, spaces, quotes of both kinds.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from dbutil import SERVER_URLS, ThrowawayDB, make_db

import schemanb
from schemanb import model
from schemanb.dialects import support_for
from schemanb.errors import MigrationError
from schemanb.model import CheckConstraint, ColumnRef, TableKey

pytestmark = pytest.mark.server

SUPPORT = support_for("postgresql")

# Hostile identifiers, spelt for SQL.
T = '"Order ""Items"""'  # the table  Order "Items"
FN = '"Audit\'s Fn"'  # the function  Audit's Fn
S = '"Other Schema"'

OBJECTS_DDL = f'''
CREATE SCHEMA {S};
CREATE TABLE {T} ("Id" int PRIMARY KEY, qty int, "Unit Price" numeric(10,2), note text);
CREATE TABLE {S}.t2 (id int PRIMARY KEY, v text);
CREATE VIEW "Item View" AS SELECT "Id", qty FROM {T} WHERE qty > 0;
CREATE VIEW v2 AS SELECT i."Id", t.v FROM "Item View" i JOIN {S}.t2 t ON t.id = i."Id";
CREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n FROM {T};
CREATE FUNCTION {FN}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- a comment; a $ sign and a 'quote'
  NEW.qty := coalesce(NEW.qty, 0);
  RETURN NEW;
END;
$$;
CREATE FUNCTION add_it(a integer, b integer DEFAULT 2) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT a + b';
CREATE FUNCTION add_it(a text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER AS $body$SELECT a || '$$'$body$;
CREATE FUNCTION sq(x int) RETURNS int LANGUAGE sql RETURN x * x;
CREATE FUNCTION {S}.tbl(n int) RETURNS TABLE(i int, s text) LANGUAGE sql
  AS $$ SELECT g, g::text FROM generate_series(1, n) g $$;
CREATE PROCEDURE "Do Thing"(IN x int, INOUT y int) LANGUAGE plpgsql AS $$ BEGIN y := x; END $$;
CREATE TRIGGER "Before Ins" BEFORE INSERT OR UPDATE OF qty, "Unit Price" ON {T}
  FOR EACH ROW WHEN (NEW.qty IS DISTINCT FROM 5) EXECUTE FUNCTION {FN}('a''b', 'x');
CREATE TRIGGER trunc AFTER TRUNCATE ON {T} FOR EACH STATEMENT EXECUTE FUNCTION {FN}();
ALTER TABLE {T} DISABLE TRIGGER trunc;
CREATE DOMAIN "Pos Int" AS integer DEFAULT 1 NOT NULL
  CONSTRAINT "is ""positive""" CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000);
CREATE DOMAIN {S}.email AS varchar(200) CONSTRAINT has_at CHECK (VALUE LIKE '%@%');
CREATE TYPE "Money Pair" AS (amount numeric(10,2), "Currency" char(3));
CREATE EXTENSION hstore SCHEMA {S} VERSION '1.7';
CREATE TABLE "Events" (id int, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE "Events 2024" PARTITION OF "Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_default PARTITION OF "Events" DEFAULT;
CREATE TABLE lst (id int, region text) PARTITION BY LIST (lower(region));
CREATE TABLE lst_eu PARTITION OF lst FOR VALUES IN ('eu', 'uk') PARTITION BY HASH (id);
CREATE TABLE lst_eu_0 PARTITION OF lst_eu FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE lst_eu_1 PARTITION OF lst_eu FOR VALUES WITH (modulus 2, remainder 1);
CREATE TRIGGER ev_trg BEFORE INSERT ON "Events" FOR EACH ROW EXECUTE FUNCTION {FN}();
'''

SCHEMAS = [None, "Other Schema"]


def run(db: ThrowawayDB, sql: str) -> None:
    """A whole script in one psycopg call (``%`` and ``$`` need no escaping)."""
    with db.engine.begin() as conn:
        conn.connection.cursor().execute(sql)


def snap(db: ThrowawayDB, **kw: object) -> model.Schema:
    db.engine.dispose()
    return schemanb.inspect(db.url, schemas=SCHEMAS, **kw)  # type: ignore[arg-type]


@pytest.fixture
def pg_db2(tmp_path: Path) -> Iterator[ThrowawayDB]:
    """A second throwaway PostgreSQL database."""
    yield from make_db("postgresql", tmp_path)


@pytest.fixture
def role() -> Iterator[str]:
    """A throwaway role with a hostile name (roles are cluster-wide)."""
    name = f'Rep "Reader" {uuid.uuid4().hex[:8]}'
    quoted = '"' + name.replace('"', '""') + '"'
    admin = sa.create_engine(SERVER_URLS["postgresql"], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {quoted}")
    try:
        yield name
    finally:
        # Tests ask for this fixture before their databases, so those are dropped
        # (with the privileges in them) before the role is.
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {quoted}")
        admin.dispose()


# ----------------------------------------------------------------------- reflection


def test_reflects_every_kind_with_hostile_names(pg_db: ThrowawayDB) -> None:
    run(pg_db, OBJECTS_DDL)
    s = snap(pg_db)

    views = {v.name: v for v in s.views}
    item = TableKey(None, 'Order "Items"')
    assert views["Item View"].depends_on == (item,)
    assert views["Item View"].depends_on_columns == (ColumnRef(item, "Id"), ColumnRef(item, "qty"))
    assert views["v2"].depends_on == (TableKey(None, "Item View"), TableKey("Other Schema", "t2"))
    assert ColumnRef(TableKey("Other Schema", "t2"), "v") in views["v2"].depends_on_columns
    assert views["mv"].depends_on == (item,) and views["mv"].depends_on_columns == ()

    fn = TableKey(None, "Audit's Fn")
    assert s.triggers == (
        # On the partitioned table only: the clones on its partitions are not listed.
        model.Trigger(
            table="Events", name="ev_trg", timing="BEFORE", events=("INSERT",),
            definition="EXECUTE FUNCTION \"Audit's Fn\"()", function=fn,
        ),
        model.Trigger(
            table='Order "Items"', name="Before Ins", timing="BEFORE",
            events=("INSERT", 'UPDATE OF qty, "Unit Price"'),
            definition="EXECUTE FUNCTION \"Audit's Fn\"('a''b', 'x')",
            orientation="ROW", condition="new.qty IS DISTINCT FROM 5", function=fn,
        ),
        model.Trigger(
            table='Order "Items"', name="trunc", timing="AFTER", events=("TRUNCATE",),
            definition="EXECUTE FUNCTION \"Audit's Fn\"()", orientation="STATEMENT",
            function=fn, enabled=False,
        ),
    )

    routines = {(r.schema, r.name, r.arguments): r for r in s.routines}
    assert len(routines) == len(s.routines) == 6
    audit = routines[(None, "Audit's Fn", "")]
    assert audit.returns == "trigger" and audit.language == "plpgsql"
    assert audit.volatility == "VOLATILE" and audit.options == ()
    # Verbatim, to the byte: leading and trailing newlines, indentation and the comment kept
    # (pg_dump shows the trailing newline: trimming it left a dump difference behind).
    assert audit.definition == (
        "\nBEGIN\n  -- a comment; a $ sign and a 'quote'\n"
        "  NEW.qty := coalesce(NEW.qty, 0);\n  RETURN NEW;\nEND;\n"
    )
    add_int = routines[(None, "add_it", "a integer, b integer DEFAULT 2")]
    assert (add_int.returns, add_int.volatility, add_int.definition) == ("integer", "IMMUTABLE", "SELECT a + b")
    assert add_int.options == (("parallel", "SAFE"), ("strict", "true"))
    add_text = routines[(None, "add_it", "a text")]
    assert add_text.volatility == "STABLE" and add_text.options == (("security", "DEFINER"),)
    assert add_text.definition == "SELECT a || '$$'"
    sq = routines[(None, "sq", "x integer")]
    assert sq.definition == "RETURN (x * x)" and ("sql_body", "true") in sq.options
    tbl = routines[("Other Schema", "tbl", "n integer")]
    assert tbl.returns == "TABLE(i integer, s text)"
    proc = routines[(None, "Do Thing", "IN x integer, INOUT y integer")]
    assert (proc.kind, proc.returns, proc.volatility) == ("procedure", None, None)

    assert s.domains == (
        model.Domain(
            name="Pos Int", type_sql="INTEGER", nullable=False, default="1",
            checks=(
                CheckConstraint(name='is "positive"', expression="VALUE > 0"),
                CheckConstraint(name="small", expression="VALUE < 1000"),
            ),
        ),
        model.Domain(
            schema="Other Schema", name="email", type_sql="VARCHAR(200)",
            checks=(CheckConstraint(name="has_at", expression="VALUE::text ~~ '%@%'::text"),),
        ),
    )
    assert s.composite_types == (
        model.CompositeType(
            name="Money Pair", attributes=(("amount", "NUMERIC(10, 2)"), ("Currency", "CHAR(3)"))
        ),
    )
    assert s.extensions == (model.Extension(name="hstore", schema="Other Schema", version="1.7"),)

    tables = {t.key: t for t in s.tables}
    assert set(tables) == {
        item, TableKey("Other Schema", "t2"), TableKey(None, "Events"), TableKey(None, "lst")
    }, "partitions are folded into their parent, at every level"
    assert tables[TableKey(None, "Events")].partitioning == model.Partitioning(
        strategy="RANGE", key="created_at",
        partitions=(
            model.Partition(name="Events 2024", bound="FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
            model.Partition(name="events_default", bound="DEFAULT"),
        ),
    )
    assert tables[TableKey(None, "lst")].partitioning == model.Partitioning(
        strategy="LIST", key="lower(region)",
        partitions=(model.Partition(
            name="lst_eu", bound="FOR VALUES IN ('eu', 'uk')",
            partitioning=model.Partitioning(strategy="HASH", key="id", partitions=(
                model.Partition(name="lst_eu_0", bound="FOR VALUES WITH (modulus 2, remainder 0)"),
                model.Partition(name="lst_eu_1", bound="FOR VALUES WITH (modulus 2, remainder 1)"),
            )),
        ),),
    )
    assert tables[item].partitioning is None
    assert s.grants == ()


def test_database_without_objects_is_unchanged(pg_db: ThrowawayDB) -> None:
    run(pg_db, 'CREATE TABLE "A b" (id int PRIMARY KEY); CREATE VIEW v AS SELECT 1 AS one')
    s = snap(pg_db, grants=True)
    assert [t.name for t in s.tables] == ["A b"] and s.tables[0].partitioning is None
    assert (s.triggers, s.routines, s.domains, s.composite_types, s.extensions, s.grants) == (
        (), (), (), (), (), ()
    )
    assert s.views[0].depends_on == () and s.views[0].depends_on_columns == ()


def test_grants_only_when_asked(role: str, pg_db: ThrowawayDB) -> None:
    r = '"' + role.replace('"', '""') + '"'
    run(pg_db, f"""
        CREATE TABLE {T} (id int);
        CREATE SEQUENCE "Seq 1";
        CREATE VIEW "V" AS SELECT id FROM {T};
        CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
        CREATE FUNCTION f(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
        GRANT SELECT, INSERT ON {T} TO {r};
        GRANT SELECT ON "V" TO PUBLIC;
        GRANT USAGE ON SEQUENCE "Seq 1" TO {r} WITH GRANT OPTION;
        GRANT EXECUTE ON FUNCTION f(int) TO {r};
    """)
    assert snap(pg_db).grants == ()
    grants = snap(pg_db, grants=True).grants
    assert grants == (
        model.Grant(object_name="f(a integer)", grantee=role, privilege="EXECUTE", object_kind="routine"),
        model.Grant(object_name="Seq 1", grantee=role, privilege="USAGE", grantable=True, object_kind="sequence"),
        model.Grant(object_name='Order "Items"', grantee=role, privilege="INSERT"),
        model.Grant(object_name='Order "Items"', grantee=role, privilege="SELECT"),
        model.Grant(object_name="V", grantee="PUBLIC", privilege="SELECT"),
    ), "the owner's privileges and PUBLIC's default EXECUTE are left out"


# ------------------------------------------------------------------------ round trips


def _apply(db: ThrowawayDB, statements: list[str]) -> None:
    with db.engine.begin() as conn:
        cursor = conn.connection.cursor()
        for st in statements:
            cursor.execute(st)


def _create_tables(db: ThrowawayDB, s: model.Schema) -> None:
    """The tables of ``s`` (partitioned ones through partition_table_kwargs), then their partitions."""
    md = sa.MetaData()
    for t in s.tables:
        sa.Table(
            t.name, md,
            *[sa.Column(c.name, _col_type(c.type_sql)) for c in t.columns],
            schema=t.schema, **SUPPORT.partition_table_kwargs(t),
        )
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {S}")
        md.create_all(conn)
    def partitions(parent: model.Table) -> list[str]:  # a partition, then its own, at every level
        out = []
        for p in parent.partitioning.partitions if parent.partitioning else ():
            out += SUPPORT.partition_ddl(parent, p, create=True)
            out += partitions(model.partition_table(parent, p))
        return out

    _apply(db, [st for t in s.tables for st in partitions(t)])


def _col_type(type_sql: str) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    from sqlalchemy.dialects import postgresql as pg

    return {"INTEGER": sa.Integer(), "TEXT": sa.Text(), "DATE": sa.Date(), "NUMERIC(10, 2)": sa.Numeric(10, 2)}.get(
        type_sql, pg.TEXT()
    )


def test_ddl_round_trip_of_every_kind(pg_db: ThrowawayDB, pg_db2: ThrowawayDB) -> None:
    run(pg_db, OBJECTS_DDL)
    a = snap(pg_db)
    _create_tables(pg_db2, a)
    statements: list[str] = []
    for kind in ("extensions", "composite_types", "domains", "routines", "triggers"):
        for obj in getattr(a, kind):
            statements += SUPPORT.object_ddl(obj, create=True)
    _apply(pg_db2, statements)
    b = snap(pg_db2)
    for kind in ("extensions", "composite_types", "domains", "routines", "triggers"):
        assert getattr(b, kind) == getattr(a, kind), kind
    assert [t.partitioning for t in b.tables] == [t.partitioning for t in a.tables]

    drops: list[str] = []
    for kind in ("triggers", "routines", "domains", "composite_types", "extensions"):
        for obj in getattr(a, kind):
            drops += SUPPORT.object_ddl(obj, create=False)
    _apply(pg_db2, drops)
    c = snap(pg_db2)
    assert (c.triggers, c.routines, c.domains, c.composite_types, c.extensions) == ((), (), (), (), ())


def test_grant_round_trip(role: str, pg_db: ThrowawayDB, pg_db2: ThrowawayDB) -> None:
    r = '"' + role.replace('"', '""') + '"'
    setup = f"""
        CREATE TABLE {T} (id int);
        CREATE SEQUENCE "Seq 1";
        CREATE FUNCTION "f(x)"(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
    """
    run(pg_db, setup + f"""
        GRANT SELECT ON {T} TO {r} WITH GRANT OPTION;
        GRANT UPDATE ON SEQUENCE "Seq 1" TO PUBLIC;
        GRANT EXECUTE ON FUNCTION "f(x)"(int) TO {r};
    """)
    run(pg_db2, setup)
    a = snap(pg_db, grants=True)
    assert len(a.grants) == 3
    _apply(pg_db2, [st for g in a.grants for st in SUPPORT.object_ddl(g, create=True)])
    assert snap(pg_db2, grants=True).grants == a.grants
    _apply(pg_db2, [st for g in a.grants for st in SUPPORT.object_ddl(g, create=False)])
    assert snap(pg_db2, grants=True).grants == ()


def test_change_ddl_in_place(pg_db: ThrowawayDB, pg_db2: ThrowawayDB) -> None:
    before = f"""
        CREATE EXTENSION hstore VERSION '1.7';
        CREATE DOMAIN "Pos Int" AS integer DEFAULT 1
          CONSTRAINT "is positive" CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000);
        CREATE TABLE {T} (id "Pos Int", qty int);
        CREATE FUNCTION {FN}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER trg BEFORE INSERT ON {T} FOR EACH ROW EXECUTE FUNCTION {FN}();
    """
    after = f"""
        CREATE EXTENSION hstore VERSION '1.8';
        CREATE DOMAIN "Pos Int" AS integer NOT NULL
          CONSTRAINT "is positive" CHECK (VALUE >= 1) CONSTRAINT "Big" CHECK (VALUE < 5000);
        CREATE TABLE {T} (id "Pos Int", qty int);
        CREATE FUNCTION {FN}() RETURNS trigger LANGUAGE plpgsql STABLE AS $$
        BEGIN
          NEW.qty := 1;  -- changed body, kept in place
          RETURN NEW;
        END $$;
        CREATE TRIGGER trg BEFORE INSERT ON {T} FOR EACH ROW EXECUTE FUNCTION {FN}();
        ALTER TABLE {T} DISABLE TRIGGER trg;
    """
    run(pg_db, before)
    run(pg_db2, after)
    a, b = snap(pg_db), snap(pg_db2)
    statements: list[str] = []
    for kind in ("extensions", "domains", "routines", "triggers"):
        (old,), (new,) = getattr(a, kind), getattr(b, kind)
        assert old != new, kind
        change = SUPPORT.object_change_ddl(old, new)
        assert change, f"{kind} should change in place"
        statements += change
    assert any(s.startswith("CREATE OR REPLACE FUNCTION") for s in statements)
    assert "ALTER EXTENSION hstore UPDATE TO '1.8'" in statements
    _apply(pg_db, statements)
    c = snap(pg_db)
    for kind in ("extensions", "domains", "routines", "triggers"):
        assert getattr(c, kind) == getattr(b, kind), kind


def test_change_ddl_refuses_what_cannot_change_in_place() -> None:
    f = model.Routine(name="f", arguments="a integer", returns="integer", language="sql", definition="SELECT a")
    assert SUPPORT.object_change_ddl(f, model.Routine(**{**_fields(f), "returns": "bigint"})) is None
    assert SUPPORT.object_change_ddl(f, model.Routine(**{**_fields(f), "arguments": "a bigint"})) is None
    d = model.Domain(name="d", type_sql="INTEGER")
    assert SUPPORT.object_change_ddl(d, model.Domain(name="d", type_sql="BIGINT")) is None


def _fields(obj: object) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def test_routine_ddl_quotes_names_and_bodies() -> None:
    r = model.Routine(
        schema='S "x"', name="it's", arguments="a text DEFAULT 'x, y', b integer DEFAULT 2",
        returns="text", language="sql", definition="SELECT '$$' || a || '$fn$'",
        volatility="STABLE", options=(("strict", "true"),),
    )
    (create,) = SUPPORT.object_ddl(r, create=True)
    assert create == (
        'CREATE FUNCTION "S ""x"""."it\'s"(a text DEFAULT \'x, y\', b integer DEFAULT 2) RETURNS text '
        "LANGUAGE sql STABLE STRICT AS $fn2$SELECT '$$' || a || '$fn$'$fn2$"
    )
    assert SUPPORT.object_ddl(r, create=False)[0].endswith("(a text, b integer)")
    with pytest.raises(MigrationError, match="C"):
        SUPPORT.object_ddl(model.Routine(name="c_fn", returns="int", language="c", definition="sym"), create=True)


def test_partition_ddl_and_kwargs() -> None:
    table = model.Table(
        name="Events", columns=(model.Column(name="d", type_sql="DATE", type_generic="DATE"),),
        partitioning=model.Partitioning(strategy="RANGE", key="d"),
    )
    part = model.Partition(name='E "24"', bound="DEFAULT", schema="Other Schema")
    assert SUPPORT.partition_table_kwargs(table) == {"postgresql_partition_by": "RANGE (d)"}
    assert SUPPORT.partition_ddl(table, part, create=True) == [
        'CREATE TABLE "Other Schema"."E ""24""" PARTITION OF "Events" DEFAULT'
    ]
    assert SUPPORT.partition_ddl(table, part, create=False) == ['DROP TABLE "Other Schema"."E ""24"""']
    with pytest.raises(MigrationError, match="no bound"):
        SUPPORT.partition_ddl(table, model.Partition(name="p"), create=True)


# -------------------------------------------------------------------- bounded queries


def _count_statements(db: ThrowawayDB) -> int:
    engine = sa.create_engine(db.url)
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    try:
        schemanb.inspect(engine, grants=True)
    finally:
        engine.dispose()
    return len(seen)


def _many_objects(n: int) -> str:
    lines = ["CREATE TABLE base (id int PRIMARY KEY, v text);"]
    for i in range(n):
        lines.append(f'CREATE VIEW "View {i}" AS SELECT id, v FROM base WHERE id > {i};')
        lines.append(f'CREATE FUNCTION "fn {i}"(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + {i} $$;')
    lines.append('CREATE TRIGGER t BEFORE INSERT ON base FOR EACH ROW EXECUTE FUNCTION "trg"();')
    return "\n".join(lines)


TRIGGER_FN = 'CREATE FUNCTION "trg"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;'


def test_statement_count_does_not_grow_with_objects(pg_db: ThrowawayDB, pg_db2: ThrowawayDB) -> None:
    run(pg_db, TRIGGER_FN + _many_objects(2))
    run(pg_db2, TRIGGER_FN + _many_objects(200))
    small, large = _count_statements(pg_db), _count_statements(pg_db2)
    assert large == small, f"{small} statements for 2 views and functions, {large} for 200"
    s = snap(pg_db2)
    assert len(s.views) == 200 and len(s.routines) == 201


# ------------------------------------------------------------------ grant convergence


def test_grants_converge_through_the_diff(role: str, pg_db: ThrowawayDB, pg_db2: ThrowawayDB) -> None:
    """The convergence harness inspects without grants, so grants converge here."""
    from schemanb.migrate.sql import render_statements

    r = '"' + role.replace('"', '""') + '"'
    setup = f"""
        CREATE TABLE {T} (id int);
        CREATE SEQUENCE "Seq 1";
        CREATE FUNCTION "f(x)"(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
    """
    run(pg_db, setup + f"GRANT DELETE ON {T} TO {r};")
    run(pg_db2, setup + f"""
        GRANT SELECT, INSERT ON {T} TO {r} WITH GRANT OPTION;
        GRANT USAGE ON SEQUENCE "Seq 1" TO PUBLIC;
        GRANT EXECUTE ON FUNCTION "f(x)"(int) TO {r};
    """)
    a, b = snap(pg_db, grants=True), snap(pg_db2, grants=True)
    d = schemanb.diff(a, b)
    assert d.changes
    _apply(pg_db, [st.sql for st in render_statements(d)])
    left = schemanb.diff(snap(pg_db, grants=True), b)
    assert left.is_empty, left.summary()
    _apply(pg_db, [st.sql for st in render_statements(d, direction="downgrade")])
    back = schemanb.diff(snap(pg_db, grants=True), a)
    assert back.is_empty, back.summary()


def test_user_types_keep_their_spelling(pg_db: ThrowawayDB) -> None:
    run(pg_db, """
        CREATE TYPE "Mood" AS ENUM ('sad', 'ok');
        CREATE DOMAIN "Good Mood" AS "Mood" CHECK (VALUE <> 'sad');
        CREATE TYPE pair AS (m "Mood", tags varchar(10)[], at timestamp(3) with time zone);
    """)
    s = snap(pg_db)
    assert [(d.name, d.type_sql) for d in s.domains] == [("Good Mood", '"Mood"')]
    assert s.composite_types[0].attributes == (
        ("m", '"Mood"'), ("tags", "VARCHAR(10)[]"), ("at", "TIMESTAMP(3) WITH TIME ZONE")
    )


def test_queries_for_older_servers_run(pg_db: ThrowawayDB) -> None:
    """The variants for servers before 13/14 are valid SQL and agree where they can."""
    run(pg_db, OBJECTS_DDL)
    with pg_db.engine.connect() as conn:
        new = SUPPORT.fetch_rows(conn, "routines", schemas=["public"])
        old = SUPPORT.fetch_rows(conn, "routines_pg13", schemas=["public"])
        assert [(r.name, r.arguments) for r in old] == [(r.name, r.arguments) for r in new]
        assert all(r.sql_body is None for r in old) and any(r.sql_body for r in new)
        triggers = {r.name for r in SUPPORT.fetch_rows(conn, "triggers", schemas=["public"])}
        # On 13+, the clones on partitions are not internal: the old query sees them too.
        old_triggers = SUPPORT.fetch_rows(conn, "triggers_pg12", schemas=["public"])
        assert triggers == {r.name for r in old_triggers} and len(old_triggers) > len(triggers)


def test_views_record_the_routines_they_call(pg_db: ThrowawayDB) -> None:
    run(pg_db, """
        CREATE SCHEMA "Lib";
        CREATE FUNCTION "Lib"."Net Of"(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$SELECT x * 0.8$$;
        CREATE FUNCTION twice(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
        CREATE TABLE t (id integer PRIMARY KEY, price numeric);
        CREATE VIEW priced AS SELECT id, "Lib"."Net Of"(twice(price)) AS net, round(price) AS r FROM t;
        CREATE VIEW plain AS SELECT id, upper(id::text) AS s FROM t;
    """)
    views = {v.name: v for v in snap(pg_db).views}
    # User functions in any schema; built-in ones (round, upper) are never recorded.
    assert views["priced"].depends_on_routines == (TableKey(None, "twice"), TableKey("Lib", "Net Of"))
    assert views["plain"].depends_on_routines == ()
    assert views["priced"].depends_on == (TableKey(None, "t"),)
