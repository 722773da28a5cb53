"""Throwaway databases on real servers, and SQL script loading, for the tests.

Server addresses come from ``SCHEMANB_TEST_POSTGRES`` and ``SCHEMANB_TEST_MARIADB``
(defaults: the local servers with trust auth / empty root password).
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

DIALECTS = ["sqlite", "postgresql", "mariadb"]


def REQUIRE_SERVERS_ENV() -> bool:  # noqa: N802 - reads like the variable it checks
    """Whether SCHEMANB_REQUIRE_SERVERS=1 (CI): unavailable servers fail tests."""
    return os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1"

SERVER_URLS = {
    "postgresql": os.environ.get(
        "SCHEMANB_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    ),
    "mariadb": os.environ.get("SCHEMANB_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306/test"),
}


@functools.cache
def server_unavailable(kind: str) -> str | None:
    """Why the server for ``kind`` cannot be used, or ``None`` when it can."""
    if kind == "sqlite":
        return None
    engine = sa.create_engine(SERVER_URLS[kind], connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as err:  # noqa: BLE001 - any failure means "unavailable"
        return f"cannot connect to {make_url(SERVER_URLS[kind]).render_as_string()}: {str(err).splitlines()[0]}"
    finally:
        engine.dispose()
    return None


@dataclass
class ThrowawayDB:
    """A database that exists for one test."""

    kind: str
    url: str
    name: str
    path: Path | None = None
    _engine: sa.Engine | None = field(default=None, repr=False)

    @property
    def dialect(self) -> str:
        """The schemanb dialect name (``mysql`` for MariaDB)."""
        return "mysql" if self.kind == "mariadb" else self.kind

    @classmethod
    def create(cls, kind: str, tmp_path: Path) -> ThrowawayDB:
        if kind == "sqlite":
            path = tmp_path / f"db_{uuid.uuid4().hex[:8]}.sqlite"
            return cls(kind=kind, url=f"sqlite:///{path}", name=str(path), path=path)
        name = f"schemanb_t_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(SERVER_URLS[kind], isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            quote = '"' if kind == "postgresql" else "`"
            charset = "" if kind == "postgresql" else " CHARACTER SET utf8mb4"
            conn.exec_driver_sql(f"CREATE DATABASE {quote}{name}{quote}{charset}")
        admin.dispose()
        url = make_url(SERVER_URLS[kind]).set(database=name)
        return cls(kind=kind, url=url.render_as_string(hide_password=False), name=name)

    @property
    def engine(self) -> sa.Engine:
        if self._engine is None:
            self._engine = sa.create_engine(self.url)
        return self._engine

    def execute(self, *statements: str) -> None:
        """Run each statement in its own autocommitted transaction."""
        with self.engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)

    def run_script(self, sql: str) -> None:
        """Run a whole SQL script (several statements) with the database's own client."""
        if self.kind == "sqlite":
            assert self.path is not None
            con = sqlite3.connect(self.path)
            try:
                con.executescript(sql)
            finally:
                con.close()
            return
        url = make_url(self.url)
        if self.kind == "postgresql":
            cmd = [
                shutil.which("psql") or "psql", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", url.host or "127.0.0.1", "-p", str(url.port or 5432),
                "-U", url.username or "postgres", "-d", self.name,
            ]
        else:
            client = shutil.which("mariadb") or shutil.which("mysql") or "mariadb"
            cmd = [
                client, "-h", url.host or "127.0.0.1", "-P", str(url.port or 3306),
                "-u", url.username or "root", self.name,
            ]
            if url.password:
                cmd.insert(1, f"-p{url.password}")
        env = dict(os.environ, PGPASSWORD=url.password or "")
        result = subprocess.run(cmd, input=sql, text=True, capture_output=True, env=env, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"loading SQL into {self.kind} failed: {result.stderr.strip()[:2000]}")

    def drop(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self.kind == "sqlite":
            return
        admin = sa.create_engine(SERVER_URLS[self.kind], isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if self.kind == "postgresql":
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            else:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{self.name}`")
        admin.dispose()


def make_db(kind: str, tmp_path: Path) -> Iterator[ThrowawayDB]:
    """A throwaway database of ``kind`` for a fixture to yield from; dropped afterwards.

    Skips when the server is down, or fails under ``SCHEMANB_REQUIRE_SERVERS=1``.
    """
    import pytest

    reason = server_unavailable(kind)
    if reason:
        if REQUIRE_SERVERS_ENV():
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db = ThrowawayDB.create(kind, tmp_path)
    try:
        yield db
    finally:
        db.drop()


def sample_schemas_dir() -> Path:
    """``../shared/sample-schemas`` of this checkout, or the workplace's copy.

    ``SCHEMANB_SAMPLE_SCHEMAS`` wins; a clone outside ``/work`` (CI's clean
    clone) finds the shared folder at ``/work/shared`` instead of beside itself.
    """
    env = os.environ.get("SCHEMANB_SAMPLE_SCHEMAS")
    if env:
        return Path(env)
    beside = Path(__file__).resolve().parents[2] / "shared" / "sample-schemas"
    workplace = Path("/work/shared/sample-schemas")
    return beside if beside.exists() or not workplace.exists() else workplace
