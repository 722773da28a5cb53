"""Every bad input gives its one-line SchemaNBError with the password masked.

And inspection is read-only: a write through the session's connection is refused.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

import schemanb
from schemanb.errors import (
    ConnectError,
    InvalidURLError,
    MissingDriverError,
    SnapshotFormatError,
    SnapshotVersionError,
    UnsupportedSourceError,
)
from schemanb.model import FORMAT_VERSION
from schemanb.reflect.session import create_engine, open_session

SECRET = "s3cret-Pa55"


def _one_line(err: BaseException) -> str:
    text = str(err)
    assert "\n" not in text
    assert SECRET not in text
    return text


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A local port that accepts TCP connections and never answers: a server that hangs."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://app:{SECRET}@host:notaport/db",
        f"postgresql://app:{SECRET}@[::1/db",
        f"postgresql//app:{SECRET}@host/db",
        "not a url",
    ],
)
def test_malformed_url(url):
    with pytest.raises(InvalidURLError) as info:
        schemanb.inspect(url)
    text = _one_line(info.value)
    assert "postgresql://user@host/db" in text  # says what a URL looks like


def test_unknown_database_kind():
    with pytest.raises(InvalidURLError, match=r"unknown database kind 'oracle\+nope'"):
        schemanb.inspect(f"oracle+nope://u:{SECRET}@h/db")


@pytest.mark.parametrize(
    ("url", "extra"),
    [
        (f"postgresql+asyncpg://app:{SECRET}@127.0.0.1/db", "schemanb[postgres]"),
        (f"mysql+mysqldb://app:{SECRET}@127.0.0.1/db", "schemanb[mysql]"),
    ],
)
def test_missing_driver_names_the_extra(url, extra):
    with pytest.raises(MissingDriverError) as info:
        schemanb.inspect(url)
    text = _one_line(info.value)
    assert f"pip install '{extra}'" in text
    assert "app:***@" in text


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
def test_closed_port_is_refused(scheme):
    with pytest.raises(ConnectError) as info:
        schemanb.inspect(f"{scheme}://app:{SECRET}@127.0.0.1:1/db", connect_timeout=2)
    text = _one_line(info.value)
    assert "connection refused" in text or "can't connect" in text.lower()
    assert "app:***@127.0.0.1:1" in text


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
def test_server_that_never_answers_times_out(scheme, silent_port):
    with pytest.raises(ConnectError) as info:
        schemanb.inspect(f"{scheme}://app:{SECRET}@127.0.0.1:{silent_port}/db", connect_timeout=1)
    text = _one_line(info.value)
    assert "timed out after 1 s" in text
    assert "--connect-timeout" in text


def test_wrong_password_mariadb(mariadb_db):
    user = f"snb_{uuid.uuid4().hex[:8]}"
    # %% : the driver formats the statement with pyformat parameters.
    mariadb_db.execute(f"CREATE USER '{user}'@'%%' IDENTIFIED BY 'right-one'")
    try:
        url = make_url(mariadb_db.url).set(username=user, password=SECRET)
        with pytest.raises(ConnectError) as info:
            schemanb.inspect(url.render_as_string(hide_password=False))
        text = _one_line(info.value)
        assert "refused the login (wrong user or password?)" in text
        assert f"{user}:***@" in text
        assert info.value.reason.startswith("the server refused the login")
    finally:
        mariadb_db.execute(f"DROP USER '{user}'@'%%'")


@pytest.mark.parametrize("kind", ["postgresql", "mariadb"])
def test_missing_database(kind, request):
    db = request.getfixturevalue("pg_db" if kind == "postgresql" else "mariadb_db")
    url = make_url(db.url).set(database=f"nope_{uuid.uuid4().hex[:8]}")
    if kind == "postgresql":
        url = url.set(password=SECRET)  # trust auth: the password is ignored, but must not show
    with pytest.raises(ConnectError, match="the database does not exist") as info:
        schemanb.inspect(url.render_as_string(hide_password=False))
    _one_line(info.value)


def test_missing_sqlite_file_is_not_created(tmp_path):
    path = tmp_path / "nope.db"
    with pytest.raises(ConnectError, match="no SQLite file"):
        schemanb.inspect(f"sqlite:///{path}")
    assert not path.exists()


def test_corrupt_snapshot(tmp_path):
    path = tmp_path / "snap.json"
    path.write_text('{"format_version": 1, "tables": [{"name": 5}]}', encoding="utf-8")
    with pytest.raises(SnapshotFormatError, match=r"snap\.json: tables\[0\]\.name: expected str, got int") as info:
        schemanb.inspect(str(path))
    _one_line(info.value)


def test_newer_snapshot(tmp_path):
    path = tmp_path / "snap.json"
    path.write_text(f'{{"format_version": {FORMAT_VERSION + 1}}}', encoding="utf-8")
    with pytest.raises(SnapshotVersionError, match="upgrade with: pip install -U schemanb") as info:
        schemanb.load(path)
    _one_line(info.value)


def test_unsupported_source():
    with pytest.raises(UnsupportedSourceError, match="cannot inspect a int"):
        schemanb.inspect(42)


# ----------------------------------------------------------------------- read-only


def test_session_refuses_writes(db):
    db.execute("CREATE TABLE t (x int)")
    engine = create_engine(db.url)
    try:
        with open_session(engine) as conn:
            for statement in ("CREATE TABLE ro_probe (x int)", "INSERT INTO t VALUES (1)"):
                with pytest.raises(sa.exc.DBAPIError, match=r"(?i)read.?only"):
                    conn.exec_driver_sql(statement)
                conn.rollback()
    finally:
        engine.dispose()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
        assert "ro_probe" not in sa.inspect(conn).get_table_names()
