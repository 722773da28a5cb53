"""PostgreSQL: columns and constraints of every table in two bulk catalog queries.

The Inspector's ``get_multi_*`` calls give the same dicts, but in a fresh process
most of their cost is compiling their Core queries on first use and parsing the
type of every column again. Here the queries are plain text
(``sql/postgresql/columns.sql``, ``constraints.sql``) and each distinct
``format_type()`` spelling is turned into a SQLAlchemy type once, by
SQLAlchemy's own parser, so the result matches the Inspector's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import DialectSupport, TableParts

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_RE_CHECK = re.compile(r"^CHECK *\((.+)\)( NO INHERIT)?( NOT VALID)?$", re.S)
_RE_NEXTVAL = re.compile(r"""(nextval\(')([^']+)('.*$)""")
_FK_ACTIONS = {"a": None, "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

Key = tuple[str | None, str]


class PostgreSQLTables(DialectSupport):
    """Bulk reflection of PostgreSQL tables; see :meth:`DialectSupport.fetch_table_parts`."""

    def fetch_table_parts(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> TableParts | None:
        types = _TypeReader.for_connection(connection)
        if types is None:
            return None
        columns, comments = self._columns(connection, schema, catalog_schema, ("r", "p"), types)
        parts = TableParts(columns=columns, comments=comments, pks={}, fks={}, uniques={}, checks={})
        for row in self.fetch_rows(connection, "constraints", schemas=[catalog_schema]):
            key = (schema, row.table_name)
            if row.type == "p":
                parts.pks[key] = {"constrained_columns": list(row.columns), "name": row.name}
            elif row.type == "u":
                parts.uniques.setdefault(key, []).append(
                    {"column_names": list(row.columns), "name": row.name}
                )
            elif row.type == "f":
                parts.fks.setdefault(key, []).append(_foreign_key(row))
            elif row.type == "c":
                match = _RE_CHECK.match(row.definition or "")
                parts.checks.setdefault(key, []).append(
                    {"name": row.name, "sqltext": match.group(1) if match else row.definition}
                )
        return parts

    def fetch_view_columns(
        self, connection: Connection, schema: str | None, catalog_schema: str
    ) -> dict[Key, list[dict[str, Any]]] | None:
        types = _TypeReader.for_connection(connection)
        if types is None:
            return None
        columns, _ = self._columns(connection, schema, catalog_schema, ("v", "m"), types)
        return columns

    def _columns(
        self,
        connection: Connection,
        schema: str | None,
        catalog_schema: str,
        relkinds: tuple[str, ...],
        types: _TypeReader,
    ) -> tuple[dict[Key, list[dict[str, Any]]], dict[Key, dict[str, Any]]]:
        rows = self.fetch_rows(
            connection, "columns", schemas=[catalog_schema], relkinds=list(relkinds)
        )
        columns: dict[Key, list[dict[str, Any]]] = {}
        comments: dict[Key, dict[str, Any]] = {}
        for row in rows:
            key = (schema, row.table_name)
            table_columns = columns.setdefault(key, [])
            if key not in comments:
                comments[key] = {"text": row.table_comment}
            if row.name is not None:
                table_columns.append(_column(row, types, catalog_schema if schema else None))
        return columns, comments


def _column(row: Any, types: _TypeReader, schema: str | None) -> dict[str, Any]:
    """One Inspector-shaped column dict, as ``PGDialect._get_columns_info`` builds it."""
    coltype = types.read(row.format_type, row.collation, row.name)
    default = row.default
    nullable = not row.not_null
    if types.is_domain(coltype):
        if not default and coltype.default is not None:
            default = coltype.default
        nullable = nullable and not coltype.not_null
    column: dict[str, Any] = {"name": row.name, "type": coltype, "comment": row.comment}
    if row.generated:
        column["computed"] = {"sqltext": default, "persisted": row.generated == "s"}
        default = None
    autoincrement = False
    if default is not None:
        match = _RE_NEXTVAL.search(default)
        if match is not None:
            autoincrement = types.is_integer(coltype)
            if "." not in match.group(2) and schema is not None:
                default = f'{match.group(1)}"{schema}".{match.group(2)}{match.group(3)}'
    if row.identity:
        column["identity"] = {
            "always": row.identity == "a",
            "start": row.identity_start,
            "increment": row.identity_increment,
        }
    column.update(nullable=nullable, default=default, autoincrement=autoincrement or bool(row.identity))
    return column


def _foreign_key(row: Any) -> dict[str, Any]:
    return {
        "name": row.name,
        "constrained_columns": list(row.columns),
        "referred_schema": row.referred_schema,
        "referred_table": row.referred_table,
        "referred_columns": list(row.referred_columns),
        "options": {
            "onupdate": _FK_ACTIONS.get(row.on_update),
            "ondelete": _FK_ACTIONS.get(row.on_delete),
            "deferrable": True if row.deferrable else None,
            "initially": "DEFERRED" if row.deferred else None,
        },
    }


class _TypeReader:
    """``format_type()`` text -> SQLAlchemy type, once per distinct spelling.

    Uses the dialect's own parser (``PGDialect._reflect_type``, with its lazy
    loader of enums and domains), so types come out as the Inspector's do.
    ``for_connection`` gives ``None`` when this SQLAlchemy lacks that parser;
    the caller then falls back to the Inspector.
    """

    def __init__(self, dialect: Any, loader: Any) -> None:
        self._dialect = dialect
        self._loader = loader
        self._cache: dict[tuple[str | None, str | None], Any] = {}
        from sqlalchemy import types as satypes
        from sqlalchemy.dialects.postgresql import DOMAIN

        self._domain = DOMAIN
        self._integer = satypes.Integer

    @classmethod
    def for_connection(cls, connection: Connection) -> _TypeReader | None:
        try:
            from sqlalchemy.dialects.postgresql.base import _NamedTypeLoader
        except ImportError:  # pragma: no cover - a SQLAlchemy without the private parser
            return None
        dialect: Any = connection.dialect
        if not hasattr(dialect, "_reflect_type"):  # pragma: no cover
            return None
        return cls(dialect, _NamedTypeLoader(dialect, connection, {}))

    def read(self, format_type: str | None, collation: str | None, column: str) -> Any:
        key = (format_type, collation)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._dialect._reflect_type(
                format_type, self._loader, f"column '{column}'", collation
            )
        return found

    def is_domain(self, coltype: Any) -> bool:
        return isinstance(coltype, self._domain)

    def is_integer(self, coltype: Any) -> bool:
        return issubclass(coltype._type_affinity, self._integer)


__all__ = ["PostgreSQLTables"]
