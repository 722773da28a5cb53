"""SQLite: no ALTER beyond ADD/RENAME COLUMN, rowid-alias primary keys, no comments."""

from __future__ import annotations

from typing import Any

from .base import DialectSupport


class SQLiteSupport(DialectSupport):
    name = "sqlite"
    sqlalchemy_name = "sqlite"
    supports_partial_indexes = True
    supports_expression_indexes = True
    supports_computed = True
    supports_alter_column = False
    transactional_ddl = True
    max_identifier_length = 1024

    def is_autoincrement(self, column: dict[str, Any], *, single_int_pk: bool) -> bool:
        # An INTEGER PRIMARY KEY is an alias of the rowid: SQLite fills it.
        return single_int_pk

    def session_statements(self, *, is_mariadb: bool = False) -> list[str]:
        return ["PRAGMA query_only = ON"]
