"""support_for(dialect_name) -> DialectSupport: where dialect knowledge is found.

The registry is a literal dict of ``(module, class)``; a dialect's module is
imported the first time it is asked for, so a command that reads one kind of
database does not load the others. An unknown dialect gets the conservative base.
"""

from __future__ import annotations

import importlib

from .base import DialectSupport

_REGISTRY: dict[str, tuple[str, str]] = {
    "sqlite": ("sqlite", "SQLiteSupport"),
    "postgresql": ("postgresql", "PostgreSQLSupport"),
    "mysql": ("mysql", "MySQLSupport"),
    "mariadb": ("mysql", "MariaDBSupport"),
}

_CACHE: dict[str, DialectSupport] = {}


def support_for(dialect_name: str | None) -> DialectSupport:
    """The :class:`DialectSupport` of ``dialect_name`` (``None``: the generic base)."""
    key = dialect_name or ""
    support = _CACHE.get(key)
    if support is None:
        support = _CACHE[key] = _support_class(key)()
    return support


def family_name(dialect_name: str) -> str:
    """The snapshot's name of a dialect's family (``mariadb`` -> ``mysql``); unknown: as given."""
    entry = _REGISTRY.get(dialect_name)
    return entry[0] if entry is not None else dialect_name


def _support_class(key: str) -> type[DialectSupport]:
    entry = _REGISTRY.get(key)
    if entry is None:
        return DialectSupport
    module = importlib.import_module(f"{__name__}.{entry[0]}")
    cls: type[DialectSupport] = getattr(module, entry[1])
    return cls


__all__ = ["DialectSupport", "family_name", "support_for"]
