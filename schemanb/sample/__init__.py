"""The embedded sample: a realistic shop schema, its drifted "prod" copy, and a builder.

The DDL lives beside this module as ``<variant>.<dialect>.sql`` (variants ``dev``
and ``prod``; dialects ``sqlite``, ``postgresql``, ``mysql`` — the last one for
MariaDB and MySQL). The three dialect files of a variant describe the same design:
same tables, columns, keys, indexes, checks and views, with each database's own
spelling (identity vs AUTO_INCREMENT, comments where the database keeps them, a
partial index where it has them).

:func:`build_sample` creates a variant in a SQLite file or in a database given by
URL. It marks what it creates and only ever replaces its own objects: a target
that holds anything else is refused before anything is written
(:func:`check_target`), so pointing it at a real database cannot lose data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .._redact import mask_url
from ..dialects import family_name, support_for
from ..errors import ConnectError, SourceError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection

    from ..dialects import DialectSupport

Variant = Literal["dev", "prod"]

VARIANTS: tuple[Variant, ...] = ("dev", "prod")
#: The dialect families (``family_name``) the sample has a DDL file for: its suffix.
SAMPLE_FAMILIES = ("sqlite", "postgresql", "mysql")

#: The tables of the dev variant (prod has these plus ``audit_log``).
DEV_TABLES = (
    "addresses", "categories", "coupons", "customers", "inventory", "order_items",
    "orders", "payments", "product_categories", "products", "reviews", "shipments",
    "suppliers", "warehouses",
)
PROD_EXTRA_TABLES = ("audit_log",)
VIEWS = ("order_totals", "product_stock")

_RE_STATEMENT_END = re.compile(r";[ \t]*$", re.M)


def sql_text(variant: Variant = "dev", dialect: str = "sqlite") -> str:
    """The DDL script of ``variant`` for ``dialect`` (``sqlite``, ``postgresql``, ``mysql``)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown sample variant {variant!r} — use one of {', '.join(VARIANTS)}")
    suffix = family_name(dialect)
    if suffix not in SAMPLE_FAMILIES:
        raise ValueError(
            f"the sample has no DDL for {dialect!r} — use sqlite, postgresql or mysql/mariadb"
        )
    return resources.files(__name__).joinpath(f"{variant}.{suffix}.sql").read_text("utf-8")


def alembic_ini() -> str:
    """The path of the sample shop's Alembic history (``alembic.ini``): three revisions,
    ``s001`` the dev schema, ``s002`` a column, ``s003`` an index. For
    :func:`schemanb.check.deployed` and ``schemanb check --alembic``."""
    return str(Path(str(resources.files(__name__).joinpath("alembic").joinpath("alembic.ini"))))


def deploy_history(target: str | os.PathLike[str], revision: str = "head") -> str:
    """Run the sample's Alembic history up to ``revision`` into the SQLite file
    ``target`` (created) and return its URL: a "prod" deployed with migrations."""
    from alembic import command
    from alembic.config import Config

    path = Path(target)
    if path.exists():
        raise SourceError(f"{path} exists — give a new file for the deployed sample")
    url = f"sqlite:///{path}"
    config = Config(alembic_ini())
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, revision)
    return url


def statements(script: str) -> list[str]:
    """Split one of the sample scripts into statements.

    Relies on the files' conventions: whole-line ``--`` comments, each statement
    ending with ``;`` at the end of a line, no ``;`` inside a literal.

    >>> statements("-- hi\\nCREATE TABLE t (a INT);\\nCREATE VIEW v AS\\nSELECT a FROM t;\\n")
    ['CREATE TABLE t (a INT)', 'CREATE VIEW v AS\\nSELECT a FROM t']
    """
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    parts = (p.strip() for p in _RE_STATEMENT_END.split(code))
    return [p for p in parts if p]


def sample_tables(variant: Variant) -> tuple[str, ...]:
    """The table names of ``variant``, sorted."""
    return tuple(sorted(DEV_TABLES + (PROD_EXTRA_TABLES if variant == "prod" else ())))


