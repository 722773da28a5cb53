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
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Partition, Partitioning, Table, partition_table
from ..changes import Change, ChangeKind
from . import checks, indexes, keys
from ._context import Context, canonical_expression
from ._keyed import keyed_changes

KINDS = (
    ChangeKind.PARTITION_ADDED,
    ChangeKind.PARTITION_DROPPED,
    ChangeKind.PARTITION_CHANGED,
    ChangeKind.PARTITIONING_CHANGED,
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


def _scheme(partitioning: Partitioning) -> tuple[str, str]:
    strategy = " ".join(partitioning.strategy.upper().split())
    return strategy, (canonical_expression(partitioning.key) or "").lower()


def _bound(partition: Partition) -> str:
    return " ".join(partition.bound.split()).lower()

