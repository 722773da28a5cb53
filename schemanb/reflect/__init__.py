"""inspect(source) -> Schema: dispatch on the kind of source.

A source is a database URL, a snapshot file path, a SQLAlchemy ``Engine`` or
``Connection``, a ``MetaData`` (models, or a declarative base), or a ``Schema``
(returned as is). Only this package talks to databases.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import model
from .._gc import paused_gc
from .._redact import mask_text, mask_url
from ..dialects import support_for
from ..errors import InvalidURLError, UnsupportedSourceError
from ..serialize import load_schema
from .database import reflect_connection
from .metadata import reflect_metadata
from .session import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT,
    create_engine,
    open_session,
    parse_url,
)


def inspect(
    source: Any,
    *,
    schemas: str | Iterable[str | None] | None = None,
    dialect: str | None = None,
    progress: bool | None = None,
    connect_timeout: int | None = None,
    grants: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> model.Schema:
    """A snapshot of ``source``.

    Args:
        source: a database URL, a snapshot file path, an ``Engine``, a
            ``Connection``, a ``MetaData``/declarative base, or a ``Schema``.
        schemas: which schemas to read: a name, a list of names (``None`` in it:
            the connection's default schema), or ``"*"`` for every user schema; ``None`` (the default): every user schema on
            PostgreSQL (as ``pg_dump`` reads the database: all but ``pg_catalog``,
            ``information_schema``, ``pg_toast``/``pg_temp`` and the schemas an
            extension made), the database the URL names on MySQL/MariaDB, ``main``
            on SQLite.
        dialect: for models only: the dialect whose DDL the snapshot describes.
        progress: show a progress bar (default: only on large schemas).
        connect_timeout: seconds to wait for a server (default 10).
        timeout: seconds the whole inspection of a URL or Engine may take,
            connecting included (default 300; ``None`` or 0 for no limit). A server
            or network that stalls longer ends in a :class:`~schemanb.errors.DeadlineError`
            naming the host; every single read is bounded as well (the statement
            timeout plus a margin).
        grants: also read the privileges granted on tables, views, sequences,
            routines and schemas (off by default: they differ between environments).

    Example:
        >>> import schemanb
        >>> schemanb.inspect("sqlite://").tables
        ()
    """
    options = {
        "schemas": schemas,
        "dialect": dialect,
        "progress": progress,
        "connect_timeout": connect_timeout,
        "grants": grants,
        "timeout": timeout,
    }
    with paused_gc():
        return _inspect(source, **options)


@functools.singledispatch
def _inspect(source: Any, **options: Any) -> model.Schema:
    metadata = getattr(source, "metadata", None)
    if metadata is not None and type(metadata).__name__ == "MetaData":
        return _inspect(metadata, **options)
    raise UnsupportedSourceError(
        f"cannot inspect a {type(source).__name__} — pass a database URL, a snapshot "
        "file, an Engine, a Connection, a MetaData or a declarative base"
    )


@_inspect.register
def _(source: model.Schema, **options: Any) -> model.Schema:
    return source


@_inspect.register(str)
@_inspect.register(os.PathLike)
def _(source: str | os.PathLike[str], **options: Any) -> model.Schema:
    text = os.fspath(source)
    if "://" not in text:
        text = file_source_url(text) or text
    if "://" not in text:
        if Path(text).exists() or text.endswith(".json"):
            return load_schema(text)
        raise InvalidURLError(
            f"{mask_text(text)!r} is neither a database URL nor an existing file (a "
            "snapshot or a SQLite database) — give e.g. postgresql://user@host/db, "
            "a path to a .json snapshot or to a SQLite file"
        )
    deadline = options.get("timeout") or None
    connect_timeout = options.get("connect_timeout") or DEFAULT_CONNECT_TIMEOUT
    if deadline:  # connecting is part of the inspection: it cannot outlast the deadline
        connect_timeout = max(1, min(connect_timeout, math.ceil(deadline)))
    engine = create_engine(text, connect_timeout=connect_timeout)
    try:
        with open_session(engine, connect_timeout=connect_timeout, timeout=deadline) as connection:
            return reflect_connection(
                connection,
                schemas=options.get("schemas"),
                source=mask_url(parse_url(text)),
                progress=options.get("progress"),
                grants=bool(options.get("grants")),
            )
    finally:
        engine.dispose()


def _register_sqlalchemy() -> None:
    from sqlalchemy import MetaData
    from sqlalchemy.engine import Connection, Engine

    @_inspect.register(Engine)
    def _(source: Engine, **options: Any) -> model.Schema:
        with open_session(source, timeout=options.get("timeout") or None) as connection:
            return reflect_connection(
                connection,
                schemas=options.get("schemas"),
                progress=options.get("progress"),
                grants=bool(options.get("grants")),
            )

    @_inspect.register(Connection)
    def _(source: Connection, **options: Any) -> model.Schema:
        # The caller owns this connection: read from it, change none of its settings.
        return reflect_connection(
            source,
            schemas=options.get("schemas"),
            progress=options.get("progress"),
            grants=bool(options.get("grants")),
        )

    @_inspect.register(MetaData)
    def _(source: MetaData, **options: Any) -> model.Schema:
        return reflect_metadata(source, dialect=options.get("dialect"))


_register_sqlalchemy()


def file_source_url(path: str | os.PathLike[str]) -> str | None:
    """The URL of the database file ``path`` names (a SQLite file, by its header), else ``None``.

    A SOURCE that is a path is a database file when its first bytes are its
    dialect's :attr:`~schemanb.dialects.DialectSupport.file_header`
    (``SQLite format 3\\0``); any other file is read as a snapshot.
    """
    text = os.fspath(path)
    if "://" in text:
        return None
    header = support_for("sqlite").file_header
    if not header:
        return None
    try:
        with open(text, "rb") as handle:
            head = handle.read(len(header))
    except OSError:
        return None
    return f"sqlite:///{Path(text).absolute()}" if head == header else None


def load(path: str | os.PathLike[str]) -> model.Schema:
    """Read a snapshot file written by :meth:`Schema.save` or ``schemanb snapshot``."""
    with paused_gc():
        return load_schema(os.fspath(path))


__all__ = ["file_source_url", "inspect", "load", "reflect_connection", "reflect_metadata"]
