"""SQLite migrations never lose a row (issue #18): foreign keys on, rows in every table.

A rebuild copies a table, drops it and renames the copy. With foreign keys on
(as applications set them), that ``DROP TABLE`` deletes the rows that reference
the table ``ON DELETE CASCADE`` and nulls those ``ON DELETE SET NULL``; a
statement that fails half-way leaves a half-migrated file. Here the printed SQL
is applied as a user would -- the ``sqlite3`` shell (with and without
``-bail``), Python's ``sqlite3`` one statement at a time and as one script, and
the Alembic revision through ``alembic upgrade`` -- always with
``PRAGMA foreign_keys=ON``; every row of every table must survive unchanged, and
a migration that fails must leave the file exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import schemanb
from schemanb.diff import diff
from schemanb.migrate.sql import render_sql, render_statements

ROOT = Path(__file__).resolve().parents[2]
SQLITE3 = shutil.which("sqlite3")
needs_shell = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 command-line shell is not installed")

A_SQL = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50), email TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE, total NUMERIC);
CREATE TABLE notes (id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL, body TEXT);
CREATE TABLE employees (id INTEGER PRIMARY KEY,
    manager_id INTEGER REFERENCES employees (id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL, name TEXT);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE VIEW big_orders AS SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.total > 10;
CREATE TRIGGER notes_touch AFTER UPDATE ON customers BEGIN UPDATE notes SET body = body WHERE 0; END;
"""

# customers: wider name, NOT NULL, a CHECK (a rebuild of the table the others
# reference); employees: name NOT NULL (a rebuild of a self-referencing table).
B_SQL = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(120) NOT NULL,
    email TEXT CHECK (email LIKE '%@%'));
