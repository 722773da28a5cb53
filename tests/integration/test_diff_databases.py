"""The diff on real databases: no false positives, and the sample's drift found (issue 4).

Each test runs on SQLite, PostgreSQL and MariaDB through the ``db`` fixture:
a snapshot diffed with itself, its JSON reload and the models that created the
database is empty; the dev -> prod drift of the sample is exactly the seven
documented changes, the rename among them; the risk of each uses the dialect.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import schemanb
from schemanb.diff import Risk, diff
from schemanb.sample import build_sample
from schemanb.serialize import dumps, loads


def _reflect_models_module():
    path = Path(__file__).with_name("test_reflect_models.py")
    name = "_schemanb_reflect_models_for_diff"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[name] = module
    return sys.modules[name]


def test_database_snapshot_against_itself_reload_and_its_models_is_empty(db):
    # "mariadb" compiles the models as SQLAlchemy does for a MariaDB server.
    dialect = "mariadb" if db.kind == "mariadb" else db.dialect
    md = _reflect_models_module().rich_metadata(dialect)
    md.create_all(db.engine)
    reflected = schemanb.inspect(db.url)
    assert reflected.tables, "the models created no tables"
    assert diff(reflected, reflected).is_empty
    assert diff(reflected, loads(dumps(reflected))).is_empty
    from_models = schemanb.inspect(md, dialect=dialect)
    both_ways = (diff(from_models, reflected), diff(reflected, from_models))
    assert [d.to_text() for d in both_ways] == ["no differences\n", "no differences\n"]


def test_sample_dev_to_prod_drift_is_the_seven_documented_changes(db):
    build_sample(db.url, "dev")
    dev = schemanb.inspect(db.url)
    build_sample(db.url, "prod")
    prod = schemanb.inspect(db.url)
    d = diff(dev, prod)
    found = sorted((c.kind.value, str(c.ref)) for c in d.changes)
    assert found == [
        ("column_added", "customers.loyalty_points"),
        ("column_default_changed", "orders.currency"),
        ("column_renamed", "addresses.zip_code"),
        ("column_type_changed", "customers.full_name"),
        ("index_added", "payments.hotfix_payments_order_status"),
        ("index_dropped", "shipments.ix_shipments_tracking_number"),
        ("table_added", "audit_log"),
    ]
    risks = {str(c.ref): c.risk for c in d.changes}
    assert risks["addresses.zip_code"] is Risk.REVIEW
    assert risks["customers.loyalty_points"] is Risk.SAFE
    # VARCHAR(100) -> VARCHAR(255): in place on PostgreSQL and MariaDB; SQLite recreates.
    expected = Risk.LOCKING if db.dialect == "sqlite" else Risk.SAFE
    assert risks["customers.full_name"] is expected
    back = diff(prod, dev)
    assert sorted(c.kind.value for c in back.changes) == [
        "column_default_changed", "column_dropped", "column_renamed", "column_type_changed",
        "index_added", "index_dropped", "table_dropped",
    ]
    assert back.is_destructive


def test_portable_diff_of_the_sample_across_dialects_is_empty(sqlite_db, pg_db, mariadb_db):
    snaps = {}
    for db in (sqlite_db, pg_db, mariadb_db):
        build_sample(db.url, "dev")
        snaps[db.kind] = schemanb.inspect(db.url)
    assert not diff(snaps["sqlite"], snaps["postgresql"]).is_empty
    for a, b in (("sqlite", "postgresql"), ("mariadb", "postgresql"), ("sqlite", "mariadb")):
        portable = diff(snaps[a], snaps[b], portable=True)
        assert (a, b, portable.to_text()) == (a, b, "no differences\n")
