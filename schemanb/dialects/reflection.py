"""Reflection hooks: what a dialect reads from its catalog, in bulk.

:class:`Reflection` is called only from :mod:`schemanb.reflect`: every method
named ``fetch_*`` takes a connection and reads one kind of object for all
tables at once (never one query per object), normalised as :class:`Normalisers`
says. ``None`` or an empty answer from the base means "ask SQLAlchemy's Inspector"
or "the dialect has none". The catalog queries live in ``sql/<dialect>/``
(:mod:`schemanb.dialects.catalog`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import model
from . import catalog
from .normalise import Normalisers

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: ``(schema, name)`` with the catalog's schema name (never ``None``).
CatalogKey = tuple[str, str]

#: Inspector-shaped dicts keyed like ``get_multi_*``: ``(schema, table)``.
_PartKey = tuple[str | None, str]


class TableParts(NamedTuple):
    """What the Inspector's ``get_multi_*`` calls give for the tables of one schema.

    Every mapping is keyed ``(schema, table)`` (``schema`` as the model writes
    it) and holds the Inspector's dict shapes, which
    :func:`schemanb.reflect.normalize.build_table` reads. ``columns`` has an
    entry for every table, even one without columns.
    """

    columns: dict[_PartKey, list[dict[str, Any]]]
    pks: dict[_PartKey, dict[str, Any]]
    fks: dict[_PartKey, list[dict[str, Any]]]
    uniques: dict[_PartKey, list[dict[str, Any]]]
    checks: dict[_PartKey, list[dict[str, Any]]]
    comments: dict[_PartKey, dict[str, Any]]
    #: Index dicts as :meth:`DialectSupport.fetch_indexes` gives them, when read
    #: together with the rest (``None``: call ``fetch_indexes``).
    indexes: dict[_PartKey, list[dict[str, Any]]] | None = None
    #: The catalog's row estimates (:meth:`DialectSupport.fetch_row_estimates`)
    #: when read together with the rest (``None``: call ``fetch_row_estimates``).
    row_estimates: dict[_PartKey, int | None] | None = None
    #: The catalog's on-disk sizes in bytes, read with the row estimates (``None``:
    #: call :meth:`DialectSupport.fetch_size_estimates`).
    size_estimates: dict[_PartKey, int | None] | None = None
    #: Per table: ``inherits``, the parents as ``(catalog schema, name)`` in order
    #: (PostgreSQL ``INHERITS``), and ``dialect_options`` as ``(key, value)`` pairs.
    table_options: dict[_PartKey, dict[str, Any]] | None = None


class Reflection(Normalisers):
    """Bulk catalog reads of one dialect (base: the Inspector's answers, nothing more)."""

    #: The folder under ``dialects/sql/`` holding this dialect's catalog queries.
    sql_folder: str | None = None

    def fetch_rows(
        self, connection: Connection, name: str, **params: Any
    ) -> Sequence[Any]:
        """Run ``sql/<sql_folder>/<name>.sql`` with bound ``params``; all rows.

        A list-valued parameter written ``IN :name`` is bound as an expanding
        parameter; elsewhere (``= ANY(:name)`` on PostgreSQL) it is one array.
        """
        assert self.sql_folder is not None, f"{type(self).__name__} has no catalog SQL"
        return catalog.fetch_rows(connection, self.sql_folder, name, **params)

    def fetch_rows_many(
        self, connection: Connection, queries: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> Iterator[Sequence[Any]]:
        """Run several catalog queries of ``sql/<sql_folder>/``; yield each one's rows in order.

        The base runs them one after the other; a dialect may send them all at
        once (PostgreSQL's pipeline mode) so that the server works on the later
        ones while the caller processes the first. A caller consumes every result.
        """
        for name, params in queries:
            yield self.fetch_rows(connection, name, **params)

    def database_objects(self, connection: Connection) -> dict[str, str]:
        """Every object a user could own in the connected database, outside system schemas.

        Keys are ``"<kind> <name>"`` (``"table customers"``), values an identity
        that changes when the object is dropped and created again (an OID, a
        creation time). The sample builder records these for what it created and
        refuses a database holding any other (:mod:`schemanb.sample`). The base
        asks ``sql/<sql_folder>/database_objects.sql``.
        """
        return {
            f"{kind} {name}": str(identity or "")
            for kind, name, identity in self.fetch_rows(connection, "database_objects")
        }

    def fetch_extras(
        self, connection: Connection, schema: model.Schema, catalog_schemas: Mapping[str | None, str]
    ) -> model.Schema:
        """``schema`` with what the Inspector lacks added, each kind in one bulk query.

        Views (definitions in one query instead of one per view), enums,
        sequences, plus :meth:`fetch_table_fixes` for the dialect's own gaps.
        ``catalog_schemas`` maps each model schema (``None`` = default) to the
        catalog's name for it.
        """
        names = sorted(set(catalog_schemas.values()))
        to_model: dict[str | None, str | None] = {v: k for k, v in catalog_schemas.items()}
        tables = self.fetch_table_fixes(connection, schema.tables, catalog_schemas)
        views = [
            dataclasses.replace(v, schema=to_model.get(v.schema, v.schema))
            for v in self.fetch_views(connection, names)
        ]
        enums = [
            dataclasses.replace(e, schema=to_model.get(e.schema, e.schema))
            for e in self.fetch_enums(connection, names)
        ]
        sequences = [
            dataclasses.replace(s, schema=to_model.get(s.schema, s.schema))
            for s in self.fetch_sequences(connection, names)
        ]
        return dataclasses.replace(
            schema,
            tables=tuple(tables),
            views=model.sorted_by_name(views),
            enums=model.sorted_by_name(enums),
            sequences=model.sorted_by_name(sequences),
        )

    def user_schemas(self, connection: Connection) -> list[str] | None:
        """Every user schema of the connected database, where the dialect lists them
        itself (PostgreSQL: as pg_dump does, extension-made schemas left out);
        ``None``: the Inspector's list less the system schemas."""
        return None

    def fetch_objects(
        self,
        connection: Connection,
        schema: model.Schema,
        catalog_schemas: Mapping[str | None, str],
        *,
        grants: bool = False,
    ) -> model.Schema:
        """``schema`` with the objects beyond tables added (base: unchanged).

        Triggers, routines, domains, composite types, extensions, partitioning
        (children folded into their parent's :attr:`~schemanb.model.Table.partitioning`
        and removed from ``tables``) and view dependencies; grants only when
        ``grants`` is true. Each kind is one bulk catalog query over all
        ``catalog_schemas`` (never one per object); schema names are mapped back
        to the model's (``None`` for the default schema) as in :meth:`fetch_extras`.
        Called by :func:`schemanb.reflect.database.reflect_connection` after
        :meth:`fetch_extras`.
        """
        return schema

    def fetch_table_fixes(
        self,
        connection: Connection,
        tables: Sequence[model.Table],
        catalog_schemas: Mapping[str | None, str],
    ) -> Sequence[model.Table]:
        """Correct what the Inspector reflects wrongly on this dialect (base: nothing)."""
        return tables

    def reflection_context(
        self, connection: Connection, catalog_schemas: Sequence[str]
    ) -> contextlib.AbstractContextManager[None]:
        """Held while ``connection`` is reflected (base: nothing to prepare).

        A dialect reads here, in bulk, what SQLAlchemy's Inspector would
        otherwise fetch once per table (SQLite: every table's ``CREATE`` text).
        """
        return contextlib.nullcontext()

    def fetch_table_parts(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> TableParts | None:
        """Columns, keys, constraints and comments of every table of one schema.

        ``None`` (the base) means "use the Inspector's ``get_multi_*`` calls"; a
        dialect returns its own bulk queries' result where that is much faster.
        """
        return None

    def fetch_view_columns(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[_PartKey, list[dict[str, Any]]] | None:
        """Inspector-shaped columns of every view of one schema (``None``: ask the Inspector)."""
        return None

    def fetch_indexes(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[tuple[str | None, str], list[dict[str, Any]]] | None:
        """Inspector-shaped index dicts of one schema, keyed like ``get_multi_indexes``.

        ``None`` (the base) means "use the Inspector"; a dialect returns its own
        bulk query's result where that is much faster.
        """
        return None

    def fetch_size_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        """``{(schema, table): bytes on disk}`` from the catalog; base: none known."""
        return {}

    def fetch_row_estimates(
        self, connection: Connection, schemas: Sequence[str]
    ) -> dict[CatalogKey, int | None]:
        """The catalog's row count estimate per table (base: none known)."""
        return {}

    def fetch_views(self, connection: Connection, schemas: Sequence[str]) -> list[model.View]:
        """Every view with its normalised definition (in the catalog's schema names).

        The base falls back to the Inspector, one query per view; the dialects
        override it with one bulk catalog query.
        """
        import sqlalchemy as sa

        insp = sa.inspect(connection)
        out = []
        for schema_name in schemas:
            for name in insp.get_view_names(schema=schema_name):
                try:
                    definition = insp.get_view_definition(name, schema=schema_name)
                except (sa.exc.DBAPIError, NotImplementedError):
                    definition = None
                out.append(
                    model.View(
                        schema=schema_name,
                        name=name,
                        definition=self.normalize_view_definition(definition),
                    )
                )
        return out

    def fetch_enums(self, connection: Connection, schemas: Sequence[str]) -> list[model.Enum]:
        """Named enumerated types (base: none)."""
        return []

    def fetch_column_types(
        self, connection: Connection, columns: Sequence[tuple[str, str, str]]
    ) -> dict[tuple[str, str, str], str]:
        """The database's own spelling of the types of ``(schema, table, column)``.

        Called once, for the columns whose type SQLAlchemy did not recognise
        (``xml``, ``tsvector`` and other types it has no class for); the base
        knows no better than ``UNKNOWN``.
        """
        return {}

    def fetch_sequences(
        self, connection: Connection, schemas: Sequence[str]
    ) -> list[model.Sequence]:
        """Standalone sequences, not those owned by a column (base: none)."""
        return []
