"""Rules about names and documentation: quoting, reserved words, comment coverage."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ...dialects import support_for
from ...model import Schema
from ..registry import rule
from ._util import label, names

Found = Iterator[tuple[str, str]]


def _named_objects(schema: Schema) -> Iterator[tuple[str, str, str]]:
    """(kind, object label, name) for tables, their columns and views."""
    for t in schema.tables:
        yield "table", label(t), t.name
        for c in t.columns:
            yield "column", label(t, c), c.name
    for v in schema.views:
        yield "view", str(v.key), v.name


@rule(
    "name_needs_quotes",
    "warning",
    "name that must be quoted in SQL (upper case, spaces, punctuation)",
    pattern=r"^[a-z_][a-z0-9_]*$",
)
def check_name_needs_quotes(schema: Schema, options: Mapping[str, Any]) -> Found:
    plain = re.compile(options["pattern"])
    for kind, obj, name in _named_objects(schema):
        if not plain.match(name):
            yield obj, f"{kind} name {name!r} must be quoted in SQL"


@functools.lru_cache(maxsize=8)
def reserved_words(dialect: str | None) -> frozenset[str]:
    """SQL's reserved words plus those of ``dialect`` (SQLAlchemy's lists)."""
    return support_for(dialect).reserved_words()


@rule("reserved_word", "warning", "table, column or view named with a reserved word")
def check_reserved_word(schema: Schema, options: Mapping[str, Any]) -> Found:
    words = reserved_words(schema.dialect)
    for kind, obj, name in _named_objects(schema):
        if name.lower() in words:
            yield obj, f"{kind} name {name!r} is a reserved word and must be quoted"


def _percent(part: int, whole: int) -> str:
    return f"{part} of {whole}, {100 * part / whole:.0f}%" if whole else "none"


@rule("table_without_comment", "info", "table without a comment (with the coverage)")
def check_table_without_comment(schema: Schema, options: Mapping[str, Any]) -> Found:
    documented = sum(1 for t in schema.tables if t.comment)
    coverage = _percent(documented, len(schema.tables))
    for t in schema.tables:
        if not t.comment:
            yield label(t), f"table has no comment (tables with comments: {coverage})"


@rule("column_without_comment", "info", "columns without comments (with the coverage)")
def check_column_without_comment(schema: Schema, options: Mapping[str, Any]) -> Found:
    total = sum(len(t.columns) for t in schema.tables)
    documented = sum(1 for t in schema.tables for c in t.columns if c.comment)
    coverage = _percent(documented, total)
    for t in schema.tables:
        missing = [c.name for c in t.columns if not c.comment]
        if missing:
            yield (
                label(t),
                f"{len(missing)} of {len(t.columns)} columns have no comment: "
                f"{names(missing)} (columns with comments: {coverage})",
            )
