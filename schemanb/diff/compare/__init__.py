"""Structural compare of two snapshots: one module per kind of object.

Schema-level modules (:mod:`.tables`, :mod:`.views`, :mod:`.sequences`,
:mod:`.enums`, :mod:`.domains`, :mod:`.composites`, :mod:`.routines`,
:mod:`.triggers`, :mod:`.rules`, :mod:`.extensions`, :mod:`.grants`, :mod:`.namespaces`, :mod:`.security`) expose
``compare(a: Schema, b: Schema, ctx) -> list[Change]`` (most through the shared
keyed compare in :mod:`._keyed`); table-level modules (:mod:`.columns`,
:mod:`.keys`, :mod:`.checks`, :mod:`.indexes`, :mod:`.comments`,
:mod:`.partitions`) expose ``compare(a: Table, b: Table, ctx)``.
Each declares the ``KINDS`` it reports; together they cover every
:class:`~schemanb.diff.changes.ChangeKind` (checked by ``test_exhaustive``).
All are pure: no I/O, no risk, no rename decisions of their own.
"""

from __future__ import annotations

from ...model import Schema
from ..changes import Change, ChangeKind
from . import (
    checks,
    columns,
    comments,
    composites,
    definitions,
    domains,
    enums,
    extensions,
    grants,
    indexes,
    keys,
    namespaces,
    object_comments,
    options,
    partitions,
    routines,
    rules,
    security,
    sequences,
    tables,
    triggers,
    views,
)
from ._context import Context

SCHEMA_COMPARERS = (
    options.compare_database,
    namespaces.compare,
    extensions.compare,
    tables.compare,
    views.compare,
    sequences.compare,
    enums.compare,
    domains.compare,
    composites.compare,
    routines.compare,
    triggers.compare,
    rules.compare,
    grants.compare,
    object_comments.compare,
    security.compare,
)

#: Which module reports each kind of change.
KIND_MODULES = {
    kind: module
    for module in (
        tables, columns, keys, checks, indexes, comments, definitions, options, partitions, views, sequences, enums,
        domains, composites, routines, triggers, rules, extensions, grants, namespaces, object_comments, security,
    )
    for kind in module.KINDS
}


def compare_schemas(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    """Every raw change from ``a`` to ``b`` under ``ctx`` (risk not yet classified)."""
    changes: list[Change] = []
    for comparer in SCHEMA_COMPARERS:
        changes.extend(comparer(a, b, ctx))
    return changes


__all__ = ["KIND_MODULES", "ChangeKind", "Context", "compare_schemas"]
