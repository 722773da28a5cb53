"""File names for tables and views: safe everywhere, unique, stable.

A name made only of ``[a-z0-9_-]`` (lower case: a case-insensitive file system
cannot tell ``Orders`` from ``orders``), not a Windows device name and not too
long is its own file name (``orders.md``, ``crm.orders.md`` for another schema).
Any other name gets a readable ASCII slug plus eight hex digits of a hash of the
exact name (``with-space-3f2a9c1e.md``), so two names never share a file and the
file of a table does not change when other tables come and go.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ..model import TableKey

_RE_PLAIN = re.compile(r"^[a-z0-9_][a-z0-9_-]*$")
_RE_SLUG = re.compile(r"[^a-z0-9_]+")
_DEVICES = frozenset({"con", "prn", "aux", "nul", "readme", "index", "lint"}
                     | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)})
MAX_PLAIN = 80
MAX_SLUG = 48


def _plain(part: str) -> bool:
    return bool(_RE_PLAIN.match(part)) and part not in _DEVICES and len(part) <= MAX_PLAIN


def file_stem(key: TableKey) -> str:
    """The file name (without ``.md``) of a table or view.

    >>> file_stem(TableKey(None, "orders")), file_stem(TableKey("crm", "users"))
    ('orders', 'crm.users')
    >>> file_stem(TableKey(None, "Orders"))
    'orders-004ad472'
    """
    parts = [key.name] if key.schema is None else [key.schema, key.name]
    if all(_plain(p) for p in parts):
        return ".".join(parts)
    ascii_text = unicodedata.normalize("NFKD", ".".join(parts)).encode("ascii", "ignore").decode()
    slug = _RE_SLUG.sub("-", ascii_text.lower()).strip("-_")[:MAX_SLUG].strip("-_") or "table"
    digest = hashlib.sha1(repr((key.schema, key.name)).encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def file_stems(keys: Iterable[TableKey]) -> dict[TableKey, str]:
    """:func:`file_stem` of each key, made unique (case-insensitively) in key order."""
    out: dict[TableKey, str] = {}
    taken: set[str] = set()
    for key in sorted(keys, key=TableKey.sort_key):
        stem = base = file_stem(key)
        n = 1
        while stem.lower() in taken:
            n += 1
            stem = f"{base}-{n}"
        taken.add(stem.lower())
        out[key] = stem
    return out
