"""Connecting to a dialect's server: driver, timeouts, session settings, databases.

:class:`Connecting` is what :mod:`schemanb.reflect.session` asks before and after
it opens the one connection (``connect()`` arguments, bounded reads, the
statements that make the session read-only) and what the sample and ``check``
ask of a server (create and drop a database, its comment).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from .capabilities import Capabilities

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Dialect


class Connecting(Capabilities):
    """How to connect, bound the reads, and manage databases (base: no server)."""

    #: The driver installed for this backend, used when a URL names none.
    default_driver: str | None = None

    #: The ``schemanb[extra]`` that installs the default driver.
    driver_extra: str | None = None

    def connect_args(self, driver: str, timeout: int) -> dict[str, Any]:
        """DBAPI ``connect()`` arguments that bound connecting to ``timeout`` seconds.

        Where the driver allows, they also bound every later read (TCP keepalives,
        ``tcp_user_timeout``, a socket read timeout): see :meth:`bound_reads`.
        """
        return {}

    #: Seconds the server lets one statement run (the session's statement timeout).
    statement_timeout = 60

    def bound_reads(self, dbapi_connection: Any, seconds: float) -> None:
        """Once connected, let no single read on ``dbapi_connection`` wait longer than ``seconds``.

        Called with the smaller of the inspection's deadline and
        :attr:`statement_timeout` plus a margin (a read must outlast the
        server's own limit, whose error says more). Base: nothing to set.
        """

    def abort_reads(self, dbapi_connection: Any) -> None:
        """Make a read blocked on ``dbapi_connection`` (in another thread) fail now.

        The inspection's deadline calls it from a watchdog thread: the network
        socket is shut down (the driver sees the connection closed), or an
        in-process database is interrupted. Base: nothing can be done.
        """

    #: A database is a file, not one of many on a server (SQLite).
    is_file_database = False

    def database_file(self, url: Any) -> str | None:
        """The file a URL opens, where the database is a file (SQLite); else ``None``."""
        return None

    def create_database(self, connection: Connection, name: str) -> None:
        """Create database ``name`` on the server unless it exists (:meth:`database_exists`)."""
        if not self.database_exists(connection, name):
            quoted = connection.dialect.identifier_preparer.quote(name)
            connection.exec_driver_sql("CREATE DATABASE " + quoted)

    def drop_database_sql(self, quoted_name: str) -> str:
        """The statement that drops a database even while others are connected to it."""
        return f"DROP DATABASE IF EXISTS {quoted_name}"

    # ------------------------------------------------------------------ server databases

    def database_exists(self, connection: Connection, name: str) -> bool:
        """Whether the server ``connection`` talks to has a database called ``name``."""
        raise NotImplementedError(f"{self.name} has no server databases")

    def database_comment(self, connection: Connection) -> str | None:
        """The comment of the connected database (``None``: none, or none possible)."""
        return None

    def set_database_comment(self, connection: Connection, text: str) -> None:
        """Set the comment of the connected database to ``text``."""
        raise NotImplementedError(f"{self.name} keeps no database comment")

    # ------------------------------------------------------------------ the session

    def session_statements(self, dialect: Dialect | None = None) -> list[str]:
        """Statements run once after connecting (read-only, timeouts).

        ``dialect`` is the connection's SQLAlchemy dialect (it tells MariaDB from MySQL).
        """
        return []

    def reading_url(self, url: URL) -> URL:
        """The URL to read ``url``'s database through (base: ``url`` itself).

        SQLite opens a file that schemanb may not write read-only and immutable.
        """
        return url

    def database_of(self, url: URL) -> str | None:
        """The database name a snapshot records for ``url`` (undoing :meth:`reading_url`)."""
        return url.database


def shutdown_socket(fileno: int) -> None:
    """Shut the network socket ``fileno`` down both ways, leaving the fd to its owner.

    A read blocked on it in another thread returns at once (the driver sees
    the connection closed); the driver closes the descriptor itself later.
    """
    import os
    import socket

    with contextlib.suppress(OSError):
        dup = socket.socket(fileno=os.dup(fileno))
        try:
            dup.shutdown(socket.SHUT_RDWR)
        finally:
            dup.close()


def sql_literal(connection: Connection, text: str) -> str:
    """``text`` as a string literal of ``connection``'s dialect (for statements that take no parameters)."""
    import sqlalchemy as sa

    compiled = sa.literal(text, sa.String()).compile(
        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
    )
    return str(compiled)
