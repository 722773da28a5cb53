"""CHECK constraints of one table, matched by their normalised expression (and
PostgreSQL's ``NO INHERIT``).

Column names inside an expression of ``a`` are translated through the accepted
column renames before comparing, so a rename alone does not re-create checks.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping

from ...model import CheckConstraint, ObjectKind, Table
from ..changes import Change, ChangeKind
from ._context import Context
from .keys import match_constraints

KINDS = (ChangeKind.CHECK_ADDED, ChangeKind.CHECK_DROPPED, ChangeKind.CHECK_CHANGED)


def compare(a: Table, b: Table, ctx: Context) -> list[Change]:
    if not a.check_constraints and not b.check_constraints:
        return []
    renames = ctx.column_renames.get(b.key, {})

    def content(ck: CheckConstraint, side_a: bool) -> Hashable:
        text = ctx.canonical(ck.expression) or ""
        if side_a and renames:
            text = rename_identifiers(text, renames)
        column = ck.column if ck.column is None or not side_a else renames.get(ck.column, ck.column)
        return (ctx.expression_key(text), column, ck.no_inherit)

    return match_constraints(
        a.check_constraints, b.check_constraints, b, ctx, content=content, label="check",
        kinds=(ChangeKind.CHECK_ADDED, ChangeKind.CHECK_DROPPED, ChangeKind.CHECK_CHANGED),
        object_kind=ObjectKind.CHECK,
    )


def rename_identifiers(text: str, renames: Mapping[str, str]) -> str:
    """Replace whole-word identifiers of ``text`` by their new names.

    >>> rename_identifiers("price > 0 AND price_old > 0", {"price": "amount"})
    'amount > 0 AND price_old > 0'
    """
    mapping = dict(renames)
    if not mapping:
        return text
    pattern = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, mapping)) + r")(?![\w'])")
    return pattern.sub(lambda m: mapping[m.group(1)], text)
