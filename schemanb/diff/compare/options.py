"""Table options: MySQL/MariaDB's ENGINE, default character set and collation,
ROW_FORMAT and the other ``CREATE TABLE`` options; PostgreSQL's ``UNLOGGED``,
storage parameters (``WITH (fillfactor=...)``) and parents (``INHERITS``,
:attr:`~schemanb.model.Table.inherits`); and the database's own defaults.

They live in :attr:`~schemanb.model.Table.dialect_options`, only where they
differ from the database's defaults (``info.options``), so an absent option is
the default; where both sides know their defaults, tables are compared by what
they end up with (a table that followed a latin1 database and one that follows
a utf8mb4 database differ). Whether two sets differ is the dialect's knowledge
(:meth:`~schemanb.dialects.base.DialectSupport.table_options_differ`).
"""

from __future__ import annotations

from collections.abc import Mapping

from ...model import ObjectKind, ObjectRef, Schema, Table, TableKey
from ..changes import Change, ChangeKind
from ._context import Context

KINDS = (ChangeKind.TABLE_OPTIONS_CHANGED, ChangeKind.DATABASE_OPTIONS_CHANGED)

#: The ref of a database's own options.
DATABASE_REF = ObjectRef(ObjectKind.DATABASE, TableKey(None, "(database)"))


def effective(options: tuple[tuple[str, str], ...], defaults: Mapping[str, str]) -> dict[str, str]:
    """A table's options with the database's ``defaults`` filled in for those left out."""
    return {**defaults, **dict(options)}


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    if ctx.defaults_a and ctx.defaults_b:
        old, new = effective(a.dialect_options, ctx.defaults_a), effective(b.dialect_options, ctx.defaults_b)
    else:
        old, new = dict(a.dialect_options), dict(b.dialect_options)
    # The parents (INHERITS) under their new names: a renamed parent keeps its children.
    same_parents = ctx.portable or tuple(ctx.table_key(k) for k in a.inherits) == b.inherits
    if same_parents and (old == new or not ctx.support_b.table_options_differ(old, new)):
        return []
    return [Change(kind=ChangeKind.TABLE_OPTIONS_CHANGED, ref=ObjectRef(ObjectKind.TABLE, b.key), before=a, after=b)]


def compare_database(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    """The database's default character set and collation (what the dialect migrates)."""
    if ctx.portable or not a.info.options or not b.info.options:
        return []  # a side that does not know its defaults (models, another dialect)
    old = ctx.support_a.database_options(dict(a.info.options))
    new = ctx.support_b.database_options(dict(b.info.options))
    if old == new:
        return []
    return [Change(kind=ChangeKind.DATABASE_OPTIONS_CHANGED, ref=DATABASE_REF,
                   before=tuple(sorted(old.items())), after=tuple(sorted(new.items())))]
