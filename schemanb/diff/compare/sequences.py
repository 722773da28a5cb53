"""Standalone sequences: added, dropped, or options changed.

Sequences owned by serial columns are not in the snapshot; ``None`` options
mean "the database default" and match anything in ``portable`` mode.
"""

from __future__ import annotations

from dataclasses import fields

from ...model import ObjectKind, ObjectRef, Schema, Sequence
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.SEQUENCE_ADDED, ChangeKind.SEQUENCE_DROPPED, ChangeKind.SEQUENCE_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.sequences and not b.sequences:
        return []
    if ctx.portable and not ctx.both("supports_sequences"):
        return []
    in_b = {s.key: s for s in b.sequences}
    in_a = {s.key: s for s in a.sequences}
    changes = []
    for seq in a.sequences:
        other = in_b.get(seq.key)
        if other is None:
            changes.append(_change(ChangeKind.SEQUENCE_DROPPED, seq, None))
        elif not _same(seq, other, ctx):
            changes.append(_change(ChangeKind.SEQUENCE_CHANGED, seq, other))
    changes.extend(
        _change(ChangeKind.SEQUENCE_ADDED, None, s) for s in b.sequences if s.key not in in_a
    )
    return changes


def _same(a: Sequence, b: Sequence, ctx: Context) -> bool:
    for f in fields(Sequence):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if va == vb or (ctx.portable and (va is None or vb is None)):
            continue
        return False
    return True


def _change(kind: ChangeKind, before: Sequence | None, after: Sequence | None) -> Change:
    key = (after or before).key  # type: ignore[union-attr]
    return Change(kind=kind, ref=ObjectRef(ObjectKind.SEQUENCE, key), before=before, after=after)
