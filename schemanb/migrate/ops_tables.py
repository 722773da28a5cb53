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
import re
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
from .steps import Context, Phase, Step

# ------------------------------------------------------------------------ tables


def stored_create(table: model.Table, ctx: Context) -> list[str] | None:
    """The table's and its indexes' stored ``CREATE`` texts, when the dialect replays
    them (SQLite) and every one is known; else ``None`` (DDL generated from the snapshot)."""
    if not ctx.support.replays_stored_ddl or table.create_sql is None:
        return None
    if any(ix.create_sql is None for ix in table.indexes):
        return None
    return [ctx.support.replay_sql(s) for s in (table.create_sql, *(ix.create_sql or "" for ix in table.indexes))]


def quoted_table(ctx: Context, name: str, schema: str | None = None) -> str:
    import sqlalchemy as sa

    preparer = ctx.support.sqlalchemy_dialect().identifier_preparer
    return str(preparer.format_table(sa.table(name, schema=schema)))


def quoted_name(ctx: Context, name: str) -> str:
    return str(ctx.support.sqlalchemy_dialect().identifier_preparer.quote(name))


def table_added(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.after
    import sqlalchemy as sa

    stored = stored_create(table, ctx)
    if stored is not None:
        drop = [f"DROP TABLE {quoted_table(ctx, table.name, table.schema)}"]
        op: Any = ddl.StatementsOp(stored, drop, describe=f"creating table {table.name}",
                                   undo_loses_data=True)
        return [Step(op, Phase.CREATE_TABLES, ("create", table.key), table.key, ())]
    table, finish = ctx.support.created_table(table)
    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    meta = sa.MetaData()
    sa_table = build_table(table, meta, ctx.dialect, skip_fks=split,
                           table_kwargs=_partition_kwargs(table, ctx))
    refs = _refs(table, split, ctx)
    op = ddl.CreateTableOp.from_table_with_indexes(sa_table)
    if finish:  # MariaDB's ADD SYSTEM VERSIONING
        op = ddl.OpSequence([op, ddl.StatementsOp(finish, [], describe=f"finishing table {table.name}")])
    steps = [Step(op, Phase.CREATE_TABLES, ("create", table.key), table.key, refs)]
    for fk in split:
        steps.append(_add_fk_step(table, fk, ctx))
    return steps + cluster_steps(None, table, ctx)


def table_dropped(ch: Change, ctx: Context) -> list[Step]:
    table: model.Table = ch.before
    import sqlalchemy as sa

    stored = stored_create(table, ctx)
    if stored is not None:
        drop = [f"DROP TABLE {quoted_table(ctx, table.name, table.schema)}"]
        op: Any = ddl.StatementsOp(drop, stored, describe=f"drops table {table.name} and all its rows",
                                   loses_data=True)
        return [Step(op, Phase.DROP_TABLES, ("drop", table.key), table.key, ())]
    table, finish = ctx.support.created_table(table)
    split = [fk for (k, fk) in ctx.split_fks if k == table.key]
    sa_table = build_table(table, sa.MetaData(), ctx.dialect, skip_fks=split,
                           table_kwargs=_partition_kwargs(table, ctx))
    refs = _refs(table, split, ctx)
    op = ddl.DropTableOp.from_table_with_indexes(sa_table)
    if finish:  # re-created by the undo with it
        op = ddl.OpSequence([ddl.StatementsOp([], finish, describe=f"finishing table {table.name}"), op])
    steps = [Step(op, Phase.DROP_TABLES, ("drop", table.key), table.key, refs),
             *cluster_steps(table, None, ctx)]
    for fk in split:
        steps.append(_drop_fk_step(table, fk, ctx))
    return steps


def _partition_kwargs(table: model.Table, ctx: Context) -> dict[str, Any]:
    """The dialect's ``CREATE TABLE`` keyword arguments: table options (MySQL's
    ``ENGINE``, ``DEFAULT CHARSET``), and a partitioned table's partitioning."""
    kwargs = ctx.support.table_kwargs(table)
    if table.partitioning is not None:
        kwargs.update(ctx.support.partition_table_kwargs(table))
    return kwargs


def _refs(table: model.Table, split: list[model.ForeignKey], ctx: Context) -> tuple[model.TableKey, ...]:
    """Tables ``table`` must be created after (none on SQLite: targets are not checked)."""
    if ctx.recreates_tables:
        return ()
    # Parents (INHERITS) too: created before their children, dropped after them.
    return (*(fk.referred_table for fk in table.foreign_keys if fk not in split), *table.inherits)


#: Changes after which a constraint of the old table no longer exists at the rename.
_CONSTRAINT_GONE = frozenset({
    ChangeKind.PRIMARY_KEY_DROPPED, ChangeKind.PRIMARY_KEY_CHANGED, ChangeKind.FOREIGN_KEY_DROPPED,
    ChangeKind.FOREIGN_KEY_CHANGED, ChangeKind.UNIQUE_DROPPED, ChangeKind.CHECK_DROPPED, ChangeKind.CHECK_CHANGED})


#: The name a table has between the two renames that change only its letter case,
#: where the database takes both spellings for one name (SQLite).
RENAME_PREFIX = "_schemanb_rename_"


def table_renamed(ch: Change, ctx: Context) -> list[Step]:
    old, new = ch.before, ch.after
    if ctx.support.is_virtual_table(old):
        return [Step(_renamed_virtual(old, new, ctx), Phase.RENAME_TABLES, ("rename", new.key), new.key)]
    op: Any = ddl.RenameTableOp(old.name, new.name, schema=old.schema)
    if ctx.support.same_object_name(old.name, new.name):  # only the letter case changes
        through = RENAME_PREFIX + new.name
        op = ddl.OpSequence([ddl.RenameTableOp(old.name, through, schema=old.schema),
                             ddl.RenameTableOp(through, new.name, schema=old.schema)])
    # A constraint this migration drops (or re-creates) is gone before the rename:
    # its generated name is not renamed along (Synapse 72 -> 54).
    gone = [c.before for c in ctx.changes
            if c.ref.table == new.key and c.before is not None and c.kind in _CONSTRAINT_GONE]
    old = dataclasses.replace(
        old,
        primary_key=None if old.primary_key in gone else old.primary_key,
        foreign_keys=tuple(x for x in old.foreign_keys if x not in gone),
        unique_constraints=tuple(x for x in old.unique_constraints if x not in gone),
        check_constraints=tuple(x for x in old.check_constraints if x not in gone),
    )
    forward, backward = ctx.support.renamed_table_ddl(old, new.name)
    if forward:
        names = ddl.StatementsOp(forward, backward, describe=f"generated constraint names of {new.name}")
        op = ddl.OpSequence([op, names])
    return [Step(op, Phase.RENAME_TABLES, ("rename", new.key), new.key)]


def _renamed_virtual(old: model.Table, new: model.Table, ctx: Context) -> Any:
    """A virtual table (SQLite's FTS, R*Tree) renamed: rebuilt under the new name, rows
    copied, as its old definition. ``ALTER TABLE ... RENAME`` would rename its shadow
    tables too, but rewrite their stored texts unlike a fresh ``CREATE`` writes them.
    A definition that changes as well is rebuilt after, by :func:`recreate`."""
    renamed = dataclasses.replace(
        old, schema=new.schema, name=new.name,
        create_sql=ctx.support.stored_create_as(old.create_sql or "", quoted_name(ctx, new.name)),
    )
    return ddl.RecreateTableOp(old, renamed, {}, ctx.dialect or "sqlite")


def table_options(ch: Change, ctx: Context) -> list[Step]:
    """MySQL's ENGINE, character set (``CONVERT TO``), ROW_FORMAT; PostgreSQL's
    ``SET LOGGED``/``UNLOGGED`` and storage parameters: the dialect's statements.
    Then the parents (``INHERITS``): :func:`_inheritance_steps`."""
    key = ch.ref.table
    before, after = ctx.a_table(key), ctx.b_table(key)
    steps = _inheritance_steps(key, before, after, ctx)
    defaults_a, defaults_b = dict(ctx.a.info.options), dict(ctx.b.info.options)
    if defaults_a and defaults_b:  # each side's options in full, under its own database's defaults
        before = dataclasses.replace(before, dialect_options=tuple(sorted({**defaults_a, **dict(before.dialect_options)}.items())))
        after = dataclasses.replace(after, dialect_options=tuple(sorted({**defaults_b, **dict(after.dialect_options)}.items())))
    if before.dialect_options == after.dialect_options:
        return steps
    forward = ctx.support.table_options_ddl(before, after, _column_sql(after, ctx), defaults_b)
    clustered = cluster_steps(ctx.a_table(key), ctx.b_table(key), ctx)
    if not forward:
        return [*steps, *clustered]
    # The way back runs where the table has its new name too.
    before = dataclasses.replace(before, schema=after.schema, name=after.name)
    backward = ctx.support.table_options_ddl(after, before, _column_sql(before, ctx), defaults_a)
    loss, undo_loss = ctx.support.table_options_loss(before, after), ctx.support.table_options_loss(after, before)
    op = ddl.StatementsOp(forward, backward, describe=loss or f"table options of {key.name}",
                          loses_data=bool(loss), undo_loses_data=bool(undo_loss))
    return [Step(op, Phase.ALTER, ("table_options", key), key), *steps, *clustered]


def _inheritance_steps(
    key: model.TableKey, before: model.Table, after: model.Table, ctx: Context
) -> list[Step]:
    """``NO INHERIT`` of each parent the table leaves, before anything else changes
    (the columns and CHECKs it inherited become its own, to alter or drop; the
    parent may be dropped), and ``INHERIT`` of each new parent once every table
    exists and the table has the parent's columns and CHECKs (PostgreSQL's rule)."""
    new_of = {old: new for new, old in ctx.table_renames.items()}
    old_parents = [new_of.get(p, p) for p in before.inherits]
    steps = []
    old_key = ctx.old_key(key)
    for parent_a, parent in zip(before.inherits, old_parents):
        if parent in after.inherits:
            continue
        op = ddl.StatementsOp(
            [ctx.support.inherit_ddl(old_key, parent_a, inherit=False)],
            [ctx.support.inherit_ddl(old_key, parent_a, inherit=True)],
            describe=f"{key.name} no longer inherits from {parent_a.name}",
        )
        steps.append(Step(op, Phase.DROP_FKS, ("no_inherit", key, parent), key))
    for parent in after.inherits:
        if parent in old_parents:
            continue
        op = ddl.StatementsOp(
            [ctx.support.inherit_ddl(key, parent, inherit=True)],
            [ctx.support.inherit_ddl(key, parent, inherit=False)],
            describe=f"{key.name} inherits from {parent.name}",
        )
        steps.append(Step(op, Phase.ADD_FKS, ("inherit", key, parent), key,
                          after=(("create", parent),)))
    return steps


def follows_parent(ch: Change, ctx: Context) -> bool:
    """Whether ``ch`` changes a column or CHECK that its table inherits from a parent
    it keeps, and that parent has the same change: ``ALTER TABLE parent`` recurses
    into the children (PostgreSQL ``INHERITS``: a type, default, NOT NULL, added
    column or CHECK), so the child gets no statement of its own (the server refuses
    one on an inherited column). A drop is the parent's only for what the child
    merely inherited; a column or CHECK it declares too outlives the parent's."""
    if ch.kind.scope != "table" or ch.ref.name is None:
        return False
    parents = _kept_parents(ch.ref.table, ctx)
    if not parents:
        return False
    same = ctx.parent_changes
    if not any((parent, ch.kind, ch.ref.name) in same for parent in parents):
        return False
    if ch.kind in (ChangeKind.COLUMN_DROPPED, ChangeKind.CHECK_DROPPED):
        return bool(getattr(ch.before, "inherited", False))
    return True


def _kept_parents(key: model.TableKey, ctx: Context) -> set[model.TableKey]:
    """The parents (``b``'s keys) ``key`` inherits from on both sides."""
    a_table = ctx.a.table_map.get(ctx.old_key(key))
    b_table = ctx.b.table_map.get(key)
    if a_table is None or b_table is None or not b_table.inherits:
        return set()
    new_of = {old: new for new, old in ctx.table_renames.items()}
    return {new_of.get(p, p) for p in a_table.inherits} & set(b_table.inherits)


def cluster_steps(before: model.Table | None, after: model.Table | None, ctx: Context) -> list[Step]:
    """The index a table is clustered on (PostgreSQL ``CLUSTER ON``): marked once the
    table's keys and indexes exist (with the foreign keys); for a dropped table,
    unmarked before it goes, so the way back marks it again after re-creating it."""
    s = ctx.support
    old = s.clustered_index(before) if before is not None else None
    new = s.clustered_index(after) if after is not None else None
    if old == new:
        return []
    if after is None:
        assert before is not None
        op = ddl.StatementsOp(s.cluster_ddl(before.key, None), s.cluster_ddl(before.key, old),
                              describe=f"unclustering {before.key}")
        return [Step(op, Phase.DROP_CONSTRAINTS, ("cluster", before.key), before.key)]
    op = ddl.StatementsOp(s.cluster_ddl(after.key, new), s.cluster_ddl(after.key, old),
                          describe=f"clustering {after.key} on {new}")
    return [Step(op, Phase.ADD_FKS, ("cluster", after.key), after.key,
                 after=(("create", after.key),))]


def _column_sql(table: model.Table, ctx: Context) -> Any:
    """A function giving a column's definition as ``CREATE TABLE`` writes it (``note TEXT NULL``)."""
    import sqlalchemy as sa
    from sqlalchemy.schema import CreateColumn

    sa_table = build_table(table, sa.MetaData(), ctx.dialect, only_columns=True)
    dialect = ctx.support.sqlalchemy_dialect()

    def render(column: model.Column) -> str:
        return str(CreateColumn(sa_table.c[column.name]).compile(dialect=dialect)).strip()

    return render


def database_options(ch: Change, ctx: Context) -> list[Step]:
    """The database's default character set and collation (``ALTER DATABASE``), before
    any table is created, so new tables take the new defaults."""
    old, new = dict(ch.before or ()), dict(ch.after or ())
    forward = ctx.support.database_options_ddl(old, new)
    if not forward:
        return []
    backward = ctx.support.database_options_ddl(new, old)
    op = ddl.StatementsOp(forward, backward, describe="the database's default character set")
    return [Step(op, Phase.CREATE_EXTENSIONS, ("database_options",), None)]


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


def table_definition(ch: Change, ctx: Context) -> list[Step]:
    """A stored definition that changed alone: rebuilt (SQLite, by :func:`recreate`); a
    dialect that alters tables in place has nothing to do."""
    return recreate(ch, ctx) if ctx.recreates_tables else []


def _auto_with_key(key: model.TableKey, name: str, ctx: Context) -> bool:
    """Whether column ``name`` becomes AUTO_INCREMENT together with the primary key
    this migration adds it to, where the dialect wants both in one statement."""
    if not ctx.support.auto_increment_needs_key:
        return False
    b_table = ctx.b_table(key)
    col = b_table.column_map.get(name)
    if col is None or not col.autoincrement or name not in b_table.pk_columns:
        return False
    a_table = ctx.a.table_map.get(key)
    old = a_table.column_map.get(ctx.old_column(key, name)) if a_table is not None else None
    if old is not None and old.autoincrement and a_table is not None and old.name in a_table.pk_columns:
        return False
    return any(c.ref.table == key and c.kind in (ChangeKind.PRIMARY_KEY_ADDED, ChangeKind.PRIMARY_KEY_CHANGED)
               for c in ctx.changes)


def _auto_key_step(key: model.TableKey, name: str, ctx: Context, *, added: bool) -> Step:
    """``ADD COLUMN id INT AUTO_INCREMENT, ADD PRIMARY KEY (id)`` (or ``MODIFY``): one
    statement, as MySQL/MariaDB refuse an AUTO_INCREMENT column that is not a key."""
    import sqlalchemy as sa

    b_table = ctx.b_table(key)
    preparer = ctx.support.sqlalchemy_dialect().identifier_preparer
    where = preparer.format_table(build_table(b_table, sa.MetaData(), ctx.dialect, only_columns=True))
    pk = ", ".join(preparer.quote(c) for c in b_table.pk_columns)
    new_sql = _column_sql(b_table, ctx)(b_table.column_map[name])
    if added:
        forward = [f"ALTER TABLE {where} ADD COLUMN {new_sql}, ADD PRIMARY KEY ({pk})"]
        backward = [f"ALTER TABLE {where} DROP PRIMARY KEY, DROP COLUMN {preparer.quote(name)}"]
    else:
        a_table = ctx.a_table(key)
        old_sql = _column_sql(a_table, ctx)(a_table.column_map[ctx.old_column(key, name)])
        forward = [f"ALTER TABLE {where} MODIFY {new_sql}, ADD PRIMARY KEY ({pk})"]
        backward = [f"ALTER TABLE {where} MODIFY {old_sql}, DROP PRIMARY KEY"]
    op = ddl.StatementsOp(forward, backward, describe=f"AUTO_INCREMENT column {name} of {key.name} with its key",
                          undo_loses_data=added)
    others = tuple(("add_column", key, c) for c in b_table.pk_columns if c != name)
    return Step(op, Phase.ALTER, ("add_column" if added else "alter", key, name), key, after=tuple(
        k for k in others if any(ch.kind is ChangeKind.COLUMN_ADDED and ch.ref.table == key and ch.ref.name == k[2]
                                 for ch in ctx.changes)))


def _auto_loses_key(key: model.TableKey, name: str, ctx: Context) -> bool:
    """Whether AUTO_INCREMENT column ``name`` of A loses its primary key in this
    migration while it is dropped or stops being AUTO_INCREMENT (the reverse of
    :func:`_auto_with_key`): MySQL/MariaDB refuse the key dropped first (ERROR 1075)."""
    if not ctx.support.auto_increment_needs_key:
        return False
    a_table = ctx.a.table_map.get(key)
    old = a_table.column_map.get(name) if a_table is not None else None
    if a_table is None or old is None or not old.autoincrement or name not in a_table.pk_columns:
        return False
    b_table = ctx.b.table_map.get(key)
    if b_table is None:
        return False
    new = b_table.column_map.get(name)
    renamed = any(k == key and old_name == name and new_name != name
                  for (k, new_name), old_name in ctx.column_renames.items())
    if renamed or (new is not None and new.autoincrement):
        return False
    return any(c.ref.table == key and c.kind in (ChangeKind.PRIMARY_KEY_DROPPED, ChangeKind.PRIMARY_KEY_CHANGED)
               for c in ctx.changes)


def _auto_key_drop_step(key: model.TableKey, name: str, ctx: Context) -> Step:
    """``ALTER TABLE t DROP PRIMARY KEY, DROP COLUMN id`` (or ``MODIFY id ...``): one
    statement, as an AUTO_INCREMENT column may not outlive its key."""
    import sqlalchemy as sa

    a_table = ctx.a_table(key)
    preparer = ctx.support.sqlalchemy_dialect().identifier_preparer
    where = preparer.format_table(build_table(a_table, sa.MetaData(), ctx.dialect, only_columns=True))
    pk = ", ".join(preparer.quote(c) for c in a_table.pk_columns)
    old_sql = _column_sql(a_table, ctx)(a_table.column_map[name])
    new = ctx.b_table(key).column_map.get(name)
    if new is None:
        forward = [f"ALTER TABLE {where} DROP PRIMARY KEY, DROP COLUMN {preparer.quote(name)}"]
        backward = [f"ALTER TABLE {where} ADD COLUMN {old_sql}, ADD PRIMARY KEY ({pk})"]
    else:
        new_sql = _column_sql(ctx.b_table(key), ctx)(new)
        forward = [f"ALTER TABLE {where} MODIFY {new_sql}, DROP PRIMARY KEY"]
        backward = [f"ALTER TABLE {where} MODIFY {old_sql}, ADD PRIMARY KEY ({pk})"]
    op = ddl.StatementsOp(forward, backward, describe=f"AUTO_INCREMENT column {name} of {key.name} without its key",
                          undo_loses_data=False)
    return Step(op, Phase.ALTER, ("drop_column" if new is None else "alter", key, name), key)


def column_added(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ctx.b_table(key).column(ch.ref.name or "")
    if ctx.support.made_with_table_options(col):
        return []  # MariaDB's ROW START/END: with ADD SYSTEM VERSIONING (table_options)
    if _auto_with_key(key, col.name, ctx):
        return [_auto_key_step(key, col.name, ctx, added=True)]
    item = ctx.support.added_column_sql(ctx.b_table(key), col.name) if ctx.support.replays_stored_ddl else None
    if item is not None:  # as B's stored text writes it: SQLite appends it to the table's text
        where = quoted_table(ctx, key.name, key.schema)
        stmt = ddl.StatementsOp(
            [f"ALTER TABLE {where} ADD COLUMN {item}"],
            [f"ALTER TABLE {where} DROP COLUMN {quoted_name(ctx, col.name)}"],
            describe=f"adding column {col.name} to {key.name}", undo_loses_data=True,
        )
        return [Step(stmt, Phase.ALTER, ("add_column", key, col.name), key)]
    in_pk = col.name in ctx.b_table(key).pk_columns
    op: Any = aops.AddColumnOp(key.name, build_column(col, ctx.dialect, in_pk=in_pk), schema=key.schema)
    finish = ctx.support.column_attributes_ddl(key, None, col)
    if finish:  # PostgreSQL's SET (n_distinct=...), SET STATISTICS, SET STORAGE
        op = ddl.OpSequence([op, ddl.StatementsOp(finish, [], describe=f"the settings of column {col.name}")])
    return [Step(op, Phase.ALTER, ("add_column", key, col.name), key, after=_added_columns_used(col, key, ctx))]


def _added_columns_used(col: model.Column, key: model.TableKey, ctx: Context) -> tuple[tuple[Any, ...], ...]:
    """The steps adding the columns a generated column's expression uses, when the same
    migration adds them: ``ADD COLUMN total AS (a + b)`` needs ``b`` first."""
    if col.computed is None:
        return ()
    added = {c.ref.name for c in ctx.changes
             if c.kind is ChangeKind.COLUMN_ADDED and c.ref.table == key and c.ref.name and c.ref.name != col.name}
    used = _names_used(col.computed.expression)
    return tuple(("add_column", key, name) for name in sorted(n for n in added & used if n))


def _names_used(expression: str) -> set[str]:
    """The words and quoted names of a generated column's expression (a superset of its columns)."""
    words = set(re.findall(r"[`\"]((?:[^`\"]|``|\"\")+)[`\"]|(\w+)", expression))
    return {quoted.replace("``", "`").replace('""', '"') or bare for quoted, bare in words}


def _dropped_columns_using(col: model.Column, key: model.TableKey, ctx: Context) -> tuple[tuple[Any, ...], ...]:
    """The steps dropping the generated columns that use ``col``, when the same migration
    drops them: ``DROP COLUMN b`` fails while ``total AS (a + b)`` is still there
    (the reverse of :func:`_added_columns_used`)."""
    return tuple(sorted(
        ("drop_column", key, c.before.name) for c in ctx.changes
        if c.kind is ChangeKind.COLUMN_DROPPED and c.ref.table == key and c.before is not None
        and c.before.name != col.name and c.before.computed is not None
        and col.name in _names_used(c.before.computed.expression)
    ))


def column_dropped(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    col: model.Column = ch.before
    if ctx.support.made_with_table_options(col):
        return []  # with DROP SYSTEM VERSIONING (table_options)
    if _auto_loses_key(key, col.name, ctx):
        return [_auto_key_drop_step(key, col.name, ctx)]
    a_table = ctx.a.table_map.get(key)
    in_pk = a_table is not None and col.name in a_table.pk_columns
    op: Any = aops.DropColumnOp.from_column_and_tablename(key.schema, key.name, build_column(col, ctx.dialect, in_pk=in_pk))
    finish = ctx.support.column_attributes_ddl(key, None, col)
    if finish:  # set again by the undo, after ADD COLUMN
        op = ddl.OpSequence([ddl.StatementsOp([], finish, describe=f"the settings of column {col.name}"), op])
    b_table = ctx.b.table_map.get(key)
    if (
        ctx.support.replays_stored_ddl and a_table is not None and b_table is not None
        and a_table.create_sql is not None and b_table.create_sql is not None
        and a_table.columns[-1].name != col.name
        and [c for c in ctx.changes if c.ref.table == key] == [ch]
    ):
        # Undone by ADD COLUMN, the column would come back last: the downgrade
        # rebuilds the table from a's text instead, the column in its place.
        before = dataclasses.replace(b_table, name=key.name, schema=key.schema)
        op = ddl.GivenReverseOp(op, ddl.RecreateTableOp(before, a_table, {}, ctx.dialect or "sqlite"))
    after = _dropped_columns_using(col, key, ctx) + _added_if_emptied(key, a_table, ctx)
    return [Step(op, Phase.ALTER, ("drop_column", key, col.name), key, after=after)]


def _added_if_emptied(key: model.TableKey, a_table: model.Table | None, ctx: Context) -> tuple[tuple[Any, ...], ...]:
    """The steps adding ``key``'s new columns, when the migration drops every old one: a
    table may not lose its last column (MySQL: ``You can't delete all columns``), so the
    new ones come first."""
    if a_table is None:
        return ()
    mine = [c for c in ctx.changes if c.ref.table == key]
    dropped = {c.ref.name for c in mine if c.kind is ChangeKind.COLUMN_DROPPED}
    if not {c.name for c in a_table.columns} <= dropped:
        return ()
    return tuple(("add_column", key, c.ref.name) for c in mine if c.kind is ChangeKind.COLUMN_ADDED)


def column_altered(ch: Change, ctx: Context) -> list[Step]:
    """Every attribute change (and the rename) of one column as one ALTER COLUMN."""
    key = ch.ref.table
    new_name = ch.ref.name or ""
    old_name = ctx.old_column(key, new_name)
    old = ctx.a_table(key).column(old_name)
    new = ctx.b_table(key).column(new_name)
    if old_name == new_name and _auto_with_key(key, new_name, ctx):
        return [_auto_key_step(key, new_name, ctx, added=False)]
    if old_name == new_name and _auto_loses_key(key, old_name, ctx):
        return [_auto_key_drop_step(key, old_name, ctx)]
    if old.computed != new.computed:
        return _computed_changed(key, old, new, ctx)
    old_rest, new_rest = _without_attributes(old, ctx), _without_attributes(new, ctx)
    alone = old_name == new_name and old_rest == new_rest
    attributes = _column_attributes(key, old, new, ctx, after_alter=not alone)
    if alone and attributes is not None:
        return [attributes]
    old, new = old_rest, new_rest
    if _has_column_check(ctx.a_table(key), old_name) or _has_column_check(ctx.b_table(key), new_name) \
            or old.dialect_options != new.dialect_options:  # INVISIBLE: the whole definition
        return [_column_rewritten(key, old, new, ctx), *([attributes] if attributes else [])]
    steps: list[Step] = []
    if old.type_sql != new.type_sql:
        through_text = ctx.support.retype_through_text(key, old, new, ctx.a, ctx.b)
        if through_text is not None:
            steps.append(_retyped_through_text(key, old, new, through_text, ctx))
            if (old_name, old.nullable, old.comment) == (new_name, new.nullable, new.comment):
                return steps
            # What is left (a rename, NULL, the comment) is altered after the type.
            old = dataclasses.replace(old, type_sql=new.type_sql, type_generic=new.type_generic,
                          collation=new.collation, default=new.default)
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
    if op.modify_type is not None:
        op.retyped = (old, new)
    after = tuple(step.key for step in steps)
    steps.append(Step(op, Phase.ALTER, ("alter", key, new_name), key, after=after))
    serial = ctx.support.serial_changed_ddl(key, ctx.a_table(key).column(old_name), new)
    if serial is not None:  # PostgreSQL's SERIAL <-> INTEGER: the sequence and its default
        describe = f"the sequence filling {new_name} of {key.name}"
        steps.append(Step(ddl.StatementsOp(serial[0], serial[1], describe=describe), Phase.ALTER,
                          ("serial", key, new_name), key, after=(("alter", key, new_name),)))
    if attributes:
        steps.append(attributes)
    return steps


def _without_attributes(column: model.Column, ctx: Context) -> model.Column:
    keys = ctx.support.column_attribute_keys
    if not keys or not any(k in keys for k, _ in column.dialect_options):
        return column
    return dataclasses.replace(column, dialect_options=tuple(o for o in column.dialect_options if o[0] not in keys))


def _column_attributes(
    key: model.TableKey, old: model.Column, new: model.Column, ctx: Context, *, after_alter: bool
) -> Step | None:
    """The column's own settings the dialect changes by statements of their own
    (PostgreSQL's ``SET (n_distinct=...)``, ``SET STATISTICS``, ``SET STORAGE``),
    after the rest of the column's changes."""
    forward = ctx.support.column_attributes_ddl(key, old, new)
    if not forward:
        return None
    backward = ctx.support.column_attributes_ddl(key, dataclasses.replace(new, name=old.name), old)
    op = ddl.StatementsOp(forward, backward, describe=f"the settings of column {new.name} of {key.name}")
    after = (("alter", key, new.name),) if after_alter else ()
    return Step(op, Phase.ALTER, ("column_attributes", key, new.name), key, after=after)


def _retyped_through_text(
    key: model.TableKey, old: model.Column, new: model.Column,
    statements: tuple[list[str], list[str]], ctx: Context,
) -> Step:
    """The type change the dialect writes itself (a column leaving an enum), before
    the rest of the column's changes."""
    loss = ctx.support.type_change_loss(old, new)
    undo_loss = ctx.support.type_change_loss(new, old)
    describe = (f"changes the type of {new.name} of {key.name}: {loss}" if loss
                else f"changing the type of {new.name} of {key.name}")
    op = ddl.StatementsOp(statements[0], statements[1], describe=describe,
                          loses_data=bool(loss), undo_loses_data=bool(undo_loss))
    return Step(op, Phase.ALTER, ("retype", key, new.name), key)


def _has_column_check(table: model.Table, name: str) -> bool:
    return any(ck.column == name for ck in table.check_constraints)


def _column_rewritten(key: model.TableKey, old: model.Column, new: model.Column, ctx: Context) -> Step:
    """A column with a column-level CHECK (MariaDB) changed: ``MODIFY`` (``CHANGE`` when
    renamed) writes the column's whole definition and keeps only the checks written
    in it, so the column is written as each side has it, its checks included."""
    a_table, b_table = ctx.a_table(key), ctx.b_table(key)
    where = quoted_table(ctx, key.name, key.schema)
    new_sql = _column_sql(b_table, ctx)(new)
    old_sql = _column_sql(a_table, ctx)(old)
    if old.name == new.name:
        forward = [f"ALTER TABLE {where} MODIFY {new_sql}"]
        backward = [f"ALTER TABLE {where} MODIFY {old_sql}"]
    else:
        forward = [f"ALTER TABLE {where} CHANGE {quoted_name(ctx, old.name)} {new_sql}"]
        backward = [f"ALTER TABLE {where} CHANGE {quoted_name(ctx, new.name)} {old_sql}"]
    loss = ctx.support.type_change_loss(old, new) if old.type_sql != new.type_sql else None
    undo_loss = ctx.support.type_change_loss(new, old) if old.type_sql != new.type_sql else None
    describe = (f"changes the type of {new.name} of {key.name}: {loss}" if loss
                else f"column {new.name} of {key.name} with its CHECK")
    op = ddl.StatementsOp(forward, backward, describe=describe, loses_data=bool(loss), undo_loses_data=bool(undo_loss))
    return Step(op, Phase.ALTER, ("alter", key, new.name), key)


def _server_default(col: model.Column, *, reset_from: model.Column | None = None) -> Any:
    """The column's default or identity. With ``reset_from`` (the column before an
    ALTER), an identity option back at its default is spelt out (start 1, or -1
    descending, or the new bound; increment 1; NO MINVALUE, NO MAXVALUE, CACHE 1, NO
    CYCLE): Alembic emits only the options it is given, so the
    old ``START WITH 100`` would stay."""
    import sqlalchemy as sa

    ident = col.identity
    if ident is not None:
        start, increment = ident.start, ident.increment
        kw: dict[str, Any] = {"minvalue": ident.min_value, "maxvalue": ident.max_value,
                              "cache": ident.cache, "cycle": ident.cycle or None}
        old = reset_from.identity if reset_from is not None else None
        if old is not None:
            if increment is None and old.increment is not None:
                increment = 1
            if start is None and old.start is not None:
                low, high = (1, -1) if ident.min_value is None else (ident.min_value, ident.min_value)
                high = high if ident.max_value is None else ident.max_value
                start = low if (increment or 1) > 0 else high
            # An option back at its default is spelt out too (NO MINVALUE, CACHE 1, NO CYCLE).
            if ident.min_value is None and old.min_value is not None:
                kw.update(nominvalue=True)
            if ident.max_value is None and old.max_value is not None:
                kw.update(nomaxvalue=True)
            if ident.cache is None and old.cache is not None:
                kw["cache"] = 1
            if not ident.cycle and old.cycle:
                kw["cycle"] = False
        return sa.Identity(always=ident.always, start=start, increment=increment, **kw)
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
        op: Any = ddl.CreatePrimaryKeyOp(table.primary_key.name, key.name, list(table.primary_key.columns), schema=key.schema,
                                         **_deferral(table.primary_key))
        name = names.constraint_name("primary_key", table, table.primary_key, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="primary", schema=key.schema, _reverse=op))
        return Step(op, Phase.ADD_CONSTRAINTS, ("add_pk", key), key)
    table = ctx.a_table(key)
    assert table.primary_key is not None
    name = names.constraint_name("primary_key", table, table.primary_key, ctx.dialect)
    reverse = aops.CreatePrimaryKeyOp(table.primary_key.name, table.name, list(table.primary_key.columns), schema=table.schema,
                                      **_deferral(table.primary_key))
    op = ddl.given_reverse(ddl.DropConstraintOp(name, table.name, type_="primary", schema=table.schema), reverse)
    return Step(op, Phase.DROP_CONSTRAINTS, ("drop_pk", key), table.key)


def _auto_key_kept(key: model.TableKey, ctx: Context) -> bool:
    """Whether the primary key changes around an AUTO_INCREMENT column that stays one
    and stays in it, every column of both keys on both sides: MySQL/MariaDB refuse
    the key dropped first (ERROR 1075), so :func:`_pk_swap_step` changes it at once."""
    if not ctx.support.auto_increment_needs_key:
        return False
    a_table, b_table = ctx.a.table_map.get(key), ctx.b.table_map.get(key)
    if a_table is None or b_table is None or a_table.primary_key is None or b_table.primary_key is None:
        return False
    if any(ctx.old_column(key, c) != c for c in b_table.column_map):
        return False
    both = set(a_table.pk_columns) | set(b_table.pk_columns)
    if not both <= set(a_table.column_map) & set(b_table.column_map):
        return False
    return any(a_table.column_map[c].autoincrement and b_table.column_map[c].autoincrement
               for c in set(a_table.pk_columns) & set(b_table.pk_columns))


def _pk_swap_step(key: model.TableKey, ctx: Context) -> Step:
    """``ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (...)``: one statement (see
    :func:`_auto_key_kept`)."""
    import sqlalchemy as sa

    a_table, b_table = ctx.a_table(key), ctx.b_table(key)
    preparer = ctx.support.sqlalchemy_dialect().identifier_preparer
    where = preparer.format_table(build_table(b_table, sa.MetaData(), ctx.dialect, only_columns=True))

    def pk(table: model.Table) -> str:
        return ", ".join(preparer.quote(c) for c in table.pk_columns)

    op = ddl.StatementsOp([f"ALTER TABLE {where} DROP PRIMARY KEY, ADD PRIMARY KEY ({pk(b_table)})"],
                          [f"ALTER TABLE {where} DROP PRIMARY KEY, ADD PRIMARY KEY ({pk(a_table)})"],
                          describe=f"primary key of {key.name} around its AUTO_INCREMENT column",
                          undo_loses_data=False)
    return Step(op, Phase.ADD_CONSTRAINTS, ("add_pk", key), key)


def primary_key(ch: Change, ctx: Context) -> list[Step]:
    key = ch.ref.table
    if ch.kind is ChangeKind.PRIMARY_KEY_CHANGED and _auto_key_kept(key, ctx):
        return [_pk_swap_step(key, ctx)]
    steps = []
    if ch.kind is not ChangeKind.PRIMARY_KEY_ADDED and not any(
            _auto_loses_key(key, c, ctx) for c in ctx.a_table(key).pk_columns):  # else dropped with its column
        steps.append(_pk_step(ctx, key, add=False))
    if ch.kind is not ChangeKind.PRIMARY_KEY_DROPPED and not any(
            _auto_with_key(key, c, ctx) for c in ctx.b_table(key).pk_columns):  # else added with its column
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


def _deferral(uq: model.UniqueConstraint | model.PrimaryKey) -> dict[str, Any]:
    """``deferrable``/``initially`` keywords of a UNIQUE or PRIMARY KEY constraint, where set."""
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
    if (ch.before is not None and ch.before.column) or (ch.after is not None and ch.after.column):
        return _column_check(ch, ctx)
    steps = []
    if ch.before is not None:
        table = ctx.a_table(key)
        ck: model.CheckConstraint = ch.before
        expr = sql_text(requote(ck.expression, table.column_map, ctx.dialect))
        reverse = ddl.CreateCheckConstraintOp(ck.name, table.name, expr, schema=table.schema,
                                              suffix=ctx.support.check_suffix(ck))
        name = names.constraint_name("check", table, ck, ctx.dialect)
        op: Any = ddl.given_reverse(
            ddl.DropConstraintOp(name, table.name, type_="check", schema=table.schema, _reverse=reverse), reverse)
        steps.append(Step(op, Phase.DROP_CONSTRAINTS, ("drop_check", key, ck), table.key))
    if ch.after is not None:
        ck = ch.after
        expr = sql_text(requote(ck.expression, ctx.b_table(key).column_map, ctx.dialect))
        op = ddl.CreateCheckConstraintOp(ck.name, key.name, expr, schema=key.schema,
                                         suffix=ctx.support.check_suffix(ck))
        name = names.constraint_name("check", ctx.b_table(key), ck, ctx.dialect)
        ddl.given_reverse(op, aops.DropConstraintOp(name, key.name, type_="check", schema=key.schema, _reverse=op))
        steps.append(Step(op, Phase.ADD_CONSTRAINTS, ("add_check", key, ck), key))
    return steps


_COLUMN_ALTERED = frozenset({
    ChangeKind.COLUMN_RENAMED, ChangeKind.COLUMN_TYPE_CHANGED, ChangeKind.COLUMN_NULLABLE_CHANGED,
    ChangeKind.COLUMN_DEFAULT_CHANGED, ChangeKind.COLUMN_IDENTITY_CHANGED, ChangeKind.COLUMN_COLLATION_CHANGED,
    ChangeKind.COLUMN_COMMENT_CHANGED, ChangeKind.COLUMN_OPTIONS_CHANGED,
})


def _column_check(ch: Change, ctx: Context) -> list[Step]:
    """A column-level CHECK (MariaDB) is part of its column: the column is written
    again (``MODIFY``) as each side has it, with or without its check."""
    key = ch.ref.table
    before_table, after_table = ctx.a_table(key), ctx.b_table(key)
    column_b = (ch.after or ch.before).column
    column_a = (ch.before or ch.after).column
    if column_b not in after_table.column_map or column_a not in before_table.column_map:
        return []  # the column comes or goes with its check
    if any(c.ref.table == key and c.ref.name == column_b and c.kind in _COLUMN_ALTERED for c in ctx.changes):
        return []  # the column is written again with its checks (_column_rewritten)
    import sqlalchemy as sa

    name = ctx.support.sqlalchemy_dialect().identifier_preparer.format_table(
        build_table(after_table, sa.MetaData(), ctx.dialect, only_columns=True))
    forward = [f"ALTER TABLE {name} MODIFY {_column_sql(after_table, ctx)(after_table.column_map[column_b])}"]
    backward = [f"ALTER TABLE {name} MODIFY {_column_sql(before_table, ctx)(before_table.column_map[column_a])}"]
    op = ddl.StatementsOp(forward, backward, describe=f"the CHECK of column {column_b} of {key.name}")
    return [Step(op, Phase.ADD_CONSTRAINTS, ("column_check", key, column_b), key)]


def index(ch: Change, ctx: Context) -> list[Step]:
    import sqlalchemy as sa

    key = ch.ref.table
    steps = []
    replay = ctx.support.replays_stored_ddl
    if replay and (ch.before is None or ch.before.create_sql) and (ch.after is None or ch.after.create_sql):
        return _stored_index(ch, ctx)
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


def _stored_index(ch: Change, ctx: Context) -> list[Step]:
    """An index dropped and created from its stored ``CREATE INDEX`` texts (SQLite)."""
    key = ch.ref.table
    steps = []
    if ch.before is not None:
        ix: model.Index = ch.before
        table = ctx.a_table(key)
        drop = [f"DROP INDEX {quoted_table(ctx, ix.name, table.schema)}"]
        op = ddl.StatementsOp(drop, [ctx.support.replay_sql(ix.create_sql or "")],
                              describe=f"dropping index {ix.name}")
        steps.append(Step(op, Phase.DROP_CONSTRAINTS, ("drop_index", key, ix.name), table.key))
    if ch.after is not None:
        ix = ch.after
        drop = [f"DROP INDEX {quoted_table(ctx, ix.name, key.schema)}"]
        op = ddl.StatementsOp([ctx.support.replay_sql(ix.create_sql or "")], drop,
                              describe=f"creating index {ix.name}")
        steps.append(Step(op, Phase.ADD_CONSTRAINTS, ("add_index", key, ix.name), key))
    return steps
