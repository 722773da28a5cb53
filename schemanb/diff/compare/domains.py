"""Domains (PostgreSQL): added, dropped, or base type, NOT NULL, default or checks changed.

Types compare with spacing and case folded, defaults and CHECK bodies as
canonical expressions; checks pair by name (a domain's checks are named).
"""

from __future__ import annotations

from ...model import Domain, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context, canonical_expression, canonical_type
from ._keyed import keyed_changes

KINDS = (ChangeKind.DOMAIN_ADDED, ChangeKind.DOMAIN_DROPPED, ChangeKind.DOMAIN_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.domains and not b.domains:
        return []
    if ctx.portable and not ctx.both("supports_domains"):
        return []
    return keyed_changes(
        a.domains, b.domains, kinds=KINDS, key=lambda d: d.key,
        ref=lambda d: ObjectRef(ObjectKind.DOMAIN, d.key),
        same=lambda x, y: _signature(x, ctx) == _signature(y, ctx),
    )


def _signature(domain: Domain, ctx: Context) -> tuple[object, ...]:
    checks = sorted((ck.name or "", ctx.expression_key(ck.expression) or "") for ck in domain.checks)
    return (
        canonical_type(domain.type_sql),
        domain.collation,
        domain.nullable,
        canonical_expression(ctx.default_form(domain.default, domain.type_sql)),
        tuple(checks),
    )
