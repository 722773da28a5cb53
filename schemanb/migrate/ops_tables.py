"""Op builders for tables, columns, keys, checks and indexes (Alembic operations).

Drops carry what they drop (``DropTableOp.from_table``, ``DropColumnOp`` from
the full column, ``DropConstraintOp`` with the constraint to re-add), so
``reverse()`` re-creates it. All attribute changes of one column become one
``ALTER COLUMN`` (MySQL needs the whole column spec anyway); on SQLite, every
column or constraint change of a table becomes one :class:`~.ddl.RecreateTableOp`.
A partitioned table is created with its dialect's partitioning clause
(:meth:`~schemanb.dialects.base.DialectSupport.partition_table_kwargs`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from alembic.operations import ops as aops

from .. import model
from ..diff.changes import Change, ChangeKind
from . import ddl, names
from .objects import (
    build_column,
    build_fk,
    build_index,
    build_table,
    requote,
    sql_text,
)
from .ops_objects import partition_step
from .order import Phase
from .steps import Context, Step

# ------------------------------------------------------------------------ tables


def table_added(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.after
    import sqlalchemy as sa

    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    meta = sa.MetaData()
    sa_table = build_table(table, meta, ctx.dialect, skip_fks=split,
                           table_kwargs=_partition_kwargs(table, ctx))
    refs = _refs(table, split, ctx)
    op = ddl.CreateTableOp.from_table_with_indexes(sa_table)
    steps = [Step(op, Phase.CREATE_TABLES, ("create", table.key), table.key, refs)]
    for fk in split:
        steps.append(_add_fk_step(table, fk, ctx))
    for part in _separate_partitions(table, ctx):
        steps.append(partition_step(table, part, ctx, create=True))
    return steps


def table_dropped(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.before
    import sqlalchemy as sa

    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    sa_table = build_table(table, sa.MetaData(), ctx.dialect, skip_fks=split,
                           table_kwargs=_partition_kwargs(table, ctx))
    refs = _refs(table, split, ctx)
    op = ddl.DropTableOp.from_table_with_indexes(sa_table)
    steps = [Step(op, Phase.DROP_TABLES, ("drop", table.key), table.key, refs)]
    for fk in split:
        steps.append(_drop_fk_step(table, fk, ctx))
    for part in _separate_partitions(table, ctx):
        steps.append(partition_step(table, part, ctx, create=False))
    return steps


def _partition_kwargs(table: model.Table, ctx: Context) -> dict[str, Any]:
    """The dialect's ``CREATE TABLE`` keyword arguments for a partitioned table."""
    return {} if table.partitioning is None else ctx.support.partition_table_kwargs(table)


def _separate_partitions(table: model.Table, ctx: Context) -> tuple[model.Partition, ...]:
    """Partitions made by their own statements after ``CREATE TABLE`` (PostgreSQL).

    A dialect whose ``CREATE TABLE`` lists the partitions (MySQL's ``PARTITION
    BY ... (PARTITION p0 ...)``) shows it in its ``partition_table_kwargs``,
    which then differ with and without the partitions; such tables need no
    extra steps.
    """
    partitioning = table.partitioning
    if partitioning is None or not partitioning.partitions:
        return ()
    bare = dataclasses.replace(table, partitioning=dataclasses.replace(partitioning, partitions=()))
    if ctx.support.partition_table_kwargs(bare) != ctx.support.partition_table_kwargs(table):
        return ()
    return partitioning.partitions


def _refs(table: model.Table, split: list[model.ForeignKey], ctx: Context) -> tuple[model.TableKey, ...]:
    """Tables ``table`` must be created after (none on SQLite: targets are not checked)."""
    if ctx.recreates_tables:
        return ()
    return tuple(fk.referred_table for fk in table.foreign_keys if fk not in split)


def table_renamed(ch: Change, ctx: Context) -> list[Step]:
    old, new = ch.before, ch.after
    op = ddl.RenameTableOp(old.name, new.name, schema=old.schema)
    return [Step(op, Phase.RENAME_TABLES, ("rename", new.key), new.key)]


def table_comment(ch: Change, ctx: Context) -> list[Step]:
    if ctx.recreates_tables:
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


def recreate(ch: Change, ctx: Context) -> list[Step]:
    """SQLite: one table rebuild for every column/constraint change of a table."""
    key = ch.ref.table
    before = ctx.a_table(key)
    before = dataclasses.replace(before, name=key.name, schema=key.schema)
    after = ctx.b_table(key)
    renames = {new: old for (k, new), old in ctx.column_renames.items() if k == key}
    op = ddl.RecreateTableOp(before, after, renames, ctx.dialect or "sqlite")
    return [Step(op, Phase.ALTER, ("recreate", key), key)]


