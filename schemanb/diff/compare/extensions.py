"""Extensions (PostgreSQL): added, dropped, or version or schema changed, by name."""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Schema, TableKey
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.EXTENSION_ADDED, ChangeKind.EXTENSION_DROPPED, ChangeKind.EXTENSION_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.extensions and not b.extensions:
        return []
    if ctx.portable and not ctx.both("supports_extensions"):
        return []
    return keyed_changes(
        a.extensions, b.extensions, kinds=KINDS, key=lambda e: e.name,
        ref=lambda e: ObjectRef(ObjectKind.EXTENSION, TableKey(None, e.name)),
    )
