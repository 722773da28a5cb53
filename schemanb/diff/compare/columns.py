"""Columns of one table: added, dropped, renamed, and each attribute that changed.

A column of ``a`` is matched with the column of ``b`` of the same name, or with
its new name when a rename was accepted. One change is reported per attribute
(type, nullability, default, identity, computed expression, collation,
comment), so risk and display are exact; :mod:`schemanb.migrate` merges them.
"""

from __future__ import annotations

from ...model import Column, Table
from ..changes import Change, ChangeKind
from ._context import Context, column_ref

KINDS = (
    ChangeKind.COLUMN_ADDED,
    ChangeKind.COLUMN_DROPPED,
    ChangeKind.COLUMN_RENAMED,
    ChangeKind.COLUMN_TYPE_CHANGED,
    ChangeKind.COLUMN_NULLABLE_CHANGED,
    ChangeKind.COLUMN_DEFAULT_CHANGED,
    ChangeKind.COLUMN_IDENTITY_CHANGED,
    ChangeKind.COLUMN_COMPUTED_CHANGED,
    ChangeKind.COLUMN_COLLATION_CHANGED,
    ChangeKind.COLUMN_COMMENT_CHANGED,
    ChangeKind.COLUMN_OPTIONS_CHANGED,
)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    """Column changes from table ``a`` (old) to table ``b`` (new)."""
    renames = ctx.column_renames.get(b.key, {})
    new_names = {ctx.column_name(b.key, c.name): c for c in a.columns}
    changes: list[Change] = []
    for column in a.columns:
        new_name = renames.get(column.name, column.name)
        if new_name not in b.column_map:
            changes.append(_change(ChangeKind.COLUMN_DROPPED, b, column.name, column, None))
    for column in b.columns:
        old = new_names.get(column.name)
        if old is None:
            changes.append(_change(ChangeKind.COLUMN_ADDED, b, column.name, None, column))
            continue
        if old.name != column.name:
            changes.append(_change(ChangeKind.COLUMN_RENAMED, b, column.name, old, column))
        changes.extend(compare_column(old, column, b, ctx))
    return changes


def compare_column(a: Column, b: Column, table: Table, ctx: Context) -> list[Change]:
    """The attribute changes of one matched column pair."""
    if a == b:
        return []
    kinds: list[ChangeKind] = []
    if not ctx.same_type(a, b):
        kinds.append(ChangeKind.COLUMN_TYPE_CHANGED)
    if a.nullable != b.nullable:
        kinds.append(ChangeKind.COLUMN_NULLABLE_CHANGED)
    if not _same_identity(a, b, ctx):
        kinds.append(ChangeKind.COLUMN_IDENTITY_CHANGED)
    if a.computed is None and b.computed is None:
        if ctx.default_text(a) != ctx.default_text(b):
            kinds.append(ChangeKind.COLUMN_DEFAULT_CHANGED)
    elif not _same_computed(a, b, ctx):
        kinds.append(ChangeKind.COLUMN_COMPUTED_CHANGED)
    if not ctx.portable and (a.collation or None) != (b.collation or None):
        kinds.append(ChangeKind.COLUMN_COLLATION_CHANGED)
    if ctx.compare_comments and (a.comment or None) != (b.comment or None):
        kinds.append(ChangeKind.COLUMN_COMMENT_CHANGED)
    if not ctx.portable and a.dialect_options != b.dialect_options:
        kinds.append(ChangeKind.COLUMN_OPTIONS_CHANGED)
    return [_change(kind, table, b.name, a, b) for kind in kinds]


def _same_identity(a: Column, b: Column, ctx: Context) -> bool:
    if ctx.portable:
        # SQLite's rowid alias, MySQL's AUTO_INCREMENT and an identity are one idea;
        # only compare identity details where both sides can have them.
        if not ctx.both("supports_identity"):
            return True
        return (a.identity is None) == (b.identity is None)
    return a.autoincrement == b.autoincrement and a.identity == b.identity


def _same_computed(a: Column, b: Column, ctx: Context) -> bool:
    if a.computed is None or b.computed is None:
        return False
    if not ctx.same_expression(a.computed.expression, b.computed.expression):
        return False
    pa, pb = a.computed.persisted, b.computed.persisted
    return pa is None or pb is None or pa == pb


def _change(kind: ChangeKind, table: Table, name: str, before: object, after: object) -> Change:
    return Change(kind=kind, ref=column_ref(table.key, name), before=before, after=after)
