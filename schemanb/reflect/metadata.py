"""SQLAlchemy MetaData (models) -> Schema, through the same normalisers as a database.

A ``Table`` is turned into the dicts the Inspector would return for the table
that ``metadata.create_all()`` makes on ``dialect``, then built by
:mod:`.normalize`. Types and defaults are compiled by that dialect, so
``String(50)`` and a reflected ``VARCHAR(50)`` agree, and so do ``Boolean`` and
MySQL's ``TINYINT(1)``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import TYPE_CHECKING, Any

from .. import model
from ..dialects import support_for
from ..dialects.base import DialectSupport
from . import normalize as norm

if TYPE_CHECKING:
    import sqlalchemy as sa


def reflect_metadata(
    metadata: sa.MetaData,
    *,
    dialect: str | None = None,
    default_schema: str | None = None,
    source: str | None = None,
) -> model.Schema:
    """A snapshot of what ``metadata.create_all()`` would create on ``dialect``.

    Args:
        metadata: the models' ``MetaData`` (``Base.metadata``).
        dialect: ``"postgresql"``, ``"mysql"``, ``"sqlite"`` (the default).
        default_schema: a schema name that counts as the default schema
            (written ``None``), e.g. ``"public"``.
    """
    support = support_for(dialect or "sqlite")
    sa_dialect = support.sqlalchemy_dialect()
    tables = _with_inherited_checks(support, [
        _build_table(support, sa_dialect, t, default_schema)
        for t in metadata.sorted_tables
    ])
    enums = _enums(support, metadata, default_schema) if support.supports_enums else []
    domains = _domains(support, metadata, default_schema) if support.supports_domains else []
    sequences = (
        _sequences(support, metadata, default_schema) if support.supports_sequences else []
    )
    info = model.SnapshotInfo(
        dialect=support.name,
        schemas=tuple(
            sorted({t.schema for t in tables}, key=lambda s: (s is not None, s or ""))
        )
        or (None,),
        source=source or model.MODELS_SOURCE,
        captured_at=_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
    )
    return model.Schema(
        info=info,
        tables=model.sorted_by_name(tables),
        enums=model.sorted_by_name(enums),
        domains=model.sorted_by_name(domains),
        sequences=model.sorted_by_name(sequences),
        namespaces=_namespaces(support, [*tables, *enums, *domains, *sequences]),
    )


def _namespaces(support: DialectSupport, objects: list[Any]) -> tuple[model.Namespace, ...]:
    """The schemas the models put objects in besides the default one: ``create_all()``
    needs them to exist. Models say nothing of a schema's comment (``None``; the
    diff leaves comments of schemas alone against models)."""
    if not support.supports_schemas:
        return ()
    names = sorted({o.schema for o in objects if o.schema is not None})
    return tuple(model.Namespace(name=n) for n in names)


def _enums(
    support: DialectSupport, metadata: sa.MetaData, default_schema: str | None
) -> list[model.Enum]:
    """The named enum types ``create_all()`` creates (``Enum(..., native_enum=True)``)."""
    import sqlalchemy as sa

    found: dict[tuple[str | None, str], model.Enum] = {}
    for table in metadata.tables.values():
        for col in table.columns:
            type_ = col.type
            if isinstance(type_, sa.Enum) and type_.native_enum and type_.name:
                schema = _schema_of(type_.schema or table.schema, default_schema)
                found[(schema, type_.name)] = model.Enum(
                    schema=schema, name=type_.name, values=tuple(type_.enums)
                )
    return list(found.values())


def _domains(
    support: DialectSupport, metadata: sa.MetaData, default_schema: str | None
) -> list[model.Domain]:
    """The domains ``create_all()`` creates (PostgreSQL ``DOMAIN`` column types).

    An unnamed CHECK gets the name PostgreSQL gives it (``<domain>_check``), so
    the models and the database they made agree.
    """
    from sqlalchemy.dialects.postgresql import DOMAIN

    found: dict[tuple[str | None, str], model.Domain] = {}
    for table in metadata.tables.values():
        for col in table.columns:
            type_ = col.type
            if not isinstance(type_, DOMAIN) or not type_.create_type or not type_.name:
                continue
            schema = _schema_of(type_.schema or table.schema, default_schema)
            type_sql = support.normalize_type_cached(type_.data_type)[0]
            checks: tuple[model.CheckConstraint, ...] = ()
            if type_.check is not None:
                name = type_.constraint_name or support.generated_name("check", type_.name)
                expression = support.normalize_expression(str(type_.check)) or ""
                checks = (model.CheckConstraint(name=name, expression=expression),)
            found[(schema, type_.name)] = model.Domain(
                schema=schema,
                name=type_.name,
                type_sql=type_sql,
                nullable=not type_.not_null,
                default=support.normalize_default_cached(
                    None if type_.default is None else str(type_.default), type_sql
                ),
                collation=type_.collation,
                checks=checks,
            )
    return list(found.values())


def _sequences(
    support: DialectSupport, metadata: sa.MetaData, default_schema: str | None
) -> list[model.Sequence]:
    """The standalone sequences of ``metadata`` as the dialect stores them."""
    build = getattr(support, "build_sequence", None)
    if build is None:
        return []
    out = []
    for seq in metadata._sequences.values():
        data_type = None
        if seq.data_type is not None:
            data_type = seq.data_type.compile(dialect=support.sqlalchemy_dialect()).lower()
        out.append(
            build(
                schema=_schema_of(seq.schema, default_schema),
                name=seq.name,
                data_type=data_type,
                start=seq.start,
                increment=seq.increment,
                min_value=seq.minvalue,
                max_value=seq.maxvalue,
                cycle=bool(seq.cycle),
            )
        )
    return out


def _with_inherited_checks(support: DialectSupport, tables: list[model.Table]) -> list[model.Table]:
    """Each inheriting table with its parents' CHECKs (``inherited``, under the name
    the parent's has, generated ones included), as the database gives them to it:
    models declare them on the parent only."""
    by_key = {t.key: t for t in tables}
    done: dict[model.TableKey, model.Table] = {}

    def full(table: model.Table, seen: frozenset[model.TableKey]) -> model.Table:
        if table.key in done:
            return done[table.key]
        checks = list(table.check_constraints)
        names = {c.name for c in checks}
        for key in table.inherits:
            parent = by_key.get(key)
            if parent is None or key in seen:
                continue
            for ck in full(parent, seen | {table.key}).check_constraints:
                name = ck.name or support.constraint_name("check", parent, ck)
                if name is not None and name not in names:
                    checks.append(dataclasses.replace(ck, name=name, inherited=True))
                    names.add(name)
        built = table if len(checks) == len(table.check_constraints) else dataclasses.replace(
            table, check_constraints=model.sorted_by_name(checks))
        done[table.key] = built
        return built

    return [full(t, frozenset()) for t in tables]


def _schema_of(schema: str | None, default_schema: str | None) -> str | None:
    return None if schema == default_schema else schema


def _build_table(
    support: DialectSupport, sa_dialect: Any, table: sa.Table, default_schema: str | None
) -> model.Table:
    ddl = sa_dialect.ddl_compiler(sa_dialect, None)
    autoinc = table.autoincrement_column
    columns = [_column_dict(support, ddl, c, autoinc) for c in table.columns]
    pk = table.primary_key
    fks = [
        {
            "name": _name(fkc.name),
            "constrained_columns": [c.name for c in fkc.columns],
            "referred_schema": _schema_of(fkc.referred_table.schema, default_schema),
            "referred_table": fkc.referred_table.name,
            "referred_columns": [e.column.name for e in fkc.elements],
            "options": {
                "ondelete": fkc.ondelete,
                "onupdate": fkc.onupdate,
                "deferrable": fkc.deferrable,
                "initially": fkc.initially,
            },
        }
        for fkc in table.foreign_key_constraints
    ]
    import sqlalchemy as sa

    uniques = [
        {"name": _name(c.name), "column_names": [col.name for col in c.columns],
         "deferrable": c.deferrable, "initially": c.initially}
        for c in table.constraints
        if isinstance(c, sa.UniqueConstraint)
    ]
    checks = [
        {"name": _name(c.name), "sqltext": _sql(ddl, c.sqltext)}
        for c in table.constraints
        if isinstance(c, sa.CheckConstraint) and not _is_type_check(c)
    ]
    indexes = [_index_dict(ddl, ix) for ix in table.indexes]
    for col in table.columns:
        if col.unique and not col.index and not any(u["column_names"] == [col.name] for u in uniques):
            uniques.append({"name": None, "column_names": [col.name]})
    if support.unique_constraints_are_indexes:
        uniques += [
            {"name": ix["name"], "column_names": ix["column_names"]}
            for ix in indexes
            if ix["unique"] and not ix.get("expressions")
        ]
        indexes = [ix for ix in indexes if not (ix["unique"] and not ix.get("expressions"))]
    found = support.table_options_from_table(table, default_schema)
    built = norm.build_table(
        support,
        schema=_schema_of(table.schema, default_schema),
        name=table.name,
        columns=columns,
        pk={"name": _name(pk.name), "constrained_columns": [c.name for c in pk.columns],
            "deferrable": pk.deferrable, "initially": pk.initially}
        if len(pk.columns)
        else None,
        fks=fks,
        indexes=indexes,
        uniques=uniques,
        checks=checks,
        comment=table.comment,
        inherits=tuple(found.get("inherits", ())),
        dialect_options=tuple(found.get("dialect_options", ())),
    )
    partitioning = (
        support.partitioning_from_table(table.dialect_kwargs, table.info)
        if support.supports_partitions
        else None
    )
    return built if partitioning is None else dataclasses.replace(built, partitioning=partitioning)


def _name(name: Any) -> str | None:
    """A constraint name, or ``None`` for SQLAlchemy's ``_NONE_NAME`` placeholder."""
    if name is None or type(name).__name__ == "_NoneName":
        return None
    return str(name)


