"""Catalog queries: the ``.sql`` files under ``dialects/sql/<folder>/`` and running them.

Every dialect reads its catalog through these (as :meth:`DialectSupport.fetch_rows`
and :meth:`DialectSupport.fetch_rows_many`); PostgreSQL's pipeline mode loads the
same texts with :func:`load_sql` and sends them itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_SQL_CACHE: dict[tuple[str, str], str] = {}


def load_sql(folder: str, name: str) -> str:
    """The text of ``schemanb/dialects/sql/<folder>/<name>.sql`` (cached)."""
    key = (folder, name)
    text = _SQL_CACHE.get(key)
    if text is None:
        ref = resources.files(__package__).joinpath("sql").joinpath(folder).joinpath(f"{name}.sql")
        text = _SQL_CACHE[key] = ref.read_text(encoding="utf-8")
    return text


def fetch_rows(connection: Connection, folder: str, name: str, **params: Any) -> Sequence[Any]:
    """Run ``sql/<folder>/<name>.sql`` with bound ``params``; all rows.

    A list-valued parameter written ``IN :name`` is bound as an expanding
    parameter; elsewhere (``= ANY(:name)`` on PostgreSQL) it is one array.
    """
    import sqlalchemy as sa

    stmt = sa.text(load_sql(folder, name))
    expanding: list[Any] = [
        sa.bindparam(k, expanding=True)
        for k, v in params.items()
        if isinstance(v, (list, tuple)) and f"IN :{k}" in stmt.text
    ]
    if expanding:
        stmt = stmt.bindparams(*expanding)
    return connection.execute(stmt, params).all()
