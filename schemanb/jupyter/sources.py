"""Resolve a magic's SOURCE word: a connection name, a variable, a URL or a file.

The order is fixed and documented: a named connection (``%schemanb connect``)
first, then a variable of the user namespace (a ``Schema``, ``MetaData``,
``Engine``, ``Connection``, declarative base, or a string holding a URL or a
path), then the word itself as a database URL or a snapshot file. No word means
the current connection (the last one connected).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._redact import mask_url
from ..errors import InvalidURLError, SourceError, UnsupportedSourceError
from ..model import Schema


@dataclass
class Connections:
    """Named connection URLs for one Magics instance; ``current`` is the last connected."""

    urls: dict[str, str] = field(default_factory=dict)
    current: str | None = None

    def add(self, name: str, url: str) -> None:
        if not name.isidentifier():
            raise SourceError(
                f"connection name {name!r} is not an identifier — use letters, digits and _"
            )
        if "://" not in url and not Path(url).exists():
            raise InvalidURLError(
                f"{mask_url(url)!r} is neither a database URL nor an existing snapshot "
                "file — give e.g. postgresql://user@host/db"
            )
        self.urls[name] = url
        self.current = name

    def masked(self) -> dict[str, str]:
        """Each name with its URL, the password masked."""
        return {name: mask_url(url) for name, url in self.urls.items()}


def is_known(word: str, *, namespace: Mapping[str, Any], connections: Connections) -> bool:
    """Whether ``word`` names a source (used to tell a table from a source)."""
    return (
        word in connections.urls
        or (word.isidentifier() and word in namespace)
        or "://" in word
        or Path(word).is_file()
    )


def source_object(
    word: str | None, *, namespace: Mapping[str, Any], connections: Connections
) -> Any:
    """What ``word`` stands for: a URL string, a path, or a namespace object."""
    if not word:
        if connections.current is None:
            raise SourceError(
                "no SOURCE given and no current connection — run "
                "%schemanb connect NAME URL first, or name a source"
            )
        return connections.urls[connections.current]
    if word in connections.urls:
        return connections.urls[word]
    if word.isidentifier() and word in namespace:
        return namespace[word]
    if "://" in word or Path(word).exists():
        return word
    known = ", ".join(sorted(connections.urls)) or "none yet"
    raise UnsupportedSourceError(
        f"{mask_url(word)!r} is not a connection ({known}), a variable, a database URL "
        "or a snapshot file — connect it with %schemanb connect NAME URL"
    )


def resolve(
    word: str | None,
    *,
    namespace: Mapping[str, Any],
    connections: Connections,
    schemas: str | Iterable[str] | None = None,
) -> Schema:
    """Inspect the source ``word`` stands for (a ``Schema`` is returned as is)."""
    from ..reflect import inspect

    obj = source_object(word, namespace=namespace, connections=connections)
    if isinstance(obj, Schema):
        return obj
    if isinstance(obj, os.PathLike):
        obj = os.fspath(obj)
    return inspect(obj, schemas=_schemas_arg(schemas))


def _schemas_arg(schemas: str | Iterable[str] | None) -> str | list[str] | None:
    if schemas is None or isinstance(schemas, str):
        return schemas
    names = list(schemas)
    if names == ["*"]:
        return "*"
    return names or None