def build_sample(target: str | os.PathLike[str], variant: Variant = "dev") -> str:
    """Create the sample ``variant`` in ``target`` and return its database URL.

    The objects the sample creates are marked (see :func:`check_target`); a
    target holding any object the sample did not create is refused before
    anything is written, so pointing it at a real database cannot lose data.

    Args:
        target: a SQLite file path (created, or replaced when it is an earlier
            sample), or a database URL (``sqlite:///file``, ``postgresql://...``,
            ``mysql://...``) whose database exists and holds nothing but, possibly,
            an earlier sample.
        variant: ``"dev"`` or ``"prod"`` (the drifted copy).

    Returns:
        A URL that :func:`schemanb.inspect` accepts.

    Raises:
        SourceError: the target holds an object the sample did not create.
        ConnectError: the server cannot be reached.

    Example:
        >>> import schemanb, tempfile, os
        >>> url = build_sample(os.path.join(tempfile.mkdtemp(), "shop.db"))
        >>> len(schemanb.inspect(url).tables)
        14
    """
    text = os.fspath(target)
    path = sqlite_path(text)
    if path is not None:
        return _build_sqlite_file(path, variant)
    from ..reflect.session import parse_url

    _build_on_server(parse_url(text), variant)
    return text


def check_target(target: str | os.PathLike[str], variant: Variant = "dev") -> None:
    """Raise :class:`SourceError` when ``target`` holds an object the sample did not create.

    What the sample created is marked: a SQLite file it wrote carries
    :data:`SQLITE_APPLICATION_ID` in its header, and every object in it must
    have, to the byte, the definition the sample's script gives it; a server database carries a comment
    (:data:`MARKER_KEY`) listing each object created with its identity (an OID,
    a creation time), so a table dropped and created again by somebody else is
    not the sample's any more. A missing file, or an empty database, is fine.
    """
    text = os.fspath(target)
    path = sqlite_path(text)
    if path is not None:
        if path.exists():
            _check_sqlite_file(path.absolute(), variant)
        return
    from ..reflect.session import parse_url

    url = parse_url(text)
    with _server_connection(url) as (connection, support):
        _foreign_on_server(connection, support, variant, mask_url(url))


def database_exists(beside: str, name: str) -> bool:
    """Whether the server of URL ``beside`` has a database ``name`` (``beside``'s must exist)."""
    from ..reflect.session import parse_url

    with _server_connection(parse_url(beside)) as (connection, support):
        return support.database_exists(connection, name)


def sqlite_path(text: str) -> Path | None:
    """The file ``text`` names when it is a SQLite target (a path or a ``sqlite:///`` URL)."""
    if "://" not in text:
        return Path(text)
    from ..reflect.session import parse_url

    url = parse_url(text)
    if support_for(url.get_backend_name()).is_file_database and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _refusal(variant: Variant, where: str, foreign: str) -> SourceError:
    kind, _, name = foreign.partition(" ")
    return SourceError(
        f"refusing to load the {variant} sample into {where}: it holds {kind} {name!r}, "
        "which the sample did not create — give an empty database (or drop it yourself)"
    )


# ------------------------------------------------------------------------ sqlite

#: The ``application_id`` in the header of a SQLite file the sample wrote ("SNB1").
SQLITE_APPLICATION_ID = 0x534E4231


def _build_sqlite_file(path: Path, variant: Variant) -> str:
    """Build in a temporary file beside ``path``, then move it into place."""
    path = path.absolute()
    if path.exists():
        _check_sqlite_file(path, variant)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript(sql_text(variant, "sqlite"))
            con.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return f"sqlite:///{path}"


def _check_sqlite_file(path: Path, variant: Variant) -> None:
    """Refuse ``path`` unless every object in it is one of the sample's, as the sample wrote it.

    A SQLite object's identity is its definition: each must be, to the byte, one
    the sample's scripts create (a user's own ``customers`` table is not). The
    ``application_id`` marks the files the sample wrote; files written before
    that marker existed pass by their definitions alone.
    """
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            ).fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise SourceError(
            f"refusing to replace {path}: it is not a SQLite database ({err}) — "
            "give a new file name"
        ) from None
    ours = _sqlite_sample_objects()
    for kind, name, sql in rows:
        if (kind, name, sql) not in ours:
            raise _refusal(variant, str(path), f"{kind} {name}")


