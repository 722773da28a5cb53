"""What a check compares against: models by import path, and Alembic migrations run
to head on a scratch database.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._redact import mask_text, mask_url
from ..dialects import support_for
from ..errors import SchemaNBError, SourceError

if TYPE_CHECKING:
    import sqlalchemy as sa

    from ..model import Schema


def resolve_models(path: str) -> sa.MetaData:
    """``"myapp.models:Base"`` -> the ``MetaData`` of that base (or that MetaData).

    The current directory is importable, as with ``python -m``.
    """
    import sqlalchemy as sa

    module_name, _, attr = path.partition(":")
    if not module_name:
        raise SourceError(f"--models {path!r}: give MODULE:ATTRIBUTE, e.g. myapp.models:Base")
    if "" not in sys.path and str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise SourceError(
            f"--models {path}: cannot import {module_name} ({err}) — run from the project "
            "folder or set PYTHONPATH"
        ) from err
    obj: Any = module
    for part in (attr or "metadata").split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise SourceError(f"--models {path}: {module_name} has no attribute {attr}") from None
    metadata = obj if isinstance(obj, sa.MetaData) else getattr(obj, "metadata", None)
    if not isinstance(metadata, sa.MetaData):
        raise SourceError(
            f"--models {path}: {type(obj).__name__} is neither a MetaData nor a declarative base"
        )
    return metadata


@contextlib.contextmanager
def scratch_database(url: str | None = None) -> Iterator[str]:
    """A database that exists only inside the ``with`` block.

    ``None``: a SQLite file in a temporary folder. A server URL: a database with a
    fresh random name is created next to the one the URL names, and dropped after.
    """
    if url is None:
        with tempfile.TemporaryDirectory(prefix="schemanb-scratch-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'scratch.db'}"
        return
    from ..reflect.session import create_engine, parse_url

    base = parse_url(url)
    support = support_for(base.get_backend_name())
    if support.is_file_database:
        yield url
        return
    name = f"schemanb_scratch_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    quoted = engine.dialect.identifier_preparer.quote(name)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {quoted}")
    except Exception as err:  # noqa: BLE001 - translated at the boundary
        raise SchemaNBError(
            f"cannot create a scratch database on {mask_url(base)}: "
            f"{mask_text(str(getattr(err, 'orig', err)).splitlines()[0])}"
        ) from err
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(support.drop_database_sql(quoted))
        engine.dispose()


def migrated_schema(alembic_ini: str, *, scratch_url: str | None = None) -> tuple[Schema, str]:
    """Run the project's Alembic migrations to head on a scratch database and inspect it.

    Returns the snapshot and the dialect name of the scratch database.
    """
    from ..reflect import inspect

    with scratch_database(scratch_url) as url:
        alembic_upgrade(alembic_config(alembic_ini, url), "head")
        schema = inspect(url)
    return without_alembic_version(schema), schema.info.dialect or "sqlite"


def alembic_config(alembic_ini: str, url: str) -> Any:
    """The project's Alembic ``Config`` with ``sqlalchemy.url`` pointed at ``url``."""
    from alembic.config import Config

    ini = Path(alembic_ini)
    if not ini.is_file():
        raise SourceError(f"--alembic {alembic_ini}: no such file — give the project's alembic.ini")
    config = Config(str(ini))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def alembic_upgrade(config: Any, target: str) -> None:
    """``alembic upgrade TARGET`` on the config's database; failures become one line."""
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        command.upgrade(config, target)
    except CommandError as err:
        raise SchemaNBError(f"alembic upgrade {target} failed: {mask_text(str(err))}") from err
    except Exception as err:  # noqa: BLE001 - a migration script failed
        raise SchemaNBError(
            f"alembic upgrade {target} failed in a migration script: {type(err).__name__}: "
            f"{mask_text(str(err)).splitlines()[0] if str(err) else ''}"
        ) from err


def without_alembic_version(schema: Schema) -> Schema:
    """Alembic's own bookkeeping table is not part of the application's schema."""
    import dataclasses

    tables = tuple(t for t in schema.tables if t.name != "alembic_version")
    return dataclasses.replace(schema, tables=tables)


#: The kinds of object SQLAlchemy models cannot hold (``diff``'s ignore words), left
#: out of ``check --models`` and ``--alembic`` unless ``--all-kinds``: a database's
#: views, routines and triggers are not drift from models that cannot declare them.
MODELS_CANNOT_EXPRESS = (
    "views", "routines", "triggers", "domains", "composites", "extensions", "partitions", "grants",
    "policies", "exclusions", "collations",
)
