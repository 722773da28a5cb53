"""Views and materialized views: added, dropped, definition, column names or kind changed,
or only their comment (``view_comment_changed``: set in place, never a re-creation);
the indexes of a materialized view that is kept (``view_index_*``, by name; a
re-created view gets its indexes again).

Definitions are compared after whitespace and identifier quoting are folded;
a definition the snapshot does not know (``None``) is never a change.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from ...model import Index, ObjectKind, ObjectRef, Schema, View
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.VIEW_ADDED, ChangeKind.VIEW_DROPPED, ChangeKind.VIEW_CHANGED,
         ChangeKind.VIEW_COMMENT_CHANGED, ChangeKind.VIEW_INDEX_ADDED, ChangeKind.VIEW_INDEX_DROPPED,
         ChangeKind.VIEW_INDEX_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.views and not b.views:
        return []
    changes = []
    for view in a.views:
        other = b.view_map.get(view.key)
        if other is None:
            changes.append(_change(ChangeKind.VIEW_DROPPED, view, None))
        elif not _same_view(view, other, ctx):
            if _same_view(view, replace(other, comment=view.comment), ctx):
                changes.append(_change(ChangeKind.VIEW_COMMENT_CHANGED, view, other))
                changes += _index_changes(view, other, ctx)
            else:
                changes.append(_change(ChangeKind.VIEW_CHANGED, view, other))
        else:
            changes += _index_changes(view, other, ctx)
    changes.extend(
        _change(ChangeKind.VIEW_ADDED, None, v) for v in b.views if v.key not in a.view_map
    )
    return changes


def _same_view(a: View, b: View, ctx: Context) -> bool:
    if a == b and not _texts_differ(a, b, ctx):
        return True
    if _texts_differ(a, b, ctx):
        return False
    if a.materialized != b.materialized and not (ctx.portable and not ctx.both(
        "supports_materialized_views"
    )):
        return False
    if (a.definition is not None and b.definition is not None
            and ctx.view_key(a.definition) != ctx.view_key(b.definition)):
        return False
    if not ctx.portable and a.options != b.options:
        return False  # MySQL's ALGORITHM, SQL SECURITY, WITH CHECK OPTION
    if not ctx.portable and a.columns and b.columns and _names(a) != _names(b):
        # The same SELECT under other column names (SQLite keeps a view's
        # column list outside its definition). Across dialects the names of
        # unaliased expressions differ by nature, so portable compares skip it.
        return False
    # MySQL has no view comments, so portable compares leave them out.
    compare_comments = ctx.compare_comments and not ctx.portable
    return not (compare_comments and (a.comment or None) != (b.comment or None))


def _index_changes(a: View, b: View, ctx: Context) -> list[Change]:
    """The indexes of a materialized view kept from ``a`` to ``b``, by name."""
    if (not a.indexes and not b.indexes) or ctx.portable:
        return []

    def content(ix: Index) -> Hashable:
        flags = ix.is_expression or (False,) * len(ix.expressions)
        parts = tuple(ctx.expression_key(p) if e else p for p, e in zip(ix.expressions, flags))
        return (parts, ix.unique, ctx.expression_key(ix.where), ix.method, ix.include, ix.descending,
                ix.dialect_options)

    return keyed_changes(
        a.indexes, b.indexes,
        kinds=(ChangeKind.VIEW_INDEX_ADDED, ChangeKind.VIEW_INDEX_DROPPED, ChangeKind.VIEW_INDEX_CHANGED),
        key=lambda ix: ix.name, ref=lambda ix: ObjectRef(ObjectKind.INDEX, b.key, ix.name),
        same=lambda x, y: content(x) == content(y),
    )


def _texts_differ(a: View, b: View, ctx: Context) -> bool:
    """SQLite: the stored ``CREATE VIEW`` texts differ in meaning (a column list's names)."""
    if a.create_sql is None or b.create_sql is None or ctx.portable:
        return False
    if ctx.support_a is not ctx.support_b or not ctx.support_b.replays_stored_ddl:
        return False
    return bool(ctx.support_b.definition_key("view", a.create_sql) != ctx.support_b.definition_key("view", b.create_sql))


def _names(view: View) -> tuple[str, ...]:
    return tuple(c.name for c in view.columns)


def _change(kind: ChangeKind, before: View | None, after: View | None) -> Change:
    key = (after or before).key  # type: ignore[union-attr]
    return Change(kind=kind, ref=ObjectRef(ObjectKind.VIEW, key), before=before, after=after)
