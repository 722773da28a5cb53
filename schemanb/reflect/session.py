"""The one place that opens a database connection: read-only, bounded, polite.

* one connection (``NullPool``), a connect timeout, a statement timeout, a
  bound on every read and a deadline for the whole session (:class:`Deadline`);
* a read-only transaction where the database has one (PostgreSQL, MySQL),
  ``PRAGMA query_only`` on SQLite;
* every driver error becomes a :class:`~schemanb.errors.SourceError` with the
  URL's password masked.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._redact import mask_secret, mask_url
from ..dialects import support_for
from ..errors import (
    ConnectError,
    DeadlineError,
    InvalidURLError,
    MissingDriverError,
    ReflectionError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

#: Seconds to wait for a server to answer a connection attempt.
DEFAULT_CONNECT_TIMEOUT = 10
#: Seconds a whole inspection may take, connecting included (``--timeout``).
DEFAULT_TIMEOUT = 300


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
        driver = support_for(backend).default_driver
        if driver:
            parsed = parsed.set(drivername=f"{backend}+{driver}")
    return parsed


def create_engine(url: str | URL, *, connect_timeout: int = DEFAULT_CONNECT_TIMEOUT) -> Engine:
    """An engine that opens at most one connection at a time, with a connect timeout.

    Its connections bound every read too: each read waits at most the server's
    statement timeout plus :data:`READ_MARGIN` (TCP keepalives and
    ``tcp_user_timeout`` on libpq, the socket timeout on PyMySQL), see
    :meth:`~schemanb.dialects.DialectSupport.bound_reads`.
    """
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    parsed = parse_url(url) if isinstance(url, str) else url
    backend = parsed.get_backend_name()
    _check_sqlite_file(parsed)
    support = support_for(backend)
    connect_args = support.connect_args(parsed.get_driver_name(), connect_timeout)
    parsed = support.reading_url(parsed)
    try:
        engine = sa.create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
        read_bound = support.statement_timeout + READ_MARGIN

        def bound_reads(dbapi_connection: Any, _record: Any) -> None:
            support.bound_reads(dbapi_connection, read_bound)

        sa.event.listen(engine, "connect", bound_reads, insert=True)
        return engine
    except (ImportError, ModuleNotFoundError) as err:
        extra, package = support.driver_extra, support.default_driver or parsed.get_driver_name()
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


#: Seconds a single read may take beyond the server's statement timeout: the
#: server's own "statement timeout" error says more than a client-side one.
READ_MARGIN = 10


class Deadline:
    """The whole inspection's time limit, kept by a watchdog thread.

    :meth:`attach` hands it the DBAPI connection as soon as the driver has
    made it (before SQLAlchemy's first queries); when ``seconds`` pass, the
    watchdog calls :meth:`DialectSupport.abort_reads` on it, so whatever read is
    blocked fails at once, and :meth:`raise_if_expired` turns that failure into
    one :class:`~schemanb.errors.DeadlineError` naming the host and the time.
    """

    def __init__(self, seconds: float, engine: Engine) -> None:
        import threading

        self.seconds = seconds
        self._support = support_for(engine.dialect.name)
        self._url = engine.url
        self._lock = threading.Lock()
        self._dbapi: Any = None
        self._fired = False
        self._started = time.monotonic()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, dbapi_connection: Any, _record: Any = None) -> None:
        with self._lock:
            self._dbapi = dbapi_connection
            fired = self._fired
        if fired:
            self._support.abort_reads(dbapi_connection)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            dbapi = self._dbapi
        if dbapi is not None:
            self._support.abort_reads(dbapi)

    def cancel(self) -> None:
        self._timer.cancel()

    @property
    def expired(self) -> bool:
        return self._fired or time.monotonic() - self._started >= self.seconds

    def raise_if_expired(self) -> None:
        """Raise the deadline's error when it has passed (call it while handling a failure)."""
        if not self.expired:
            return
        url = mask_url(self._url)
        where = self._url.host or self._support.database_file(self._url) or url
        if self._url.port:
            where = f"{where}:{self._url.port}"
        raise DeadlineError(
            f"gave up reading {url} after {self.seconds:g} s: no answer from {where} in time — "
            "the server or the network stalled (or the schema is that slow to read: "
            "allow more with --timeout SECONDS)",
            url=url,
            seconds=self.seconds,
        ) from None


def _check_sqlite_file(url: URL) -> None:
    """Refuse a missing SQLite file: connecting would create it (a write)."""
    from pathlib import Path

    database = support_for(url.get_backend_name()).database_file(url)
    if database is not None and not Path(database).exists():
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
    engine: Engine,
    *,
    password: str | None = None,
    connect_timeout: int | None = None,
    timeout: float | None = None,
) -> Iterator[Connection]:
    """A read-only connection on ``engine``, rolled back when done.

    ``timeout`` bounds the whole session, connecting included (:class:`Deadline`):
    when it passes, the read under way fails and :class:`~schemanb.errors.DeadlineError`
    is raised. ``None`` or 0: no limit beyond the connection's own.
    """
    import sqlalchemy as sa

    url_text = mask_url(engine.url)
    deadline = Deadline(timeout, engine) if timeout else None
    if deadline is not None:
        sa.event.listen(engine, "connect", deadline.attach, insert=True)
    try:
        try:
            connection = engine.connect()
        except sa.exc.DBAPIError as err:
            if deadline is not None:
                deadline.raise_if_expired()
            reason = mask_secret(
                _explain(err, url_text, connect_timeout=connect_timeout),
                password or engine.url.password,
            )
            raise ConnectError(
                f"cannot connect to {url_text}: {reason}", url=url_text, reason=reason
            ) from None
        try:
            if deadline is not None:  # a pooled connection (a caller's Engine) fired no event
                deadline.attach(connection.connection.dbapi_connection)
            prepare_connection(connection)
            yield connection
        except Exception:
            if deadline is not None:
                deadline.raise_if_expired()
            raise
        finally:
            _release(connection)
    finally:
        if deadline is not None:
            deadline.cancel()
            sa.event.remove(engine, "connect", deadline.attach)


