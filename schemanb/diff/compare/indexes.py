"""Indexes of one table: columns and expressions, unique flag, partial predicate.

Matched by content first (so an index that only moved with a column rename, or
whose name the database chose, is no change), then by name; the access method,
``INCLUDE`` columns and dialect options count except in ``portable`` mode.
"""

from __future__ import annotations

from collections.abc import Hashable

from ...model import Index, ObjectKind, Table
from ..changes import Change, ChangeKind
from ._context import Context
from .checks import rename_identifiers
from .keys import match_constraints

KINDS = (ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    if not a.indexes and not b.indexes:
        return []
    renames = ctx.column_renames.get(b.key, {})
    # SQLite: DESC columns and expressions as written live only in the stored text.
    texts = (
        not ctx.portable and ctx.support_a is ctx.support_b and ctx.support_b.replays_stored_ddl
        and all(ix.create_sql is not None for ix in (*a.indexes, *b.indexes))
    )

    def content(ix: Index, side_a: bool) -> Hashable:
        flags = ix.is_expression or (False,) * len(ix.expressions)
        parts = []
        for part, is_expr in zip(ix.expressions, flags):
            if is_expr:
                text = ctx.canonical(part) or ""
                if side_a and renames:
                    text = rename_identifiers(text, renames)
                parts.append((True, ctx.expression_key(text)))
            else:
                parts.append((False, renames.get(part, part) if side_a else part))
        where = ctx.canonical(ix.where)
        if side_a and renames and where:
            where = rename_identifiers(where, renames)
        if ctx.portable:
            if not ctx.both("supports_partial_indexes"):
                where = None  # one side cannot have the predicate
            return (tuple(parts), ix.unique, ctx.expression_key(where))
        include = ctx.columns(b.key, ix.include) if side_a else ix.include
        stored = ctx.support_b.definition_key("index", ix.create_sql, renames if side_a else None) if texts else None
        return (tuple(parts), ix.unique, where, ix.method, include, ix.dialect_options, stored, ix.descending)

    return match_constraints(
        a.indexes, b.indexes, b, ctx, content=content, label="index",
        kinds=(ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED),
        object_kind=ObjectKind.INDEX,
    )
