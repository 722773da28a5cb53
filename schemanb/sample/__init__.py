"""The embedded sample: a realistic shop schema, its drifted "prod" copy, and a builder.

The DDL lives beside this module as ``<variant>.<dialect>.sql`` (variants ``dev``
and ``prod``; dialects ``sqlite``, ``postgresql``, ``mysql`` — the last one for
MariaDB and MySQL). The three dialect files of a variant describe the same design:
same tables, columns, keys, indexes, checks and views, with each database's own
spelling (identity vs AUTO_INCREMENT, comments where the database keeps them, a
partial index where it has them).

:func:`build_sample` creates a variant in a SQLite file or in a database given by
URL. It only ever replaces the sample's own tables and views: a target that holds
anything else is refused, so pointing it at a real database cannot lose data.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .._redact import mask_url
from ..dialects import family_name, support_for
from ..errors import ConnectError, SourceError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection

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

    Args:
        target: a SQLite file path (created or replaced), or a database URL
            (``sqlite:///file``, ``postgresql://...``, ``mysql://...``) whose
            database exists and holds nothing but, possibly, an earlier sample.
        variant: ``"dev"`` or ``"prod"`` (the drifted copy).

    Returns:
        A URL that :func:`schemanb.inspect` accepts.

    Raises:
        SourceError: the target holds tables that are not the sample's.
        ConnectError: the server cannot be reached.

    Example:
        >>> import schemanb, tempfile, os
        >>> url = build_sample(os.path.join(tempfile.mkdtemp(), "shop.db"))
        >>> len(schemanb.inspect(url).tables)
        14
    """
    text = os.fspath(target)
    if "://" not in text:
        return _build_sqlite_file(Path(text), variant)
    from ..reflect.session import parse_url

    url = parse_url(text)
    if support_for(url.get_backend_name()).is_file_database and url.database and url.database != ":memory:":
        return _build_sqlite_file(Path(url.database), variant)
    _build_on_server(url, variant)
    return text


# ------------------------------------------------------------------------ sqlite


def _build_sqlite_file(path: Path, variant: Variant) -> str:
    """Build in a temporary file beside ``path``, then move it into place."""
    path = path.absolute()
    if path.exists():
        _refuse_foreign_tables(_sqlite_tables(path), variant, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript(sql_text(variant, "sqlite"))
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return f"sqlite:///{path}"


def _sqlite_tables(path: Path) -> set[str]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise SourceError(
            f"refusing to replace {path}: it is not a SQLite database ({err}) — "
            "give a new file name"
        ) from None
    return {r[0] for r in rows}


def _refuse_foreign_tables(existing: set[str], variant: Variant, where: str) -> None:
    ours = set(DEV_TABLES) | set(PROD_EXTRA_TABLES)
    foreign = sorted(existing - ours)
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise SourceError(
            f"refusing to load the {variant} sample into {where}: it holds tables that "
            f"are not the sample's ({shown}) — give an empty database"
        )


# ----------------------------------------------------------------------- servers


def _build_on_server(url: URL, variant: Variant) -> None:
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
            dialect = support_for(connection.dialect.name).name
            script = sql_text(variant, dialect)
            with connection.begin():
                _drop_earlier_sample(connection, variant, shown)
                for statement in statements(script):
                    connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _drop_earlier_sample(connection: Connection, variant: Variant, where: str) -> None:
    """Drop the sample's views and tables left by an earlier build (and nothing else)."""
    import sqlalchemy as sa

    insp = sa.inspect(connection)
    existing = set(insp.get_table_names())
    views = set(insp.get_view_names())
    _refuse_foreign_tables(existing | (views - set(VIEWS)), variant, where)
    quote = connection.dialect.identifier_preparer.quote
    for view in sorted(views):
        connection.exec_driver_sql("DROP VIEW " + quote(view))
    if existing:
        metadata = sa.MetaData()
        metadata.reflect(connection, only=sorted(existing))
        metadata.drop_all(connection)


__all__ = [
    "DEV_TABLES",
    "PROD_EXTRA_TABLES",
    "VARIANTS",
    "VIEWS",
    "build_sample",
    "sample_tables",
    "sql_text",
    "statements",
]
