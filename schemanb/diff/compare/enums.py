"""Named enum types (PostgreSQL): added, dropped, values added/removed/reordered.

An ``ENUM_CHANGED`` carries notes naming the values added, removed, or that the
order changed; :mod:`schemanb.diff.risk` reads them from the two objects.
"""

from __future__ import annotations

from ...model import Enum, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.ENUM_ADDED, ChangeKind.ENUM_DROPPED, ChangeKind.ENUM_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.enums and not b.enums:
        return []
    if ctx.portable and not ctx.both("supports_enums"):
        return []
    in_b = {e.key: e for e in b.enums}
    in_a = {e.key: e for e in a.enums}
    changes = []
    for enum in a.enums:
        other = in_b.get(enum.key)
        if other is None:
            changes.append(_change(ChangeKind.ENUM_DROPPED, enum, None))
        elif enum.values != other.values:
            changes.append(_change(ChangeKind.ENUM_CHANGED, enum, other, describe(enum, other)))
    changes.extend(_change(ChangeKind.ENUM_ADDED, None, e) for e in b.enums if e.key not in in_a)
    return changes


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


def _change(
    kind: ChangeKind, before: Enum | None, after: Enum | None, notes: tuple[str, ...] = ()
) -> Change:
    key = (after or before).key  # type: ignore[union-attr]
    return Change(
        kind=kind, ref=ObjectRef(ObjectKind.ENUM, key), before=before, after=after, notes=notes
    )
