"""Partitioning of one table: strategy and key, then each partition by name.

``PARTITIONING_CHANGED`` reports a different strategy or key, or a table that
became (or stopped being) partitioned; partitions are then not compared one by
one. Otherwise ``PARTITION_ADDED``/``DROPPED``/``CHANGED`` per partition name;
bounds compare with whitespace and case folded. Skipped in ``portable`` mode
unless both dialects have declarative partitions.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Partition, Partitioning, Table
from ..changes import Change, ChangeKind
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
    return keyed_changes(
        pa.partitions, pb.partitions, kinds=KINDS[:3], key=lambda p: p.name,
        ref=lambda p: ObjectRef(ObjectKind.PARTITION, b.key, p.name),
        same=lambda x, y: _bound(x) == _bound(y),
    )


def _scheme(partitioning: Partitioning) -> tuple[str, str]:
    strategy = " ".join(partitioning.strategy.upper().split())
    return strategy, (canonical_expression(partitioning.key) or "").lower()


def _bound(partition: Partition) -> str:
    return " ".join(partition.bound.split()).lower()
