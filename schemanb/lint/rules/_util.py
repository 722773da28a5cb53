"""Small helpers shared by the rules: object labels and name lists."""

from __future__ import annotations

from collections.abc import Iterable

from ...model import Column, Table


def label(table: Table, column: Column | str | None = None) -> str:
    """``schema.table`` or ``schema.table.column`` as findings name objects."""
    if column is None:
        return str(table.key)
    name = column if isinstance(column, str) else column.name
    return f"{table.key}.{name}"


def names(items: Iterable[str], limit: int = 8) -> str:
    """A comma-separated list, shortened after ``limit`` items."""
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f", … ({len(items) - limit} more)" if len(items) > limit else "")


def norm_type(column: Column) -> str:
    """The column type for comparisons: upper case, single spaces."""
    return " ".join(column.type_sql.upper().split())
