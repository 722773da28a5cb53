"""The one place that opens a database connection: read-only, bounded, polite.

* one connection (``NullPool``), a connect timeout, a statement timeout;
* a read-only transaction where the database has one (PostgreSQL, MySQL),
  ``PRAGMA query_only`` on SQLite;
* every driver error becomes a :class:`~schemanb.errors.SourceError` with the
  URL's password masked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._redact import mask_secret, mask_url
from ..dialects import support_for
from ..errors import ConnectError, InvalidURLError, MissingDriverError, ReflectionError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

#: Seconds to wait for a server to answer a connection attempt.
DEFAULT_CONNECT_TIMEOUT = 10

#: The extra that installs each backend's driver.
_DRIVER_EXTRAS = {
    "postgresql": ("postgres", "psycopg"),
    "mysql": ("mysql", "pymysql"),
    "mariadb": ("mysql", "pymysql"),
}

#: The driver we install for each backend, used when a URL names none.
_DEFAULT_DRIVERS = {"postgresql": "psycopg", "mysql": "pymysql", "mariadb": "pymysql"}


def parse_url(url: str) -> URL:
    """Parse a database URL, choosing our driver when the URL names none."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as err:
        raise InvalidURLError(
            f"not a database URL or snapshot file: {mask_url(url)!s} — expected "
            "e.g. postgresql://user@host/db, mysql://user@host/db, sqlite:///file.db "
            "or a path to a .json snapshot"
        ) from err
    if "@" in (parsed.host or ""):
        # make_url ends the password at the first '@': the rest went into the host.
        raise InvalidURLError(
            f"cannot use {mask_url(url)}: the user name or password holds an unencoded '@' — "
            "write it percent-encoded as %40 (in Python: urllib.parse.quote(password, safe=''))"
        )
    backend = parsed.get_backend_name()
    try:
        dialect_cls = parsed.get_dialect()
    except sa_exc.NoSuchModuleError as err:
        raise InvalidURLError(
            f"unknown database kind {parsed.drivername!r} in {mask_url(parsed)} — supported: "
            "postgresql://, mysql://, mariadb://, sqlite:// (and any SQLAlchemy dialect installed)"
        ) from err
    if parsed.get_driver_name() == dialect_cls.driver and "+" not in parsed.drivername:
        driver = _DEFAULT_DRIVERS.get(backend)
        if driver:
            parsed = parsed.set(drivername=f"{backend}+{driver}")
    return parsed


def create_engine(url: str | URL, *, connect_timeout: int = DEFAULT_CONNECT_TIMEOUT) -> Engine:
    """An engine that opens at most one connection at a time, with a connect timeout."""
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    parsed = parse_url(url) if isinstance(url, str) else url
    backend = parsed.get_backend_name()
    _check_sqlite_file(parsed)
    parsed = support_for(backend).reading_url(parsed)
    connect_args: dict[str, Any] = {}
    if backend in ("postgresql", "mysql", "mariadb"):
        connect_args["connect_timeout"] = connect_timeout
    if backend in ("mysql", "mariadb") and parsed.get_driver_name() == "pymysql":
        # PyMySQL's connect_timeout covers only the TCP connect; the server's
        # greeting is read under read_timeout, so a server that accepts and never
        # answers would hang forever. Bound the handshake, then lift the bound
        # (see _lift_read_timeout).
        connect_args["read_timeout"] = connect_timeout
    try:
        engine = sa.create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
        if "read_timeout" in connect_args:
            sa.event.listen(engine, "connect", _lift_read_timeout)
        return engine
    except (ImportError, ModuleNotFoundError) as err:
        extra, package = _DRIVER_EXTRAS.get(backend, ("", parsed.get_driver_name()))
        hint = f"pip install 'schemanb[{extra}]'" if extra else f"pip install {package}"
        raise MissingDriverError(
            f"the driver for {mask_url(parsed)} is not installed ({err.name or package}) — "
            f"install it with: {hint}"
        ) from err
    except sa.exc.ArgumentError as err:
        raise InvalidURLError(f"cannot use {mask_url(parsed)}: {err}") from err
    except sa.exc.NoSuchModuleError as err:
        raise InvalidURLError(
            f"unknown database kind in {mask_url(parsed)} — supported: "
            "postgresql://, mysql://, mariadb://, sqlite:// (and any SQLAlchemy dialect installed)"
        ) from err


