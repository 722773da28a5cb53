"""support_for(dialect_name) -> DialectSupport: where dialect knowledge is found.

The registry is a literal dict; an unknown dialect gets the conservative base.
"""

from __future__ import annotations

from .base import DialectSupport
from .mysql import MariaDBSupport, MySQLSupport
from .postgresql import PostgreSQLSupport
from .sqlite import SQLiteSupport

_REGISTRY: dict[str, type[DialectSupport]] = {
    "sqlite": SQLiteSupport,
    "postgresql": PostgreSQLSupport,
    "mysql": MySQLSupport,
    "mariadb": MariaDBSupport,
}

_CACHE: dict[str, DialectSupport] = {}


def support_for(dialect_name: str | None) -> DialectSupport:
    """The :class:`DialectSupport` of ``dialect_name`` (``None``: the generic base)."""
    key = dialect_name or ""
    support = _CACHE.get(key)
    if support is None:
        support = _CACHE[key] = _REGISTRY.get(key, DialectSupport)()
    return support


__all__ = ["DialectSupport", "support_for"]
