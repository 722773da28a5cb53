"""A live database -> Schema, through the Inspector's bulk ``get_multi_*`` calls.

One call per kind of object and schema (not one per table), then the dialect's
``fetch_extras`` for what the Inspector lacks. Everything passes through the
dialect's normalisers, the same ones :mod:`schemanb.reflect.metadata` uses, so
that a database and the models that created it give equal snapshots.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .. import model
from .._redact import mask_url
from ..dialects import support_for
from ..dialects.base import DialectSupport
from ..dialects.normalise import UNKNOWN_TYPE
from ..dialects.reflection import TableParts
from ..errors import ReflectionError, SchemaNBWarning
from . import normalize as norm

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.engine.reflection import Inspector

#: Schemas that belong to the database itself, never to users.
SYSTEM_SCHEMAS = frozenset(
    {
        "information_schema",
        "pg_catalog",
        "pg_toast",
        "mysql",
        "performance_schema",
        "sys",
    }
)

#: Above this many tables a progress bar is shown, when someone is watching (a terminal or Jupyter).
PROGRESS_THRESHOLD = 200

def resolve_schemas(
    insp: Inspector,
    schemas: str | Iterable[str | None] | None,
    support: DialectSupport | None = None,
) -> list[str | None]:
    """Which schemas to read: ``"*"`` -> every user schema; a name or names -> those;
    ``None`` -> the dialect's default scope (:func:`reads_every_schema`): every user
    schema where schemas are namespaces inside the database (PostgreSQL, as pg_dump
    reads it), else the connection's own (a MySQL/MariaDB database, SQLite's ``main``).

    The default schema is always written ``None`` so that snapshots of databases
    with different names (MySQL) or search paths compare without renaming.
    """
    default = insp.default_schema_name
    if schemas is None:
        if not reads_every_schema(support):
            return [None]
        schemas = "*"
    if isinstance(schemas, str) and schemas != "*":
        schemas = [schemas]
    elif not isinstance(schemas, str):
        schemas = list(schemas)
        if "*" in schemas:  # ["*"], as a repeated --schema gives it: every user schema too
            schemas = "*"
    names: list[str | None]
    if schemas == "*":
        listed = support.user_schemas(insp.bind) if support is not None else None  # type: ignore[arg-type]
        names = [
            s
            for s in (insp.get_schema_names() if listed is None else listed)
            if s not in SYSTEM_SCHEMAS and not s.startswith(("pg_temp", "pg_toast_temp"))
        ]
    else:
        names = list(schemas)  # None in it: the default schema
    out: list[str | None] = [None if s == default else s for s in names]
    return sorted(set(out), key=lambda s: (s is not None, s or ""))


def reads_every_schema(support: DialectSupport | None) -> bool:
    """Whether ``schemas=None`` reads every user schema on this dialect: where a
    schema is a namespace inside one database (PostgreSQL). On MySQL/MariaDB a
    schema is a database of its own (the URL names the one to read); SQLite's
    attached databases are files of their own."""
    return bool(support is not None and support.supports_schemas)


def reflect_connection(
    connection: Connection,
    *,
    schemas: str | Iterable[str | None] | None = None,
    source: str | None = None,
    progress: bool | None = None,
    include_views: bool = True,
    grants: bool = False,
) -> model.Schema:
    """Reflect every table and view of ``schemas`` on ``connection`` into a Schema
    (``None``: the dialect's default scope, see :func:`resolve_schemas`).

    One Inspector ``get_multi_*`` call per kind of object and schema, then one
    catalog query per extra kind (:meth:`DialectSupport.fetch_extras`).
    """
    import sqlalchemy as sa

    insp = sa.inspect(connection)
    support = support_for(connection.dialect.name)
    if schemas is not None and not isinstance(schemas, str):
        schemas = list(schemas)
        schemas = "*" if "*" in schemas else schemas
    schema_names = resolve_schemas(insp, schemas, support)
    every = schemas == "*" or (schemas is None and reads_every_schema(support))
    default = insp.default_schema_name
    catalog: dict[str | None, str] = {s: (default or "" if s is None else s) for s in schema_names}
    tables: list[model.Table] = []
    view_columns: dict[tuple[str | None, str], tuple[model.Column, ...]] = {}
    try:
        with support.reflection_context(connection, sorted(set(catalog.values()))):
            with warnings.catch_warnings():
                # SQLite: the Inspector skips indexes on expressions with a warning;
                # DialectSupport.fetch_table_fixes reads them from sqlite_master instead.
                warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
                # Types SQLAlchemy has no class for: _resolve_unknown_types spells them.
                warnings.filterwarnings("ignore", "Did not recognize type", sa.exc.SAWarning)
                # SQLite: a foreign key whose name SQLAlchemy could not match in the
                # table's text (a double quote in a name) is still read from the
                # pragma, and fetch_table_fixes reads its name from that text.
                warnings.filterwarnings(
                    "ignore", "WARNING: SQL-parsed foreign key constraint", sa.exc.SAWarning
                )
                for schema_name in list(schema_names):
                    try:
                        tables.extend(
                            _reflect_tables(insp, support, schema_name, default=default, progress=progress)
                        )
                        if include_views:
                            view_columns.update(_reflect_view_columns(insp, support, schema_name))
                    except sa.exc.DBAPIError:
                        # '*' lists the schemas first: one dropped since is left out.
                        if not every or schema_name is None or _schema_exists(connection, schema_name):
                            raise
                        warnings.warn(
                            f"schema {schema_name} was dropped while the schemas were read; it is left out",
                            SchemaNBWarning, stacklevel=2,
                        )
                        schema_names.remove(schema_name)
                        del catalog[schema_name]
            schema = model.Schema(
                info=_info(connection, insp, support, schema_names, source),
                tables=model.sorted_by_name(tables),
            )
            schema = support.fetch_extras(connection, schema, catalog)
            schema = support.fetch_objects(connection, schema, catalog, grants=grants)
    except sa.exc.DBAPIError as err:
        where = ", ".join(str(catalog[s]) for s in schema_names)
        raise ReflectionError(
            f"reading the catalog of {where} on {mask_url(connection.engine.url)} failed: "
            f"{str(getattr(err, 'orig', err)).splitlines()[0]}"
        ) from err
    views = tuple(
        dataclasses.replace(v, columns=view_columns.get((v.schema, v.name), ()))
        for v in schema.views
        if include_views and v.schema in catalog
    )
    schema = dataclasses.replace(schema, views=views)
    return _resolve_unknown_types(connection, support, schema, catalog)


def _schema_exists(connection: Connection, name: str) -> bool:
    """Whether ``name`` is (still) a schema; ``True`` when that cannot be asked."""
    import sqlalchemy as sa

    try:
        return name in sa.inspect(connection).get_schema_names()
    except sa.exc.DBAPIError:
        return True


def _resolve_unknown_types(
    connection: Connection,
    support: DialectSupport,
    schema: model.Schema,
    catalog: Mapping[str | None, str],
) -> model.Schema:
    """Give columns of types SQLAlchemy does not know the database's spelling (one query)."""
    owners: list[model.Table | model.View] = [*schema.tables, *schema.views]
    wanted = [
        (catalog[o.schema], o.name, c.name)
        for o in owners
        for c in o.columns
        if c.type_sql == UNKNOWN_TYPE
    ]
    if not wanted:
        return schema
    spelled = support.fetch_column_types(connection, wanted)

    def fix(owner: Any) -> Any:
        columns = tuple(
            dataclasses.replace(c, type_sql=t, type_generic=t)
            if c.type_sql == UNKNOWN_TYPE
            and (t := spelled.get((catalog[owner.schema], owner.name, c.name)))
            else c
            for c in owner.columns
        )
        return owner if columns == owner.columns else dataclasses.replace(owner, columns=columns)

    return dataclasses.replace(
        schema,
        tables=tuple(fix(t) for t in schema.tables),
        views=tuple(fix(v) for v in schema.views),
    )


def _info(
    connection: Connection,
    insp: Inspector,
    support: DialectSupport,
    schema_names: list[str | None],
    source: str | None,
) -> model.SnapshotInfo:
    return model.SnapshotInfo(
        dialect=support.name,
        server_version=_server_version(connection),
        database=support.database_of(connection.engine.url),
        default_schema=insp.default_schema_name,
        schemas=tuple(schema_names),
        source=source if source is not None else mask_url(connection.engine.url),
        captured_at=_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        schemanb_version=_version(),
    )


def _reflect_tables(
    insp: Inspector,
    support: DialectSupport,
    schema_name: str | None,
    *,
    default: str | None,
    progress: bool | None,
) -> list[model.Table]:
    from sqlalchemy.engine.reflection import ObjectKind

    connection: Connection = insp.bind  # type: ignore[assignment]  # bound by reflect_connection
    catalog_schema = schema_name or default or ""
    parts = support.fetch_table_parts(connection, schema_name, catalog_schema)
    if parts is None:
        parts = _inspector_parts(insp, support, schema_name)
    columns = parts.columns
    if not columns:
        return []
    pks, fks, uniques, checks, comments = (
        parts.pks, parts.fks, parts.uniques, parts.checks, parts.comments
    )
    indexes: Mapping[Any, Any] | None = parts.indexes
    if indexes is None:
        indexes = support.fetch_indexes(connection, schema_name, catalog_schema)
    if indexes is None:
        indexes = insp.get_multi_indexes(schema=schema_name, kind=ObjectKind.TABLE)
    estimates = parts.row_estimates
    if estimates is None:
        found = support.fetch_row_estimates(connection, [catalog_schema])
        estimates = {(schema_name, table): n for (_, table), n in found.items()}
    sizes = parts.size_estimates
    if sizes is None:
        found = support.fetch_size_estimates(connection, [catalog_schema])
        sizes = {(schema_name, table): n for (_, table), n in found.items()}
    table_options = parts.table_options or {}
    keys = sorted(columns, key=lambda k: (k[0] or "", k[1]))
    show_bar = len(keys) > PROGRESS_THRESHOLD and _interactive() if progress is None else progress
    out = []
    for key in _maybe_progress(keys, show_bar, schema_name):
        try:
            out.append(
                norm.build_table(
                    support,
                    schema=schema_name,
                    name=key[1],
                    columns=columns[key],
                    pk=pks.get(key),
                    fks=[_local_referred_schema(fk, default) for fk in fks.get(key, [])],
                    indexes=indexes.get(key, []),
                    uniques=uniques.get(key, []),
                    checks=checks.get(key, []),
                    comment=(comments.get(key) or {}).get("text"),
                    row_estimate=estimates.get(key),
                    size_bytes=sizes.get(key),
                    **_table_options(table_options.get(key), default),
                )
            )
        except (ValueError, KeyError, TypeError) as err:
            warnings.warn(
                f"table {key[1]} could not be reflected and was skipped: {err}",
                SchemaNBWarning,
                stacklevel=2,
            )
    return out


def _inspector_parts(
    insp: Inspector, support: DialectSupport, schema_name: str | None
) -> TableParts:
    """The tables of one schema through the Inspector's bulk ``get_multi_*`` calls."""
    from sqlalchemy.engine.reflection import ObjectKind

    kind = ObjectKind.TABLE
    columns = insp.get_multi_columns(schema=schema_name, kind=kind)
    if not columns:
        return TableParts({}, {}, {}, {}, {}, {})
    return TableParts(
        columns=columns,  # type: ignore[arg-type]
        pks=insp.get_multi_pk_constraint(schema=schema_name, kind=kind),  # type: ignore[arg-type]
        fks=insp.get_multi_foreign_keys(schema=schema_name, kind=kind),  # type: ignore[arg-type]
        uniques=insp.get_multi_unique_constraints(schema=schema_name, kind=kind),  # type: ignore[arg-type]
        checks=_optional(insp.get_multi_check_constraints, schema_name, kind),  # type: ignore[arg-type]
        comments=(
            _optional(insp.get_multi_table_comment, schema_name, kind)  # type: ignore[arg-type]
            if support.supports_comments
            else {}
        ),
    )


def _table_options(found: Mapping[str, Any] | None, default: str | None) -> dict[str, Any]:
    """``build_table``'s ``inherits`` and ``dialect_options`` from a dialect's
    ``TableParts.table_options`` entry; a parent in the default schema has schema ``None``."""
    if not found:
        return {}
    return {
        "inherits": tuple(
            model.TableKey(None if s == default else s, n) for s, n in found.get("inherits", ())
        ),
        # In the catalog's order, which pg_dump shows (storage parameters).
        "dialect_options": tuple(found.get("dialect_options", ())),
    }


def _local_referred_schema(fk: Mapping[str, Any], default: str | None) -> Mapping[str, Any]:
    """A foreign key into the default schema refers to schema ``None``."""
    if fk.get("referred_schema") is not None and fk["referred_schema"] == default:
        return dict(fk, referred_schema=None)
    return fk


def _reflect_view_columns(
    insp: Inspector, support: DialectSupport, schema_name: str | None
) -> dict[tuple[str | None, str], tuple[model.Column, ...]]:
    """The columns of every view (and materialized view) of a schema, in one call."""
    import sqlalchemy as sa
    from sqlalchemy.engine.reflection import ObjectKind

    columns: Mapping[Any, Any] | None = support.fetch_view_columns(
        insp.bind,  # type: ignore[arg-type]  # bound to a Connection by reflect_connection
        schema_name,
        schema_name or insp.default_schema_name or "",
    )
    if columns is None:
        try:
            columns = insp.get_multi_columns(schema=schema_name, kind=ObjectKind.ANY_VIEW)
        except NotImplementedError:
            return {}
        except sa.exc.DBAPIError:
            columns = _view_columns_one_by_one(insp, schema_name)
    return {
        (schema_name, key[1]): tuple(
            norm.build_column(support, c, single_pk=False) for c in cols
        )
        for key, cols in columns.items()
    }


def _view_columns_one_by_one(
    insp: Inspector, schema_name: str | None
) -> dict[tuple[str | None, str], list[Any]]:
    """View columns read view by view, after the bulk read failed on one of them.

    SQLite (and MariaDB) keep a view whose table was dropped or renamed; its
    columns cannot be read. Such a view keeps its definition, gets no columns
    and a warning; the rest of the schema is read as usual.
    """
    import sqlalchemy as sa

    out: dict[tuple[str | None, str], list[Any]] = {}
    for name in insp.get_view_names(schema=schema_name):
        try:
            out[(schema_name, name)] = list(insp.get_columns(name, schema=schema_name))
        except sa.exc.DBAPIError as err:
            reason = str(getattr(err, "orig", err)).splitlines()[0]
            warnings.warn(
                f"the columns of view {name} cannot be read ({reason}); the view is kept without them",
                SchemaNBWarning,
                stacklevel=3,
            )
    return out


def _optional(method: Any, schema_name: str | None, kind: Any) -> Mapping[Any, Any]:
    """Call a ``get_multi_*`` the dialect may not implement."""
    try:
        return method(schema=schema_name, kind=kind)  # type: ignore[no-any-return]
    except NotImplementedError:
        return {}


def _interactive() -> bool:
    """A person is watching: a terminal on stderr, or a Jupyter kernel.

    CI logs and pipelines get no bar by default (and skip importing tqdm).
    """
    return sys.stderr.isatty() or "ipykernel" in sys.modules


def _maybe_progress(items: list[Any], show: bool, schema_name: str | None) -> Iterable[Any]:
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(  # type: ignore[no-any-return]
        items,
        desc=f"tables in {schema_name or 'default schema'}",
        unit="table",
        file=sys.stderr,
        leave=False,
    )


def _server_version(connection: Connection) -> str | None:
    info = connection.dialect.server_version_info
    return ".".join(str(p) for p in info) if info else None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("schemanb")
    except PackageNotFoundError:
        return "0+unknown"
