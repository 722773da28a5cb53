"""A table's stored definition (SQLite's ``CREATE TABLE`` text), where no other change explains it.

SQLite keeps facts only in a table's text: the column order, ``STRICT``,
``WITHOUT ROWID``, ``AUTOINCREMENT``, a declared type's words (``INT`` and
``INTEGER`` differ in the text; ``BLOB SUB_TYPE TEXT`` has TEXT affinity), a
foreign key's name, a primary key written at table level. Both texts are
compared in the dialect's folded form
(:meth:`~schemanb.dialects.base.DialectSupport.definition_key`: whitespace,
comments, identifier quoting and the case of words do not count). A
difference is reported when the other changes of the table do not already
rebuild it and renaming, adding and dropping columns in place would not make
the text equal -- so that the migration rebuilds the table from ``b``'s text.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Table
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.TABLE_DEFINITION_CHANGED,)

#: Changes made in place, which leave the rest of a stored text alone.
IN_PLACE = frozenset({
    ChangeKind.COLUMN_ADDED, ChangeKind.COLUMN_DROPPED, ChangeKind.COLUMN_RENAMED,
    ChangeKind.COLUMN_COMMENT_CHANGED, ChangeKind.TABLE_COMMENT_CHANGED,
    ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED,
    ChangeKind.PARTITION_ADDED, ChangeKind.PARTITION_DROPPED, ChangeKind.PARTITION_CHANGED,
})


def compare(a: Table, b: Table, ctx: Context, others: list[Change] | None = None) -> list[Change]:
    """``[]`` or the one definition change of ``a`` -> ``b``; ``others``: the table's other changes."""
    if a.create_sql is None or b.create_sql is None or ctx.portable:
        return []
    if ctx.support_a is not ctx.support_b or not ctx.support_b.replays_stored_ddl:
        return []
    if any(ch.kind not in IN_PLACE for ch in others or ()):
        return []  # the table is rebuilt anyway, from b's text
    renames = ctx.column_renames.get(b.key, {})
    support = ctx.support_b
    if support.definition_key("table", a.create_sql, renames) == support.definition_key("table", b.create_sql):
        return []
    if others and support.table_text_explained(a, b, renames):
        return []
    return [Change(kind=ChangeKind.TABLE_DEFINITION_CHANGED, ref=ObjectRef(ObjectKind.TABLE, b.key),
                   before=a, after=b)]
