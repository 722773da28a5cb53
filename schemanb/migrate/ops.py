"""Change -> Alembic operation objects: the op-builder table, one entry per ChangeKind.

``build_steps(diff, dialect)`` turns every :class:`~schemanb.diff.changes.Change`
of a diff into :class:`~.steps.Step` objects: an Alembic operation plus what
:mod:`.order` needs to place it (its phase, its table, the tables it refers to).
The builders live by responsibility: :mod:`.ops_tables` (tables, columns, keys,
checks, indexes) and :mod:`.ops_objects` (views, sequences, enums and the
objects the dialect writes DDL for, and the views and triggers that must be
re-created around a change they depend on).

Conventions:

* Drops carry what they drop, so ``reverse()`` can re-create it and the
  downgrade is the reversed plan with every op reversed. An op that cannot be
  reversed raises :class:`~schemanb.errors.MigrationError` naming the object
  when reversed.
* Steps before the renames (``DROP_*`` phases) use the names of snapshot ``a``;
  steps after them use the names of snapshot ``b``; column alters use the table's
  new name and the column's old name (the rename is part of the alter).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import Any

from .. import model
from ..diff.changes import Change, ChangeKind
from . import ddl
from . import ops_objects as o
from . import ops_partitions as p
from . import ops_tables as t
from .ops_fk_index import implied_index_steps, supporting_index_steps
from .steps import TABLE_LEVEL_KINDS, Context, DiffLike, Phase, Step

Builder = Callable[[Change, Context], list[Step]]

OP_BUILDERS: dict[ChangeKind, Builder] = {
    ChangeKind.TABLE_ADDED: p.table_added,
    ChangeKind.TABLE_DROPPED: p.table_dropped,
    ChangeKind.TABLE_RENAMED: t.table_renamed,
    ChangeKind.TABLE_COMMENT_CHANGED: t.table_comment,
    ChangeKind.TABLE_DEFINITION_CHANGED: t.table_definition,
    ChangeKind.TABLE_OPTIONS_CHANGED: t.table_options,
    ChangeKind.DATABASE_OPTIONS_CHANGED: t.database_options,
    ChangeKind.COLUMN_ADDED: t.column_added,
    ChangeKind.COLUMN_DROPPED: t.column_dropped,
    ChangeKind.COLUMN_RENAMED: t.column_altered,
    ChangeKind.COLUMN_TYPE_CHANGED: t.column_altered,
    ChangeKind.COLUMN_NULLABLE_CHANGED: t.column_altered,
    ChangeKind.COLUMN_DEFAULT_CHANGED: t.column_altered,
    ChangeKind.COLUMN_IDENTITY_CHANGED: t.column_altered,
    ChangeKind.COLUMN_COMPUTED_CHANGED: t.column_altered,
    ChangeKind.COLUMN_COLLATION_CHANGED: t.column_altered,
    ChangeKind.COLUMN_COMMENT_CHANGED: t.column_altered,
    ChangeKind.COLUMN_OPTIONS_CHANGED: t.column_altered,
    ChangeKind.PRIMARY_KEY_ADDED: t.primary_key,
    ChangeKind.PRIMARY_KEY_DROPPED: t.primary_key,
    ChangeKind.PRIMARY_KEY_CHANGED: t.primary_key,
    ChangeKind.FOREIGN_KEY_ADDED: t.foreign_key,
    ChangeKind.FOREIGN_KEY_DROPPED: t.foreign_key,
    ChangeKind.FOREIGN_KEY_CHANGED: t.foreign_key,
    ChangeKind.UNIQUE_ADDED: t.unique,
    ChangeKind.UNIQUE_DROPPED: t.unique,
    ChangeKind.CHECK_ADDED: t.check,
    ChangeKind.CHECK_DROPPED: t.check,
    ChangeKind.CHECK_CHANGED: t.check,
    ChangeKind.INDEX_ADDED: t.index,
    ChangeKind.INDEX_DROPPED: t.index,
    ChangeKind.INDEX_CHANGED: t.index,
    ChangeKind.VIEW_ADDED: o.view_steps,
    ChangeKind.VIEW_DROPPED: o.view_steps,
    ChangeKind.VIEW_CHANGED: o.view_steps,
    ChangeKind.VIEW_COMMENT_CHANGED: o.view_comment_steps,
    ChangeKind.COMMENT_CHANGED: o.comment_steps,
    ChangeKind.SEQUENCE_ADDED: o.sequence_steps,
    ChangeKind.SEQUENCE_DROPPED: o.sequence_steps,
    ChangeKind.SEQUENCE_CHANGED: o.sequence_steps,
    ChangeKind.ENUM_ADDED: o.enum_steps,
    ChangeKind.ENUM_DROPPED: o.enum_steps,
    ChangeKind.ENUM_CHANGED: o.enum_steps,
    ChangeKind.DOMAIN_ADDED: o.domain_steps,
    ChangeKind.DOMAIN_DROPPED: o.domain_steps,
    ChangeKind.DOMAIN_CHANGED: o.domain_steps,
    ChangeKind.COMPOSITE_ADDED: o.composite_steps,
    ChangeKind.COMPOSITE_DROPPED: o.composite_steps,
    ChangeKind.COMPOSITE_CHANGED: o.composite_steps,
    ChangeKind.ROUTINE_ADDED: o.routine_steps,
    ChangeKind.ROUTINE_DROPPED: o.routine_steps,
    ChangeKind.ROUTINE_CHANGED: o.routine_steps,
    ChangeKind.TRIGGER_ADDED: o.trigger_steps,
    ChangeKind.TRIGGER_DROPPED: o.trigger_steps,
    ChangeKind.TRIGGER_CHANGED: o.trigger_steps,
    ChangeKind.RULE_ADDED: o.rule_steps,
    ChangeKind.RULE_DROPPED: o.rule_steps,
    ChangeKind.RULE_CHANGED: o.rule_steps,
    ChangeKind.EXTENSION_ADDED: o.extension_steps,
    ChangeKind.EXTENSION_DROPPED: o.extension_steps,
    ChangeKind.EXTENSION_CHANGED: o.extension_steps,
    ChangeKind.PARTITION_ADDED: p.partition_steps,
    ChangeKind.PARTITION_DROPPED: p.partition_steps,
    ChangeKind.PARTITION_CHANGED: p.partition_steps,
    ChangeKind.PARTITION_ATTACHED: p.attach_steps,
    ChangeKind.PARTITION_DETACHED: p.attach_steps,
    ChangeKind.PARTITIONING_CHANGED: p.partitioning_steps,
    ChangeKind.GRANT_ADDED: o.grant_steps,
    ChangeKind.GRANT_DROPPED: o.grant_steps,
    ChangeKind.POLICY_ADDED: o.policy_steps,
    ChangeKind.POLICY_DROPPED: o.policy_steps,
    ChangeKind.POLICY_CHANGED: o.policy_steps,
    ChangeKind.ROW_SECURITY_CHANGED: o.row_security_steps,
    ChangeKind.EXCLUSION_ADDED: o.exclusion_steps,
    ChangeKind.EXCLUSION_DROPPED: o.exclusion_steps,
    ChangeKind.EXCLUSION_CHANGED: o.exclusion_steps,
    ChangeKind.COLLATION_ADDED: o.collation_steps,
    ChangeKind.COLLATION_DROPPED: o.collation_steps,
    ChangeKind.COLLATION_CHANGED: o.collation_steps,
    ChangeKind.VIEW_INDEX_ADDED: o.view_index_steps,
    ChangeKind.VIEW_INDEX_DROPPED: o.view_index_steps,
    ChangeKind.VIEW_INDEX_CHANGED: o.view_index_steps,
    ChangeKind.SCHEMA_ADDED: o.namespace_steps,
    ChangeKind.SCHEMA_DROPPED: o.namespace_steps,
    ChangeKind.SCHEMA_COMMENT_CHANGED: o.namespace_steps,
}


def build_steps(diff: DiffLike, dialect: str | None) -> list[Step]:
    """The unordered steps of ``diff`` for ``dialect`` (duplicates merged by key)."""
    ctx = Context.from_diff(diff, dialect)
    rebuilt = _rebuilt_tables(ctx)
    repartitioned = p.repartitioned(ctx)
    detached = {
        ch.after.key: p.detach_key(ctx.old_key(ch.ref.table), ch.ref.name or "")
        for ch in ctx.changes if ch.kind is ChangeKind.PARTITION_DETACHED
    }
    steps: dict[tuple[Any, ...], Step] = {}
    for ch in ctx.changes:
        if t.follows_parent(ch, ctx):
            continue  # made by the parent's own statement (INHERITS)
        builder = OP_BUILDERS[ch.kind]
        if ch.ref.table in repartitioned and ch.kind is not ChangeKind.PARTITIONING_CHANGED and (
                ch.kind.scope != "schema" or ch.kind in _REPARTITIONED_TOO):
            continue  # made by the re-creation of the table
        if ch.ref.table in rebuilt and ch.kind in TABLE_LEVEL_KINDS:
            builder = t.recreate
        elif ch.ref.table in rebuilt and ch.kind.scope == "index":
            continue  # the rebuild re-creates the indexes of the new table
        for step in builder(ch, ctx):
            if ch.ref.table in detached and step.phase in (Phase.DROP_FKS, Phase.DROP_CONSTRAINTS):
                # What the partition inherited can be dropped once it is detached only.
                step = dataclasses.replace(step, phase=Phase.ALTER,
                                           after=(*step.after, detached[ch.ref.table]))
            steps.setdefault(step.key, step)
    for step in o.dependent_steps(ctx, rebuilt | repartitioned, steps):
        steps.setdefault(step.key, step)
    for step in supporting_index_steps(ctx, steps):
        steps.setdefault(step.key, step)
    for step in implied_index_steps(ctx, steps):
        steps.setdefault(step.key, step)
    if ctx.support.supports_comments:
        o.comments_around(ctx, steps)
    changed = {ch.ref.table for ch in ctx.changes if ch.ref.table in ctx.b.table_map}
    settings = ctx.support.session_settings(ctx.a, changed) + ctx.support.session_settings(ctx.b, changed)
    if settings:  # first in either direction (MariaDB: ALTERs of system-versioned tables)
        settings = list(dict.fromkeys(settings))
        first = ddl.StatementsOp(settings, [], describe="session settings")
        last = ddl.StatementsOp([], settings, describe="session settings")
        steps[("session_settings",)] = Step(first, Phase.DROP_GRANTS, ("session_settings",))
        steps[("session_settings_undo",)] = Step(last, Phase.DROP_EXTENSIONS, ("session_settings_undo",))
    return list(steps.values())


#: Changes to a table that its re-creation with another partitioning makes too.
_REPARTITIONED_TOO = frozenset({
    ChangeKind.TABLE_RENAMED, ChangeKind.TABLE_COMMENT_CHANGED, ChangeKind.TABLE_OPTIONS_CHANGED,
    ChangeKind.PARTITION_ADDED, ChangeKind.PARTITION_DROPPED, ChangeKind.PARTITION_CHANGED,
    ChangeKind.PARTITION_ATTACHED, ChangeKind.PARTITION_DETACHED,
})


def _rebuilt_tables(ctx: Context) -> set[model.TableKey]:
    """SQLite: the tables whose column or constraint changes need a rebuild.

    ``ADD COLUMN`` and ``DROP COLUMN`` (of a column SQLite can add or drop:
    :meth:`SQLiteSupport.adds_column_in_place`, ``drops_column_in_place``) and
    ``RENAME COLUMN`` (a rename and nothing else) are made in place; any other
    change rebuilds the table, and then the rebuild makes them all.
    """
    if not ctx.recreates_tables:
        return set()
    level = [
        ch for ch in ctx.changes
        if ch.kind in TABLE_LEVEL_KINDS
        and ch.ref.table in ctx.b.table_map
        and ctx.old_key(ch.ref.table) in ctx.a.table_map
    ]
    touched = Counter((ch.ref.table, ch.ref.name) for ch in level)
    support = ctx.support
    trigger_sql = [f"{t.condition or ''} {t.definition}" for t in ctx.a.triggers]

    def in_place(ch: Change) -> bool:
        if ch.kind is ChangeKind.COLUMN_ADDED:
            table = ctx.b_table(ch.ref.table)
            return support.adds_column_in_place(table.column(ch.ref.name or ""), table)
        if ch.kind is ChangeKind.COLUMN_DROPPED:
            old = ctx.a_table(ch.ref.table)
            return support.drops_column_in_place(ch.before, old, other_sql=trigger_sql)
        return ch.kind is ChangeKind.COLUMN_RENAMED and touched[(ch.ref.table, ch.ref.name)] == 1

    return {ch.ref.table for ch in level if not in_place(ch)}


__all__ = ["OP_BUILDERS", "Context", "DiffLike", "Step", "build_steps"]
