"""MySQL and MariaDB: display widths, TINYINT(1) booleans, unique keys are indexes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import DialectSupport

if TYPE_CHECKING:
    from sqlalchemy.types import TypeEngine

_RE_DISPLAY_WIDTH = re.compile(r"^(BIGINT|INTEGER|INT|MEDIUMINT|SMALLINT)\(\d+\)", re.I)
_RE_TINYINT_WIDTH = re.compile(r"^TINYINT\((?!1\))\d+\)", re.I)
_RE_BACKTICK_NAME = re.compile(r"`((?:[^`]|``)+)`")


class MySQLSupport(DialectSupport):
    name = "mysql"
    sqlalchemy_name = "mysql"
    supports_comments = True
    supports_computed = True
    transactional_ddl = False
    max_identifier_length = 64
    generated_constraint_names = True
    #: MySQL has no unique constraint distinct from a unique index.
    unique_constraints_are_indexes = True
    fk_creates_index = True

    def is_generated_name(
        self, kind: str, table: str, columns: tuple[str, ...], name: str | None
    ) -> bool:
        if name is None or kind == "primary_key":
            return True
        if kind == "foreign_key":
            return re.fullmatch(re.escape(table) + r"_ibfk_\d+", name) is not None
        if kind == "check":
            return re.fullmatch(r"CONSTRAINT_\d+", name) is not None or name in columns
        if kind == "unique" and columns:
            return re.fullmatch(re.escape(columns[0]) + r"(_\d+)?", name) is not None
        return False

    def fold_identifier(self, name: str) -> str:
        return name.lower()

    def normalize_type_sql(self, type_sql: str) -> str:
        text = super().normalize_type_sql(type_sql)
        if text in ("BOOL", "BOOLEAN"):
            return "TINYINT(1)"
        text = _RE_DISPLAY_WIDTH.sub(lambda m: "INTEGER" if m.group(1).upper() in ("INT", "INTEGER") else m.group(1).upper(), text)
        text = _RE_TINYINT_WIDTH.sub("TINYINT", text)
        if text.startswith("NUMERIC"):
            text = "DECIMAL" + text[len("NUMERIC"):]
        return text

    def normalize_type_generic(self, type_: TypeEngine[Any], type_sql: str) -> str:
        if type_sql == "TINYINT(1)":
            return "BOOLEAN"
        return super().normalize_type_generic(type_, type_sql)

    def normalize_default(self, default: str | None, *, type_sql: str = "") -> str | None:
        text = super().normalize_default(default, type_sql=type_sql)
        if text is None or text.upper() == "NULL":
            return None
        if type_sql == "TINYINT(1)":
            return {"1": "true", "'1'": "true", "0": "false", "'0'": "false"}.get(text.lower(), text)
        return text

    def normalize_expression(self, text: str | None) -> str | None:
        if text is None:
            return None
        text = _RE_BACKTICK_NAME.sub(lambda m: m.group(1).replace("``", "`"), text)
        return super().normalize_expression(text)

    def session_statements(self, *, is_mariadb: bool = True) -> list[str]:
        timeout = (
            "SET SESSION max_statement_time = 60"
            if is_mariadb
            else "SET SESSION max_execution_time = 60000"
        )
        return ["SET SESSION TRANSACTION READ ONLY", timeout, "SET SESSION lock_wait_timeout = 5"]
