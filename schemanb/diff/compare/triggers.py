"""Triggers: added, dropped, or changed, paired by table and name (:attr:`Trigger.identity`).

A trigger of ``a`` is looked up under its table's name in ``b`` (accepted table
renames applied), so a rename alone does not re-create triggers. Bodies are
stored verbatim and compared with whitespace folded, conditions as canonical
expressions.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Schema, TableKey, Trigger
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import folded, keyed_changes

KINDS = (ChangeKind.TRIGGER_ADDED, ChangeKind.TRIGGER_DROPPED, ChangeKind.TRIGGER_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.triggers and not b.triggers:
        return []
    if ctx.portable and not ctx.both("supports_triggers"):
        return []

    def key_a(trigger: Trigger) -> tuple[TableKey, str]:
        return (ctx.table_key(trigger.key), trigger.name)

    return keyed_changes(
        a.triggers, b.triggers, kinds=KINDS, key=lambda t: (t.key, t.name), key_a=key_a,
        ref=lambda t: ObjectRef(ObjectKind.TRIGGER, t.key, t.name),
        same=lambda x, y: _signature(x, ctx) == _signature(y, ctx) and _same_text(x, y, ctx),
    )


def _same_text(a: Trigger, b: Trigger, ctx: Context) -> bool:
    """The stored ``CREATE TRIGGER`` texts agree (where both are known and the dialect
    compares them: SQLite in meaning, MySQL/MariaDB as written)."""
    if a.create_sql is None or b.create_sql is None or ctx.portable:
        return True
    if ctx.support_a is not ctx.support_b:
        return True
    key = ctx.support_b.definition_key
    return bool(key("trigger", a.create_sql) == key("trigger", b.create_sql))


def _signature(trigger: Trigger, ctx: Context) -> tuple[object, ...]:
    return (
        trigger.timing.upper(),
        tuple(" ".join(e.upper().split()) for e in trigger.events),
        trigger.orientation.upper(),
        ctx.expression_key(trigger.condition),
        folded(trigger.definition),
        trigger.function,
        trigger.enabled,
        trigger.options,
    )
