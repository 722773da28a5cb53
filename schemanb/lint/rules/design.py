"""Rules about table design, after SchemaCrawler's linters: wide tables, nullable and
self-referencing foreign keys, surrogate keys that add nothing, names that promise a
foreign key, primary keys not in front."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ...model import Schema
from ..registry import rule
from ._util import label, names
from .keys import _RE_REF_COLUMN, _singulars

Found = Iterator[tuple[str, str]]


@rule("too_many_columns", "warning", "table with more columns than max_columns", max_columns=20)
def check_too_many_columns(schema: Schema, options: Mapping[str, Any]) -> Found:
    limit = int(options["max_columns"])
    for t in schema.tables:
        if len(t.columns) > limit:
            yield (
                label(t),
                f"{len(t.columns)} columns (more than {limit}): consider splitting the table",
            )


@rule("nullable_fk_column", "info", "foreign key with a nullable column (an optional relation)")
def check_nullable_fk_column(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        cols = t.column_map
        for fk in t.foreign_keys:
            nullable = [c for c in fk.columns if c in cols and cols[c].nullable]
            if nullable:
                yield (
                    label(t, ", ".join(fk.columns)),
                    f"foreign key ({', '.join(fk.columns)}) → {fk.referred_table} allows NULL in "
                    f"{names(nullable)}: the relation is optional — NOT NULL if every row has one",
                )


@rule(
    "useless_surrogate_key",
    "warning",
    "single-column primary key beside a unique key on all the other columns",
)
def check_useless_surrogate_key(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        if len(t.pk_columns) != 1:
            continue
        others = {c.name for c in t.columns} - set(t.pk_columns)
        if not others:
            continue
        uniques = [set(u.columns) for u in t.unique_constraints]
        uniques += [set(i.expressions) for i in t.indexes if i.unique and i.where is None]
        if any(u == others for u in uniques):
            yield (
                label(t, t.pk_columns[0]),
                f"primary key {t.pk_columns[0]} adds nothing: ({', '.join(sorted(others))}) is "
                "unique already and could be the primary key",
            )


@rule(
    "fk_like_column_without_fk",
    "info",
    "column named like a foreign key (<name>_id) that references nothing",
)
def check_fk_like_column_without_fk(schema: Schema, options: Mapping[str, Any]) -> Found:
    tables = {form for t in schema.tables for form in _singulars(t.name.lower())}
    for t in schema.tables:
        for c in t.columns:
            m = _RE_REF_COLUMN.match(c.name)
            if m is None or c.name in t.fk_columns or c.name in t.pk_columns:
                continue
            stem = m.group("stem").lower().rstrip("_")
            if not stem or stem in tables:  # implied_relation names those
                continue
            yield (
                label(t, c),
                f"named like a foreign key but no foreign key declares it, and there is no "
                f"table {stem!r} — rename it or declare what it references",
            )


@rule("pk_not_first", "info", "primary key columns are not the table's first columns")
def check_pk_not_first(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        pk = t.pk_columns
        if pk and {c.name for c in t.columns[: len(pk)]} != set(pk):
            yield label(t), f"primary key ({', '.join(pk)}) is not the first column(s)"


@rule("fk_self_reference", "info", "foreign key from a table to itself (a hierarchy)")
def check_fk_self_reference(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        for fk in t.foreign_keys:
            if fk.referred_table == t.key:
                yield (
                    label(t, ", ".join(fk.columns)),
                    f"foreign key ({', '.join(fk.columns)}) refers to its own table: queries "
                    "over the hierarchy need recursion",
                )
