"""Standalone sequences: added, dropped, or options changed.

Sequences owned by serial columns are not in the snapshot; ``None`` options
mean "the database default" and match anything in ``portable`` mode.
"""

from __future__ import annotations

from dataclasses import fields

from ...model import ObjectKind, ObjectRef, Schema, Sequence
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.SEQUENCE_ADDED, ChangeKind.SEQUENCE_DROPPED, ChangeKind.SEQUENCE_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.sequences and not b.sequences:
        return []
    if ctx.portable and not ctx.both("supports_sequences"):
        return []
    return keyed_changes(
        a.sequences, b.sequences, kinds=KINDS, key=lambda s: s.key,
        ref=lambda s: ObjectRef(ObjectKind.SEQUENCE, s.key),
        same=lambda x, y: _same(x, y, ctx),
    )


def _same(a: Sequence, b: Sequence, ctx: Context) -> bool:
    for f in fields(Sequence):
        if f.name == "comment":
            continue  # a comment alone is a comment_changed (:mod:`.object_comments`)
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if va == vb or (ctx.portable and (va is None or vb is None)):
            continue
        return False
    return True
