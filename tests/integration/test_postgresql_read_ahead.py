"""PostgreSQL reads its catalog ahead: one ``kinds.sql`` query says which kinds of
object the schemas hold, the queries of the others go out at once in one pipeline,
and the query of a kind the schemas lack is never sent (``PostgreSQLObjects.read_ahead``).

What may never happen is a kind said absent while its query has rows: the
snapshot would silently lose them. So a database holding every kind must have
every flag set, an empty one none, and forcing every query to be sent must give
the same snapshot. The table sizes read with the tables are the catalog's after
``ANALYZE`` and measured before it.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import pytest
import sqlalchemy as sa
from dbutil import ThrowawayDB

import schemanb
from schemanb.dialects import support_for
from schemanb.dialects.catalog import load_sql
from schemanb.dialects.postgresql import objects as postgresql_objects
from schemanb.dialects.postgresql import pipeline as postgresql_pipeline

pytestmark = pytest.mark.server

#: One object of every kind kinds.sql has a flag for, in a schema of its own too.
EVERY_KIND = [
    'CREATE SCHEMA "Side"',
    'CREATE TABLE "Side"."Doc s" (id int PRIMARY KEY, owner text, during tsrange,'
    " EXCLUDE USING gist (during WITH &&))",
    "COMMENT ON CONSTRAINT \"Doc s_pkey\" ON \"Side\".\"Doc s\" IS 'the key'",
    'ALTER TABLE "Side"."Doc s" ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY own ON "Side"."Doc s" USING (owner = current_user)',
    'CLUSTER "Side"."Doc s" USING "Doc s_pkey"',
    "CREATE RULE keep AS ON DELETE TO \"Side\".\"Doc s\" DO INSTEAD NOTHING",
    "CREATE TABLE log (at date NOT NULL) PARTITION BY RANGE (at)",
    "CREATE TABLE log_2024 PARTITION OF log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
    "CREATE TYPE mood AS ENUM ('sad', 'ok')",
    "CREATE TYPE pair AS (a int, b text)",
    "CREATE DOMAIN positive AS int CHECK (VALUE > 0)",
    "CREATE SEQUENCE counter",
    'CREATE COLLATION "Bytes" FROM "C"',
    "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    'CREATE TRIGGER t BEFORE INSERT ON "Side"."Doc s" FOR EACH ROW EXECUTE FUNCTION touch()',
    "CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int)",
    'CREATE VIEW v AS SELECT id FROM "Side"."Doc s"',
    'CREATE MATERIALIZED VIEW mv AS SELECT id FROM "Side"."Doc s"',
    "CREATE UNIQUE INDEX mv_id ON mv (id)",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
]


def _kinds(db: ThrowawayDB) -> dict[str, Any]:
    support = support_for("postgresql")
    with sa.create_engine(db.url).connect() as conn:
        (row,) = support.fetch_rows(conn, "kinds", schemas=["Side", "public"])
        return dict(row._asdict())


def _inspect(db: ThrowawayDB) -> tuple[schemanb.Schema, list[str]]:
    engine = sa.create_engine(db.url)
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *rest: seen.append(sql))
    try:
        return schemanb.inspect(engine, schemas="*"), seen
    finally:
        engine.dispose()


def test_every_kind_present_is_flagged_and_none_in_an_empty_database(pg_db: ThrowawayDB) -> None:
    pg_db.execute('CREATE SCHEMA "Side"')
    assert not any(_kinds(pg_db).values())
    pg_db.execute(*EVERY_KIND[1:])
    flags = _kinds(pg_db)
    assert all(flags.values()), [k for k, v in flags.items() if not v]


def test_forcing_every_query_gives_the_same_snapshot(pg_db: ThrowawayDB, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pg_db.execute(*EVERY_KIND)
    read_ahead, _ = _inspect(pg_db)
    assert read_ahead.policies and read_ahead.rules and read_ahead.collations

    original = postgresql_objects.PostgreSQLObjects.fetch_rows

    def every_kind_present(self, connection, name, **params):  # type: ignore[no-untyped-def]
        rows = original(self, connection, name, **params)
        if name != "kinds":
            return rows
        flags = namedtuple("flags", rows[0]._fields)  # type: ignore[misc]
        return [flags(*(True for _ in rows[0]._fields))]

    monkeypatch.setattr(postgresql_objects.PostgreSQLObjects, "fetch_rows", every_kind_present)
    forced, _ = _inspect(pg_db)
    assert forced == read_ahead


def test_a_kind_the_schemas_lack_is_not_asked(pg_db: ThrowawayDB) -> None:
    pg_db.execute("CREATE TABLE t (id int PRIMARY KEY)")
    _, statements = _inspect(pg_db)
    for query in ("policies", "rules", "collations", "partitions", "triggers", "domains",
                  "exclusion_constraints", "views", "comments"):
        header = load_sql("postgresql", query).splitlines()[0]
        assert not any(s.startswith(header) for s in statements), query
    assert sum(s.startswith("-- Which kinds") for s in statements) == 1


def test_read_ahead_rows_are_dropped_when_the_reflection_ends(pg_db: ThrowawayDB) -> None:
    pg_db.execute("CREATE TABLE t (id int PRIMARY KEY)")
    with sa.create_engine(pg_db.url).connect() as conn:
        schemanb.inspect(conn)
        assert postgresql_pipeline._PREFETCHED not in conn.info


def test_table_size_is_measured_until_analysed_then_the_catalogs(pg_db: ThrowawayDB) -> None:
    pg_db.execute(
        "CREATE TABLE t (id int PRIMARY KEY, v text)",
        "CREATE INDEX t_v ON t (v)",
        "INSERT INTO t SELECT g, repeat(md5(g::text), 100) FROM generate_series(1, 3000) AS g",
    )
    measured = "SELECT pg_total_relation_size('t')"
    pages = (
        "SELECT (c.relpages + t.relpages + (SELECT sum(i.relpages) FROM pg_index AS x"
        " JOIN pg_class AS i ON i.oid = x.indexrelid WHERE x.indrelid IN (c.oid, t.oid)))"
        " * current_setting('block_size')::bigint"
        " FROM pg_class AS c JOIN pg_class AS t ON t.oid = c.reltoastrelid WHERE c.oid = 't'::regclass"
    )

    def size() -> int | None:
        pg_db.engine.dispose()
        return schemanb.inspect(pg_db.url).table("t").size_bytes

    with pg_db.engine.connect() as conn:
        assert size() == conn.execute(sa.text(measured)).scalar() > 0
    pg_db.execute("ANALYZE t")
    with pg_db.engine.connect() as conn:
        catalog, exact = conn.execute(sa.text(pages)).scalar(), conn.execute(sa.text(measured)).scalar()
    assert size() == catalog
    assert abs(catalog - exact) <= 64 * 1024  # the free-space and visibility maps only