def _is_type_check(constraint: sa.CheckConstraint) -> bool:
    """CHECKs SQLAlchemy adds for Boolean/Enum on databases without the type."""
    return bool(getattr(constraint, "_type_bound", False))


def _column_dict(support: DialectSupport, ddl: Any, col: sa.Column[Any], autoinc: Any) -> dict[str, Any]:
    import sqlalchemy as sa

    default = None
    if col.server_default is not None and isinstance(col.server_default, sa.DefaultClause):
        default = ddl.get_column_default_string(col)
    identity = None
    if col.identity is not None:
        identity = {
            "always": bool(col.identity.always),
            "start": col.identity.start,
            "increment": col.identity.increment,
        }
    computed = None
    if col.computed is not None:
        computed = {
            "sqltext": str(col.computed.sqltext.compile(dialect=ddl.dialect)),
            "persisted": col.computed.persisted,
        }
    is_autoinc = col is autoinc and default is None and computed is None
    return {
        "name": col.name,
        "type": col.type,
        "nullable": col.nullable,
        "default": default,
        "autoincrement": bool(is_autoinc),
        "comment": col.comment,
        "identity": identity,
        "computed": computed,
        "inherited": bool(col.system),  # only from a parent table (INHERITS)
    }


def _sql(ddl: Any, expr: Any) -> str:
    """SQL text of a DDL expression as the database stores it: no table prefix, literals inline."""
    return str(ddl.sql_compiler.process(expr, include_table=False, literal_binds=True))


def _index_dict(ddl: Any, ix: sa.Index) -> dict[str, Any]:
    import sqlalchemy as sa

    column_names: list[str | None] = []
    expressions: list[str] = []
    for expr in ix.expressions:
        if isinstance(expr, sa.Column):
            column_names.append(expr.name)
            expressions.append(expr.name)
        else:
            column_names.append(None)
            expressions.append(_sql(ddl, expr))
    options: dict[str, Any] = {}
    for key, value in ix.dialect_kwargs.items():
        if value is None:
            continue
        if key.endswith("_where"):
            value = _sql(ddl, value)
        options[key] = value
    out: dict[str, Any] = {
        "name": _name(ix.name),
        "column_names": column_names,
        "unique": bool(ix.unique),
        "dialect_options": options,
    }
    if any(c is None for c in column_names):
        out["expressions"] = expressions
    return out
