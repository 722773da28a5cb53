"""Tables of two snapshots: added, dropped, renamed, then each pair compared.

Pairs are tables with the same key, or with the keys of an accepted table
rename. Equal pairs (the common case) cost one ``==``; the rest go through the
per-table compare modules in :data:`TABLE_COMPARERS` order.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import ObjectKind, ObjectRef, Schema, Table
from ..changes import Change, ChangeKind
from . import checks, columns, comments, definitions, indexes, keys, options, partitions
from ._context import Context

KINDS = (ChangeKind.TABLE_ADDED, ChangeKind.TABLE_DROPPED, ChangeKind.TABLE_RENAMED)

TableComparer = Callable[[Table, Table, Context], list[Change]]

#: The per-table compare functions, in report order.
TABLE_COMPARERS: tuple[TableComparer, ...] = (
    columns.compare,
    keys.compare,
    checks.compare,
    indexes.compare,
    comments.compare,
    options.compare,
    partitions.compare,
)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    changes: list[Change] = []
    matched = set()
    b_map = b.table_map
    for table in a.tables:
        key_b = ctx.table_key(table.key)
        other = b_map.get(key_b)
        if other is None:
            changes.append(_change(ChangeKind.TABLE_DROPPED, table, None))
            continue
        matched.add(key_b)
        if key_b != table.key:
            changes.append(_change(ChangeKind.TABLE_RENAMED, table, other))
        elif table == other and _same_texts(table, other) and ctx.defaults_a == ctx.defaults_b:
            continue
        changes.extend(compare_table(table, other, ctx))
    changes.extend(
        _change(ChangeKind.TABLE_ADDED, None, t) for t in b.tables if t.key not in matched
    )
    return partitions.attachments(changes, a, b, ctx)


def compare_table(a: Table, b: Table, ctx: Context) -> list[Change]:
    """Every change inside one matched pair of tables."""
    changes: list[Change] = []
    for comparer in TABLE_COMPARERS:
        changes.extend(comparer(a, b, ctx))
    changes.extend(definitions.compare(a, b, ctx, changes))
    return changes


def _same_texts(a: Table, b: Table) -> bool:
    """The stored ``CREATE`` texts (SQLite; not part of ``==``) are the same strings."""
    return a.create_sql == b.create_sql and [ix.create_sql for ix in a.indexes] == [
        ix.create_sql for ix in b.indexes
    ]


def _change(kind: ChangeKind, before: Table | None, after: Table | None) -> Change:
    key = (after or before).key  # type: ignore[union-attr]
    return Change(kind=kind, ref=ObjectRef(ObjectKind.TABLE, key), before=before, after=after)
