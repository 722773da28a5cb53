"""Table options: MySQL/MariaDB's ENGINE, default character set and collation, ROW_FORMAT.

They live in :attr:`~schemanb.model.Table.dialect_options`, only where they
differ from the database's defaults (``info.options``), so an absent option is
the default; whether two sets differ is the dialect's knowledge (:meth:`~schemanb.dialects.base.DialectSupport.table_options_differ`).
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Table
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.TABLE_OPTIONS_CHANGED,)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    if a.dialect_options == b.dialect_options or not ctx.support_b.table_options_differ(
        dict(a.dialect_options), dict(b.dialect_options)
    ):
        return []
    return [Change(kind=ChangeKind.TABLE_OPTIONS_CHANGED, ref=ObjectRef(ObjectKind.TABLE, b.key), before=a, after=b)]
