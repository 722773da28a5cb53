"""Schemas as objects (PostgreSQL namespaces): added, dropped, or their comment changed.

Only the schemas each snapshot read besides the default one are objects
(:attr:`~schemanb.model.Schema.namespaces`); their tables, views, types ... are
compared by the other modules, and their privileges by :mod:`.grants`. A
snapshot of models lists the schemas its tables use, without comments.
"""

from __future__ import annotations

from ...model import MODELS_SOURCE, Namespace, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.SCHEMA_ADDED, ChangeKind.SCHEMA_DROPPED, ChangeKind.SCHEMA_COMMENT_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    changes = _default_comment(a, b, ctx)
    if not a.namespaces and not b.namespaces:
        return changes
    if ctx.portable and not ctx.both("supports_schemas"):
        return []
    # Models cannot say a schema's comment: against them, comments are left alone.
    compare_comments = ctx.compare_comments and MODELS_SOURCE not in (
        a.info.source, b.info.source)

    def same(x: Namespace, y: Namespace) -> bool:
        return not compare_comments or (x.comment or None) == (y.comment or None)

    return changes + keyed_changes(
        a.namespaces, b.namespaces, kinds=KINDS, key=lambda n: n.name, ref=namespace_ref, same=same,
    )


def _default_comment(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    """The default schema's own comment (:attr:`~schemanb.model.Schema.default_schema_comment`,
    PostgreSQL ``public``): changed in place, the schema itself never added nor dropped."""
    if a.default_schema_comment == b.default_schema_comment or not ctx.compare_comments:
        return []
    if MODELS_SOURCE in (a.info.source, b.info.source) or ctx.portable:
        return []
    name = b.info.default_schema or a.info.default_schema or "public"
    initial = ctx.support_b.default_schema_initial_comment  # what None stands for
    before = Namespace(name=name, comment=initial if a.default_schema_comment is None else a.default_schema_comment)
    after = Namespace(name=name, comment=initial if b.default_schema_comment is None else b.default_schema_comment)
    return [Change(kind=ChangeKind.SCHEMA_COMMENT_CHANGED, ref=namespace_ref(after), before=before, after=after)]



def namespace_ref(namespace: Namespace) -> ObjectRef:
    """A schema's ref: kind ``schema``, its name as the ref's table."""
    return ObjectRef(ObjectKind.SCHEMA, namespace.key)
