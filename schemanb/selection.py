"""Which tables, views and columns a command works on: include and exclude patterns (pure).

Patterns are shell-style (``fnmatch``, case-sensitive):

* a **table pattern** matches a table's (or view's) name or its ``schema.name``:
  ``orders*``, ``crm.*``; one starting with ``!`` excludes: ``!audit_*``;
* with include patterns, a table must match one of them; with only exclusions,
  every table is included first;
* an **exclude pattern** (``--exclude``, or ``!pattern``) also removes the
  columns it matches as ``table.column`` or ``schema.table.column``
  (``*.updated_at``, ``users.password_hash``); the indexes, unique constraints
  and foreign keys that use a removed column go with it.

:func:`select_schema` warns (:class:`~schemanb.errors.SchemaNBWarning`) when the
patterns leave no table or view, and when an exclusion matches nothing, so a
typo never silently draws an empty diagram.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import warnings
from collections.abc import Iterable

from .errors import SchemaNBWarning
from .model import Schema, Table, TableKey


def split_patterns(patterns: Iterable[str] | None) -> tuple[list[str], list[str]]:
    """``(include, exclude)``: patterns starting with ``!`` are exclusions (``!`` dropped)."""
    include: list[str] = []
    exclude: list[str] = []
    for p in patterns or ():
        if p.startswith("!"):
            exclude.append(p[1:])
        elif p:
            include.append(p)
    return include, exclude


def key_matches(key: TableKey, pattern: str) -> bool:
    """Whether ``pattern`` matches the table's name or its ``schema.name``."""
    return fnmatch.fnmatchcase(key.name, pattern) or fnmatch.fnmatchcase(str(key), pattern)


def column_matches(key: TableKey, column: str, pattern: str) -> bool:
    """Whether ``pattern`` matches ``table.column`` or ``schema.table.column``."""
    return fnmatch.fnmatchcase(f"{key.name}.{column}", pattern) or fnmatch.fnmatchcase(
        f"{key}.{column}", pattern
    )


def select_keys(keys: Iterable[TableKey], patterns: Iterable[str] | None) -> set[TableKey]:
    """The keys that ``patterns`` select (``None`` or no pattern: all).

    >>> ks = [TableKey(None, "orders"), TableKey(None, "audit_log"), TableKey("crm", "users")]
    >>> sorted(str(k) for k in select_keys(ks, ["!audit_*"]))
    ['crm.users', 'orders']
    >>> sorted(str(k) for k in select_keys(ks, ["crm.*", "orders", "!users"]))
    ['orders']
    """
    include, exclude = split_patterns(patterns)
    return {
        k for k in keys
        if (not include or any(key_matches(k, p) for p in include))
        and not any(key_matches(k, p) for p in exclude)
    }


def _without_columns(table: Table, gone: set[str]) -> Table:
    if not gone:
        return table
    pk = table.primary_key
    if pk is not None and gone & set(pk.columns):
        kept = tuple(c for c in pk.columns if c not in gone)
        pk = dataclasses.replace(pk, columns=kept) if kept else None
    return dataclasses.replace(
        table,
        # The stored CREATE text (SQLite) no longer describes the table: not compared.
        create_sql=None,
        columns=tuple(c for c in table.columns if c.name not in gone),
        primary_key=pk,
        indexes=tuple(i for i in table.indexes if not gone & set(i.columns)),
        unique_constraints=tuple(u for u in table.unique_constraints if not gone & set(u.columns)),
        foreign_keys=tuple(f for f in table.foreign_keys if not gone & set(f.columns)),
    )


def select_schema(
    schema: Schema,
    tables: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    *,
    warn: bool = True,
) -> Schema:
    """``schema`` with only the tables and views ``tables`` selects, minus ``exclude``.

    ``tables`` are table patterns (``!`` excludes); ``exclude`` patterns remove
    tables, views and columns (see the module docstring). Triggers of removed
    tables go too. With ``warn``, an empty selection and an exclusion that
    matches nothing each give one :class:`~schemanb.errors.SchemaNBWarning`.
    """
    include, negated = split_patterns(tables)
    excluded = [*negated, *(p[1:] if p.startswith("!") else p for p in exclude if p)]
    if not include and not excluded:
        return schema
    patterns = [*include, *(f"!{p}" for p in excluded)]
    keys = [*schema.table_map, *schema.view_map]
    kept = select_keys(keys, patterns)
    used: set[str] = set()
    for p in excluded:
        if any(key_matches(k, p) for k in keys):
            used.add(p)
    out_tables = []
    for t in schema.tables:
        if t.key not in kept:
            continue
        gone = set()
        for c in t.columns:
            hits = [p for p in excluded if column_matches(t.key, c.name, p)]
            if hits:
                gone.add(c.name)
                used.update(hits)
        out_tables.append(_without_columns(t, gone))
    result = dataclasses.replace(
        schema,
        tables=tuple(out_tables),
        views=tuple(v for v in schema.views if v.key in kept),
        triggers=tuple(tr for tr in schema.triggers if tr.key in kept or tr.key not in schema.table_map),
        policies=tuple(p for p in schema.policies if p.key in kept),
        row_security=tuple(r for r in schema.row_security if r.key in kept),
        exclusion_constraints=tuple(x for x in schema.exclusion_constraints if x.key in kept),
    )
    if warn:
        shown = " ".join(repr(p) for p in patterns)
        if keys and not kept:
            warnings.warn(
                f"the selection {shown} leaves none of the {len(keys)} tables and views — "
                "patterns are shell-style and match name or schema.name (orders*, crm.*, "
                "'!audit_*' to leave out)",
                SchemaNBWarning,
                stacklevel=2,
            )
        for p in excluded:
            if p not in used:
                warnings.warn(
                    f"excluding {p!r} matched no table, view or column (table, schema.table, "
                    "table.column) — check the pattern",
                    SchemaNBWarning,
                    stacklevel=2,
                )
    return result


__all__ = ["column_matches", "key_matches", "select_keys", "select_schema", "split_patterns"]
