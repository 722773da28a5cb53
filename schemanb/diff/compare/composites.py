"""Composite types (PostgreSQL ``CREATE TYPE t AS (...)``): added, dropped, attributes changed.

Attributes compare in order, by name and type (spacing and case of the type folded).
"""

from __future__ import annotations

from ...model import CompositeType, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context, canonical_type
from ._keyed import keyed_changes

KINDS = (ChangeKind.COMPOSITE_ADDED, ChangeKind.COMPOSITE_DROPPED, ChangeKind.COMPOSITE_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.composite_types and not b.composite_types:
        return []
    if ctx.portable and not ctx.both("supports_composite_types"):
        return []
    return keyed_changes(
        a.composite_types, b.composite_types, kinds=KINDS, key=lambda t: t.key,
        ref=lambda t: ObjectRef(ObjectKind.COMPOSITE, t.key),
        same=lambda x, y: _attributes(x) == _attributes(y),
    )


def _attributes(composite: CompositeType) -> tuple[tuple[str, str], ...]:
    return tuple((name, canonical_type(type_sql)) for name, type_sql in composite.attributes)
