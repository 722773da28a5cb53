"""Snapshot model objects -> SQLAlchemy schema objects (Table, Column, constraints, Index).

Alembic operations are built from SQLAlchemy objects, so this module is where a
:class:`~schemanb.model.Table` becomes a ``sqlalchemy.Table`` in a ``MetaData``.
Names are passed to SQLAlchemy as they are; quoting happens when Alembic compiles.
Server defaults, computed expressions, CHECK bodies and index expressions are SQL
text from the database and are rendered verbatim (``literal_column``), never
interpolated into other SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CheckConstraint as _CheckConstraint

from .. import model
from ..dialects import support_for
from ..dialects.capabilities import SQLText
from .types import VerbatimType, build_type

if TYPE_CHECKING:
    import sqlalchemy as sa


class SuffixedCheck(_CheckConstraint):
    """A CHECK followed by words SQLAlchemy cannot write (the dialect's
    :meth:`~schemanb.dialects.base.DialectSupport.check_suffix`: PostgreSQL's
    ``NO INHERIT``), in ``CREATE TABLE`` and in ``ALTER TABLE ... ADD``."""

    inherit_cache = True

    def __init__(self, *args: Any, suffix: str = "", **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.suffix = suffix

    def _copy(self, **kw: Any) -> SuffixedCheck:
        """SQLAlchemy's copy (Alembic copies a table's constraints into the table it
        creates) writes a plain ``CheckConstraint``: it stays suffixed here."""
        copied: Any = super()._copy(**kw)
        copied.__class__ = SuffixedCheck
        copied.suffix = self.suffix
        return copied  # type: ignore[no-any-return]


@compiles(SuffixedCheck)
def _suffixed_check(element: SuffixedCheck, compiler: Any, **kw: Any) -> str:
    return str(compiler.visit_check_constraint(element, **kw)) + element.suffix


def sql_text(text: str) -> Any:
    """A verbatim SQL fragment (no bind-parameter parsing of ``:name``)."""
    import sqlalchemy as sa

    return sa.literal_column(text)


def build_column(col: model.Column, dialect: str | None, *, in_pk: bool = False) -> sa.Column[Any]:
    """One ``sqlalchemy.Column`` from a snapshot column."""
    import sqlalchemy as sa

    args: list[Any] = [col.name, _typed(col, dialect)]
    if col.identity is not None:
        args.append(
            sa.Identity(
                always=col.identity.always,
                start=col.identity.start,
                increment=col.identity.increment,
                minvalue=col.identity.min_value,
                maxvalue=col.identity.max_value,
                cache=col.identity.cache,
                cycle=col.identity.cycle or None,
            )
        )
    if col.computed is not None:
        args.append(sa.Computed(sql_text(col.computed.expression), persisted=col.computed.persisted))
    return sa.Column(
        *args,
        nullable=col.nullable,
        server_default=None if col.default is None else sa.DefaultClause(sql_text(col.default)),
        autoincrement=True if col.identity is not None else (bool(col.autoincrement) if in_pk else False),
        comment=col.comment,
        # Only inherited from a parent: in the table, never in its CREATE TABLE
        # (elsewhere than PostgreSQL, a column like any other).
        system=col.inherited and _inherits(dialect),
    )


def _inherits(dialect: str | None) -> bool:
    """Whether ``dialect``'s tables inherit from parents (a column they only inherit
    is left out of their ``CREATE TABLE``)."""
    return dialect is not None and support_for(dialect).supports_table_inheritance


def _typed(col: model.Column, dialect: str | None) -> Any:
    """The column's type, with what the dialect writes after it (MariaDB's ``INVISIBLE``)."""
    type_ = build_type(col, dialect)
    suffix = support_for(dialect).column_type_suffix(col) if dialect else ""
    if not suffix:
        return type_
    compiled = type_.compile(dialect=support_for(dialect).sqlalchemy_dialect())
    return VerbatimType(f"{compiled}{suffix}")


def build_table(
    table: model.Table,
    metadata: sa.MetaData,
    dialect: str | None,
    *,
    name: str | None = None,
    skip_fks: Iterable[model.ForeignKey] = (),
    with_indexes: bool = True,
    only_columns: bool = False,
    table_kwargs: Mapping[str, Any] | None = None,
) -> sa.Table:
    """A ``sqlalchemy.Table`` for ``table`` in ``metadata`` (FK targets stubbed if absent).

    ``skip_fks`` are left out (they are added later by ALTER, for FK cycles);
    ``only_columns`` builds the bare columns and primary key; ``table_kwargs``
    are dialect keyword arguments of the ``Table`` (a partitioned table's
    ``postgresql_partition_by``, from the dialect's ``partition_table_kwargs``).
    """
    import sqlalchemy as sa

    pk_cols = set(table.pk_columns)
    items: list[Any] = [build_column(c, dialect, in_pk=c.name in pk_cols) for c in table.columns]
    by_name = {c.name: item for c, item in zip(table.columns, items)}
    for ck in table.check_constraints:
        if ck.column is not None and ck.column in by_name:  # inside the column's definition (MariaDB)
            expr = requote(ck.expression, by_name, dialect).replace(":", "\\:")  # text(): no binds
            sa.CheckConstraint(sa.text(expr))._set_parent_with_dispatch(by_name[ck.column])
    if table.primary_key is not None:
        pk = table.primary_key
        items.append(sa.PrimaryKeyConstraint(*pk.columns, name=pk.name, deferrable=pk.deferrable,
                                             initially=pk.initially))
    skip = set(skip_fks)
    # a foreign key to the table itself needs the table first (a stub would take its name)
    own = [fk for fk in table.foreign_keys if fk.referred_table == table.key and fk not in skip]
    if not only_columns:
        items += [build_fk(fk, metadata) for fk in table.foreign_keys if fk not in skip and fk not in own]
        items += [build_unique(uq) for uq in table.unique_constraints]
        names = [c.name for c in table.columns]
        items += [build_check(ck, names, dialect) for ck in table.check_constraints
                  if ck.column is None and not (ck.inherited and _inherits(dialect))]
    sa_table = sa.Table(
        name or table.name,
        metadata,
        *items,
        schema=table.schema,
        comment=table.comment,
        **dict(table_kwargs or {}),
    )
    if not only_columns:
        for fk in own:
            sa_table.append_constraint(build_fk(fk, metadata))
    if with_indexes and not only_columns:
        for ix in table.indexes:
            build_index(ix, sa_table, dialect)
    return sa_table


def build_fk(fk: model.ForeignKey, metadata: sa.MetaData) -> sa.ForeignKeyConstraint:
    """A ``ForeignKeyConstraint`` whose targets are Column objects (no dotted strings)."""
    import sqlalchemy as sa

    target = referred_table(fk, metadata)
    return sa.ForeignKeyConstraint(
        list(fk.columns),
        [target.c[c] for c in fk.referred_columns],
        name=fk.name,
        ondelete=fk.on_delete,
        onupdate=fk.on_update,
        deferrable=fk.deferrable,
        initially=fk.initially,
    )


def referred_table(fk: model.ForeignKey, metadata: sa.MetaData) -> sa.Table:
    """The FK's target table in ``metadata``; a stub holding only the key columns if absent."""
    import sqlalchemy as sa

    ref = fk.referred_table
    key = ref.name if ref.schema is None else f"{ref.schema}.{ref.name}"
    existing = metadata.tables.get(key)
    if existing is None:
        return sa.Table(
            ref.name,
            metadata,
            *[sa.Column(c, sa.Integer) for c in fk.referred_columns],
            schema=ref.schema,
        )
    for c in fk.referred_columns:
        if c not in existing.c:
            existing.append_column(sa.Column(c, sa.Integer))
    return existing


def build_unique(uq: model.UniqueConstraint) -> sa.UniqueConstraint:
    import sqlalchemy as sa

    return sa.UniqueConstraint(*uq.columns, name=uq.name, deferrable=uq.deferrable,
                               initially=uq.initially)


def build_check(
    ck: model.CheckConstraint, columns: Iterable[str] = (), dialect: str | None = None
) -> sa.CheckConstraint:
    import sqlalchemy as sa

    text = sql_text(requote(ck.expression, columns, dialect))
    suffix = support_for(dialect).check_suffix(ck)
    if suffix:
        return SuffixedCheck(text, name=ck.name, suffix=suffix)
    return sa.CheckConstraint(text, name=ck.name)


def requote(expression: str, columns: Iterable[str], dialect: str | None) -> str:
    """Put back the quotes MySQL reflection takes off column names in an expression
    (:meth:`~schemanb.dialects.base.DialectSupport.requote_columns`), spelt so the
    server reads it back the same (:meth:`~schemanb.dialects.base.DialectSupport.expression_sql`)."""
    support = support_for(dialect)
    return support.expression_sql(support.requote_columns(expression, columns))


def build_index(ix: model.Index, sa_table: sa.Table, dialect: str | None) -> sa.Index:
    """An ``Index`` attached to ``sa_table``; expressions wrapped in parentheses."""
    import sqlalchemy as sa

    support = support_for(dialect)
    flags = ix.is_expression or (False,) * len(ix.expressions)
    desc = ix.descending or (False,) * len(ix.expressions)
    parts: list[Any] = []
    for position, (e, is_expr, down) in enumerate(zip(ix.expressions, flags, desc), 1):
        suffix = support.index_part_suffix(ix, position)  # an operator class
        if is_expr or suffix:
            name = "(" + e + ")" if is_expr else support.sqlalchemy_dialect().identifier_preparer.quote(e)
            parts.append(sql_text(name + suffix + (" DESC" if down else "")))
        else:
            parts.append(sa_table.c[e].desc() if down else sa_table.c[e])
    kw = {
        k: sql_text(v) if isinstance(v, SQLText) else v
        for k, v in support.index_kwargs(ix).items()
    }
    return sa.Index(ix.name, *parts, unique=ix.unique, _table=sa_table, **kw)


def build_metadata(schema: model.Schema, dialect: str | None) -> sa.MetaData:
    """Every table of ``schema`` in one ``MetaData`` (tables first, then their FKs)."""
    import sqlalchemy as sa

    metadata = sa.MetaData()
    for table in schema.tables:
        build_table(table, metadata, dialect, only_columns=True)
    for table in schema.tables:
        sa_table = metadata.tables[table_key_str(table.key)]
        for fk in table.foreign_keys:
            sa_table.append_constraint(build_fk(fk, metadata))
        for uq in table.unique_constraints:
            sa_table.append_constraint(build_unique(uq))
        for ck in table.check_constraints:
            sa_table.append_constraint(build_check(ck, sa_table.c.keys(), dialect))
        for ix in table.indexes:
            build_index(ix, sa_table, dialect)
    return metadata


def table_key_str(key: model.TableKey) -> str:
    """The key of a table in ``MetaData.tables``."""
    return key.name if key.schema is None else f"{key.schema}.{key.name}"
