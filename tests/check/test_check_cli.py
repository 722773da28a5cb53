"""``schemanb check``: exit codes 0/1/2 and named changes, on real databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

PROJECT = Path(__file__).parent / "alembic_project"
ROOT = Path(__file__).resolve().parents[2]

BASE_DDL = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, name VARCHAR(100))",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), total NUMERIC(10, 2))",
]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # This checkout first: an installed schemanb elsewhere must not answer for it.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(PROJECT)]))
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "check", *args],
        capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=300,
    )


@pytest.fixture
def baseline(db, tmp_path):
    db.execute(*BASE_DDL)
    path = tmp_path / "baseline.json"
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "snapshot", db.url, "-o", str(path)],
        capture_output=True, text=True, check=True,
    )
    assert path.exists(), result.stderr
    return path


def test_baseline_in_sync_exits_0(db, baseline):
    result = run_cli("--baseline", str(baseline), db.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("in sync")


DRIFTS = {
    "column_added": ("ALTER TABLE orders ADD COLUMN note VARCHAR(50)", "column_added", "orders.note"),
    "table_added": ("CREATE TABLE audit (id INTEGER PRIMARY KEY)", "table_added", "audit"),
    "index_added": ("CREATE INDEX ix_orders_total ON orders (total)", "index_added", "orders.ix_orders_total"),
    "table_dropped": ("DROP TABLE orders", "table_dropped", "orders"),
}


@pytest.mark.parametrize("drift", sorted(DRIFTS))
def test_each_drift_exits_1_and_names_the_change(db, baseline, drift):
    statement, kind, obj = DRIFTS[drift]
    db.execute(statement)
    result = run_cli("--baseline", str(baseline), db.url, "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    changes = report["results"][0]["changes"]
    assert any(
        c["kind"] == kind and f"{c['table']}.{c['object']}".removesuffix(".None") == obj
        for c in changes
    ), changes


def test_ignore_pattern_hides_the_drift(db, baseline):
    db.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)")
    assert run_cli("--baseline", str(baseline), db.url, "--ignore", "audit").returncode == 0


def test_fail_on_destructive_tolerates_safe_changes(db, baseline):
    db.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)")
    assert run_cli("--baseline", str(baseline), db.url, "--fail-on", "destructive").returncode == 0
    db.execute("DROP TABLE audit", "DROP TABLE orders")
    assert run_cli("--baseline", str(baseline), db.url, "--fail-on", "destructive").returncode == 1


def test_models_in_sync_and_drifted(db):
    import importlib.util

    spec = importlib.util.spec_from_file_location("shop_models", PROJECT / "shop_models.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.Base.metadata.create_all(db.engine)
    ok = run_cli("--models", "shop_models:Base", db.url)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ahead = run_cli("--models", "shop_models_ahead:Base", db.url, "--format", "markdown")
    assert ahead.returncode == 1, ahead.stderr
    # expected (models) -> actual (database): the database lacks the models' column
    assert "| column_dropped | `orders.note` |" in ahead.stdout


def test_junit_report_marks_drift_as_failure(db, baseline, tmp_path):
    db.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(50)")
    out = tmp_path / "junit.xml"
    result = run_cli("--baseline", str(baseline), db.url, "--format", "junit", "-o", str(out))
    assert result.returncode == 1
    suite = ET.parse(out).getroot()
    assert suite.get("failures") == "1"
    assert "orders.note" in suite.find("testcase/failure").text


def test_alembic_migrations_match_models():
    result = run_cli("--alembic", str(PROJECT / "alembic.ini"), "--models", "shop_models:Base")
    assert result.returncode == 0, result.stdout + result.stderr


def test_alembic_catches_model_change_without_migration():
    result = run_cli("--alembic", str(PROJECT / "alembic.ini"), "--models", "shop_models_ahead:Base")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "orders.note" in result.stdout


@pytest.mark.parametrize("server", ["postgresql", "mariadb"])
def test_alembic_on_a_server_scratch_database(server, request):
    from dbutil import SERVER_URLS

    request.getfixturevalue("pg_db" if server == "postgresql" else "mariadb_db")  # skip/fail if down
    result = run_cli(
        "--alembic", str(PROJECT / "alembic.ini"), "--models", "shop_models_ahead:Base",
        "--scratch-url", SERVER_URLS[server],
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "orders.note" in result.stdout
    ok = run_cli(
        "--alembic", str(PROJECT / "alembic.ini"), "--models", "shop_models:Base",
        "--scratch-url", SERVER_URLS[server],
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr


BAD_INPUT = {
    "no_expectation": ((), "say what to expect"),
    "missing_baseline": (("--baseline", "nope.json", "sqlite://"), "nope.json"),
    "bad_models_path": (("--models", "no_such_module:Base", "sqlite://"), "cannot import no_such_module"),
    "bad_risk": (("--baseline", "x.json", "sqlite://", "--fail-on", "scary"), "unknown risk level"),
    "alembic_without_models": (("--alembic", "alembic.ini"), "--alembic needs --models"),
    "unreachable": (("--baseline", "x.json", "postgresql://u:hunter2@127.0.0.1:1/db"), "hunter2"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_exits_2_with_one_line(case, tmp_path):
    args, needle = BAD_INPUT[case]
    (tmp_path / "x.json").write_text('{"format_version": 1}')
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    if case == "unreachable":
        assert needle not in result.stderr + result.stdout
        assert "***" in result.stdout + result.stderr
    else:
        assert needle in lines[0]


def _create_models(db) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("shop_models", PROJECT / "shop_models.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    module.Base.metadata.create_all(db.engine)


def test_models_leave_out_what_models_cannot_express(db):
    """#20 item 10: views, routines, triggers in the database are not drift from models."""
    _create_models(db)
    db.execute("CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100")
    if db.kind == "postgresql":
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                   "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()")
    else:
        db.execute("CREATE TRIGGER orders_touch AFTER UPDATE ON orders FOR EACH ROW "
                   + ("BEGIN UPDATE orders SET status = 'x' WHERE 1 = 0; END" if db.kind == "sqlite"
                      else "SET @x = 1"))
    text = run_cli("--models", "shop_models:Base", db.url)
    assert text.returncode == 0, text.stdout + text.stderr
    assert text.stdout.startswith("in sync")
    assert "left out: views, routines, triggers" in text.stdout
    assert "models cannot express them" in text.stdout and "--all-kinds" in text.stdout
    data = json.loads(run_cli("--models", "shop_models:Base", db.url, "--format", "json").stdout)
    assert data["results"][0]["left_out"][:3] == ["views", "routines", "triggers"]
    assert "left out" in run_cli("--models", "shop_models:Base", db.url, "--format", "markdown").stdout
    every = run_cli("--models", "shop_models:Base", db.url, "--all-kinds", "--format", "json")
    assert every.returncode == 1, every.stderr
    kinds = {c["kind"] for c in json.loads(every.stdout)["results"][0]["changes"]}
    assert {"view_added", "trigger_added"} <= kinds, kinds
    assert json.loads(every.stdout)["results"][0]["left_out"] == []


