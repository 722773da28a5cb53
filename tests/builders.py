"""Tiny constructors for in-memory snapshots, for unit tests.

>>> s = schema(table("users", col("id", "INTEGER", nullable=False), pk=("id",)))
>>> s.table("users").pk_columns
('id',)
"""

from __future__ import annotations

from schemanb import model

_GENERIC = {
    "INT": "INTEGER",
    "INTEGER": "INTEGER",
    "BIGINT": "BIGINT",
    "TEXT": "TEXT",
    "BOOLEAN": "BOOLEAN",
    "DATE": "DATE",
    "TIMESTAMP": "DATETIME",
}


def col(name: str, type_sql: str = "INTEGER", **kw: object) -> model.Column:
    """A column; ``type_generic`` defaults to a plausible generic spelling."""
    generic = kw.pop("type_generic", None) or _GENERIC.get(type_sql.upper(), type_sql.upper())
    return model.Column(name=name, type_sql=type_sql, type_generic=str(generic), **kw)  # type: ignore[arg-type]


def fk(
    columns: str | tuple[str, ...],
    referred_table: str,
    referred_columns: str | tuple[str, ...] = "id",
    *,
    name: str | None = None,
    schema: str | None = None,
    **kw: object,
) -> model.ForeignKey:
    cols = (columns,) if isinstance(columns, str) else tuple(columns)
    rcols = (referred_columns,) if isinstance(referred_columns, str) else tuple(referred_columns)
    return model.ForeignKey(
        name=name,
        columns=cols,
        referred_table=model.TableKey(schema, referred_table),
        referred_columns=rcols,
        **kw,  # type: ignore[arg-type]
    )


def index(name: str, *columns: str, unique: bool = False, **kw: object) -> model.Index:
    return model.Index(
        name=name, expressions=tuple(columns), is_expression=(False,) * len(columns),
        unique=unique, **kw  # type: ignore[arg-type]
    )


def table(
    name: str,
    *columns: model.Column,
    pk: tuple[str, ...] | None = None,
    fks: tuple[model.ForeignKey, ...] = (),
    indexes: tuple[model.Index, ...] = (),
    schema: str | None = None,
    **kw: object,
) -> model.Table:
    return model.Table(
        schema=schema,
        name=name,
        columns=tuple(columns),
        primary_key=model.PrimaryKey(columns=pk) if pk else None,
        foreign_keys=fks,
        indexes=indexes,
        **kw,  # type: ignore[arg-type]
    )


def schema(*tables: model.Table, dialect: str | None = None, **kw: object) -> model.Schema:
    return model.Schema(
        info=model.SnapshotInfo(dialect=dialect),
        tables=tuple(sorted(tables, key=lambda t: t.key.sort_key())),
        **kw,  # type: ignore[arg-type]
    )