CREATE TABLE orders (id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE, total NUMERIC);
CREATE TABLE notes (id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL, body TEXT);
CREATE TABLE employees (id INTEGER PRIMARY KEY,
    manager_id INTEGER REFERENCES employees (id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL, name TEXT NOT NULL);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE VIEW big_orders AS SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.total > 10;
CREATE TRIGGER notes_touch AFTER UPDATE ON customers BEGIN UPDATE notes SET body = body WHERE 0; END;
"""

ROWS = """
PRAGMA foreign_keys = ON;
INSERT INTO customers VALUES (1, 'Ann', 'ann@x.org'), (2, 'Bob', 'bob@x.org'), (3, 'Čeněk ''q''', 'c@x.org');
INSERT INTO orders VALUES (10, 1, 12.5), (11, 1, 3), (12, 2, 99.99), (13, 3, 0);
INSERT INTO notes VALUES (20, 1, 'vip'), (21, 2, NULL), (22, 3, 'x');
INSERT INTO employees VALUES (30, NULL, 1, 'boss'), (31, 30, 2, 'mid'), (32, 31, 3, 'low'), (33, 30, NULL, 'other');
"""


def _db(path: Path, *scripts: str) -> Path:
    con = sqlite3.connect(path)
    for script in scripts:
        con.executescript(script)
    con.close()
    return path


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (but Alembic's), with its column names, in rowid order."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'alembic_version' ORDER BY name")]
        out = {}
        for name in names:
            cursor = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = tuple(d[0] for d in cursor.description)
            out[name] = [columns, *cursor.fetchall()]
        return out
    finally:
        con.close()


def _state(path: Path) -> tuple[list[tuple[object, ...]], dict[str, list[tuple[object, ...]]]]:
    """The stored schema (every object's text) and every row: what 'unchanged' means."""
    con = sqlite3.connect(path)
    try:
        schema = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name <> 'alembic_version' "
            "ORDER BY type, name").fetchall()
    finally:
        con.close()
    return schema, _rows(path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return _db(tmp_path / "a.db", A_SQL, ROWS), _db(tmp_path / "b.db", B_SQL)


def _cli_sql(a: Path, b: Path, *extra: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "diff", _url(a), _url(b), "--format", "sql", *extra],
        env=env, text=True, capture_output=True, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr
    return result.stdout


def _shell(path: Path, sql: str, *, bail: bool = True) -> subprocess.CompletedProcess[str]:
    """The sqlite3 shell with foreign keys on, reading the script from stdin."""
    assert SQLITE3 is not None
    cmd = [SQLITE3, *(["-bail"] if bail else []), "-cmd", "PRAGMA foreign_keys=ON", str(path)]
    return subprocess.run(cmd, input=sql, text=True, capture_output=True, timeout=60, check=False)


def _python_statements(path: Path, statements: list[str]) -> None:
    """An application's connection (foreign keys on) running the statements in order."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        try:
            for sql in statements:
                con.execute(sql)
        except sqlite3.Error:
            con.rollback()
            raise
        con.commit()
    finally:
        con.close()


def _python_script(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(sql)
    finally:
        con.close()


def _assert_converged(a: Path, b: Path, before: dict[str, list[tuple[object, ...]]]) -> None:
    assert _rows(a) == before, "rows were lost or changed"
    left = diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b)), ignore=["alembic_version"])
    assert left.is_empty, left.to_text()
    con = sqlite3.connect(a)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM big_orders").fetchone() == (2,)
    finally:
        con.close()


# ------------------------------------------------------------------ rows survive


def test_the_script_turns_foreign_keys_off_around_one_transaction(pair: tuple[Path, Path]) -> None:
    statements = [s.sql for s in render_statements(diff(*(schemanb.inspect(_url(p)) for p in pair)))]
    assert statements[:2] == ["PRAGMA foreign_keys = OFF", "BEGIN"]
    assert statements[-2:] == ["COMMIT", "PRAGMA foreign_keys = ON"]
    assert any("pragma_foreign_key_check" in s for s in statements)


@needs_shell
def test_cli_sql_through_the_sqlite3_shell_keeps_every_row(pair: tuple[Path, Path]) -> None:
    a, b = pair
    before = _rows(a)
    result = _shell(a, _cli_sql(a, b))
    assert result.returncode == 0, result.stderr
    _assert_converged(a, b, before)


@needs_shell
def test_downgrade_through_the_sqlite3_shell_keeps_every_row(pair: tuple[Path, Path]) -> None:
    a, b = pair
    a0 = schemanb.inspect(_url(a))
    d = diff(a0, schemanb.inspect(_url(b)))
    before = _rows(a)
    assert _shell(a, render_sql(d)).returncode == 0
    result = _shell(a, render_sql(d, direction="downgrade"))
    assert result.returncode == 0, result.stderr
    assert _rows(a) == before
    assert diff(schemanb.inspect(_url(a)), a0, ignore=["alembic_version"]).is_empty


def test_statements_through_python_sqlite3_keep_every_row(pair: tuple[Path, Path]) -> None:
    a, b = pair
    before = _rows(a)
    d = diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b)))
    _python_statements(a, [s.sql for s in render_statements(d)])
    _assert_converged(a, b, before)


def test_to_sql_through_executescript_keeps_every_row(pair: tuple[Path, Path]) -> None:
    a, b = pair
    before = _rows(a)
    _python_script(a, diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b))).to_sql("sqlite"))
    _assert_converged(a, b, before)


# ------------------------------------------------------------------ failures change nothing


def _duplicate_emails(a: Path, b: Path) -> None:
    """B adds a UNIQUE index on email; A holds the same email twice: the index fails."""
    _db(a, "PRAGMA foreign_keys = ON; UPDATE customers SET email = 'same@x.org' WHERE id IN (1, 2);")
    _db(b, "CREATE UNIQUE INDEX ux_customers_email ON customers (email);")


def _null_names(a: Path, b: Path) -> None:
    """B makes customers.name NOT NULL; A holds a NULL name: the rebuild's copy fails."""
    _db(a, "PRAGMA foreign_keys = ON; UPDATE customers SET name = NULL WHERE id = 2;")


def _orphans(a: Path, b: Path) -> None:
    """A holds an order of a customer that does not exist: the foreign-key check fails."""
    _db(a, "INSERT INTO orders VALUES (14, 999, 1);")


FAILURES = {"unique index on duplicates": _duplicate_emails, "NOT NULL over NULLs": _null_names,
            "foreign key violated": _orphans}


@needs_shell
@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failing_script_leaves_the_file_unchanged_in_the_shell(pair: tuple[Path, Path], failure: str) -> None:
    a, b = pair
    FAILURES[failure](a, b)
    before = _state(a)
    result = _shell(a, _cli_sql(a, b))
    assert result.returncode != 0
    assert _state(a) == before


@needs_shell
@pytest.mark.parametrize("failure", ["NOT NULL over NULLs", "foreign key violated"])
def test_without_bail_a_failed_copy_or_check_still_changes_nothing(pair: tuple[Path, Path], failure: str) -> None:
    """The shell without -bail runs on after an error; the checks before COMMIT roll it all back."""
    a, b = pair
    FAILURES[failure](a, b)
    before = _state(a)
    result = _shell(a, _cli_sql(a, b), bail=False)
    assert "nothing was changed" in result.stderr
    assert _state(a) == before


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failing_migration_through_python_changes_nothing(pair: tuple[Path, Path], failure: str) -> None:
    a, b = pair
    FAILURES[failure](a, b)
    before = _state(a)
    d = diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b)))
    with pytest.raises(sqlite3.Error):
        _python_statements(a, [s.sql for s in render_statements(d)])
    assert _state(a) == before
    with pytest.raises(sqlite3.Error):
        _python_script(a, d.to_sql("sqlite"))
    assert _state(a) == before