def test_a_baseline_leaves_nothing_out(db, baseline):
    db.execute("CREATE VIEW v AS SELECT id FROM orders")
    result = run_cli("--baseline", str(baseline), db.url)
    assert result.returncode == 1 and "view_added" in result.stdout
    assert "left out" not in result.stdout


def test_models_are_checked_in_the_schemas_they_use(pg_db):
    """A PostgreSQL database is read whole by default, but against models only the
    schemas the models use are: a schema of someone else's is no drift of theirs."""
    import sqlalchemy as sa

    import schemanb
    from schemanb.check import STATUS_DRIFT, STATUS_IN_SYNC, check_target

    pg_db.run_script("CREATE SCHEMA crm; CREATE TABLE crm.deal (id int PRIMARY KEY);"
                     "CREATE SCHEMA elsewhere; CREATE TABLE elsewhere.audit (id int);"
                     "CREATE TABLE users (id int PRIMARY KEY);")
    metadata = sa.MetaData()
    sa.Table("users", metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False))
    sa.Table("deal", metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
             schema="crm")
    models = schemanb.inspect(metadata, dialect="postgresql")
    assert [n.name for n in models.namespaces] == ["crm"]
    pg_db.engine.dispose()
    assert check_target(models, pg_db.url).status == STATUS_IN_SYNC
    whole = check_target(models, pg_db.url, schemas="*")
    assert whole.status == STATUS_DRIFT
    assert {str(c.ref) for c in whole.changes} == {"elsewhere", "elsewhere.audit"}
