"""The operations Alembic lacks, as Alembic operations that know their inverse.

* :class:`SQLOp` -- a SQLAlchemy DDL construct (views, sequences, enum types),
  run through Alembic's ``execute``, carrying the construct that undoes it.
* :class:`StatementsOp` -- the statements a dialect writes for an object beyond
  tables (:meth:`~schemanb.dialects.base.DialectSupport.object_ddl`: triggers,
  routines, domains, partitions, grants), each run verbatim as a
  :class:`RawDDL`, carrying the statements that undo them.
* :class:`RenameColumnOp` -- ``alter_column`` whose ``reverse()`` also swaps the
  column rename (Alembic's own ``AlterColumnOp.reverse`` keeps the new name).
* :class:`RecreateTableOp` -- SQLite's table rebuild through Alembic batch mode,
  offline: ``copy_from`` is the full "before" table from the snapshot,
  ``table_args`` carry the "after" table's constraints, and the column
  operations (drop, alter/rename, add) run inside the batch. Its inverse is the
  same rebuild from "after" to "before".

Identifiers in the DDL constructs are quoted by SQLAlchemy's identifier preparer
and values by its literal renderer (``@compiles`` functions below).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from alembic.operations import MigrateOperation, Operations
from alembic.operations import ops as alembic_ops
from sqlalchemy import types as satypes
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import ExecutableDDLElement

from .. import model
from ..dialects import support_for
from ..errors import MigrationError
from .objects import (
    SuffixedCheck,
    build_check,
    build_column,
    build_fk,
    build_index,
    build_table,
    build_unique,
)

# ----------------------------------------------------------------- DDL constructs


class CreateView(ExecutableDDLElement):
    """``CREATE [MATERIALIZED] VIEW name AS definition``."""

    def __init__(self, view: model.View) -> None:
        self.view = view


class DropView(ExecutableDDLElement):
    """``DROP [MATERIALIZED] VIEW name``."""

    def __init__(self, view: model.View) -> None:
        self.view = view


class RawDDL(ExecutableDDLElement):
    """One statement of SQL text, rendered verbatim (no bind-parameter parsing).

    The text comes from the dialect's :meth:`object_ddl`, which quotes every
    identifier with the dialect's identifier preparer.
    """

    def __init__(self, sql: str) -> None:
        self.sql = sql


@compiles(RawDDL)
def _raw_ddl(element: RawDDL, compiler: Any, **kw: Any) -> str:
    return element.sql


class AddEnumValue(ExecutableDDLElement):
    """``ALTER TYPE name ADD VALUE 'label' [BEFORE 'other']`` (PostgreSQL)."""

    def __init__(self, enum: model.Enum, value: str, before: str | None) -> None:
        self.enum = enum
        self.value = value
        self.before = before


def _view_name(compiler: Any, view: model.View) -> str:
    import sqlalchemy as sa

    return str(compiler.preparer.format_table(sa.table(view.name, schema=view.schema)))


@compiles(CreateView)
def _create_view(element: CreateView, compiler: Any, **kw: Any) -> str:
    view = element.view
    support = support_for(compiler.dialect.name)
    if view.create_sql is not None and support.replays_stored_ddl:
        return support.replay_sql(view.create_sql)
    if not view.definition:
        raise MigrationError(f"view {view.key} has no definition in the snapshot — cannot create it")
    kind = "MATERIALIZED VIEW" if view.materialized else "VIEW"
    before, after = support_for(compiler.dialect.name).view_options_sql(view)
    return "CREATE " + before + kind + " " + _view_name(compiler, view) + _column_list(compiler, view) + (
        " AS " + view.definition + after
    )


def _column_list(compiler: Any, view: model.View) -> str:
    """SQLite: the view's column names, written out.

    SQLite keeps a view's text as written, so ``CREATE VIEW v (a, b) AS SELECT
    x, y ...`` has a definition of ``SELECT x, y ...`` whose own names are not
    the view's. PostgreSQL and MySQL fold such names into the stored SELECT as
    aliases, so there the definition alone re-creates the view.
    """
    if not support_for(compiler.dialect.name).view_ddl_lists_columns or not view.columns:
        return ""
    return " (" + ", ".join(compiler.preparer.quote(c.name) for c in view.columns) + ")"


@compiles(DropView)
def _drop_view(element: DropView, compiler: Any, **kw: Any) -> str:
    kind = "MATERIALIZED VIEW" if element.view.materialized else "VIEW"
    return "DROP " + kind + " " + _view_name(compiler, element.view)


@compiles(AddEnumValue)
def _add_enum_value(element: AddEnumValue, compiler: Any, **kw: Any) -> str:
    from sqlalchemy.dialects.postgresql import ENUM

    enum_type = ENUM(name=element.enum.name, schema=element.enum.schema)
    literal = compiler.sql_compiler.render_literal_value
    text = (
        "ALTER TYPE "
        + compiler.preparer.format_type(enum_type)
        + " ADD VALUE "
        + literal(element.value, satypes.String())
    )
    if element.before is not None:
        text += " BEFORE " + literal(element.before, satypes.String())
    return str(text)


def enum_ddl(enum: model.Enum, *, create: bool) -> ExecutableDDLElement:
    """``CREATE TYPE ... AS ENUM`` or ``DROP TYPE`` for a PostgreSQL enum."""
    from sqlalchemy.dialects.postgresql import ENUM
    from sqlalchemy.dialects.postgresql.named_types import CreateEnumType, DropEnumType

    enum_type = ENUM(*enum.values, name=enum.name, schema=enum.schema)
    return CreateEnumType(enum_type) if create else DropEnumType(enum_type)


# --------------------------------------------------------------------- operations


class SQLOp(alembic_ops.ExecuteSQLOp):
    """A DDL construct with its inverse; ``reverse()`` raises when there is none."""

    def __init__(
        self,
        construct: ExecutableDDLElement,
        *,
        undo: ExecutableDDLElement | None,
        describe: str,
        irreversible_reason: str = "",
    ) -> None:
        super().__init__(construct)
        self.undo = undo
        self.describe = describe
        self.irreversible_reason = irreversible_reason

    def reverse(self) -> SQLOp:
        if self.undo is None:
            raise MigrationError(
                f"cannot reverse {self.describe}: {self.irreversible_reason or 'no inverse'} "
                "— write the downgrade of this step by hand"
            )
        return SQLOp(self.undo, undo=self.sqltext, describe=f"undo of {self.describe}")  # type: ignore[arg-type]


class StatementsOp(MigrateOperation):
    """Statements run in order, with the statements that undo them (``None``: irreversible).

    ``loses_data`` (``undo_loses_data``) marks statements (or their undo) that
    lose rows, like dropping a partition, so the SQL script carries a
    ``-- DESTRUCTIVE`` comment before them.
    """

    def __init__(
        self,
        forward: Sequence[str],
        backward: Sequence[str] | None,
        *,
        describe: str,
        irreversible_reason: str = "",
        loses_data: bool = False,
        undo_loses_data: bool = False,
    ) -> None:
        self.forward = tuple(forward)
        self.backward = None if backward is None else tuple(backward)
        self.describe = describe
        self.irreversible_reason = irreversible_reason
        self.loses_data = loses_data
        self.undo_loses_data = undo_loses_data

    def reverse(self) -> StatementsOp:
        if self.backward is None:
            raise MigrationError(
                f"cannot reverse {self.describe}: {self.irreversible_reason or 'no inverse'} "
                "— write the downgrade of this step by hand"
            )
        return StatementsOp(
            self.backward, self.forward, describe=f"undo of {self.describe}",
            loses_data=self.undo_loses_data, undo_loses_data=self.loses_data,
        )


@Operations.implementation_for(StatementsOp)
def _statements(operations: Operations, op: StatementsOp) -> None:
    for sql in op.forward:
        operations.execute(RawDDL(sql))


class RenameColumnOp(alembic_ops.AlterColumnOp):
    """``AlterColumnOp`` whose inverse also undoes the rename and autoincrement change."""

    #: The model columns before and after a type change (for the migration's comment:
    #: the dialect says whether values can be cut), ``None`` when the type stays.
    retyped: tuple[model.Column, model.Column] | None = None

    def reverse(self) -> RenameColumnOp:
        kw = dict(self.kw)
        swapped: dict[str, Any] = {
            "existing_type": self.modify_type if self.modify_type is not None else self.existing_type,
            "existing_nullable": self.existing_nullable
            if self.modify_nullable is None
            else self.modify_nullable,
            "existing_server_default": self.existing_server_default
            if self.modify_server_default is False
            else self.modify_server_default,
            "existing_comment": self.existing_comment
            if self.modify_comment is False
            else self.modify_comment,
            "modify_type": None if self.modify_type is None else self.existing_type,
            "modify_nullable": None if self.modify_nullable is None else self.existing_nullable,
            "modify_server_default": False
            if self.modify_server_default is False
            else self.existing_server_default,
            "modify_comment": False if self.modify_comment is False else self.existing_comment,
        }
        if "autoincrement" in kw:
            kw["autoincrement"], kw["existing_autoincrement"] = (
                kw.get("existing_autoincrement"),
                kw["autoincrement"],
            )
        inverse = RenameColumnOp(
            self.table_name,
            self.modify_name or self.column_name,
            schema=self.schema,
            modify_name=self.column_name if self.modify_name else None,
            **swapped,
            **kw,
        )
        if self.retyped is not None:
            inverse.retyped = (self.retyped[1], self.retyped[0])
        return inverse


class _GivenReverse:
    """Mixin: ``reverse()`` returns the operation given at build time.

    Alembic reverses an added constraint with the constraint's own name, which is
    ``None`` for constraints the database names itself; the builder knows the
    name the database will give it (:mod:`.names`) and passes the drop here.
    """

    given_reverse: Any = None

    def reverse(self) -> Any:
        if self.given_reverse is not None:
            return self.given_reverse
        return super().reverse()  # type: ignore[misc]


class CreatePrimaryKeyOp(_GivenReverse, alembic_ops.CreatePrimaryKeyOp):
    pass


class CreateUniqueConstraintOp(_GivenReverse, alembic_ops.CreateUniqueConstraintOp):
    pass


class CreateCheckConstraintOp(_GivenReverse, alembic_ops.CreateCheckConstraintOp):
    """``ADD CONSTRAINT ... CHECK``, with the words after it Alembic cannot write
    (``suffix``: PostgreSQL's ``NO INHERIT``); the revision writes such a one as SQL."""

    def __init__(self, *args: Any, suffix: str = "", **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.suffix = suffix

    def to_constraint(self, migration_context: Any = None) -> Any:
        constraint = super().to_constraint(migration_context)
        if not self.suffix:
            return constraint
        suffixed = SuffixedCheck(constraint.sqltext, name=constraint.name, suffix=self.suffix)
        constraint.table.append_constraint(suffixed)
        return suffixed


class CreateForeignKeyOp(_GivenReverse, alembic_ops.CreateForeignKeyOp):
    pass


def given_reverse(op: Any, reverse: Any) -> Any:
    """``op`` (one of the ``Create*Op`` above) with ``reverse`` as its inverse."""
    op.given_reverse = reverse
    return op


class DropConstraintOp(_GivenReverse, alembic_ops.DropConstraintOp):
    """A drop whose inverse re-adds the constraint as it was (unnamed stays unnamed)."""


class GivenReverseOp(MigrateOperation):
    """``op``, whose inverse is ``inverse`` (SQLite: a column dropped in place comes
    back by rebuilding the table from its stored text, in its old position)."""

    def __init__(self, op: Any, inverse: Any) -> None:
        self.op = op
        self.inverse = inverse

    def reverse(self) -> Any:
        return self.inverse


@Operations.implementation_for(GivenReverseOp)
def _given_reverse_op(operations: Operations, op: GivenReverseOp) -> None:
    operations.invoke(op.op)


class OpSequence(MigrateOperation):
    """Several operations that belong together; the inverse reverses each, last first.

    ``keeps_rows``: the drops inside lose no rows (a table re-created with its rows
    copied aside and back); only the last operation, which puts them back, may.
    """

    def __init__(self, ops: list[Any], *, keeps_rows: bool = False) -> None:
        self.ops = ops
        self.keeps_rows = keeps_rows

    def reverse(self) -> OpSequence:
        return OpSequence([op.reverse() for op in reversed(self.ops)], keeps_rows=self.keeps_rows)


@Operations.implementation_for(OpSequence)
def _op_sequence(operations: Operations, op: OpSequence) -> None:
    for inner in op.ops:
        operations.invoke(inner)


class CreateTableOp(alembic_ops.CreateTableOp):
    """``CREATE TABLE`` plus its indexes, one step (Alembic's leaves indexes out).

    Keeping them together matters on MySQL, where an index that backs a foreign
    key cannot be dropped before the table.
    """

    indexes: list[Any]

    @classmethod
    def from_table_with_indexes(cls, table: Any) -> CreateTableOp:
        op = cls.from_table(table)
        assert isinstance(op, cls)
        # Alembic takes the constraints from a set (any order); in the order they
        # were made instead, so that MariaDB numbers unnamed foreign keys
        # (t_ibfk_1, t_ibfk_2, ...) as the source did.
        op.columns = [*table.c, *table._sorted_constraints]
        op.indexes = list(table.indexes)
        return op

    def reverse(self) -> DropTableOp:
        return DropTableOp.from_table_with_indexes(self.to_table())


class DropTableOp(alembic_ops.DropTableOp):
    """``DROP TABLE`` whose inverse re-creates the table and its indexes."""

    original: Any = None

    @classmethod
    def from_table_with_indexes(cls, table: Any) -> DropTableOp:
        op = cls.from_table(table)
        assert isinstance(op, cls)
        op.original = table
        return op

    def reverse(self) -> CreateTableOp:
        return CreateTableOp.from_table_with_indexes(self.original)


@Operations.implementation_for(CreateTableOp)
def _create_table(operations: Operations, op: CreateTableOp) -> None:
    table = op.to_table(operations.migration_context)
    operations.impl.create_table(table)
    for ix in getattr(op, "indexes", ()):
        operations.invoke(alembic_ops.CreateIndexOp.from_index(ix))


class RenameTableOp(alembic_ops.RenameTableOp):
    """``RenameTableOp`` with the inverse Alembic leaves unimplemented."""

    def reverse(self) -> RenameTableOp:
        return RenameTableOp(self.new_table_name, self.table_name, schema=self.schema)


def retype_kwargs(op: alembic_ops.AlterColumnOp, dialect: Any) -> dict[str, str]:
    """The keyword arguments the dialect adds to ``op`` (an ``alter_column``) when it
    changes the type (``postgresql_using``), built from the quoted column name and the
    type compiled for ``dialect``, never by hand; ``{}`` when the op already has them.
    The runtime implementation below and the revision's renderer share it, so SQL and
    revision convert values the same way."""
    if op.modify_type is None:
        return {}
    kw = support_for(dialect.name).retype_kwargs(
        dialect.identifier_preparer.quote(op.column_name), op.modify_type.compile(dialect=dialect))
    return {} if any(key in op.kw for key in kw) else kw


@Operations.implementation_for(RenameColumnOp)
def _alter_column(operations: Operations, op: RenameColumnOp) -> None:
    """Alembic's ``alter_column``, plus ``USING col::type`` for type changes on PostgreSQL.

    PostgreSQL refuses to change e.g. VARCHAR to INTEGER without an explicit
    cast, even on an empty table; the cast is built from the quoted column
    name and the compiled type, never by hand.
    """
    from alembic.operations import toimpl

    kw = retype_kwargs(op, operations.impl.dialect)
    if kw:
        op = RenameColumnOp(
            op.table_name, op.column_name, schema=op.schema,
            existing_type=op.existing_type, existing_nullable=op.existing_nullable,
            existing_server_default=op.existing_server_default, existing_comment=op.existing_comment,
            modify_name=op.modify_name, modify_type=op.modify_type, modify_nullable=op.modify_nullable,
            modify_server_default=op.modify_server_default, modify_comment=op.modify_comment,
            **kw, **op.kw,
        )
    toimpl.alter_column(operations, op)


@dataclass
class RecreateTableOp(MigrateOperation):
    """Rebuild ``before`` as ``after`` (SQLite), copying the rows across.

    ``renames`` maps new column names to old ones. ``before`` is named as the
    table is named when the rebuild runs (after any table rename).
    """

    before: model.Table
    after: model.Table
    renames: dict[str, str] = field(default_factory=dict)
    dialect: str = "sqlite"

    def reverse(self) -> RecreateTableOp:
        inverse = {old: new for new, old in self.renames.items()}
        return RecreateTableOp(self.after, self.before, inverse, self.dialect)

    @property
    def retyped_columns(self) -> list[str]:
        return [new.name for _, new in self.retyped_pairs]

    @property
    def retyped_pairs(self) -> list[tuple[model.Column, model.Column]]:
        """The columns whose type the rebuild changes, as (before, after)."""
        before = self.before.column_map
        return [
            (old, c)
            for c in self.after.columns
            if (old := before.get(self.renames.get(c.name, c.name))) is not None
            and old.type_sql != c.type_sql
        ]

    @property
    def dropped_columns(self) -> list[str]:
        kept = {self.renames.get(c.name, c.name) for c in self.after.columns}
        return [c.name for c in self.before.columns if c.name not in kept]


@Operations.implementation_for(RecreateTableOp)
def _recreate_table(operations: Operations, op: RecreateTableOp) -> None:
    import sqlalchemy as sa

    support = support_for(op.dialect)
    if support.replays_stored_ddl and op.after.create_sql is not None and all(
        ix.create_sql is not None for ix in op.after.indexes
    ):
        for sql in rebuild_statements(op, operations.impl.dialect):
            operations.execute(RawDDL(sql))
        return
    meta = sa.MetaData()
    copy_from = build_table(op.before, meta, op.dialect, only_columns=True)
    for pk in list(copy_from.constraints):
        if isinstance(pk, sa.PrimaryKeyConstraint):
            copy_from.constraints.discard(pk)
    for column in copy_from.c:
        column.primary_key = False
    after_meta = sa.MetaData()
    after_table = build_table(op.after, after_meta, op.dialect, only_columns=True)
    table_args = _after_constraints(op.after, after_meta)
    with operations.batch_alter_table(
        op.before.name,
        schema=op.before.schema,
        copy_from=copy_from,
        recreate="always",
        table_args=tuple(table_args),
    ) as batch:
        _batch_columns(batch, op, after_table)
    for ix in op.after.indexes:
        operations.invoke(alembic_ops.CreateIndexOp.from_index(build_index(ix, after_table, op.dialect)))


#: The name a rebuilt table has while its rows are copied into it.
REBUILD_PREFIX = "_schemanb_new_"


def rebuild_statements(op: RecreateTableOp, dialect: Any) -> list[str]:
    """SQLite's own rebuild recipe with ``op.after``'s stored texts: the new table
    created from its ``CREATE TABLE`` under a temporary name, the rows copied
    column by column (by name, through the renames; generated columns are
    computed, not copied), the old table dropped, the new one renamed -- SQLite
    then stores the text with the table's own name -- and the indexes created
    from their stored texts.
    """
    import sqlalchemy as sa

    support = support_for(op.dialect)
    preparer = dialect.identifier_preparer
    after, before = op.after, op.before
    old = preparer.format_table(sa.table(before.name, schema=before.schema))
    tmp_name = REBUILD_PREFIX + after.name
    tmp = preparer.format_table(sa.table(tmp_name, schema=after.schema))
    before_cols = before.column_map
    pairs = [
        (c.name, op.renames.get(c.name, c.name))
        for c in after.columns
        if c.computed is None
        and (src := before_cols.get(op.renames.get(c.name, c.name))) is not None
        and src.computed is None
    ]
    if support.is_virtual_table(after):
        return _rebuild_virtual(op, dialect, pairs)
    out = [support.replay_sql(support.stored_create_as(after.create_sql or "", preparer.quote(tmp_name)))]
    if pairs:
        out.append(
            f"INSERT INTO {tmp} ({', '.join(preparer.quote(n) for n, _ in pairs)}) "
            f"SELECT {', '.join(preparer.quote(o) for _, o in pairs)} FROM {old}"
        )
    out += [
        f"DROP TABLE {old}",
        f"ALTER TABLE {tmp} RENAME TO {preparer.quote(after.name)}",
    ]
    out += [support.replay_sql(ix.create_sql or "") for ix in after.indexes]
    return out


def _rebuild_virtual(op: RecreateTableOp, dialect: Any, pairs: list[tuple[str, str]]) -> list[str]:
    """The rebuild of a table that becomes a virtual one: its rows set aside in a
    temporary table, the old table dropped, the virtual table created from its
    stored text under its own name (its module names its shadow tables after it, so
    a temporary name, renamed afterwards, would leave them with other texts than a
    fresh ``CREATE`` writes), and the rows copied back."""
    import sqlalchemy as sa

    support = support_for(op.dialect)
    preparer = dialect.identifier_preparer
    old = preparer.format_table(sa.table(op.before.name, schema=op.before.schema))
    new = preparer.format_table(sa.table(op.after.name, schema=op.after.schema))
    aside = "temp." + preparer.quote(REBUILD_PREFIX + op.after.name)
    columns = ", ".join(preparer.quote(n) for n, _ in pairs)
    out = []
    if pairs:
        selected = ", ".join(f"{preparer.quote(o)} AS {preparer.quote(n)}" for n, o in pairs)
        out.append(f"CREATE TEMP TABLE {preparer.quote(REBUILD_PREFIX + op.after.name)} AS SELECT {selected} FROM {old}")
    # op.after's text may still name it as it was named before a rename (the way back)
    created = support.stored_create_as(op.after.create_sql or "", preparer.quote(op.after.name))
    out += [f"DROP TABLE {old}", support.replay_sql(created)]
    if pairs:
        out += [f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {aside}", f"DROP TABLE {aside}"]
    return out


def _after_constraints(after: model.Table, meta: Any) -> list[Any]:
    import sqlalchemy as sa

    items: list[Any] = []
    if after.primary_key is not None:
        items.append(sa.PrimaryKeyConstraint(*after.primary_key.columns, name=after.primary_key.name))
    items += [build_fk(fk, meta) for fk in after.foreign_keys]
    items += [build_unique(uq) for uq in after.unique_constraints]
    items += [build_check(ck, after.column_map, "sqlite") for ck in after.check_constraints]
    return items


def _batch_columns(batch: Any, op: RecreateTableOp, after_table: Any) -> None:
    before_cols = op.before.column_map
    for name in op.dropped_columns:
        batch.drop_column(name)
    pk = set(op.after.pk_columns)
    for col in op.after.columns:
        old_name = op.renames.get(col.name, col.name)
        old = before_cols.get(old_name)
        new_sa = build_column(col, op.dialect, in_pk=col.name in pk)
        if old is None:
            batch.add_column(new_sa)
            continue
        old_sa = build_column(old, op.dialect)
        if old == col:
            continue
        if old.computed != col.computed:
            batch.drop_column(old_name)
            batch.add_column(new_sa)
            continue
        batch.alter_column(
            old_name,
            new_column_name=col.name if col.name != old_name else None,
            type_=new_sa.type,
            nullable=col.nullable,
            server_default=getattr(new_sa.server_default, "arg", None),
            existing_type=old_sa.type,
            autoincrement=new_sa.autoincrement,
        )
