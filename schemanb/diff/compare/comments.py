"""Table comments (column comments are compared in :mod:`.columns`).

Skipped when one side's dialect has no comments (SQLite) in ``portable`` mode.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Table
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.TABLE_COMMENT_CHANGED,)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    if not ctx.compare_comments or (a.comment or None) == (b.comment or None):
        return []
    return [
        Change(
            kind=ChangeKind.TABLE_COMMENT_CHANGED,
            ref=ObjectRef(ObjectKind.TABLE, b.key),
            before=a,
            after=b,
        )
    ]
