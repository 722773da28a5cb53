"""The public sample schemas round-trip through generated models (issue 8).

chinook on SQLite, PostgreSQL and MariaDB; sakila and pagila on PostgreSQL
(sakila's MySQL and SQLite versions round-trip too, but are left out to keep the
suite fast). Each sample is loaded once per module. For every sample the
generated module is imported, ``configure_mappers()`` run, and two snapshots
compared with the original: the models' own and that of a fresh database made by
``create_all()``.

Known gaps are listed in ``GAPS`` with the reason, and asserted to be exactly
the tables that differ — so a gap that closes, or a new one, fails the test:

* pagila's ``payment``: its partitions own FKs and indexes of their own
  (``payment_p2022_01_customer_id_fkey``), which the snapshot holds since partitions
  keep what they own; models list a partition by its name and bound only.

Closed:

* sakila's ``payment_p2007_*`` (old-style ``INHERITS`` children) are generated with
  ``postgresql_inherits=("payment",)``, their inherited columns ``system=True`` and
  ``add_is_dependent_on`` their parent, so ``create_all()`` makes them as ``INHERITS``
  children again; their ``payment_insert_p2007_*`` rules are not part of models.

pagila's ``payment`` is partitioned by range: the generated class carries
``postgresql_partition_by`` and its partitions in ``info``, which the module's
``after_create`` listener creates (without what each partition owns: the gap above).

PostgreSQL domains (sakila and pagila ``year``) round-trip: the generated module
declares ``DOMAIN(name=..., data_type=..., check=..., constraint_name=...)``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import uuid
import warnings
from pathlib import Path

import pytest
from dbutil import ThrowawayDB, sample_schemas_dir, server_unavailable
from sqlalchemy.orm import clear_mappers, configure_mappers

import schemanb
from schemanb import SchemaNBWarning, model

# sakila's staff <-> store cycle: SQLAlchemy's sort warns, inspect(metadata) still works.
pytestmark = pytest.mark.filterwarnings("ignore:Cannot correctly sort tables")

SAMPLES = sample_schemas_dir()
FILES = {"sqlite": "sqlite.sql", "postgresql": "postgres.sql", "mariadb": "mysql.sql"}

CASES = [
    ("chinook", "sqlite"),
    ("chinook", "postgresql"),
    ("chinook", "mariadb"),
    ("sakila", "postgresql"),
    ("pagila", "postgresql"),
]

#: (sample, kind) -> (tables differing in the models, tables differing in a fresh database).
GAPS: dict[tuple[str, str], tuple[set[str], set[str]]] = {
    # The FKs and indexes pagila's partitions own: models list partitions by name and bound.
    ("pagila", "postgresql"): ({"payment"}, {"payment"}),
}


@pytest.fixture(scope="module", params=CASES, ids=[f"{s}-{k}" for s, k in CASES])
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """``(name, kind, snapshot, fresh database)`` — each sample loaded once."""
    name, kind = request.param
    path = SAMPLES / name / FILES[kind]
    if not path.exists():
        pytest.skip(f"{path} is missing")
    reason = server_unavailable(kind)
    if reason:
        pytest.skip(f"{kind} unavailable: {reason}")
    tmp = tmp_path_factory.mktemp(f"{name}_{kind}")
    db = ThrowawayDB.create(kind, tmp)
    fresh = ThrowawayDB.create(kind, tmp)
    try:
        db.run_script(path.read_text(encoding="utf-8"))
        yield name, kind, schemanb.inspect(db.url), fresh
    finally:
        db.drop()
        fresh.drop()


def _import(source: str, tmp_path: Path) -> object:
    module_name = f"schemanb_sample_{uuid.uuid4().hex}"
    path = tmp_path / f"{module_name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _differing(a: model.Schema, b: model.Schema) -> set[str]:
    """Names of the tables that differ (or exist on one side only)."""
    names = {t.name for t in a.tables} | {t.name for t in b.tables}
    return {n for n in names if a.table_map.get(model.TableKey(None, n)) != b.table_map.get(model.TableKey(None, n))}


def _without(schema: model.Schema, tables: set[str]) -> model.Schema:
    """``schema`` without ``tables`` and the objects models cannot express (views,
    routines, triggers, rules, extensions, grants, composite types, and domains no column
    uses — pagila's ``bıgınt``: models declare a domain through a column's type), and
    the default schema's own comment (sakila's on ``public``)."""
    used = {c.type_sql for t in schema.tables for c in t.columns}
    return dataclasses.replace(
        schema,
        domains=tuple(d for d in schema.domains if d.name in used),
        views=(),
        routines=(),
        triggers=(),
        rules=(),
        extensions=(),
        grants=(),
        composite_types=(),
        default_schema_comment=None,
        tables=tuple(t for t in schema.tables if t.name not in tables),
    )


def _assert_round_trip(original: model.Schema, other: model.Schema, gaps: set[str]) -> None:
    assert _differing(original, other) == gaps
    a, b = _without(original, gaps), _without(other, gaps)
    # SQLite keeps each table's CREATE text as written; a database made by
    # create_all() words it as SQLAlchemy does (the structure is what round-trips).
    changes = schemanb.diff(a, b, ignore=["definitions"])
    assert changes.is_empty, changes.summary()
    assert a == b


def test_sample_round_trips_through_models_and_a_fresh_database(sample, tmp_path):
    name, kind, original, fresh = sample
    in_models, in_fresh = GAPS.get((name, kind), (set(), set()))
    assert len(original.tables) >= 11
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SchemaNBWarning)
        source = schemanb.codegen(original)
    module = _import(source, tmp_path)
    try:
        configure_mappers()
        metadata = module.Base.metadata  # type: ignore[attr-defined]
        _assert_round_trip(original, schemanb.inspect(metadata, dialect=original.dialect), in_models)
        with warnings.catch_warnings():
            # sakila's staff <-> store cycle: SQLAlchemy warns and adds the keys afterwards.
            warnings.simplefilter("ignore")
            metadata.create_all(fresh.engine)
        _assert_round_trip(original, schemanb.inspect(fresh.url), in_fresh)
    finally:
        clear_mappers()


def test_only_documented_types_lack_an_exact_spelling(sample):
    name, kind, original, _ = sample
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SchemaNBWarning)
        schemanb.codegen(original)
    messages = [str(w.message) for w in caught if issubclass(w.category, SchemaNBWarning)]
    assert messages == []
