"""Which type changes can cut or lose values: narrowing and changes of type family.

The diff's risk rules and the migration's comments ask the same question through
:meth:`RiskHooks.type_change_loss <schemanb.dialects.risk.RiskHooks.type_change_loss>`;
the generic answer lives here, over the canonical generic spelling of types.
"""

from __future__ import annotations

import re

#: Generic spellings that mean the same type, across dialects (``portable`` diffs).
GENERIC_TYPE_SYNONYMS = {
    "INT": "INTEGER",
    "INT4": "INTEGER",
    "INT8": "BIGINT",
    "INT2": "SMALLINT",
    "BOOL": "BOOLEAN",
    "DECIMAL": "NUMERIC",
    "CHARACTER VARYING": "VARCHAR",
    "NVARCHAR": "VARCHAR",
    "NCHAR": "CHAR",
    "CHARACTER": "CHAR",
    "CLOB": "TEXT",
    "TIMESTAMP": "DATETIME",
    "TIMESTAMP WITHOUT TIME ZONE": "DATETIME",
    "TIMESTAMP WITH TIME ZONE": "DATETIME WITH TIME ZONE",
    "DOUBLE PRECISION": "DOUBLE",
    "FLOAT8": "DOUBLE",
    "REAL": "FLOAT",
    "FLOAT4": "FLOAT",
    "BLOB": "BINARY",
    "BYTEA": "BINARY",
    "LARGEBINARY": "BINARY",
    "VARBINARY": "BINARY",
}

_RE_SPACES = re.compile(r"\s+")
_RE_COMMA = re.compile(r"\s*,\s*")
_RE_PAREN_SPACE = re.compile(r"\s*([()])\s*")

_INT_RANKS = {"TINYINT": 1, "SMALLINT": 2, "MEDIUMINT": 3, "INTEGER": 4, "BIGINT": 5}
_FLOAT_RANKS = {"FLOAT": 1, "DOUBLE": 2}
_STRINGS = ("VARCHAR", "CHAR", "TEXT")
_RE_ARGS = re.compile(r"^([A-Z ]+?)\s*(?:\(([^)]*)\))?$")


def canonical_type(text: str) -> str:
    """Spacing and case folded: ``numeric(10, 2)`` -> ``NUMERIC(10,2)``."""
    text = _RE_SPACES.sub(" ", text.strip()).upper()
    text = _RE_COMMA.sub(",", text)
    return _RE_PAREN_SPACE.sub(r"\1", text).replace(" (", "(")


def canonical_generic(text: str) -> str:
    """A generic type with synonyms folded: ``INT`` -> ``INTEGER``, ``DECIMAL`` -> ``NUMERIC``."""
    text = canonical_type(text)
    base, paren, rest = text.partition("(")
    base = GENERIC_TYPE_SYNONYMS.get(base.strip(), base.strip())
    return base + paren + rest


def parse_type(text: str) -> tuple[str, tuple[int, ...]]:
    """``NUMERIC(10, 2)`` -> ``("NUMERIC", (10, 2))`` with synonyms folded."""
    canon = canonical_generic(text)
    match = _RE_ARGS.match(canon)
    if not match:
        return canon, ()
    args = tuple(int(x) for x in re.findall(r"\d+", match.group(2) or ""))
    return match.group(1).strip(), args


def narrowing(before: str, after: str) -> str | None:
    """Why changing generic type ``before`` to ``after`` may lose data, or ``None``.

    >>> narrowing("VARCHAR(255)", "VARCHAR(100)")
    'VARCHAR(255) -> VARCHAR(100) truncates longer values'
    >>> narrowing("INTEGER", "BIGINT") is None
    True
    """
    (ba, aa), (bb, ab) = parse_type(before), parse_type(after)
    if ba in _INT_RANKS and bb in _INT_RANKS:
        return (f"{before} -> {after} overflows large values"
                if _INT_RANKS[bb] < _INT_RANKS[ba] else None)
    if ba in _STRINGS and bb in _STRINGS:
        old = aa[0] if aa else None
        new = ab[0] if ab else None
        if new is not None and (old is None or new < old):
            return f"{before} -> {after} truncates longer values"
        return None
    if ba == "NUMERIC" and bb == "NUMERIC":
        return _numeric_narrowing(before, after, aa, ab)
    if ba in _FLOAT_RANKS and bb in _FLOAT_RANKS:
        return (f"{before} -> {after} loses precision"
                if _FLOAT_RANKS[bb] < _FLOAT_RANKS[ba] else None)
    if ba.startswith("DATETIME") and bb == "DATE":
        return f"{before} -> {after} drops the time of day"
    if ba == bb:
        return None if not aa or not ab or ab >= aa else f"{before} -> {after} narrows the type"
    if bb in ("TEXT", "VARCHAR") and not ab:
        return None  # any value has a text form
    if ba in _INT_RANKS and bb in ("NUMERIC", "FLOAT", "DOUBLE"):
        return None
    return f"{before} -> {after} converts every value; values that do not convert are lost"


def _numeric_narrowing(
    before: str, after: str, aa: tuple[int, ...], ab: tuple[int, ...]
) -> str | None:
    if not ab:
        return None
    if not aa:
        return f"{before} -> {after} limits digits"
    p1, s1 = aa[0], aa[1] if len(aa) > 1 else 0
    p2, s2 = ab[0], ab[1] if len(ab) > 1 else 0
    if s2 < s1:
        return f"{before} -> {after} rounds away decimals"
    if p2 - s2 < p1 - s1:
        return f"{before} -> {after} overflows large values"
    return None
