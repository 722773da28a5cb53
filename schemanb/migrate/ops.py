"""Change -> Alembic operation objects: the op-builder table, one entry per ChangeKind.

``build_steps(diff, dialect)`` turns every :class:`~schemanb.diff.changes.Change`
of a diff into :class:`Step` objects: an Alembic operation plus what
:mod:`.order` needs to place it (its phase, its table, the tables it refers to).

Conventions:

* Drops carry what they drop (``DropTableOp.from_table``, ``DropColumnOp`` from
  the full column, ``DropConstraintOp.from_constraint``), so ``reverse()`` can
  re-create it and the downgrade is the reversed plan with every op reversed.
  An op that cannot be reversed raises :class:`~schemanb.errors.MigrationError`
  naming the object when reversed.
* Steps before the renames (``DROP_*`` phases) use the names of snapshot ``a``;
  steps after them use the names of snapshot ``b``; column alters use the table's
  new name and the column's old name (the rename is part of the alter).
* All attribute changes of one column become one ``ALTER COLUMN`` (MySQL needs
  the whole column spec anyway); on SQLite, every column or constraint change of
  a table becomes one :class:`~.ddl.RecreateTableOp`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from alembic.operations import ops as aops

from .. import model
from ..diff.changes import Change, ChangeKind
from ..errors import MigrationError
from . import ddl, names
from .objects import (
    build_column,
    build_fk,
    build_index,
    build_metadata,
    build_table,
    requote,
    sql_text,
)
from .order import Phase, cycle_fks


class DiffLike(Protocol):
    """What the migration code reads from a diff (``SchemaDiff`` or a test double)."""

    a: model.Schema
    b: model.Schema
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Step:
    """One Alembic operation in the plan, with what ordering needs."""

    op: Any
    phase: Phase
    key: tuple[Any, ...]
    table: model.TableKey | None = None
    refers_to: tuple[model.TableKey, ...] = ()
    after: tuple[tuple[Any, ...], ...] = ()


_TABLE_LEVEL_KINDS = frozenset(
    k
    for k in ChangeKind
    if k.value.startswith(("column_", "primary_key_", "foreign_key_", "unique_", "check_"))
)


@dataclass
class Context:
    """Everything a builder needs: both snapshots, the dialect and the rename maps."""

    a: model.Schema
    b: model.Schema
    dialect: str | None
    changes: tuple[Change, ...] = ()
    table_renames: dict[model.TableKey, model.TableKey] = field(default_factory=dict)
    column_renames: dict[tuple[model.TableKey, str], str] = field(default_factory=dict)

    @classmethod
    def from_diff(cls, diff: DiffLike, dialect: str | None) -> Context:
        ctx = cls(a=diff.a, b=diff.b, dialect=dialect, changes=tuple(diff.changes))
        for ch in ctx.changes:
            if ch.kind is ChangeKind.TABLE_RENAMED:
                ctx.table_renames[ch.ref.table] = model.TableKey(ch.before.schema, ch.before.name)
            elif ch.kind is ChangeKind.COLUMN_RENAMED:
                ctx.column_renames[(ch.ref.table, ch.after.name)] = ch.before.name
        return ctx

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def old_key(self, key: model.TableKey) -> model.TableKey:
        return self.table_renames.get(key, key)

    def a_table(self, key_in_b: model.TableKey) -> model.Table:
        return self.a.table_map[self.old_key(key_in_b)]

    def b_table(self, key: model.TableKey) -> model.Table:
        return self.b.table_map[key]

    def old_column(self, key: model.TableKey, name: str) -> str:
        return self.column_renames.get((key, name), name)

    @cached_property
    def meta_a(self) -> Any:
        return build_metadata(self.a, self.dialect)

    @cached_property
    def meta_b(self) -> Any:
        return build_metadata(self.b, self.dialect)

    @cached_property
    def split_fks(self) -> frozenset[tuple[model.TableKey, model.ForeignKey]]:
        """FKs in cycles among created (or among dropped) tables: added by ALTER later."""
        if self.is_sqlite:
            return frozenset()
        added = [c.after for c in self.changes if c.kind is ChangeKind.TABLE_ADDED]
        dropped = [c.before for c in self.changes if c.kind is ChangeKind.TABLE_DROPPED]
        return frozenset(cycle_fks(added)) | frozenset(cycle_fks(dropped))


def _name(key: model.TableKey) -> dict[str, Any]:
    return {"table_name": key.name, "schema": key.schema}


# ------------------------------------------------------------------------ tables


def _table_added(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.after
    import sqlalchemy as sa

    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    meta = sa.MetaData()
    sa_table = build_table(table, meta, ctx.dialect, skip_fks=split)
    refs = _refs(table, split, ctx)
    op = ddl.CreateTableOp.from_table_with_indexes(sa_table)
    steps = [Step(op, Phase.CREATE_TABLES, ("create", table.key), table.key, refs)]
    for fk in split:
        steps.append(_add_fk_step(table, fk, ctx))
    return steps


def _table_dropped(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.before
    import sqlalchemy as sa

    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    sa_table = build_table(table, sa.MetaData(), ctx.dialect, skip_fks=split)
    refs = _refs(table, split, ctx)
    op = ddl.DropTableOp.from_table_with_indexes(sa_table)
    steps = [Step(op, Phase.DROP_TABLES, ("drop", table.key), table.key, refs)]
    for fk in split:
        steps.append(_drop_fk_step(table, fk, ctx))
    return steps


def _refs(table: model.Table, split: list[model.ForeignKey], ctx: Context) -> tuple[model.TableKey, ...]:
    """Tables ``table`` must be created after (none on SQLite: targets are not checked)."""
    if ctx.is_sqlite:
        return ()
    return tuple(fk.referred_table for fk in table.foreign_keys if fk not in split)


def _table_renamed(ch: Change, ctx: Context) -> list[Step]:
    old, new = ch.before, ch.after
    op = ddl.RenameTableOp(old.name, new.name, schema=old.schema)
    return [Step(op, Phase.RENAME_TABLES, ("rename", new.key), new.key)]


def _table_comment(ch: Change, ctx: Context) -> list[Step]:
    if ctx.is_sqlite:
        return []
    key = ch.ref.table
    old = ctx.a_table(key).comment
    new = ctx.b_table(key).comment
    if new is None:
        op: Any = aops.DropTableCommentOp(key.name, schema=key.schema, existing_comment=old)
    else:
        op = aops.CreateTableCommentOp(key.name, new, schema=key.schema, existing_comment=old)
    return [Step(op, Phase.ALTER, ("table_comment", key), key)]


# ----------------------------------------------------------------------- columns


def _recreate(ch: Change, ctx: Context) -> list[Step]:
    """SQLite: one table rebuild for every column/constraint change of a table."""
    key = ch.ref.table
    before = ctx.a_table(key)
    import dataclasses

    before = dataclasses.replace(before, name=key.name, schema=key.schema)
    after = ctx.b_table(key)
    renames = {new: old for (k, new), old in ctx.column_renames.items() if k == key}
    op = ddl.RecreateTableOp(before, after, renames, ctx.dialect or "sqlite")
    return [Step(op, Phase.ALTER, ("recreate", key), key)]


def _column_added(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ctx.b_table(key).column(ch.ref.name or "")
    in_pk = col.name in ctx.b_table(key).pk_columns
    op = aops.AddColumnOp(key.name, build_column(col, ctx.dialect, in_pk=in_pk), schema=key.schema)
    return [Step(op, Phase.ALTER, ("add_column", key, col.name), key)]


def _column_dropped(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ch.before
    a_table = ctx.a.table_map.get(key)
    in_pk = a_table is not None and col.name in a_table.pk_columns
    op = aops.DropColumnOp.from_column_and_tablename(key.schema, key.name, build_column(col, ctx.dialect, in_pk=in_pk))
    return [Step(op, Phase.ALTER, ("drop_column", key, col.name), key)]


def _column_altered(ch: Change, ctx: Context) -> list[Step]:
    """Every attribute change (and the rename) of one column as one ALTER COLUMN."""
    key = ch.ref.table
    new_name = ch.ref.name or ""
    old_name = ctx.old_column(key, new_name)
    old = ctx.a_table(key).column(old_name)
    new = ctx.b_table(key).column(new_name)
    if old.computed != new.computed:
        return _computed_changed(key, old, new, ctx)
    old_sa, new_sa = build_column(old, ctx.dialect), build_column(new, ctx.dialect)
    kw: dict[str, Any] = {}
    if ctx.dialect == "mysql":
        kw = {"autoincrement": new.autoincrement, "existing_autoincrement": old.autoincrement}
    op = ddl.RenameColumnOp(
        key.name,
        old_name,
        schema=key.schema,
        modify_name=new_name if new_name != old_name else None,
        existing_type=old_sa.type,
        existing_nullable=old.nullable,
        existing_server_default=_server_default(old),
        existing_comment=old.comment,
        modify_type=new_sa.type if (old.type_sql, old.collation) != (new.type_sql, new.collation) else None,
        modify_nullable=new.nullable if old.nullable != new.nullable else None,
        modify_server_default=_server_default(new)
        if (old.default, old.identity) != (new.default, new.identity)
        else False,
        modify_comment=new.comment if old.comment != new.comment else False,
        **kw,
    )
    return [Step(op, Phase.ALTER, ("alter", key, new_name), key)]


def _server_default(col: model.Column) -> Any:
    import sqlalchemy as sa

    if col.identity is not None:
        return sa.Identity(always=col.identity.always, start=col.identity.start, increment=col.identity.increment)
    return None if col.default is None else sql_text(col.default)


def _computed_changed(key: model.TableKey, old: model.Column, new: model.Column, ctx: Context) -> list[Step]:
    drop = aops.DropColumnOp.from_column_and_tablename(key.schema, key.name, build_column(old, ctx.dialect))
    add = aops.AddColumnOp(key.name, build_column(new, ctx.dialect), schema=key.schema)
    return [
        Step(drop, Phase.ALTER, ("alter", key, new.name), key),
        Step(add, Phase.ALTER, ("alter+", key, new.name), key, after=(("alter", key, new.name),)),
    ]


# ------------------------------------------------------------------- constraints


def _pk_step(ctx: Context, key: model.TableKey, *, add: bool) -> Step:
    if add:
        table = ctx.b_table(key)
        assert table.primary_key is not None
        op: Any = ddl.CreatePrimaryKeyOp(table.primary_key.name, key.name, list(table.primary_key.columns), schema=key.schema)
        name = names.constraint_name("primary_key", table, table.primary_key, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="primary", schema=key.schema, _reverse=op))
        return Step(op, Phase.ADD_CONSTRAINTS, ("add_pk", key), key)
    table = ctx.a_table(key)
    assert table.primary_key is not None
    name = names.constraint_name("primary_key", table, table.primary_key, ctx.dialect)
    reverse = aops.CreatePrimaryKeyOp(table.primary_key.name, table.name, list(table.primary_key.columns), schema=table.schema)
    op = ddl.given_reverse(ddl.DropConstraintOp(name, table.name, type_="primary", schema=table.schema), reverse)
    return Step(op, Phase.DROP_CONSTRAINTS, ("drop_pk", key), table.key)


def _primary_key(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    steps = []
    if ch.kind is not ChangeKind.PRIMARY_KEY_ADDED:
        steps.append(_pk_step(ctx, key, add=False))
    if ch.kind is not ChangeKind.PRIMARY_KEY_DROPPED:
        steps.append(_pk_step(ctx, key, add=True))
    return steps


def _add_fk_step(table: model.Table, fk: model.ForeignKey, ctx: Context) -> Step:
    import sqlalchemy as sa

    meta = sa.MetaData()
    sa_table = build_table(table, meta, ctx.dialect, only_columns=True)
    constraint = build_fk(fk, meta)
    sa_table.append_constraint(constraint)
    op = ddl.CreateForeignKeyOp.from_constraint(constraint)
    ddl.given_reverse(op, _drop_fk_op(table, fk, ctx, reverse=op))
    return Step(op, Phase.ADD_FKS, ("add_fk", table.key, fk), table.key, (fk.referred_table,))


def _drop_fk_step(table: model.Table, fk: model.ForeignKey, ctx: Context) -> Step:
    import sqlalchemy as sa

    meta = sa.MetaData()
    sa_table = build_table(table, meta, ctx.dialect, only_columns=True)
    constraint = build_fk(fk, meta)
    sa_table.append_constraint(constraint)
    reverse = aops.CreateForeignKeyOp.from_constraint(constraint)
    op = _drop_fk_op(table, fk, ctx, reverse=reverse)
    return Step(op, Phase.DROP_FKS, ("drop_fk", table.key, fk), table.key)


def _drop_fk_op(table: model.Table, fk: model.ForeignKey, ctx: Context, *, reverse: Any) -> Any:
    """Drop ``fk``; on MySQL also the index the database made for it, if no declared one covers it.

    MySQL names that index after the constraint (or, unnamed, after the first column).
    """
    import sqlalchemy as sa

    name = names.constraint_name("foreign_key", table, fk, ctx.dialect)
    drop = ddl.given_reverse(ddl.DropConstraintOp(name, table.name, type_="foreignkey", schema=table.schema), reverse)
    covered = any(ix.columns[: len(fk.columns)] == fk.columns for ix in table.indexes) or (
        table.pk_columns[: len(fk.columns)] == fk.columns
        or any(uq.columns[: len(fk.columns)] == fk.columns for uq in table.unique_constraints)
    )
    if ctx.dialect != "mysql" or covered:
        return drop
    sa_table = build_table(table, sa.MetaData(), ctx.dialect, only_columns=True)
    backing = sa.Index(fk.name or fk.columns[0], *[sa_table.c[c] for c in fk.columns], _table=sa_table)
    return ddl.OpSequence([drop, aops.DropIndexOp.from_index(backing)])


def _foreign_key(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    steps = []
    if ch.before is not None:
        steps.append(_drop_fk_step(ctx.a_table(key), ch.before, ctx))
    if ch.after is not None:
        steps.append(_add_fk_step(ctx.b_table(key), ch.after, ctx))
    return steps


def _unique(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    if ch.after is not None:
        uq: model.UniqueConstraint = ch.after
        op: Any = ddl.CreateUniqueConstraintOp(uq.name, key.name, list(uq.columns), schema=key.schema)
        name = names.constraint_name("unique", ctx.b_table(key), uq, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="unique", schema=key.schema, _reverse=op))
        return [Step(op, Phase.ADD_CONSTRAINTS, ("add_unique", key, uq), key)]
    table = ctx.a_table(key)
    uq = ch.before
    reverse = aops.CreateUniqueConstraintOp(uq.name, table.name, list(uq.columns), schema=table.schema)
    name = names.constraint_name("unique", table, uq, ctx.dialect)
    op = aops.DropConstraintOp(name, table.name, type_="unique", schema=table.schema, _reverse=reverse)
    return [Step(op, Phase.DROP_CONSTRAINTS, ("drop_unique", key, uq), table.key)]


def _check(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    steps = []
    if ch.before is not None:
        table = ctx.a_table(key)
        ck: model.CheckConstraint = ch.before
        expr = sql_text(requote(ck.expression, table.column_map, ctx.dialect))
        reverse = aops.CreateCheckConstraintOp(ck.name, table.name, expr, schema=table.schema)
        name = names.constraint_name("check", table, ck, ctx.dialect)
        op: Any = aops.DropConstraintOp(name, table.name, type_="check", schema=table.schema, _reverse=reverse)
        steps.append(Step(op, Phase.DROP_CONSTRAINTS, ("drop_check", key, ck), table.key))
    if ch.after is not None:
        ck = ch.after
        expr = sql_text(requote(ck.expression, ctx.b_table(key).column_map, ctx.dialect))
        op = ddl.CreateCheckConstraintOp(ck.name, key.name, expr, schema=key.schema)
        name = names.constraint_name("check", ctx.b_table(key), ck, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="check", schema=key.schema, _reverse=op))
        steps.append(Step(op, Phase.ADD_CONSTRAINTS, ("add_check", key, ck), key))
    return steps


def _index(ch: Change, ctx: Context) -> list[Step]:
    import sqlalchemy as sa

    key = ch.ref.table
    steps = []
    if ch.before is not None:
        table = ctx.a_table(key)
        sa_table = build_table(table, sa.MetaData(), ctx.dialect, only_columns=True)
        op: Any = aops.DropIndexOp.from_index(build_index(ch.before, sa_table, ctx.dialect))
        steps.append(Step(op, Phase.DROP_CONSTRAINTS, ("drop_index", key, ch.before.name), table.key))
    if ch.after is not None:
        sa_table = build_table(ctx.b_table(key), sa.MetaData(), ctx.dialect, only_columns=True)
        op = aops.CreateIndexOp.from_index(build_index(ch.after, sa_table, ctx.dialect))
        steps.append(Step(op, Phase.ADD_CONSTRAINTS, ("add_index", key, ch.after.name), key))
    return steps


# ------------------------------------------------------- views, sequences, enums


def _view(ch: Change, ctx: Context) -> list[Step]:
    steps = []
    if ch.before is not None:
        v: model.View = ch.before
        op = ddl.SQLOp(ddl.DropView(v), undo=ddl.CreateView(v), describe=f"dropping view {v.key}")
        steps.append(Step(op, Phase.DROP_VIEWS, ("drop_view", v.key), v.key))
    if ch.after is not None:
        v = ch.after
        op = ddl.SQLOp(ddl.CreateView(v), undo=ddl.DropView(v), describe=f"creating view {v.key}")
        steps.append(Step(op, Phase.CREATE_VIEWS, ("create_view", v.key), v.key, v.depends_on))
    return steps


def _sequence(ch: Change, ctx: Context) -> list[Step]:
    steps = []
    if ch.before is not None:
        s: model.Sequence = ch.before
        op = ddl.SQLOp(ddl.sequence_ddl(s, create=False), undo=ddl.sequence_ddl(s, create=True), describe=f"dropping sequence {s.key}")
        phase = Phase.DROP_TYPES if ch.after is None else Phase.CREATE_TYPES
        steps.append(Step(op, phase, ("drop_sequence", s.key), s.key))
    if ch.after is not None:
        s = ch.after
        op = ddl.SQLOp(ddl.sequence_ddl(s, create=True), undo=ddl.sequence_ddl(s, create=False), describe=f"creating sequence {s.key}")
        after = (("drop_sequence", s.key),) if ch.before is not None else ()
        steps.append(Step(op, Phase.CREATE_TYPES, ("create_sequence", s.key), s.key, after=after))
    return steps


def _enum(ch: Change, ctx: Context) -> list[Step]:
    if ch.kind is ChangeKind.ENUM_ADDED:
        e: model.Enum = ch.after
        op = ddl.SQLOp(ddl.enum_ddl(e, create=True), undo=ddl.enum_ddl(e, create=False), describe=f"creating type {e.key}")
        return [Step(op, Phase.CREATE_TYPES, ("create_enum", e.key), e.key)]
    if ch.kind is ChangeKind.ENUM_DROPPED:
        e = ch.before
        op = ddl.SQLOp(ddl.enum_ddl(e, create=False), undo=ddl.enum_ddl(e, create=True), describe=f"dropping type {e.key}")
        return [Step(op, Phase.DROP_TYPES, ("drop_enum", e.key), e.key)]
    return _enum_values_added(ch.before, ch.after)


def _enum_values_added(old: model.Enum, new: model.Enum) -> list[Step]:
    """``ALTER TYPE ... ADD VALUE`` for each new label; anything else is refused."""
    kept = [v for v in new.values if v in old.values]
    if kept != list(old.values):
        raise MigrationError(
            f"enum {new.key} loses or reorders values ({list(old.values)} -> {list(new.values)}); "
            "PostgreSQL can only add values — migrate the columns to a new type by hand"
        )
    steps: list[Step] = []
    for i, value in enumerate(new.values):
        if value in old.values:
            continue
        following = next((v for v in new.values[i + 1 :] if v in old.values), None)
        op = ddl.SQLOp(
            ddl.AddEnumValue(new, value, following),
            undo=None,
            describe=f"adding value {value!r} to type {new.key}",
            irreversible_reason="PostgreSQL cannot remove a value from an enum",
        )
        prev = steps[-1].key if steps else None
        steps.append(Step(op, Phase.CREATE_TYPES, ("enum_value", new.key, value), new.key, after=(prev,) if prev else ()))
    return steps


# ----------------------------------------------------------------------- the table

Builder = Callable[[Change, Context], list[Step]]

OP_BUILDERS: dict[ChangeKind, Builder] = {
    ChangeKind.TABLE_ADDED: _table_added,
    ChangeKind.TABLE_DROPPED: _table_dropped,
    ChangeKind.TABLE_RENAMED: _table_renamed,
    ChangeKind.TABLE_COMMENT_CHANGED: _table_comment,
    ChangeKind.COLUMN_ADDED: _column_added,
    ChangeKind.COLUMN_DROPPED: _column_dropped,
    ChangeKind.COLUMN_RENAMED: _column_altered,
    ChangeKind.COLUMN_TYPE_CHANGED: _column_altered,
    ChangeKind.COLUMN_NULLABLE_CHANGED: _column_altered,
    ChangeKind.COLUMN_DEFAULT_CHANGED: _column_altered,
    ChangeKind.COLUMN_IDENTITY_CHANGED: _column_altered,
    ChangeKind.COLUMN_COMPUTED_CHANGED: _column_altered,
    ChangeKind.COLUMN_COLLATION_CHANGED: _column_altered,
    ChangeKind.COLUMN_COMMENT_CHANGED: _column_altered,
    ChangeKind.PRIMARY_KEY_ADDED: _primary_key,
    ChangeKind.PRIMARY_KEY_DROPPED: _primary_key,
    ChangeKind.PRIMARY_KEY_CHANGED: _primary_key,
    ChangeKind.FOREIGN_KEY_ADDED: _foreign_key,
    ChangeKind.FOREIGN_KEY_DROPPED: _foreign_key,
    ChangeKind.FOREIGN_KEY_CHANGED: _foreign_key,
    ChangeKind.UNIQUE_ADDED: _unique,
    ChangeKind.UNIQUE_DROPPED: _unique,
    ChangeKind.CHECK_ADDED: _check,
    ChangeKind.CHECK_DROPPED: _check,
    ChangeKind.CHECK_CHANGED: _check,
    ChangeKind.INDEX_ADDED: _index,
    ChangeKind.INDEX_DROPPED: _index,
    ChangeKind.INDEX_CHANGED: _index,
    ChangeKind.VIEW_ADDED: _view,
    ChangeKind.VIEW_DROPPED: _view,
    ChangeKind.VIEW_CHANGED: _view,
    ChangeKind.SEQUENCE_ADDED: _sequence,
    ChangeKind.SEQUENCE_DROPPED: _sequence,
    ChangeKind.SEQUENCE_CHANGED: _sequence,
    ChangeKind.ENUM_ADDED: _enum,
    ChangeKind.ENUM_DROPPED: _enum,
    ChangeKind.ENUM_CHANGED: _enum,
}


def build_steps(diff: DiffLike, dialect: str | None) -> list[Step]:
    """The unordered steps of ``diff`` for ``dialect`` (duplicates merged by key)."""
    ctx = Context.from_diff(diff, dialect)
    rebuilt = _rebuilt_tables(ctx)
    steps: dict[tuple[Any, ...], Step] = {}
    for ch in ctx.changes:
        builder = OP_BUILDERS[ch.kind]
        if ch.ref.table in rebuilt and ch.kind in _TABLE_LEVEL_KINDS:
            builder = _recreate
        elif ch.ref.table in rebuilt and ch.kind.value.startswith("index_"):
            continue  # the rebuild re-creates the indexes of the new table
        for step in builder(ch, ctx):
            steps.setdefault(step.key, step)
    for step in _views_around_rebuilds(ctx, rebuilt):
        steps.setdefault(step.key, step)
    return list(steps.values())


def _views_around_rebuilds(ctx: Context, rebuilt: set[model.TableKey]) -> list[Step]:
    """SQLite: views over rebuilt tables are dropped first and re-created at the end.

    SQLite checks every view when the rebuilt table is renamed into place, and a
    view whose table is momentarily gone fails that check.
    """
    if not rebuilt:
        return []
    steps: list[Step] = []
    for view in ctx.a.views:
        new = ctx.b.view_map.get(view.key)
        if new is None or (view.depends_on and not set(view.depends_on) & rebuilt):
            continue
        steps += _view(Change(kind=ChangeKind.VIEW_CHANGED, ref=model.ObjectRef(model.ObjectKind.VIEW, view.key),
                              before=view, after=new), ctx)
    return steps


def _rebuilt_tables(ctx: Context) -> set[model.TableKey]:
    """SQLite: the tables whose column or constraint changes need a rebuild."""
    if not ctx.is_sqlite:
        return set()
    return {
        ch.ref.table
        for ch in ctx.changes
        if ch.kind in _TABLE_LEVEL_KINDS
        and ch.ref.table in ctx.b.table_map
        and ctx.old_key(ch.ref.table) in ctx.a.table_map
    }
