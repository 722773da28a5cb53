"""``schemanb diff A B`` output run the way a user runs it (issues #16/#17, Deliver 2).

A real project made by ``alembic init``, pointed at database A; the revision
written by ``schemanb diff A B --format alembic --alembic-dir``; then ``alembic
upgrade head`` (A must now equal B) and ``alembic downgrade -1`` (A must equal
what it was). Everything runs in subprocesses, on every dialect: a
self-referencing table, a table rename, the public samples from an empty
database and back, and a ``--format sql`` script fed to the ``mariadb`` client.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbutil import DIALECTS, ThrowawayDB, make_db, sample_schemas_dir

import schemanb

ROOT = Path(__file__).resolve().parents[2]

SELFREF = """
CREATE TABLE "Cat" (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(80) NOT NULL,
                    CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES "Cat" (id));
CREATE TABLE item (id INTEGER PRIMARY KEY, cat_id INTEGER NOT NULL,
                   CONSTRAINT fk_item_cat FOREIGN KEY (cat_id) REFERENCES "Cat" (id));
"""
RENAME_A = "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(80) NOT NULL, total INTEGER);"
RENAME_B = 'CREATE TABLE "order" (id INTEGER PRIMARY KEY, customer VARCHAR(80) NOT NULL, total INTEGER);'


def _quoted(db: ThrowawayDB, sql: str) -> str:
    return sql.replace('"', "`") if db.kind == "mariadb" else sql


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, *args], cwd=cwd, env=env, text=True, capture_output=True,
                            timeout=300, check=False)
    return result


def _ok(*args: str, cwd: Path, codes: tuple[int, ...] = (0,)) -> str:
    result = _run(*args, cwd=cwd)
    assert result.returncode in codes, f"{args[:3]} exited {result.returncode}:\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(params=DIALECTS)
def dbs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ThrowawayDB, ThrowawayDB]]:
    gen_a, gen_b = make_db(request.param, tmp_path), make_db(request.param, tmp_path)
    a, b = next(gen_a), next(gen_b)
    for db in (a, b):
        db.run_script("")  # an empty SQLite file exists
    try:
        yield a, b
    finally:
        for gen in (gen_a, gen_b):
            gen.close()


def _alembic_project(tmp_path: Path, url: str) -> Path:
    """``alembic init migrations`` in ``tmp_path``, its ``sqlalchemy.url`` set to ``url``."""
    _ok("-m", "alembic", "init", "migrations", cwd=tmp_path)
    ini = tmp_path / "alembic.ini"
    text = ini.read_text(encoding="utf-8")
    assert "sqlalchemy.url = driver://user:pass@localhost/dbname" in text
    ini.write_text(text.replace("driver://user:pass@localhost/dbname", url.replace("%", "%%")), encoding="utf-8")
    return tmp_path / "migrations"


def _same(x: schemanb.Schema, y: schemanb.Schema) -> str:
    left = schemanb.diff(x, y)
    return "" if left.is_empty else "; ".join(f"{c.kind.value} {c.ref}" for c in left.changes)


def roundtrip(a: ThrowawayDB, b: ThrowawayDB, tmp_path: Path) -> None:
    """Upgrade A to B by the revision, then downgrade it back; both checked by re-inspection."""
    a.engine.dispose()
    before, target = schemanb.inspect(a.url), schemanb.inspect(b.url)
    versions = _alembic_project(tmp_path, a.url)
    _ok("-m", "schemanb", "diff", a.url, b.url, "--format", "alembic", "--alembic-dir", str(versions), cwd=tmp_path,
        codes=(1,))
    [revision] = list((versions / "versions").glob("*.py"))
    compile(revision.read_text(encoding="utf-8"), str(revision), "exec")
    _ok("-m", "alembic", "upgrade", "head", cwd=tmp_path)
    after = _without_version(a)
    assert not _same(after, target), f"after upgrade: {_same(after, target)}\n{revision.read_text()}"
    _ok("-m", "alembic", "downgrade", "-1", cwd=tmp_path)
    back = _without_version(a)
    assert not _same(back, before), f"after downgrade: {_same(back, before)}\n{revision.read_text()}"


def _without_version(db: ThrowawayDB) -> schemanb.Schema:
    import dataclasses

    db.engine.dispose()
    snap = schemanb.inspect(db.url)
    return dataclasses.replace(snap, tables=tuple(t for t in snap.tables if t.name != "alembic_version"))


def test_a_self_referencing_table_is_created_and_dropped(dbs: tuple[ThrowawayDB, ThrowawayDB], tmp_path: Path) -> None:
    a, b = dbs
    b.run_script(_quoted(b, SELFREF))
    roundtrip(a, b, tmp_path)


def test_a_renamed_table_keeps_its_rows(dbs: tuple[ThrowawayDB, ThrowawayDB], tmp_path: Path) -> None:
    a, b = dbs
    a.run_script(RENAME_A + "\nINSERT INTO orders (id, customer) VALUES (1, 'ann');")
    b.run_script(_quoted(b, RENAME_B))
    versions = _alembic_project(tmp_path, a.url)
    _ok("-m", "schemanb", "diff", a.url, b.url, "--format", "alembic", "--alembic-dir", str(versions), cwd=tmp_path,
        codes=(1,))
    [revision] = list((versions / "versions").glob("*.py"))
    assert "rename_table('orders', 'order')" in revision.read_text(encoding="utf-8")
    _ok("-m", "alembic", "upgrade", "head", cwd=tmp_path)
    assert not _same(_without_version(a), _without_version(b))
    with a.engine.connect() as conn:
        name = a.engine.dialect.identifier_preparer.quote("order")
        assert conn.exec_driver_sql(f"SELECT customer FROM {name}").scalar() == "ann"
    a.engine.dispose()
    _ok("-m", "alembic", "downgrade", "-1", cwd=tmp_path)
    with a.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT customer FROM orders").scalar() == "ann"


def test_the_sql_script_runs_in_the_mariadb_client(tmp_path: Path) -> None:
    """``--format sql`` on MariaDB is a script for the ``mariadb`` client: bodies with ';' get DELIMITER."""
    gen_a, gen_b = make_db("mariadb", tmp_path), make_db("mariadb", tmp_path)
    a, b = next(gen_a), next(gen_b)
    try:
        b.run_script("CREATE TABLE t (id INT PRIMARY KEY, n INT);\nDELIMITER //\n"
                     "CREATE PROCEDURE bump(IN k INT) BEGIN UPDATE t SET n = n + 1 WHERE id = k; SELECT 1; END//\n"
                     "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.n = 0; SET @x = 1; END//\n"
                     "DELIMITER ;\n")
        script = _ok("-m", "schemanb", "diff", a.url, b.url, "--format", "sql", cwd=tmp_path, codes=(1,))
        assert "DELIMITER" in script
        a.run_script(script)  # the mariadb client, without --force
        assert not _same(_without_version(a), _without_version(b))
    finally:
        for gen in (gen_a, gen_b):
            gen.close()


SAMPLES = {  # (sample, dialect) -> file under ../shared/sample-schemas
    ("chinook", "sqlite"): "chinook/sqlite.sql",
    ("chinook", "postgresql"): "chinook/postgres.sql",
    ("chinook", "mariadb"): "chinook/mysql.sql",
    ("sakila", "sqlite"): "sakila/sqlite.sql",
    ("sakila", "mariadb"): "sakila/mysql.sql",
}


@pytest.mark.parametrize(("sample", "kind"), sorted(SAMPLES), ids=lambda x: str(x))
def test_a_sample_from_empty_and_back(sample: str, kind: str, tmp_path: Path) -> None:
    path = sample_schemas_dir() / SAMPLES[sample, kind]
    if not path.exists():
        pytest.skip(f"sample schema {path} is not there")
    gen_a, gen_b = make_db(kind, tmp_path), make_db(kind, tmp_path)
    a, b = next(gen_a), next(gen_b)
    try:
        a.run_script("")
        b.run_script(path.read_text(encoding="utf-8"))
        roundtrip(a, b, tmp_path)
    finally:
        for gen in (gen_a, gen_b):
            gen.close()
