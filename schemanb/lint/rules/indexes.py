"""Rules about indexes and unique keys: redundant, missing, nullable unique columns."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ...model import Schema, Table
from ..registry import rule
from ._util import label

Found = Iterator[tuple[str, str]]


@dataclass(frozen=True)
class _Key:
    """An index-like access path: a real index, the primary key or a unique constraint."""

    name: str
    expressions: tuple[str, ...]
    unique: bool
    where: str | None
    method: str | None
    is_index: bool


def _access_paths(table: Table) -> list[_Key]:
    keys = [
        _Key(ix.name, tuple(ix.expressions), ix.unique, ix.where, ix.method, True)
        for ix in table.indexes
    ]
    if table.pk_columns:
        keys.append(_Key("PRIMARY KEY", table.pk_columns, True, None, None, False))
    keys += [
        _Key(u.name or "UNIQUE", u.columns, True, None, None, False)
        for u in table.unique_constraints
    ]
    return keys


def _covered_by(a: _Key, b: _Key) -> bool:
    """Whether index ``a`` adds nothing that ``b`` does not already give."""
    if (a.where, a.method) != (b.where, b.method):
        return False
    if b.expressions[: len(a.expressions)] != a.expressions:
        return False
    if len(a.expressions) < len(b.expressions):
        return not a.unique
    # Same key: the unique one wins; between equals, keep the first by name.
    if a.unique != b.unique:
        return b.unique
    return not b.is_index or b.name < a.name


@rule("redundant_index", "warning", "index duplicated by, or a prefix of, another index or key")
def check_redundant_index(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        paths = _access_paths(t)
        for a in paths:
            if not a.is_index:
                continue
            other = next((b for b in paths if b is not a and _covered_by(a, b)), None)
            if other is None:
                continue
            how = "duplicates" if other.expressions == a.expressions else "is a prefix of"
            yield (
                label(t, a.name),
                f"index {a.name} ({', '.join(a.expressions)}) {how} {other.name} "
                f"({', '.join(other.expressions)}); it can be dropped",
            )


@rule("no_indexes", "warning", "table without any index, primary key or unique constraint")
def check_no_indexes(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        if not (t.pk_columns or t.indexes or t.unique_constraints):
            yield label(t), "table has no index, primary key or unique constraint"


@rule("nullable_unique", "warning", "nullable columns in a unique constraint or unique index")
def check_nullable_unique(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        uniques = [(u.name or "UNIQUE", u.columns) for u in t.unique_constraints]
        uniques += [(ix.name, ix.columns) for ix in t.indexes if ix.unique]
        for name, cols in uniques:
            nullable = [
                c for c in cols
                if c in t.column_map and t.column(c).nullable and c not in t.pk_columns
            ]
            if nullable:
                yield (
                    label(t, name),
                    f"unique {name} ({', '.join(cols)}) has nullable column(s) "
                    f"{', '.join(nullable)}: rows with NULL there are never duplicates",
                )
