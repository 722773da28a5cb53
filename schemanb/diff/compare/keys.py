"""Primary keys, foreign keys and unique constraints of one table.

Constraints are matched by content first (columns, target, actions), so an
unnamed constraint, or one whose name the database invented, never shows as a
change; what is left is matched by name (a change of content) and the rest is
added or dropped. Column names and FK targets of ``a`` are first translated
through the accepted renames.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from ...model import ForeignKey, ObjectKind, ObjectRef, Table, UniqueConstraint
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (
    ChangeKind.PRIMARY_KEY_ADDED,
    ChangeKind.PRIMARY_KEY_DROPPED,
    ChangeKind.PRIMARY_KEY_CHANGED,
    ChangeKind.FOREIGN_KEY_ADDED,
    ChangeKind.FOREIGN_KEY_DROPPED,
    ChangeKind.FOREIGN_KEY_CHANGED,
    ChangeKind.UNIQUE_ADDED,
    ChangeKind.UNIQUE_DROPPED,
)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    changes = compare_primary_key(a, b, ctx)
    changes += compare_foreign_keys(a, b, ctx)
    changes += compare_uniques(a, b, ctx)
    return changes


def compare_primary_key(a: Table, b: Table, ctx: Context) -> list[Change]:
    pa, pb = a.primary_key, b.primary_key
    either = pb or pa
    if either is None:
        return []
    ref = ObjectRef(ObjectKind.PRIMARY_KEY, b.key, either.name)
    if pa is None:
        return [Change(kind=ChangeKind.PRIMARY_KEY_ADDED, ref=ref, after=pb)]
    if pb is None:
        return [Change(kind=ChangeKind.PRIMARY_KEY_DROPPED, ref=ref, before=pa)]
    if ctx.columns(b.key, pa.columns) == pb.columns and _same_name(
        ctx, "primary_key", b, pb.columns, pa.name, pb.name
    ) and (ctx.portable or (pa.deferrable, pa.initially) == (pb.deferrable, pb.initially)):
        return []
    return [Change(kind=ChangeKind.PRIMARY_KEY_CHANGED, ref=ref, before=pa, after=pb)]


def _declared(fks: tuple[ForeignKey, ...]) -> tuple[ForeignKey, ...]:
    return tuple(fk for fk in fks if not fk.is_extra)


def compare_foreign_keys(a: Table, b: Table, ctx: Context) -> list[Change]:
    def content(fk: ForeignKey, side_a: bool) -> Hashable:
        cols, target, rcols = fk.columns, fk.referred_table, fk.referred_columns
        if side_a:
            cols = ctx.columns(b.key, cols)
            target = ctx.table_key(target)
            rcols = ctx.columns(target, rcols)
        actions: tuple[object, ...] = (fk.on_delete, fk.on_update, fk.deferrable, fk.initially)
        if ctx.portable:
            actions = tuple(None if x in ("NO ACTION", "RESTRICT") else x for x in actions)
        return (cols, target, rcols, actions)

    # A relation from the extra-metadata file is documentation, not a constraint:
    # never a change, never DDL.
    return match_constraints(
        _declared(a.foreign_keys), _declared(b.foreign_keys), b, ctx, content=content,
        label="foreign_key",
        kinds=(ChangeKind.FOREIGN_KEY_ADDED, ChangeKind.FOREIGN_KEY_DROPPED,
               ChangeKind.FOREIGN_KEY_CHANGED),
        object_kind=ObjectKind.FOREIGN_KEY,
        slot=lambda fk, side_a: ctx.columns(b.key, fk.columns) if side_a else fk.columns,
    )


def compare_uniques(a: Table, b: Table, ctx: Context) -> list[Change]:
    def content(uq: UniqueConstraint, side_a: bool) -> Hashable:
        columns = frozenset(ctx.columns(b.key, uq.columns) if side_a else uq.columns)
        return (columns, uq.deferrable, uq.initially)

    return match_constraints(
        a.unique_constraints, b.unique_constraints, b, ctx, content=content, label="unique",
        kinds=(ChangeKind.UNIQUE_ADDED, ChangeKind.UNIQUE_DROPPED, None),
        object_kind=ObjectKind.UNIQUE,
    )


def match_constraints(
    items_a: Sequence[Any],
    items_b: Sequence[Any],
    table: Table,
    ctx: Context,
    *,
    content: Callable[[Any, bool], Hashable],
    label: str,
    kinds: tuple[ChangeKind, ChangeKind, ChangeKind | None],
    object_kind: ObjectKind,
    slot: Callable[[Any, bool], Hashable] | None = None,
) -> list[Change]:
    """Pair constraints by content, then by name, then by ``slot``; report the rest.

    ``kinds`` is (added, dropped, changed). A pair with equal content whose two
    names are both chosen by a person but differ counts as changed (renamed); so
    does a chosen name against an unnamed one when both sides were read from a
    server (``Context.both_inspected``: unnamed is then the server's own name).
    Without a changed kind (unique constraints) a change is a drop and an add.
    ``slot`` pairs what is left and unnamed on a side (a foreign key's own
    columns), so an unnamed FK whose ON DELETE changed is one change.
    """
    added_kind, dropped_kind, changed_kind = kinds
    if not items_a and not items_b:
        return []
    changes: list[Change] = []
    left = list(items_a)
    by_content: dict[Hashable, list[Any]] = {}
    for item in items_b:
        by_content.setdefault(content(item, False), []).append(item)
    unmatched_b = set(range(len(items_b)))
    index_of = {id(item): i for i, item in enumerate(items_b)}
    rest_a = []
    for item in left:
        bucket = by_content.get(content(item, True))
        if not bucket:
            rest_a.append(item)
            continue
        twin = next((x for x in bucket if x.name == item.name), bucket[0])
        bucket.remove(twin)
        unmatched_b.discard(index_of[id(twin)])
        cols = getattr(twin, "columns", ())
        if not _same_name(ctx, label, table, cols, item.name, twin.name):
            if changed_kind is None:
                changes.append(_change(dropped_kind, object_kind, table, item, None))
                changes.append(_change(added_kind, object_kind, table, None, twin))
            else:
                changes.append(_change(changed_kind, object_kind, table, item, twin))
    rest_b = [items_b[i] for i in sorted(unmatched_b)]
    named_b = {x.name: x for x in rest_b if x.name is not None}
    slots_b: dict[Hashable, Any] = {}
    if slot is not None:
        for x in rest_b:
            slots_b.setdefault(slot(x, False), x)
    for item in rest_a:
        twin = named_b.pop(item.name, None) if item.name is not None else None
        if twin is None and slot is not None:
            candidate = slots_b.get(slot(item, True))
            if candidate is not None and candidate in rest_b and (
                item.name is None or candidate.name is None
                or ctx.is_generated_name(label, table.name, candidate.columns, item.name)
            ):
                twin = candidate
        if twin is not None and changed_kind is not None:
            rest_b.remove(twin)
            changes.append(_change(changed_kind, object_kind, table, item, twin))
        else:
            changes.append(_change(dropped_kind, object_kind, table, item, None))
    changes.extend(_change(added_kind, object_kind, table, None, x) for x in rest_b)
    return changes


def _same_name(
    ctx: Context, label: str, table: Table, columns: tuple[str, ...], a: str | None, b: str | None
) -> bool:
    if a == b:
        return True
    if not columns and label == "check":  # a check's name may hold any column of its table
        columns = tuple(c.name for c in table.columns)
    named = b if a is None else a if b is None else None
    if named is not None and ctx.is_stale_generated_name(label, table.name, columns, named):
        return False  # unnamed is the table's generated name, not one left by a rename
    if named is not None and ctx.both_inspected and not ctx.portable and not ctx.is_generated_name(
            label, table.name, columns, named):
        # Both read from a server: a person's name on one side, the server's own on the
        # other (a snapshot keeps a generated name as None) -- it shows two names.
        return False
    return ctx.is_generated_name(label, table.name, columns, a) or ctx.is_generated_name(
        label, table.name, columns, b
    )


def _change(
    kind: ChangeKind, object_kind: ObjectKind, table: Table, before: Any, after: Any
) -> Change:
    name = (after if after is not None else before).name
    return Change(kind=kind, ref=ObjectRef(object_kind, table.key, name), before=before,
                  after=after)


__all__ = ["KINDS", "compare", "match_constraints"]
