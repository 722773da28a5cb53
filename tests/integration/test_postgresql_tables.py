"""PostgreSQL tables come from schemanb's own bulk queries (``dialects/postgresql/tables.py``),
sent in one pipeline; the result must be what the Inspector's ``get_multi_*`` path gives.

Each path is forced in turn on the same database: the bulk queries against the
Inspector (a rich model set with hostile names, identity, generated and
collated columns, enums, partial and expression indexes, comments, and a foreign
key into another schema, which names its columns with a second query), and the
pipeline against the same queries run one after the other.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa

import schemanb
from schemanb.dialects.postgresql import pipeline as postgresql_pipeline
from schemanb.dialects.postgresql import tables as postgresql_tables


def _rich_metadata(dialect: str) -> sa.MetaData:
    """The rich model set of ``test_reflect_models`` (loaded by path: tests are not a package)."""
    path = Path(__file__).with_name("test_reflect_models.py")
    spec = importlib.util.spec_from_file_location("_rich_models", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.rich_metadata(dialect)  # type: ignore[no-any-return]


def _cross_schema(pg_db) -> None:  # type: ignore[no-untyped-def]
    pg_db.execute(
        'CREATE SCHEMA "Other Side"',
        'CREATE TABLE "Other Side"."Ref Table" ("Key" INTEGER PRIMARY KEY, "Code" TEXT UNIQUE)',
        'CREATE TABLE "Points Out" (id SERIAL PRIMARY KEY, ref INTEGER '
        'REFERENCES "Other Side"."Ref Table" ("Key") ON DELETE CASCADE, '
        'code TEXT REFERENCES "Other Side"."Ref Table" ("Code") DEFERRABLE INITIALLY DEFERRED)',
    )


def _snapshot(pg_db):  # type: ignore[no-untyped-def]
    pg_db.engine.dispose()
    return schemanb.inspect(pg_db.url, schemas="*")


def test_bulk_queries_equal_the_inspector(pg_db, monkeypatch):
    _rich_metadata("postgresql").create_all(pg_db.engine)
    _cross_schema(pg_db)
    bulk = _snapshot(pg_db)
    fk = bulk.table("Points Out").foreign_keys
    assert {f.referred_table.name for f in fk} == {"Ref Table"}
    assert sorted(f.referred_columns for f in fk) == [("Code",), ("Key",)]
    monkeypatch.setattr(postgresql_tables.PostgreSQLTables, "fetch_table_parts", lambda *a, **k: None)
    monkeypatch.setattr(postgresql_tables.PostgreSQLTables, "fetch_view_columns", lambda *a, **k: None)
    inspector = _snapshot(pg_db)
    assert len(bulk.tables) > 5
    assert bulk == inspector


def test_pipeline_equals_one_query_after_another(pg_db, monkeypatch):
    _rich_metadata("postgresql").create_all(pg_db.engine)
    _cross_schema(pg_db)
    pipelined = _snapshot(pg_db)
    monkeypatch.setattr(postgresql_pipeline, "_pipeline_supported", lambda raw: False)
    assert _snapshot(pg_db) == pipelined


def test_pipelined_statements_reach_sqlalchemy_listeners(pg_db):
    _rich_metadata("postgresql").create_all(pg_db.engine)
    seen: list[str] = []
    engine = sa.create_engine(pg_db.url)
    sa.event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *rest: seen.append(sql))
    try:
        schemanb.inspect(engine)
    finally:
        engine.dispose()
    assert any("pg_catalog.pg_constraint AS k" in s for s in seen)
    assert any("pg_catalog.pg_index AS x" in s for s in seen)
    assert any("format_type(a.atttypid, a.atttypmod) AS format_type" in s for s in seen)


def test_named_types_are_read_after_the_pipeline_in_their_place(pg_db, monkeypatch):
    # Enum and domain columns need SQLAlchemy's own queries, which may not run
    # inside the pipeline: they are typed afterwards, in the column order.
    pg_db.execute(
        "CREATE TYPE mood AS ENUM ('sad', 'ok')",
        'CREATE DOMAIN "Positive" AS integer CHECK (VALUE > 0)',
        'CREATE TABLE t (id integer PRIMARY KEY, m mood, ms mood[], d "Positive" NOT NULL, '
        "iv interval day to second, label text DEFAULT 'x', n numeric(5, 2))",
        "INSERT INTO t (id, d) SELECT g, g FROM generate_series(1, 25) AS g",
        "ANALYZE t",
    )
    bulk = _snapshot(pg_db).table("t")
    assert [c.name for c in bulk.columns] == ["id", "m", "ms", "d", "iv", "label", "n"]
    types = {c.name: c.type_sql for c in bulk.columns}
    assert types["m"] == "mood" and types["ms"].lower() == "mood[]" and types["d"] == "Positive"
    assert bulk.row_estimate == 25
    monkeypatch.setattr(postgresql_tables.PostgreSQLTables, "fetch_table_parts", lambda *a, **k: None)
    inspector = _snapshot(pg_db).table("t")
    assert bulk == inspector
    assert inspector.row_estimate == 25


def test_a_domain_column_has_its_own_not_null_and_default_not_the_domains(pg_db):
    # SQLAlchemy folds the domain's NOT NULL and DEFAULT into the column: a column
    # made NOT NULL by hand would then equal one whose domain is (issue #16).
    pg_db.execute(
        'CREATE DOMAIN "Pos Int" AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0)',
        'CREATE TABLE t (id integer PRIMARY KEY, plain "Pos Int", strict "Pos Int" NOT NULL DEFAULT 2)',
    )
    t = _snapshot(pg_db).table("t")
    assert (t.column("plain").nullable, t.column("plain").default) == (True, None)
    assert (t.column("strict").nullable, t.column("strict").default) == (False, "2")
