"""SQLite's catalog in a few bulk queries, for SQLAlchemy's Inspector.

SQLAlchemy's SQLite dialect reads a table's catalog one statement at a time:
its ``CREATE`` text three times (each a scan of ``sqlite_master``, so the cost
grows with the square of the number of tables), then ``PRAGMA table_xinfo``,
``index_list``, ``index_info`` and ``foreign_key_list`` once per table or index.
:func:`bulk_catalog` reads all of it at once with the pragma table-valued
functions and answers those calls from memory while one connection is
reflected, so that the Inspector's own parsing (types, defaults, constraint
names) is kept exactly as it is and only the round trips go.

Only two private methods of SQLAlchemy's dialect are involved,
``_get_table_sql`` and ``_get_table_pragma``; a SQLAlchemy without them is
left alone (reflection is then only slower), and a call for anything not read
here (a view's pragma, another schema, a temporary table) goes to SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: The pragmas read in bulk, each by one query file of ``sql/sqlite/``, keyed
#: by the name of the table (or, for ``index_info``, the index) it describes.
#: Views are left out: the pragma of a view whose query no longer compiles
#: fails, and would fail the whole bulk query with it.
_PRAGMAS = ("table_xinfo", "index_list", "index_info", "foreign_key_list")


class _Catalog:
    def __init__(self, texts: dict[str, str | None], pragmas: dict[tuple[str, str], list[Any]]):
        self.texts = texts
        self.pragmas = pragmas


#: What :func:`bulk_catalog` read, per connection being reflected.
_READ: weakref.WeakKeyDictionary[Any, _Catalog] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


@contextlib.contextmanager
def bulk_catalog(
    connection: Connection, fetch_rows: Callable[..., Sequence[Any]]
) -> Iterator[None]:
    """While held, the Inspector's reads of ``connection``'s main database come from memory.

    ``fetch_rows`` is :meth:`DialectSupport.fetch_rows` (runs one query file).
    """
    if not _install(connection.dialect):
        yield
        return
    texts = {r.name: r.sql for r in fetch_rows(connection, "create_text")}
    pragmas: dict[tuple[str, str], list[Any]] = {}
    for pragma in _PRAGMAS:
        for name, owner in _owners(texts, fetch_rows, connection, pragma):
            pragmas[(pragma, name)] = owner
    with _LOCK:
        _READ[connection] = _Catalog(texts, pragmas)
    try:
        yield
    finally:
        with _LOCK:
            _READ.pop(connection, None)


def _owners(
    texts: dict[str, str | None],
    fetch_rows: Callable[..., Sequence[Any]],
    connection: Connection,
    pragma: str,
) -> Iterator[tuple[str, list[Any]]]:
    """``(table or index name, its pragma rows)``, every table or index included, rows in order."""
    import sqlalchemy as sa

    try:
        rows = fetch_rows(connection, f"pragma_{pragma}")
    except sa.exc.DBAPIError:  # e.g. a virtual table of a module this SQLite lacks
        return
    grouped: dict[str, list[Any]] = {}
    for r in rows:
        grouped.setdefault(r[0], []).append(tuple(r[1:]) if r[1] is not None else None)
    for name, owned in grouped.items():
        yield name, [row for row in owned if row is not None]


def _install(dialect: Any) -> bool:
    """Put memory look-ups in front of the dialect's two readers, once; False if it lacks them.

    Kept on the dialect object afterwards: for a connection that is not being
    reflected they call SQLAlchemy's own methods unchanged.
    """
    cls = type(dialect)
    get_sql = getattr(cls, "_get_table_sql", None)
    get_pragma = getattr(cls, "_get_table_pragma", None)
    if get_sql is None or get_pragma is None:
        return False
    if "_get_table_pragma" in vars(dialect):
        return True

    def _get_table_sql(connection: Any, table_name: str, schema: str | None = None, **kw: Any) -> Any:
        read = _READ.get(connection)
        if read is not None and schema in (None, "main"):
            text = read.texts.get(table_name)
            if text is not None:
                return text
        return get_sql(dialect, connection, table_name, schema=schema, **kw)

    def _get_table_pragma(
        connection: Any, pragma: str, table_name: str, schema: str | None = None
    ) -> Any:
        read = _READ.get(connection)
        if read is not None and schema in (None, "main"):
            rows = read.pragmas.get((pragma, table_name))
            if rows is not None:
                return rows
        return get_pragma(dialect, connection, pragma, table_name, schema=schema)

    dialect._get_table_sql = _get_table_sql
    dialect._get_table_pragma = _get_table_pragma
    return True