#: Seconds a single read may take once connected (above the statement timeout).
_READ_TIMEOUT_AFTER_CONNECT = 90


def _lift_read_timeout(dbapi_connection: Any, _record: Any) -> None:
    """After the handshake, let reads take as long as the statement timeout allows."""
    if hasattr(dbapi_connection, "_read_timeout"):
        dbapi_connection._read_timeout = _READ_TIMEOUT_AFTER_CONNECT


def _check_sqlite_file(url: URL) -> None:
    """Refuse a missing SQLite file: connecting would create it (a write)."""
    from pathlib import Path

    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return
    if database.startswith("file:") or url.query.get("mode") == "memory":
        return
    if not Path(database).exists():
        raise ConnectError(
            f"cannot open {mask_url(url)}: no SQLite file {database} — check the path "
            "(schemanb does not create databases)",
            url=mask_url(url),
            reason="no such file",
        )


def _explain(err: BaseException, url: str, *, connect_timeout: int | None = None) -> str:
    text = str(getattr(err, "orig", None) or err).strip().splitlines()
    first = text[0] if text else type(err).__name__
    lowered = " ".join(text).lower()
    if "password authentication failed" in lowered or "access denied" in lowered:
        reason = "the server refused the login (wrong user or password?)"
    elif "does not exist" in lowered or "unknown database" in lowered:
        reason = "the database does not exist — check the name at the end of the URL"
    elif "timeout" in lowered or "timed out" in lowered:
        after = f" after {connect_timeout} s" if connect_timeout else ""
        reason = (
            f"timed out{after} — is the server reachable? (raise it with --connect-timeout)"
        )
    elif "unable to open database file" in lowered:
        reason = "cannot open the SQLite file — does its folder exist?"
    elif "connection refused" in lowered or "can't connect" in lowered or "could not connect" in lowered:
        reason = "connection refused — is the server running and the host/port right?"
    else:
        reason = first
    return reason


@contextlib.contextmanager
def open_session(
    engine: Engine, *, password: str | None = None, connect_timeout: int | None = None
) -> Iterator[Connection]:
    """A read-only connection on ``engine``, rolled back when done."""
    import sqlalchemy as sa

    url_text = mask_url(engine.url)
    try:
        connection = engine.connect()
    except sa.exc.DBAPIError as err:
        reason = mask_secret(
            _explain(err, url_text, connect_timeout=connect_timeout),
            password or engine.url.password,
        )
        raise ConnectError(
            f"cannot connect to {url_text}: {reason}", url=url_text, reason=reason
        ) from None
    try:
        prepare_connection(connection)
        yield connection
    finally:
        _release(connection)


def _release(connection: Connection) -> None:
    """Roll back and close ``connection``; a dead one is dropped without a word.

    When the server ended the session (``pg_terminate_backend``, a lost
    network), the pool would try to reset the connection on its way back and
    log that failure with two tracebacks; the error that ended the read is
    enough, so a connection that cannot roll back is invalidated instead.
    """
    try:
        connection.rollback()
        # SQLAlchemy skips its rollback when it thinks no transaction is open;
        # the DBAPI connection itself must answer (psycopg sends nothing when idle).
        dbapi = connection.connection.dbapi_connection
        if dbapi is not None:
            dbapi.rollback()
    except Exception:  # noqa: BLE001 - the connection is gone: nothing to keep
        with contextlib.suppress(Exception):
            connection.invalidate()
    with contextlib.suppress(Exception):
        connection.close()


def prepare_connection(connection: Connection) -> None:
    """Make ``connection`` read-only and time-limited where the database allows."""
    import sqlalchemy as sa

    dialect = connection.dialect
    support = support_for(dialect.name)
    for statement in support.session_statements(is_mariadb=bool(getattr(dialect, "is_mariadb", False))):
        try:
            connection.exec_driver_sql(statement)
        except sa.exc.DBAPIError as err:
            raise ReflectionError(
                f"cannot make the session read-only on {mask_url(connection.engine.url)} "
                f"({statement}): {_explain(err, '')}"
            ) from err
    if connection.in_transaction():
        connection.commit()
