"""Named enum types (PostgreSQL): added, dropped, values added/removed/reordered.

An ``ENUM_CHANGED`` carries notes naming the values added, removed, or that the
order changed; :mod:`schemanb.diff.risk` reads them from the two objects.
"""

from __future__ import annotations

from ...model import Enum, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.ENUM_ADDED, ChangeKind.ENUM_DROPPED, ChangeKind.ENUM_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.enums and not b.enums:
        return []
    if ctx.portable and not ctx.both("supports_enums"):
        return []
    return keyed_changes(
        a.enums, b.enums, kinds=KINDS, key=lambda e: e.key,
        ref=lambda e: ObjectRef(ObjectKind.ENUM, e.key),
        same=lambda x, y: x.values == y.values, notes=describe,
    )


def describe(a: Enum, b: Enum) -> tuple[str, ...]:
    """Notes for an enum change: values added, removed, order changed."""
    added = [v for v in b.values if v not in a.values]
    removed = [v for v in a.values if v not in b.values]
    notes = []
    if added:
        notes.append("values added: " + ", ".join(map(repr, added)))
    if removed:
        notes.append("values removed: " + ", ".join(map(repr, removed)))
    kept_a = [v for v in a.values if v in b.values]
    kept_b = [v for v in b.values if v in a.values]
    if kept_a != kept_b:
        notes.append("values reordered")
    return tuple(notes)