# ------------------------------------------------------------------ Alembic revision

ENV_PY = '''
from alembic import context
from sqlalchemy import create_engine, event

engine = create_engine(context.config.get_main_option("sqlalchemy.url"))


@event.listens_for(engine, "connect")
def _foreign_keys_on(dbapi_connection, record):
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


if context.is_offline_mode():
    context.configure(url=context.config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
'''


def _alembic_project(tmp_path: Path, url: str) -> Path:
    folder = tmp_path / "alembic"
    (folder / "versions").mkdir(parents=True)
    (folder / "env.py").write_text(ENV_PY, encoding="utf-8")
    ini = tmp_path / "alembic.ini"
    ini.write_text(f"[alembic]\nscript_location = {folder}\nsqlalchemy.url = {url}\n", encoding="utf-8")
    return ini


def _alembic(ini: Path, target: str, *, downgrade: bool = False, sql: bool = False) -> str:
    """Run ``alembic upgrade``/``downgrade``; with ``sql``, offline: the SQL it prints."""
    import io

    from alembic import command
    from alembic.config import Config

    out = io.StringIO()
    (command.downgrade if downgrade else command.upgrade)(Config(str(ini), output_buffer=out), target, sql=sql)
    return out.getvalue()


def test_alembic_revision_keeps_every_row_with_foreign_keys_on(pair: tuple[Path, Path], tmp_path: Path) -> None:
    from schemanb.migrate.revision import write_revision

    a, b = pair
    before = _rows(a)
    a0 = schemanb.inspect(_url(a))
    ini = _alembic_project(tmp_path, _url(a))
    write_revision(diff(a0, schemanb.inspect(_url(b))), tmp_path / "alembic")
    _alembic(ini, "head")
    _assert_converged(a, b, before)
    _alembic(ini, "base", downgrade=True)
    assert _rows(a) == before
    assert diff(schemanb.inspect(_url(a)), a0, ignore=["alembic_version"]).is_empty


@needs_shell
def test_alembic_offline_sql_keeps_every_row_in_the_shell(pair: tuple[Path, Path], tmp_path: Path) -> None:
    """``alembic upgrade --sql``: the same recipe (foreign keys off, BEGIN, check, COMMIT) as text."""
    from schemanb.migrate.revision import write_revision

    a, b = pair
    before = _rows(a)
    ini = _alembic_project(tmp_path, _url(a))
    write_revision(diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b))), tmp_path / "alembic")
    sql = _alembic(ini, "head", sql=True)
    assert sql.index("PRAGMA foreign_keys = OFF") < sql.index("BEGIN") < sql.index("DROP TABLE customers")
    result = _shell(a, sql)
    assert result.returncode == 0, result.stderr
    _assert_converged(a, b, before)


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failing_alembic_revision_changes_nothing(pair: tuple[Path, Path], tmp_path: Path, failure: str) -> None:
    from schemanb.migrate.revision import write_revision

    a, b = pair
    FAILURES[failure](a, b)
    before = _state(a)
    ini = _alembic_project(tmp_path, _url(a))
    write_revision(diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b))), tmp_path / "alembic")
    with pytest.raises(Exception):  # noqa: B017 - sqlite3's or the guard's, both stop it
        _alembic(ini, "head")
    assert _state(a) == before


def test_alembic_revision_refuses_when_foreign_keys_cannot_be_turned_off(pair: tuple[Path, Path]) -> None:
    """Inside an open transaction PRAGMA foreign_keys is a no-op: the guard stops before any change."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from schemanb.migrate.revision import render_revision

    a, b = pair
    before = _state(a)
    text = render_revision(diff(schemanb.inspect(_url(a)), schemanb.inspect(_url(b))))
    namespace: dict[str, object] = {}
    exec(compile(text, "revision.py", "exec"), namespace)  # noqa: S102 - the file under test
    engine = sa.create_engine(_url(a))
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.exec_driver_sql("BEGIN")
            with Operations.context(MigrationContext.configure(conn)), pytest.raises(
                RuntimeError, match="cannot turn them off inside the transaction"
            ):
                namespace["upgrade"]()  # type: ignore[operator]
            conn.exec_driver_sql("ROLLBACK")
    finally:
        engine.dispose()
    assert _state(a) == before