def _sqlite_sample_objects() -> set[tuple[str, str, str | None]]:
    """(type, name, sql) of every object the two variants create in SQLite."""
    out: set[tuple[str, str, str | None]] = set()
    for variant in VARIANTS:
        con = sqlite3.connect(":memory:")
        try:
            con.executescript(sql_text(variant, "sqlite"))
            out.update(con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            ).fetchall())
        finally:
            con.close()
    return out


# ----------------------------------------------------------------------- servers

#: The key of the JSON comment that marks a server database the sample built.
MARKER_KEY = "schemanb-sample"


@contextlib.contextmanager
def _server_connection(url: URL) -> Iterator[tuple[Connection, DialectSupport]]:
    import sqlalchemy as sa

    from ..dialects import support_for
    from ..reflect.session import create_engine

    engine = create_engine(url)
    shown = mask_url(url)
    try:
        try:
            connection = engine.connect()
        except sa.exc.DBAPIError as err:
            first = str(err.orig or err).strip().splitlines()[0]
            raise ConnectError(
                f"cannot connect to {shown}: {mask_url(first)}", url=shown, reason=first
            ) from None
        with connection:
            yield connection, support_for(connection.dialect.name)
    finally:
        engine.dispose()


def _build_on_server(url: URL, variant: Variant) -> None:
    shown = mask_url(url)
    with _server_connection(url) as (connection, support):
        script = sql_text(variant, support.name)
        try:
            with connection.begin():
                existing = _foreign_on_server(connection, support, variant, shown)
                _drop_earlier_sample(connection, existing)
                for statement in statements(script):
                    connection.exec_driver_sql(statement)
                _mark(connection, support)
        except BaseException:
            if not support.transactional_ddl:
                # What a failed build left behind is the sample's too: the
                # database held nothing else (checked above). Mark it, so that
                # the next run may replace it.
                with contextlib.suppress(Exception), connection.begin():
                    _mark(connection, support)
            raise


def _identity(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]  # noqa: S324 - not for security


def _mark(connection: Connection, support: DialectSupport) -> None:
    """Record every object now in the database as the sample's, with its identity."""
    objects = {k: _identity(v) for k, v in sorted(support.database_objects(connection).items())}
    support.set_database_comment(
        connection, json.dumps({MARKER_KEY: 1, "objects": objects}, separators=(",", ":"))
    )


def _foreign_on_server(
    connection: Connection, support: DialectSupport, variant: Variant, where: str
) -> dict[str, str]:
    """The database's objects, after checking that the sample's marker lists each one."""
    existing = support.database_objects(connection)
    recorded: dict[str, str] = {}
    comment = support.database_comment(connection)
    if comment:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            marker = json.loads(comment)
            if isinstance(marker, dict) and marker.get(MARKER_KEY):
                recorded = dict(marker.get("objects") or {})
    for key in sorted(existing, key=lambda k: (not k.startswith("table "), k)):
        if recorded.get(key) != _identity(existing[key]):
            raise _refusal(variant, where, key)
    return existing


def _drop_earlier_sample(connection: Connection, existing: Mapping[str, str]) -> None:
    """Drop the sample's views and tables left by an earlier build (checked: nothing else is there)."""
    import sqlalchemy as sa

    quote = connection.dialect.identifier_preparer.quote
    views = sorted(k.partition(" ")[2] for k in existing if k.startswith("view "))
    tables = sorted(k.partition(" ")[2] for k in existing if k.startswith("table "))
    for view in views:
        connection.exec_driver_sql("DROP VIEW " + quote(view))
    if tables:
        metadata = sa.MetaData()
        metadata.reflect(connection, only=tables)
        metadata.drop_all(connection)


__all__ = [
    "DEV_TABLES",
    "MARKER_KEY",
    "PROD_EXTRA_TABLES",
    "VARIANTS",
    "VIEWS",
    "SQLITE_APPLICATION_ID",
    "build_sample",
    "check_target",
    "database_exists",
    "sample_tables",
    "sql_text",
    "sqlite_path",
    "statements",
]
