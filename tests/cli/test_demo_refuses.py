"""``schemanb demo --url`` only ever replaces what it created itself (issue #19, item 1).

A database holding a user's own ``customers`` table (a name the sample uses too)
is refused before anything is created — no ``<db>_prod`` database either — and
the user's rows stay; the demo rerun on its own earlier output still works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

import schemanb
from schemanb.errors import SourceError
from schemanb.sample import build_sample, check_target
from schemanb.sample.demo import OPTIONAL_STEPS

ROOT = Path(__file__).resolve().parents[2]
SKIP_FEATURES = [arg for step in OPTIONAL_STEPS for arg in ("--skip", step)]


def _demo(url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "demo", "-o", str(cwd / "out"), "--url", url,
         *SKIP_FEATURES],
        cwd=cwd, env=dict(os.environ, PYTHONPATH=str(ROOT)), text=True,
        capture_output=True, timeout=240, check=False,
    )


def _prod_exists(db) -> bool:
    if db.kind == "sqlite":
        assert db.path is not None
        return db.path.with_name(db.path.stem + "_prod" + db.path.suffix).exists()
    with db.engine.connect() as conn:
        if db.kind == "postgresql":
            found = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": f"{db.name}_prod"}
            ).first()
        else:
            found = conn.execute(
                sa.text("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = :n"),
                {"n": f"{db.name}_prod"},
            ).first()
    return found is not None


def _drop_prod(db) -> None:
    if db.kind == "sqlite":
        return
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        if db.kind == "postgresql":
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db.name}_prod" WITH (FORCE)')
        else:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{db.name}_prod`")


def _customers(db) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text("SELECT id, name FROM customers ORDER BY id"))]


def test_demo_refuses_a_users_table_with_a_sample_name_and_creates_nothing(db, tmp_path):
    db.execute(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40))",
        "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')",
    )
    try:
        result = _demo(db.url, tmp_path)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("schemanb: error: refusing to load the dev sample into ")
        assert db.name in line
        assert "table 'customers', which the sample did not create" in line
        assert line.endswith("give an empty database (or drop it yourself)")
        assert not _prod_exists(db)
        assert _customers(db) == [(1, "Ada"), (2, "Grace")]
        assert [t.name for t in schemanb.inspect(db.url).tables] == ["customers"]
    finally:
        _drop_prod(db)


def test_demo_refuses_a_prod_companion_it_did_not_fill(db, tmp_path):
    """``<db>_prod`` holding a user's table is refused before dev is touched."""
    prod_url = sa.engine.make_url(db.url)
    if db.kind == "sqlite":
        assert db.path is not None
        prod_path = db.path.with_name(db.path.stem + "_prod" + db.path.suffix)
        prod_url = prod_url.set(database=str(prod_path))
    else:
        with db.engine.connect() as conn:
            quote = '"' if db.kind == "postgresql" else "`"
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                f"CREATE DATABASE {quote}{db.name}_prod{quote}"
            )
        prod_url = prod_url.set(database=f"{db.name}_prod")
    prod = sa.create_engine(prod_url)
    try:
        with prod.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
            conn.exec_driver_sql("INSERT INTO orders VALUES (7)")
        result = _demo(db.url, tmp_path)
        assert result.returncode == 2, result.stdout + result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert "refusing to load the prod sample into " in line
        prod_name = prod_url.database or ""
        assert (Path(prod_name).name if db.path else prod_name) in line
        assert "table 'orders'" in line
        with prod.connect() as conn:
            assert conn.execute(sa.text("SELECT id FROM orders")).scalars().all() == [7]
        # dev untouched too
        assert (not db.path.exists()) if db.path else schemanb.inspect(db.url).tables == ()
    finally:
        prod.dispose()
        _drop_prod(db)


def test_demo_reruns_on_its_own_output(db, tmp_path):
    try:
        first = _demo(db.url, tmp_path)
        assert first.returncode == 0, first.stdout + first.stderr
        again = _demo(db.url, tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert len(schemanb.inspect(db.url).tables) == 14
    finally:
        _drop_prod(db)


def test_a_sample_table_replaced_by_the_user_is_not_the_samples_any_more(db):
    build_sample(db.url, "dev")
    check_target(db.url)  # its own output: fine
    db.execute(
        "DROP VIEW order_totals", "DROP VIEW product_stock", "DROP TABLE reviews",
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, body VARCHAR(200))",
        "INSERT INTO reviews VALUES (1, 'mine')",
    )
    with pytest.raises(SourceError, match="table 'reviews', which the sample did not create"):
        build_sample(db.url, "prod")
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT body FROM reviews")).scalars().all() == ["mine"]
