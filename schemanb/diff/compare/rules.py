"""Rewrite rules (PostgreSQL ``CREATE RULE``): added, dropped, or changed, paired by
table and name (:attr:`Rule.identity`).

A rule of ``a`` is looked up under its table's name in ``b`` (accepted table
renames applied). The definitions are the server's text, compared with
whitespace folded; a change re-creates the rule.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Rule, Schema, TableKey
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import folded, keyed_changes

KINDS = (ChangeKind.RULE_ADDED, ChangeKind.RULE_DROPPED, ChangeKind.RULE_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.rules and not b.rules:
        return []

    def key_a(rule: Rule) -> tuple[TableKey, str]:
        return (ctx.table_key(rule.key), rule.name)

    return keyed_changes(
        a.rules, b.rules, kinds=KINDS, key=lambda r: (r.key, r.name), key_a=key_a,
        ref=lambda r: ObjectRef(ObjectKind.RULE, r.key, r.name),
        same=lambda x, y: (folded(x.definition), x.enabled) == (folded(y.definition), y.enabled),
    )
