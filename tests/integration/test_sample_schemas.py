"""The public sample schemas of ../shared/sample-schemas reflect with the right counts.

Each file is loaded once per module into a throwaway database. The expected
numbers were established independently of schemanb, by catalog queries on the
loaded databases (``pg_class``/``pg_constraint``, ``information_schema.tables``/
``views``/``referential_constraints``, ``sqlite_master`` + ``pragma_foreign_key_list``)
and by reading the files (pagila's 13 ``CREATE SEQUENCE`` without ``OWNED BY``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from dbutil import ThrowawayDB, sample_schemas_dir, server_unavailable

import schemanb
from schemanb import serialize

SAMPLES = sample_schemas_dir()

# (kind, file, schemas=, tables, views, materialized views, foreign keys, enums, sequences)
# pagila: payment's 55 partitions (and their FKs and indexes) are folded into it.
CASES = {
    "pagila-pg": ("postgresql", "pagila/postgres.sql", None, 15, 8, 1, 18, 1, 13),
    "chinook-pg": ("postgresql", "chinook/postgres.sql", None, 11, 0, 0, 11, 0, 0),
    "sakila-pg": ("postgresql", "sakila/postgres.sql", None, 21, 7, 0, 40, 1, 13),
    # adventureworks: three serial columns in two-column keys keep their sequences (OWNED BY).
    "adventureworks-pg": ("postgresql", "adventureworks/postgres.sql", "*", 68, 89, 2, 90, 0, 3),
    "chinook-mariadb": ("mariadb", "chinook/mysql.sql", None, 11, 0, 0, 11, 0, 0),
    "sakila-mariadb": ("mariadb", "sakila/mysql.sql", None, 16, 7, 0, 22, 0, 0),
    "chinook-sqlite": ("sqlite", "chinook/sqlite.sql", None, 11, 0, 0, 11, 0, 0),
    "sakila-sqlite": ("sqlite", "sakila/sqlite.sql", None, 16, 5, 0, 22, 0, 0),
}


#: PostgreSQL: every pg_index row of the tables (primary keys, UNIQUE constraints
#: and plain indexes; partitions' own left out, as they are folded into their
#: parent), counted with a catalog query.
PG_INDEX_TOTALS = {"pagila-pg": 30, "chinook-pg": 22, "sakila-pg": 44, "adventureworks-pg": 69}


@pytest.fixture(scope="module", params=sorted(CASES))
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, schemanb.Schema]]:
    """(case name, snapshot) — the file loaded once, inspected once."""
    kind, file, schemas, *_ = CASES[request.param]
    path = SAMPLES / file
    if not path.exists():
        pytest.skip(f"sample schema {path} is not there")
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db = ThrowawayDB.create(kind, tmp_path_factory.mktemp(request.param))
    try:
        db.run_script(path.read_text(encoding="utf-8"))
        yield request.param, schemanb.inspect(db.url, schemas=schemas)
    finally:
        db.drop()


def test_counts(sample):
    name, snap = sample
    *_, tables, views, matviews, fks, enums, sequences = CASES[name]
    assert len(snap.tables) == tables
    assert len(snap.views) == views
    assert sum(v.materialized for v in snap.views) == matviews
    assert sum(len(t.foreign_keys) for t in snap.tables) == fks
    assert len(snap.enums) == enums
    assert len(snap.sequences) == sequences


def test_postgresql_index_totals(sample):
    name, snap = sample
    if name not in PG_INDEX_TOTALS:
        pytest.skip("counted on PostgreSQL only")
    total = sum(
        len(t.indexes) + len(t.unique_constraints) + (t.primary_key is not None) for t in snap.tables
    )
    assert total == PG_INDEX_TOTALS[name]


def test_every_foreign_key_points_at_a_reflected_table(sample):
    _, snap = sample
    keys = {t.key for t in snap.tables}
    for t in snap.tables:
        for fk in t.foreign_keys:
            assert fk.referred_table in keys, f"{t.key}: {fk}"


def test_no_unknown_types_and_a_json_round_trip(sample):
    _, snap = sample
    unknown = [f"{t.key}.{c.name}" for t in snap.tables for c in t.columns if c.type_sql == "UNKNOWN"]
    assert unknown == []
    assert serialize.loads(serialize.dumps(snap)) == snap


def test_pagila_details(sample):
    name, snap = sample
    if name != "pagila-pg":
        pytest.skip("pagila only")
    assert [(e.name, e.values) for e in snap.enums] == [("mpaa_rating", ("G", "PG", "PG-13", "R", "NC-17"))]
    film = snap.table("film")
    assert film.column("rating").type_sql == "mpaa_rating"
    assert film.column("fulltext").type_sql == "TSVECTOR"
    assert film.column("release_year").type_sql == "year"  # a domain keeps its name
    assert {v.name for v in snap.views if v.materialized} == {"rental_by_category"}
    assert snap.info.schemas == (None,)


def test_adventureworks_schemas(sample):
    name, snap = sample
    if name != "adventureworks-pg":
        pytest.skip("adventureworks only")
    assert snap.info.schemas == (
        None, "hr", "humanresources", "pe", "person", "pr", "production", "pu", "purchasing", "sa", "sales",
    )
    by_schema: dict[str | None, int] = {}
    for t in snap.tables:
        by_schema[t.schema] = by_schema.get(t.schema, 0) + 1
    assert sorted(by_schema) == ["humanresources", "person", "production", "purchasing", "sales"]
    assert sum(1 for t in snap.tables for fk in t.foreign_keys if fk.referred_table.schema != t.schema) > 0
    assert snap.table("person", schema="person").comment