def _release(connection: Connection) -> None:
    """Roll back and close ``connection``, never returning it to a pool.

    The session settings (read-only, timeouts, SQLite's ``query_only``) stay on
    the DBAPI connection, so it must not go back to the pool of an Engine the
    caller goes on writing with. And when the server ended the session
    (``pg_terminate_backend``, a lost network), the pool would try to reset the
    connection and log that failure with two tracebacks; the error that ended
    the read is enough. So the connection is always invalidated.
    """
    with contextlib.suppress(Exception):  # the connection may be gone: nothing to keep
        connection.rollback()
        # SQLAlchemy skips its rollback when it thinks no transaction is open;
        # the DBAPI connection itself must answer (psycopg sends nothing when idle).
        # (Once invalidated, asking for .connection would open a new one.)
        dbapi = None if connection.invalidated else connection.connection.dbapi_connection
        if dbapi is not None:
            dbapi.rollback()
    with contextlib.suppress(Exception):
        connection.invalidate()
    with contextlib.suppress(Exception):
        connection.close()


def prepare_connection(connection: Connection) -> None:
    """Make ``connection`` read-only and time-limited where the database allows."""
    import sqlalchemy as sa

    dialect = connection.dialect
    support = support_for(dialect.name)
    for statement in support.session_statements(dialect):
        try:
            connection.exec_driver_sql(statement)
        except sa.exc.DBAPIError as err:
            raise ReflectionError(
                f"cannot make the session read-only on {mask_url(connection.engine.url)} "
                f"({statement}): {_explain(err, '')}"
            ) from err
    if connection.in_transaction():
        connection.commit()
