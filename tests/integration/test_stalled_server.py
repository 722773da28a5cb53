"""A server or network that stalls after connecting ends in one line within the deadline (#19 item 2).

A TCP proxy on 127.0.0.1, written here, forwards between ``schemanb`` and the
real server until the client has sent ``stall_after`` bytes, then forwards
nothing more in either direction while keeping both sockets open: what a hung
server, a stuck middlebox or a silently dropped route looks like to the client.
Before the fix, ``schemanb snapshot`` through it waited for ever on PostgreSQL
(and 91 s on MariaDB).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 3  # the --timeout the tests give: keeps them quick


class StallingProxy:
    """Forward 127.0.0.1:<port> to ``upstream`` until the client has sent ``stall_after`` bytes."""

    def __init__(self, upstream: tuple[str, int], stall_after: int) -> None:
        self.upstream = upstream
        self.stall_after = stall_after
        self.sent = 0
        self.stalled = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                if from_client and not self.stalled.is_set():
                    self.sent += len(data)
                    if self.sent > self.stall_after:
                        self.stalled.set()
                if self.stalled.is_set():
                    continue  # read and drop: the client's writes never block, nothing arrives
            with contextlib.suppress(OSError):
                dst.sendall(data)

    def close(self) -> None:
        self._closing = True
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()


def _through(db_url: str, port: int) -> str:
    return make_url(db_url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


def _snapshot(url: str, out: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", "snapshot", url, "-o", str(out), "--timeout", str(TIMEOUT)],
        capture_output=True, text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    return result, time.monotonic() - started


def _fill(db) -> None:
    db.execute(*(f"CREATE TABLE t{i} (id int PRIMARY KEY, a varchar(20), b int)" for i in range(30)))


# The handshake of each server is under 400 bytes from the client: a stall after
# 600 bytes hits the first queries after connecting (the driver's and the
# session's settings), a stall after 3,000 bytes the catalog reads.
@pytest.mark.parametrize("stall_after", [600, 3000])
@pytest.mark.parametrize("kind", ["pg_db", "mariadb_db"])
def test_a_stalled_server_ends_in_one_line_within_the_deadline(kind, stall_after, request, tmp_path):
    db = request.getfixturevalue(kind)
    _fill(db)
    real = make_url(db.url)
    proxy = StallingProxy((real.host or "127.0.0.1", real.port or 0), stall_after)
    out = tmp_path / "snap.json"
    try:
        result, seconds = _snapshot(_through(db.url, proxy.port), out)
    finally:
        proxy.close()
    assert proxy.stalled.is_set(), "the proxy never stalled: the test did not test anything"
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("schemanb: error: ")
    assert f"127.0.0.1:{proxy.port}" in line, line
    assert f"after {TIMEOUT} s" in line, line
    assert "--timeout" in line, line
    assert seconds < TIMEOUT + 4, f"took {seconds:.1f} s"
    assert not out.exists()
    assert not list(tmp_path.glob(".snap.json.*"))


def test_the_proxy_forwards_until_it_stalls(pg_db, tmp_path):
    """The proxy itself: with a bound above the whole inspection, the snapshot is written."""
    real = make_url(pg_db.url)
    proxy = StallingProxy((real.host or "127.0.0.1", real.port or 0), 10**9)
    out = tmp_path / "snap.json"
    try:
        result, _ = _snapshot(_through(pg_db.url, proxy.port), out)
    finally:
        proxy.close()
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_every_read_is_bounded_on_the_session_connection(request):
    """Past the handshake the driver still bounds each read (PyMySQL's read timeout is
    kept, libpq has keepalives and tcp_user_timeout): above the statement timeout, so
    the server's own message comes first for a merely slow query."""
    from schemanb.dialects import support_for
    from schemanb.reflect.session import READ_MARGIN, create_engine, open_session

    for kind in ("pg_db", "mariadb_db"):
        db = request.getfixturevalue(kind)
        engine = create_engine(db.url)
        bound = support_for(engine.dialect.name).statement_timeout + READ_MARGIN
        with open_session(engine, timeout=30) as conn:
            dbapi = conn.connection.dbapi_connection
            if kind == "mariadb_db":
                assert dbapi._read_timeout == bound
                assert dbapi._sock.gettimeout() == bound
            else:
                params = {
                    k: v for k, v in (p.split("=") for p in dbapi.info.dsn.split())
                }
                assert params["tcp_user_timeout"] == "30000"
                assert params["keepalives"] == "1"
                assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "1min"
        engine.dispose()


def test_a_callers_pooled_engine_is_bounded_too(pg_db):
    """inspect(engine): the connection comes from the caller's pool (no connect event)."""
    import sqlalchemy as sa

    import schemanb
    from schemanb.errors import DeadlineError

    real = make_url(pg_db.url)
    proxy = StallingProxy((real.host or "127.0.0.1", real.port or 0), 10**9)
    engine = sa.create_engine(_through(pg_db.url, proxy.port))
    try:
        with engine.connect() as conn:  # warm the pool
            conn.exec_driver_sql("SELECT 1")
        proxy.stalled.set()  # the signal: from now on nothing is forwarded
        started = time.monotonic()
        with pytest.raises(DeadlineError, match=rf"after 2 s: no answer from 127\.0\.0\.1:{proxy.port}"):
            schemanb.inspect(engine, timeout=2)
        assert time.monotonic() - started < 6
    finally:
        engine.dispose()
        proxy.close()
