"""Partitioning of one table: strategy and key, then each partition by name.

``PARTITIONING_CHANGED`` reports a different strategy or key, or a table that
became (or stopped being) partitioned; partitions are then not compared one by
one. Otherwise ``PARTITION_ADDED``/``DROPPED``/``CHANGED`` per partition name;
bounds compare with whitespace and case folded, and a partition whose bound or
sub-partitioning scheme differs is ``CHANGED`` (re-created). A partition kept
on both sides is compared as the table it is (:func:`~schemanb.model.partition_table`):
its own keys, FKs, CHECKs and indexes (PostgreSQL; not those cloned from its
parent) give the usual key/check/index changes on the partition's key, and its
own partitions (sub-partitioning) are compared the same way, at every level.
Skipped in ``portable`` mode unless both dialects have declarative partitions.

:func:`attachments` then pairs a table dropped with a partition of the same
name added (``PARTITION_ATTACHED``: ``ALTER TABLE parent ATTACH PARTITION``
keeps its rows) and a partition dropped with a table added
(``PARTITION_DETACHED``), where the dialect can attach one; the table is
compared with what it becomes (as a partition: what it owns; detached: with
the clones of its parent's keys and indexes, now its own).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...model import (
    ObjectKind,
    ObjectRef,
    Partition,
    Partitioning,
    Schema,
    Table,
    TableKey,
    detached_table,
    partition_table,
)
from ..changes import Change, ChangeKind
from . import checks, indexes, keys
from ._context import Context, canonical_expression
from ._keyed import keyed_changes

KINDS = (
    ChangeKind.PARTITION_ADDED,
    ChangeKind.PARTITION_DROPPED,
    ChangeKind.PARTITION_CHANGED,
    ChangeKind.PARTITIONING_CHANGED,
    ChangeKind.PARTITION_ATTACHED,
    ChangeKind.PARTITION_DETACHED,
)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    pa, pb = a.partitioning, b.partitioning
    if pa is None and pb is None:
        return []
    if ctx.portable and not ctx.both("supports_partitions"):
        return []
    if pa is None or pb is None or _scheme(pa) != _scheme(pb):
        return [Change(kind=ChangeKind.PARTITIONING_CHANGED, ref=ObjectRef(ObjectKind.TABLE, b.key),
                       before=pa, after=pb)]
    changes = keyed_changes(
        pa.partitions, pb.partitions, kinds=KINDS[:3], key=lambda p: p.name,
        ref=lambda p: ObjectRef(ObjectKind.PARTITION, b.key, p.name),
        same=same_partition,
    )
    in_b = {p.name: p for p in pb.partitions}
    for part in pa.partitions:
        other = in_b.get(part.name)
        if other is not None and same_partition(part, other):
            changes += partition_changes(partition_table(a, part), partition_table(b, other), ctx)
    return changes


def partition_changes(a: Table, b: Table, ctx: Context) -> list[Change]:
    """What differs inside one partition kept on both sides (as tables): its own
    keys, CHECKs and indexes, then its own partitions."""
    changes = keys.compare(a, b, ctx) + checks.compare(a, b, ctx) + indexes.compare(a, b, ctx)
    return changes + compare(a, b, ctx)


def same_partition(a: Partition, b: Partition) -> bool:
    """Whether ``b`` is ``a`` where it stands: the same bound and sub-partitioning scheme
    (what it owns and its own partitions may differ: they change in place)."""
    if _bound(a) != _bound(b):
        return False
    sa, sb = a.partitioning, b.partitioning
    return (sa is None) == (sb is None) and (sa is None or sb is None or _scheme(sa) == _scheme(sb))


def _scheme(partitioning: Partitioning) -> tuple[str, str, bool]:
    strategy = " ".join(partitioning.strategy.upper().split())
    return strategy, (canonical_expression(partitioning.key) or "").lower(), partitioning.count_only


def _bound(partition: Partition) -> str:
    return " ".join(partition.bound.split()).lower()



def attachments(changes: list[Change], a: Schema, b: Schema, ctx: Context) -> list[Change]:
    """``changes`` with each table that becomes a partition (or a partition that
    becomes a table) attached (detached) rather than dropped and created."""
    if not ctx.both("supports_partitions") or ctx.portable:
        return changes
    dropped = {c.ref.table: c for c in changes if c.kind is ChangeKind.TABLE_DROPPED}
    added = {c.ref.table: c for c in changes if c.kind is ChangeKind.TABLE_ADDED}
    if not dropped and not added:
        return changes
    gone: set[int] = set()
    out: list[Change] = []
    extra: list[Change] = []
    for parent_key, part, was_dropped, origin in _moved_partitions(changes, a, ctx):
        key = TableKey(part.schema, part.name)
        ref = ObjectRef(ObjectKind.PARTITION, parent_key, part.name)
        if was_dropped:  # a partition of a, a table of b
            table_b = added.get(key)
            parent = _table(a, parent_key)
            if table_b is None or parent is None or part.partitioning is not None:
                continue
            if ctx.support_a.partition_attach_ddl(parent, part, attach=False) is None:
                continue
            gone.update((id(table_b), *((id(origin),) if origin is not None else ())))
            extra.append(Change(kind=ChangeKind.PARTITION_DETACHED, ref=ref, before=part,
                                after=table_b.after))
            extra += _as_table(detached_table(parent, part), table_b.after, ctx)
        else:  # a table of a, a partition of b
            table_a = dropped.get(key)
            parent = _table(b, parent_key)
            if table_a is None or parent is None or part.partitioning is not None:
                continue
            if table_a.before.partitioning is not None:
                continue
            if ctx.support_b.partition_attach_ddl(parent, part, attach=True) is None:
                continue
            gone.update((id(table_a), *((id(origin),) if origin is not None else ())))
            extra.append(Change(kind=ChangeKind.PARTITION_ATTACHED, ref=ref, before=table_a.before,
                                after=part))
            extra += _as_table(table_a.before, partition_table(parent, part), ctx)
    out = [c for c in changes if id(c) not in gone]
    return out + extra


def _table(schema: Schema, key: TableKey) -> Table | None:
    return schema.table_map.get(key) or schema.partition_map.get(key)


def _moved_partitions(
    changes: list[Change], a: Schema, ctx: Context
) -> Iterator[tuple[TableKey, Partition, bool, Change | None]]:
    """(parent key, partition, dropped?, the change that names it, if its own) for every
    partition added or dropped, alone or with its parent (a dropped one's parent
    under its key in ``a``)."""
    for c in changes:
        if c.kind is ChangeKind.PARTITION_ADDED:
            yield c.ref.table, c.after, False, c
        elif c.kind is ChangeKind.PARTITION_DROPPED:
            old = {ctx.table_key(k): k for k in a.table_map}.get(c.ref.table, c.ref.table)
            yield old, c.before, True, c
        elif c.kind is ChangeKind.TABLE_ADDED and c.after.partitioning is not None:
            for part in c.after.partitioning.partitions:
                yield c.after.key, part, False, None
        elif c.kind is ChangeKind.TABLE_DROPPED and c.before.partitioning is not None:
            for part in c.before.partitioning.partitions:
                yield c.before.key, part, True, None


def _as_table(a: Table, b: Table, ctx: Context) -> list[Change]:
    """What differs between a table and what it becomes (columns, keys, CHECKs, indexes)."""
    from . import columns

    return columns.compare(a, b, ctx) + keys.compare(a, b, ctx) + checks.compare(a, b, ctx) + \
        indexes.compare(a, b, ctx)
