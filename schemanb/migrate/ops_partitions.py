"""Op builders for partitions: each with what it owns, and its own partitions.

A partition is created by the dialect's statement (``CREATE TABLE child
PARTITION OF parent FOR VALUES ...``, with ``PARTITION BY`` when it is
partitioned itself), after its parent; then what it owns (keys, CHECKs and
indexes in the constraint phase, FKs in the FK phase) by the same builders as a
table's, on the partition as a table (:attr:`~schemanb.model.Schema.partition_map`),
and its own partitions after it, at every level. Dropping one drops what it
owns first, and its partitions, so that the reversed plan (the downgrade)
creates them all again.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import model
from ..diff.changes import Change, ChangeKind
from ..errors import MigrationError
from . import ddl
from . import ops_tables as t
from .ops_objects import _statements
from .order import order_steps
from .steps import Context, Phase, Step

_K = model.ObjectKind


def table_added(ch: Change, ctx: Context) -> list[Step]:
    """A table created, then its partitions (those not attached from a table of ``a``)."""
    table: model.Table = ch.after
    steps = t.table_added(ch, ctx)
    for part in _separate_partitions(table, ctx):
        if not moved(ctx, table.key, part.name):
            steps += added(table, part, ctx)
    return steps


def table_dropped(ch: Change, ctx: Context) -> list[Step]:
    """A table dropped, its partitions first (those not detached to stay as tables)."""
    table: model.Table = ch.before
    steps = t.table_dropped(ch, ctx)
    for part in _separate_partitions(table, ctx):
        if not moved(ctx, table.key, part.name):
            steps += dropped(table, part, ctx)
    return steps


def _separate_partitions(table: model.Table, ctx: Context) -> tuple[model.Partition, ...]:
    """Partitions made by their own statements after ``CREATE TABLE`` (PostgreSQL).

    A dialect whose ``CREATE TABLE`` lists the partitions (MySQL's ``PARTITION
    BY ... (PARTITION p0 ...)``) shows it in its ``partition_table_kwargs``,
    which then differ with and without the partitions; such tables need no
    extra steps; nor do partitions declared by count (the server makes them).
    """
    partitioning = table.partitioning
    if partitioning is None or not partitioning.partitions or partitioning.count_only:
        return ()
    bare = dataclasses.replace(table, partitioning=dataclasses.replace(partitioning, partitions=()))
    if ctx.support.partition_table_kwargs(bare) != ctx.support.partition_table_kwargs(table):
        return ()
    return partitioning.partitions


def partition_steps(ch: Change, ctx: Context) -> list[Step]:
    """``PARTITION_ADDED``/``DROPPED``/``CHANGED`` (re-created: dropped, then created)."""
    key = ch.ref.table
    steps = []
    if ch.before is not None:
        steps += dropped(_parent(ctx, key, a=True), ch.before, ctx)
    if ch.after is not None:
        steps += added(_parent(ctx, key, a=False), ch.after, ctx)
    return steps


def _parent(ctx: Context, key: model.TableKey, *, a: bool) -> model.Table:
    return ctx.a_table(key) if a else ctx.b_table(key)


def added(
    table: model.Table, partition: model.Partition, ctx: Context,
    after: tuple[tuple[Any, ...], ...] | None = None,
) -> list[Step]:
    """Create ``partition`` of ``table``, what it owns, and its own partitions."""
    steps = [partition_step(table, partition, ctx, create=True, after=after)]
    child = model.partition_table(table, partition)
    for ch in _owned(child, add=True):
        steps += _BUILDERS[ch.kind](ch, ctx)
    made = (("create_partition", table.key, partition.name),)
    for sub in child.partitioning.partitions if child.partitioning else ():
        steps += added(child, sub, ctx, after=made)
    return steps


def dropped(table: model.Table, partition: model.Partition, ctx: Context) -> list[Step]:
    """Drop ``partition`` of ``table`` (its own partitions and what it owns first)."""
    child = model.partition_table(table, partition)
    steps: list[Step] = []
    subs = child.partitioning.partitions if child.partitioning else ()
    for sub in subs:
        steps += dropped(child, sub, ctx)
    for ch in _owned(child, add=False):
        steps += _BUILDERS[ch.kind](ch, ctx)
    first = tuple(("drop_partition", child.key, sub.name) for sub in subs)
    steps.append(partition_step(table, partition, ctx, create=False, after=first))
    return steps


def _owned(child: model.Table, *, add: bool) -> list[Change]:
    """What ``child`` owns as changes that add it (or drop it)."""
    items: list[tuple[ChangeKind, ChangeKind, _K, Any, str | None]] = []
    if child.primary_key is not None:
        items.append((ChangeKind.PRIMARY_KEY_ADDED, ChangeKind.PRIMARY_KEY_DROPPED,
                      _K.PRIMARY_KEY, child.primary_key, child.primary_key.name))
    items += [(ChangeKind.UNIQUE_ADDED, ChangeKind.UNIQUE_DROPPED, _K.UNIQUE, u, u.name)
              for u in child.unique_constraints]
    items += [(ChangeKind.CHECK_ADDED, ChangeKind.CHECK_DROPPED, _K.CHECK, c, c.name)
              for c in child.check_constraints]
    items += [(ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, _K.INDEX, i, i.name)
              for i in child.indexes]
    items += [(ChangeKind.FOREIGN_KEY_ADDED, ChangeKind.FOREIGN_KEY_DROPPED, _K.FOREIGN_KEY, f, f.name)
              for f in child.foreign_keys]
    return [
        Change(kind=plus if add else minus, ref=model.ObjectRef(kind, child.key, name),
               before=None if add else obj, after=obj if add else None)
        for plus, minus, kind, obj, name in items
    ]


_BUILDERS = {
    ChangeKind.PRIMARY_KEY_ADDED: t.primary_key, ChangeKind.PRIMARY_KEY_DROPPED: t.primary_key,
    ChangeKind.UNIQUE_ADDED: t.unique, ChangeKind.UNIQUE_DROPPED: t.unique,
    ChangeKind.CHECK_ADDED: t.check, ChangeKind.CHECK_DROPPED: t.check,
    ChangeKind.INDEX_ADDED: t.index, ChangeKind.INDEX_DROPPED: t.index,
    ChangeKind.FOREIGN_KEY_ADDED: t.foreign_key, ChangeKind.FOREIGN_KEY_DROPPED: t.foreign_key,
}


def partition_step(
    table: model.Table, partition: model.Partition, ctx: Context, *, create: bool,
    after: tuple[tuple[Any, ...], ...] | None = None,
) -> Step:
    """Add a partition after its parent exists, or remove it before the parent goes."""
    s = ctx.support
    forward = s.partition_ddl(table, partition, create=create)
    backward = s.partition_ddl(table, partition, create=not create)
    where = f"partition {partition.name} of {table.key}"
    if create:
        op = _statements(forward, backward, f"creating {where}", undo_loses_data=True)
        return Step(op, Phase.CREATE_PARTITIONS, ("create_partition", table.key, partition.name),
                    table.key, after=after if after is not None else (("create", table.key),))
    op = _statements(forward, backward, f"dropping {where} and its rows", loses_data=True)
    return Step(op, Phase.DROP_PARTITIONS, ("drop_partition", table.key, partition.name),
                table.key, after=after or ())


def attach_steps(ch: Change, ctx: Context) -> list[Step]:
    """``ALTER TABLE parent ATTACH PARTITION`` (after the table lost what the
    partition does not own, before what it gains) or ``DETACH PARTITION`` (before
    the table, now on its own, is altered into ``b``'s)."""
    attach = ch.kind is ChangeKind.PARTITION_ATTACHED
    part: model.Partition = ch.after if attach else ch.before
    parent = ctx.b_table(ch.ref.table) if attach else ctx.a_table(ch.ref.table)
    s = ctx.support
    # Detached by the diff, the clones it keeps are altered into b's table by its own
    # changes; detached on the way back, it drops them to be a's table again.
    bare = dataclasses.replace(part, inherited=())
    forward = s.partition_attach_ddl(parent, part if attach else bare, attach=attach)
    backward = s.partition_attach_ddl(parent, part, attach=not attach)
    where = f"{part.name} {'to' if attach else 'from'} {parent.key}"
    if forward is None or backward is None:  # the diff pairs them only where the dialect can
        raise MigrationError(f"{ctx.dialect} cannot attach or detach partition {where} — "
                             "drop the table and create the partition by hand")
    op = _statements(forward, backward, f"{'attaching' if attach else 'detaching'} {where}")
    if attach:
        after = (("create", parent.key), ("create_partition", *_grandparent(ctx, parent.key)))
        return [Step(op, Phase.CREATE_PARTITIONS, ("attach_partition", parent.key, part.name),
                     parent.key, after=after)]
    return [Step(op, Phase.DROP_PARTITIONS, detach_key(parent.key, part.name), parent.key)]


def detach_key(parent: model.TableKey, name: str) -> tuple[Any, ...]:
    return ("detach_partition", parent, name)


def _grandparent(ctx: Context, key: model.TableKey) -> tuple[Any, ...]:
    """(parent key, name) of ``key`` when it is a partition of ``b``: attach after it is made."""
    for table in (*ctx.b.tables, *ctx.b.partition_map.values()):
        for part in table.partitioning.partitions if table.partitioning else ():
            if (part.schema, part.name) == (key.schema, key.name):
                return (table.key, part.name)
    return ()


def moved(ctx: Context, parent: model.TableKey, name: str) -> bool:
    """Whether partition ``name`` of ``parent`` is attached or detached, not created or dropped."""
    return (parent, name) in ctx.moved_partitions


def partitioning_steps(ch: Change, ctx: Context) -> list[Step]:
    """A table partitioned (or no longer, or by another key): re-created with its rows.

    One step, in the create phase: the rows copied aside, the table (and its
    partitions) dropped, ``b``'s created with its partitions and what they own,
    the rows put back (:meth:`~schemanb.dialects.base.DialectSupport.rows_kept_ddl`),
    the copy dropped; its inverse does the same the other way. The table's other
    changes are made by the re-creation (:func:`repartitioned`); FKs of other tables
    that refer to it are dropped before and added again after.
    """
    key = ch.ref.table
    before, after = ctx.a_table(key), ctx.b_table(key)
    pairs = [(ctx.old_column(key, c.name), c.name) for c in after.columns
             if ctx.old_column(key, c.name) in before.column_map]
    s = ctx.support
    forward_rows = s.rows_kept_ddl(after, pairs)
    backward_rows = s.rows_kept_ddl(before, [(new, old) for old, new in pairs])
    lost = sorted(set(before.column_map) - {old for old, _ in pairs})
    gained = sorted(set(after.column_map) - {new for _, new in pairs})
    if forward_rows is None or backward_rows is None:
        raise MigrationError(
            f"re-partitioning {key} needs a manual migration: create a new table "
            "and copy the rows"
        )
    drop = table_dropped(Change(kind=ChangeKind.TABLE_DROPPED, ref=model.ObjectRef(_K.TABLE, before.key),
                                before=before), ctx)
    create = table_added(Change(kind=ChangeKind.TABLE_ADDED, ref=model.ObjectRef(_K.TABLE, key),
                                after=after), ctx)
    # A sequence a column owns would go with the table: it is let go first, owned again after.
    owned_a = _owned_sequences(ctx.a, before)
    owned_b = _owned_sequences(ctx.b, after)
    release = [x for seq, _ in owned_a for x in s.sequence_owner_ddl(seq, None)]
    restore = [x for seq, col in owned_a for x in s.sequence_owner_ddl(seq, (before.key, col))]
    take = [x for seq, col in owned_b for x in s.sequence_owner_ddl(seq, (after.key, col))]
    give = [x for seq, _ in owned_b for x in s.sequence_owner_ddl(seq, None)]
    ops = [
        _statements([*forward_rows[0], *release], [*restore, *backward_rows[1]],
                    f"copying the rows of {before.key} aside"),
        *(step.op for step in order_steps(drop)),
        *(step.op for step in order_steps(create)),
        _statements([*take, *forward_rows[1]], [*backward_rows[0], *give],
                    f"putting the rows of {key} back" + (f" without column(s) {', '.join(lost)}"
                                                         if lost else ""),
                    loses_data=bool(lost), undo_loses_data=bool(gained)),
    ]
    refs = tuple(fk.referred_table for fk in after.foreign_keys if fk.referred_table != key)
    steps = [Step(ddl.OpSequence(ops, keeps_rows=True), Phase.CREATE_TABLES, ("repartition", key), key, refs)]
    old = before.key
    new_keys = {v: k for k, v in ctx.table_renames.items()}
    for table in ctx.a.tables:
        if table.key == old:
            continue
        other = ctx.b.table_map.get(new_keys.get(table.key, table.key))
        for fk in table.foreign_keys:
            if fk.referred_table != old or other is None:
                continue
            kept = [f for f in other.foreign_keys
                    if f.referred_table == key and f.columns == fk.columns and f.name == fk.name]
            if kept:
                steps.append(t._drop_fk_step(table, fk, ctx))
                steps.append(t._add_fk_step(other, kept[0], ctx))
    return steps


def _owned_sequences(schema: model.Schema, table: model.Table) -> list[tuple[model.Sequence, str]]:
    """The sequences of ``schema`` a column of ``table`` owns, with the column."""
    out = []
    for seq in schema.sequences:
        owner, _, column = (seq.owned_by or "").rpartition(".")
        if seq.schema == table.schema and owner == table.name and column in table.column_map:
            out.append((seq, column))
    return out


def repartitioned(ctx: Context) -> frozenset[model.TableKey]:
    """Tables (keys in ``b``) re-created because their partitioning changes: their
    other changes are made by the re-creation."""
    return frozenset(ch.ref.table for ch in ctx.changes if ch.kind is ChangeKind.PARTITIONING_CHANGED)