def column_added(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ctx.b_table(key).column(ch.ref.name or "")
    in_pk = col.name in ctx.b_table(key).pk_columns
    op = aops.AddColumnOp(key.name, build_column(col, ctx.dialect, in_pk=in_pk), schema=key.schema)
    return [Step(op, Phase.ALTER, ("add_column", key, col.name), key)]


def column_dropped(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ch.before
    a_table = ctx.a.table_map.get(key)
    in_pk = a_table is not None and col.name in a_table.pk_columns
    op = aops.DropColumnOp.from_column_and_tablename(key.schema, key.name, build_column(col, ctx.dialect, in_pk=in_pk))
    return [Step(op, Phase.ALTER, ("drop_column", key, col.name), key)]


def column_altered(ch: Change, ctx: Context) -> list[Step]:
    """Every attribute change (and the rename) of one column as one ALTER COLUMN."""
    key = ch.ref.table
    new_name = ch.ref.name or ""
    old_name = ctx.old_column(key, new_name)
    old = ctx.a_table(key).column(old_name)
    new = ctx.b_table(key).column(new_name)
    if old.computed != new.computed:
        return _computed_changed(key, old, new, ctx)
    old_sa, new_sa = build_column(old, ctx.dialect), build_column(new, ctx.dialect)
    kw = ctx.support.alter_column_kwargs(old, new)
    op = ddl.RenameColumnOp(
        key.name,
        old_name,
        schema=key.schema,
        modify_name=new_name if new_name != old_name else None,
        existing_type=old_sa.type,
        existing_nullable=old.nullable,
        existing_server_default=_server_default(old, reset_from=new),
        existing_comment=old.comment,
        modify_type=new_sa.type if (old.type_sql, old.collation) != (new.type_sql, new.collation) else None,
        modify_nullable=new.nullable if old.nullable != new.nullable else None,
        modify_server_default=_server_default(new, reset_from=old)
        if (old.default, old.identity) != (new.default, new.identity)
        else False,
        modify_comment=new.comment if old.comment != new.comment else False,
        **kw,
    )
    return [Step(op, Phase.ALTER, ("alter", key, new_name), key)]


def _server_default(col: model.Column, *, reset_from: model.Column | None = None) -> Any:
    """The column's default or identity. With ``reset_from`` (the column before an
    ALTER), an identity option back at its default is spelt out (start 1, or -1
    descending; increment 1): Alembic emits only the options it is given, so the
    old ``START WITH 100`` would stay."""
    import sqlalchemy as sa

    ident = col.identity
    if ident is not None:
        start, increment = ident.start, ident.increment
        old = reset_from.identity if reset_from is not None else None
        if old is not None:
            if increment is None and old.increment is not None:
                increment = 1
            if start is None and old.start is not None:
                start = 1 if (increment or 1) > 0 else -1
        return sa.Identity(always=ident.always, start=start, increment=increment)
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


def primary_key(ch: Change, ctx: Context) -> list[Step]:
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
    if not ctx.support.fk_creates_index or covered:
        return drop
    sa_table = build_table(table, sa.MetaData(), ctx.dialect, only_columns=True)
    backing = sa.Index(fk.name or fk.columns[0], *[sa_table.c[c] for c in fk.columns], _table=sa_table)
    return ddl.OpSequence([drop, aops.DropIndexOp.from_index(backing)])


def foreign_key(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    steps = []
    if ch.before is not None:
        steps.append(_drop_fk_step(ctx.a_table(key), ch.before, ctx))
    if ch.after is not None:
        steps.append(_add_fk_step(ctx.b_table(key), ch.after, ctx))
    return steps


def _deferral(uq: model.UniqueConstraint) -> dict[str, Any]:
    """``deferrable``/``initially`` keywords of a UNIQUE constraint, where set."""
    out: dict[str, Any] = {}
    if uq.deferrable:
        out["deferrable"] = True
    if uq.initially:
        out["initially"] = uq.initially
    return out


def unique(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    if ch.after is not None:
        uq: model.UniqueConstraint = ch.after
        op: Any = ddl.CreateUniqueConstraintOp(uq.name, key.name, list(uq.columns), schema=key.schema,
                                               **_deferral(uq))
        name = names.constraint_name("unique", ctx.b_table(key), uq, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="unique", schema=key.schema, _reverse=op))
        return [Step(op, Phase.ADD_CONSTRAINTS, ("add_unique", key, uq), key)]
    table = ctx.a_table(key)
    uq = ch.before
    reverse = aops.CreateUniqueConstraintOp(uq.name, table.name, list(uq.columns), schema=table.schema,
                                            **_deferral(uq))
    name = names.constraint_name("unique", table, uq, ctx.dialect)
    op = aops.DropConstraintOp(name, table.name, type_="unique", schema=table.schema, _reverse=reverse)
    return [Step(op, Phase.DROP_CONSTRAINTS, ("drop_unique", key, uq), table.key)]


def check(ch: Change, ctx: Context) -> list[Step]:
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


def index(ch: Change, ctx: Context) -> list[Step]:
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
