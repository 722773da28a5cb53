"""Comments of the objects beyond tables, table columns and views (``comment_changed``).

Enums, domains, composite types, routines, sequences, triggers and policies are paired as
their own compare pairs them; indexes and constraints by table (renames
followed) and name (an unnamed constraint by the name the server gave it); view columns by view and name. A pair present on both
sides whose comments differ is one ``comment_changed`` (``before``/``after``
the two objects): set in place, whatever else changes (an object that is
re-created is created with its comment). Objects only on one side are the
other compares' business. Skipped without ``compare_comments``, and in
``portable`` mode (the other dialects keep none of these comments).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

from ...dialects.base import DialectSupport
from ...model import (
    CheckConstraint,
    ForeignKey,
    ObjectKind,
    ObjectRef,
    PrimaryKey,
    Schema,
    Table,
    TableKey,
    UniqueConstraint,
)
from ..changes import Change, ChangeKind
from ._context import Context
from .routines import routine_ref

KINDS = (ChangeKind.COMMENT_CHANGED,)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not ctx.compare_comments or ctx.portable:
        return []
    changes: list[Change] = []

    def pairs(
        items_a: Iterable[Any], items_b: Iterable[Any], key: Callable[[Any], Hashable],
        key_a: Callable[[Any], Hashable] | None = None,
    ) -> Iterator[tuple[Any, Any]]:
        in_b = {key(x): x for x in items_b}
        for x in items_a:
            other = in_b.get((key_a or key)(x))
            if other is not None and (x.comment or None) != (other.comment or None):
                yield x, other

    def add(kind: ObjectKind, before: Any, after: Any, table: TableKey, name: str | None) -> None:
        changes.append(Change(kind=ChangeKind.COMMENT_CHANGED, ref=ObjectRef(kind, table, name),
                              before=before, after=after))

    for kind, items_a, items_b in (
        (ObjectKind.ENUM, a.enums, b.enums),
        (ObjectKind.DOMAIN, a.domains, b.domains),
        (ObjectKind.COMPOSITE, a.composite_types, b.composite_types),
        (ObjectKind.SEQUENCE, a.sequences, b.sequences),
    ):
        for x, y in pairs(items_a, items_b, lambda o: o.key):
            add(kind, x, y, y.key, None)
    for x, y in pairs(a.routines, b.routines, _routine_identity):
        changes.append(Change(kind=ChangeKind.COMMENT_CHANGED, ref=routine_ref(y), before=x, after=y))
    for x, y in pairs(a.triggers, b.triggers, lambda t: (t.key, t.name),
                      lambda t: (ctx.table_key(t.key), t.name)):
        add(ObjectKind.TRIGGER, x, y, y.key, y.name)
    for x, y in pairs(a.policies, b.policies, lambda p: (p.key, p.name),
                      lambda p: (ctx.table_key(p.key), p.name)):
        add(ObjectKind.POLICY, x, y, y.key, y.name)
    tables_b = b.table_map
    for table_a in a.tables:
        table_b = tables_b.get(ctx.table_key(table_a.key))
        if table_b is None or not (_any_part_comment(table_a) or _any_part_comment(table_b)):
            continue  # nothing to compare (most tables: one cheap look instead of ten maps)
        parts_a = _table_parts(table_a, ctx.support_a)
        for kind, items_b in _table_parts(table_b, ctx.support_b).items():
            for x, y in pairs(parts_a[kind], items_b, lambda o: o.name):
                add(kind, x, y, table_b.key, y.name)
    views_b = b.view_map
    for view_a in a.views:
        view_b = views_b.get(view_a.key)
        if view_b is None:
            continue
        for x, y in pairs(view_a.columns, view_b.columns, lambda c: c.name):
            add(ObjectKind.VIEW, x, y, view_b.key, y.name)
        for x, y in pairs(view_a.indexes, view_b.indexes, lambda o: o.name):
            add(ObjectKind.INDEX, x, y, view_b.key, y.name)
    return changes


def _routine_identity(routine: Any) -> tuple[str, str, str]:
    schema, name, arguments = routine.identity
    return (schema, name, " ".join(arguments.split()))


def _table_parts(table: Table, support: DialectSupport) -> dict[ObjectKind, tuple[Any, ...]]:
    """The parts of a table that take a comment, by kind, each under its name on the
    server (:func:`server_named`); those whose name is unknown are left out."""
    parts = {
        ObjectKind.PRIMARY_KEY: (table.primary_key,),
        ObjectKind.FOREIGN_KEY: table.foreign_keys,
        ObjectKind.UNIQUE: table.unique_constraints,
        ObjectKind.CHECK: table.check_constraints,
        ObjectKind.INDEX: table.indexes,
    }
    return {kind: _named(server_named(support, table, x) for x in items) for kind, items in parts.items()}


#: The constraint kinds the dialects name (``DialectSupport.constraint_name``), by class.
_CONSTRAINT_KINDS = {PrimaryKey: "primary_key", ForeignKey: "foreign_key",
                     UniqueConstraint: "unique", CheckConstraint: "check"}


def server_named(support: DialectSupport, table: Table, obj: Any) -> Any:
    """``obj`` (a key or constraint of ``table``) with the name the server gave it
    where the snapshot stores it unnamed (PostgreSQL ``test_pkey``): the name
    ``COMMENT ON CONSTRAINT`` needs; ``obj`` as it is otherwise."""
    kind = _CONSTRAINT_KINDS.get(type(obj))
    if kind is None or obj.name is not None:
        return obj
    name = support.constraint_name(kind, table, obj)
    return dataclasses.replace(obj, name=name) if name else obj


def _any_part_comment(table: Table) -> bool:
    """Whether a key, constraint or index of ``table`` has a comment."""
    parts = (table.foreign_keys, table.unique_constraints, table.check_constraints, table.indexes)
    return (table.primary_key is not None and table.primary_key.comment is not None) or any(
        x.comment is not None for group in parts for x in group)


def _named(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(x for x in items if x is not None and x.name is not None)
