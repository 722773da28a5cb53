"""``schemanb snapshot`` in a subprocess: output, exit codes, one stderr line, no traceback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import schemanb
from schemanb.model import FORMAT_VERSION

SECRET = "s3cret-Pa55"
ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("SCHEMANB_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "snapshot", *args],
        cwd=cwd, env=env, text=True, capture_output=True, timeout=60, check=False,
    )


def test_snapshot_to_file_and_stdout(sqlite_db, tmp_path):
    sqlite_db.run_script("CREATE TABLE a (id integer PRIMARY KEY); CREATE VIEW v AS SELECT id FROM a;")
    result = _run(sqlite_db.url, "-o", "snap.json", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "wrote snap.json: 1 tables, 1 views\n"
    saved = schemanb.load(tmp_path / "snap.json")
    assert saved == schemanb.inspect(sqlite_db.url)
    to_stdout = _run(sqlite_db.url, cwd=tmp_path)
    assert to_stdout.returncode == 0
    printed = json.loads(to_stdout.stdout)
    written = json.loads((tmp_path / "snap.json").read_text(encoding="utf-8"))
    assert printed["format_version"] == FORMAT_VERSION
    assert "captured_at" not in written["info"]
    assert printed == written


def test_two_snapshots_of_an_unchanged_database_are_the_same_bytes(db, tmp_path):
    """As docs/snapshot-format.md promises; --stats adds the capture time and row estimates."""
    db.run_script("CREATE TABLE a (id integer PRIMARY KEY, note varchar(20));")
    db.run_script("INSERT INTO a (id) VALUES (1), (2), (3);")
    first = _run(db.url, "-o", "one.json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    time.sleep(1.1)  # the capture time has one-second resolution
    db.run_script("INSERT INTO a (id) VALUES (4);")
    second = _run(db.url, "-o", "two.json", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    stats = _run(db.url, "--stats", cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["info"]["captured_at"]


def test_snapshot_of_a_snapshot_file_is_the_same_bytes(sqlite_db, tmp_path):
    sqlite_db.run_script("CREATE TABLE a (id integer PRIMARY KEY);")
    assert _run(sqlite_db.url, "-o", "one.json", cwd=tmp_path).returncode == 0
    assert _run("one.json", "-o", "two.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_schema_option(pg_db, tmp_path):
    pg_db.run_script("CREATE SCHEMA s; CREATE TABLE s.t (x int); CREATE TABLE u (y int);")
    result = _run(pg_db.url, "--schema", "*", "-o", "snap.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [str(t.key) for t in schemanb.load(tmp_path / "snap.json").tables] == ["u", "s.t"]


def _closed_port_url(scheme: str) -> str:
    return f"{scheme}://app:{SECRET}@127.0.0.1:1/db"


@pytest.fixture
def corrupt_file(tmp_path: Path) -> str:
    (tmp_path / "corrupt.json").write_text('{"format_version": 1, "tables": 7}', encoding="utf-8")
    return "corrupt.json"


@pytest.fixture
def newer_file(tmp_path: Path) -> str:
    (tmp_path / "newer.json").write_text(f'{{"format_version": {FORMAT_VERSION + 1}}}', encoding="utf-8")
    return "newer.json"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (f"postgresql://app:{SECRET}@host:notaport/db", "not a database URL or snapshot file"),
        (f"postgresql+asyncpg://app:{SECRET}@127.0.0.1/db", "pip install 'schemanb[postgres]'"),
        (f"mysql+mysqldb://app:{SECRET}@127.0.0.1/db", "pip install 'schemanb[mysql]'"),
        (_closed_port_url("postgresql"), "connection refused"),
        ("missing.json", "snapshot file missing.json does not exist"),
        ("corrupt.json", "corrupt.json: tables: expected a list, got int"),
        ("newer.json", "upgrade with: pip install -U schemanb"),
        ("sqlite:///nope.db", "no SQLite file"),
    ],
)
def test_bad_sources_exit_2_with_one_line(source, expected, tmp_path, corrupt_file, newer_file):
    result = _run(source, "--connect-timeout", "2", "-o", "out.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("schemanb: error: ")
    assert expected in lines[0]
    assert SECRET not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.json").exists()


def test_wrong_password_exits_2(mariadb_db, tmp_path):
    import uuid

    from sqlalchemy.engine import make_url

    user = f"snb_{uuid.uuid4().hex[:8]}"
    mariadb_db.execute(f"CREATE USER '{user}'@'%%' IDENTIFIED BY 'right-one'")
    try:
        url = make_url(mariadb_db.url).set(username=user, password=SECRET)
        result = _run(url.render_as_string(hide_password=False), cwd=tmp_path)
    finally:
        mariadb_db.execute(f"DROP USER '{user}'@'%%'")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "refused the login" in result.stderr and SECRET not in result.stderr


def test_missing_database_exits_2(pg_db, tmp_path):
    from sqlalchemy.engine import make_url

    url = make_url(pg_db.url).set(database="no_such_db_here", password=SECRET)
    result = _run(url.render_as_string(hide_password=False), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "the database does not exist" in result.stderr and SECRET not in result.stderr


def test_silent_server_times_out(tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    try:
        port = sock.getsockname()[1]
        result = _run(f"postgresql://app:{SECRET}@127.0.0.1:{port}/db", "--connect-timeout", "1", cwd=tmp_path)
    finally:
        sock.close()
    assert result.returncode == 2
    assert result.stderr.strip().endswith("timed out after 1 s — is the server reachable? (raise it with --connect-timeout)")
