"""A live database -> Schema, through the Inspector's bulk ``get_multi_*`` calls.

One call per kind of object and schema (not one per table), then the dialect's
``fetch_extras`` for what the Inspector lacks. Everything passes through the
dialect's normalisers, the same ones :mod:`schemanb.reflect.metadata` uses, so
that a database and the models that created it give equal snapshots.
"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .. import model
from .._redact import mask_url
from ..dialects import support_for
from ..dialects.base import DialectSupport
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

#: Above this many tables a progress bar is shown (when ``progress`` is left on).
PROGRESS_THRESHOLD = 200

SchemasArg = "str | Iterable[str] | None"


def resolve_schemas(insp: Inspector, schemas: str | Iterable[str] | None) -> list[str | None]:
    """``None`` -> the default schema; ``"*"`` -> every user schema; else the given ones.

    The default schema is always written ``None`` so that snapshots of databases
    with different names (MySQL) or search paths compare without renaming.
    """
    default = insp.default_schema_name
    if schemas is None:
        return [None]
    if isinstance(schemas, str) and schemas != "*":
        schemas = [schemas]
    if schemas == "*":
        names = [
            s
            for s in insp.get_schema_names()
            if s not in SYSTEM_SCHEMAS and not s.startswith(("pg_temp", "pg_toast_temp"))
        ]
    else:
        names = list(schemas)
    out: list[str | None] = [None if s == default else s for s in names]
    return sorted(set(out), key=lambda s: (s is not None, s or ""))


def reflect_connection(
    connection: Connection,
    *,
    schemas: str | Iterable[str] | None = None,
    source: str | None = None,
    progress: bool | None = None,
    include_views: bool = True,
) -> model.Schema:
    """Reflect every table and view of ``schemas`` on ``connection`` into a Schema."""
    import sqlalchemy as sa

    insp = sa.inspect(connection)
    support = support_for(connection.dialect.name)
    schema_names = resolve_schemas(insp, schemas)
    tables: list[model.Table] = []
    views: list[model.View] = []
    notes: list[str] = []
    for schema_name in schema_names:
        try:
            tables.extend(_reflect_tables(insp, support, schema_name, progress=progress))
            if include_views:
                views.extend(_reflect_views(insp, support, schema_name))
        except sa.exc.DBAPIError as err:
            where = schema_name or "the default schema"
            raise ReflectionError(
                f"reading the catalog of {where} on {mask_url(connection.engine.url)} failed: "
                f"{str(getattr(err, 'orig', err)).splitlines()[0]}"
            ) from err
    info = model.SnapshotInfo(
        dialect=support.name,
        server_version=_server_version(connection),
        database=connection.engine.url.database,
        default_schema=insp.default_schema_name,
        schemas=tuple(schema_names),
        source=source if source is not None else mask_url(connection.engine.url),
        captured_at=_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        schemanb_version=_version(),
    )
    schema = model.Schema(
        info=info,
        tables=model.sorted_by_name(tables),
        views=model.sorted_by_name(views),
        notes=tuple(notes),
    )
    return support.fetch_extras(connection, schema)


def _reflect_tables(
    insp: Inspector,
    support: DialectSupport,
    schema_name: str | None,
    *,
    progress: bool | None,
) -> list[model.Table]:
    from sqlalchemy.engine.reflection import ObjectKind

    kind = ObjectKind.TABLE
    columns = insp.get_multi_columns(schema=schema_name, kind=kind)
    if not columns:
        return []
    pks = insp.get_multi_pk_constraint(schema=schema_name, kind=kind)
    fks = insp.get_multi_foreign_keys(schema=schema_name, kind=kind)
    indexes = insp.get_multi_indexes(schema=schema_name, kind=kind)
    uniques = insp.get_multi_unique_constraints(schema=schema_name, kind=kind)
    checks = _optional(insp.get_multi_check_constraints, schema_name, kind)
    comments = (
        _optional(insp.get_multi_table_comment, schema_name, kind)
        if support.supports_comments
        else {}
    )
    keys = sorted(columns, key=lambda k: (k[0] or "", k[1]))
    show_bar = len(keys) > PROGRESS_THRESHOLD if progress is None else progress
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
                    fks=fks.get(key, []),
                    indexes=indexes.get(key, []),
                    uniques=uniques.get(key, []),
                    checks=checks.get(key, []),
                    comment=(comments.get(key) or {}).get("text"),
                )
            )
        except (ValueError, KeyError, TypeError) as err:
            warnings.warn(
                f"table {key[1]} could not be reflected and was skipped: {err}",
                SchemaNBWarning,
                stacklevel=2,
            )
    return out


def _reflect_views(
    insp: Inspector, support: DialectSupport, schema_name: str | None
) -> list[model.View]:
    import sqlalchemy as sa

    out = []
    names = [(n, False) for n in insp.get_view_names(schema=schema_name)]
    if support.supports_materialized_views:
        names += [(n, True) for n in insp.get_materialized_view_names(schema=schema_name)]
    for name, materialized in names:
        try:
            definition = insp.get_view_definition(name, schema=schema_name)
        except (sa.exc.DBAPIError, NotImplementedError):
            definition = None
        out.append(
            model.View(
                schema=schema_name,
                name=name,
                definition=support.normalize_view_definition(definition),
                materialized=materialized,
            )
        )
    return out


def _optional(method: Any, schema_name: str | None, kind: Any) -> Mapping[Any, Any]:
    """Call a ``get_multi_*`` the dialect may not implement."""
    try:
        return method(schema=schema_name, kind=kind)  # type: ignore[no-any-return]
    except NotImplementedError:
        return {}


def _maybe_progress(items: list[Any], show: bool, schema_name: str | None) -> Iterable[Any]:
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=f"tables in {schema_name or 'default schema'}", unit="table")


def _server_version(connection: Connection) -> str | None:
    info = connection.dialect.server_version_info
    return ".".join(str(p) for p in info) if info else None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("schemanb")
    except PackageNotFoundError:
        return "0+unknown"
