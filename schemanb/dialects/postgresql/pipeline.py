"""PostgreSQL: several catalog queries sent at once (psycopg 3's pipeline mode), and
rows read ahead (:meth:`PostgreSQLPipeline.prefetch`) for the calls that will ask for them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..base import DialectSupport

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class PostgreSQLPipeline(DialectSupport):
    """Several catalog queries sent at once (psycopg 3's pipeline mode).

    The server runs the later queries while the client turns the first one's
    rows into a snapshot, on the same single connection. The statements still
    pass through SQLAlchemy's ``before_cursor_execute`` event, so listeners
    (and the tests that count statements) see every one. Other drivers, or a
    libpq without pipelines, run the queries one after the other.
    """

    def fetch_rows_many(
        self, connection: Connection, queries: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> Iterator[Sequence[Any]]:
        raw: Any = getattr(connection.connection, "driver_connection", None)
        if not _pipeline_supported(raw):
            yield from super().fetch_rows_many(connection, queries)
            return
        import sqlalchemy as sa
        from psycopg import Error as DriverError
        from psycopg.rows import namedtuple_row

        from ..catalog import load_sql

        assert self.sql_folder is not None
        statements = [
            (sa.text(load_sql(self.sql_folder, name)).compile(dialect=connection.dialect).string,
             dict(params))
            for name, params in queries
        ]
        current = statements[0]
        try:
            with raw.pipeline():
                cursors = []
                for sql, params in statements:
                    cursor = raw.cursor(row_factory=namedtuple_row)
                    connection.dispatch.before_cursor_execute(
                        connection, cursor, sql, params, None, False
                    )
                    cursor.execute(sql, params)
                    cursors.append(cursor)
                for cursor, current in zip(cursors, statements):  # noqa: B007 - read in except
                    yield cursor.fetchall()
        except DriverError as err:
            # As SQLAlchemy would: callers handle DBAPIError (reflect_connection names it).
            raise sa.exc.DBAPIError.instance(current[0], current[1], err, DriverError) from err


    def prefetch(
        self,
        connection: Connection,
        queries: Sequence[tuple[str, Mapping[str, Any]]],
        *,
        empty: Sequence[tuple[str, Mapping[str, Any]]] = (),
    ) -> None:
        """Run ``queries`` now, all in one pipeline, and keep their rows for the
        :meth:`fetch_rows` calls that ask for them, each answered once, while the
        connection is reflected (:meth:`reflection_context`). ``empty``: queries
        known to return no row (a kind the schemas lack), answered without being sent.
        """
        store: dict[Hashable, Sequence[Any]] = connection.info.setdefault(_PREFETCHED, {})
        for name, params in empty:
            store[_query_key(name, params)] = []
        # list(): the pipeline ends only once its last result has been read.
        for (name, params), rows in zip(queries, list(self.fetch_rows_many(connection, queries))):
            store[_query_key(name, params)] = rows

    def fetch_rows(self, connection: Connection, name: str, **params: Any) -> Sequence[Any]:
        """The rows :meth:`prefetch` kept for this query, else the query's own."""
        store = connection.info.get(_PREFETCHED)
        if store:
            rows: Sequence[Any] | None = store.pop(_query_key(name, params), None)
            if rows is not None:
                return rows
        return super().fetch_rows(connection, name, **params)

    @contextlib.contextmanager
    def reflection_context(
        self, connection: Connection, catalog_schemas: Sequence[str]
    ) -> Iterator[None]:
        """What :meth:`prefetch` kept is dropped when the reflection ends, read or not."""
        try:
            with super().reflection_context(connection, catalog_schemas):
                yield
        finally:
            connection.info.pop(_PREFETCHED, None)


#: ``connection.info`` key of the rows :meth:`PostgreSQLPipeline.prefetch` keeps.
_PREFETCHED = "schemanb.postgresql.prefetched"


def _query_key(name: str, params: Mapping[str, Any]) -> Hashable:
    return name, tuple(sorted(
        (k, tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in params.items()
    ))


def _pipeline_supported(raw: Any) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg 3 is the postgres extra
        return False
    return isinstance(raw, psycopg.Connection) and psycopg.Pipeline.is_supported()
