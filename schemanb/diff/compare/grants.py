"""Privileges (opt-in, ``inspect(..., grants=True)``): granted or revoked.

The whole grant is the key (object, grantee, privilege, grant option), so a
grant is only ever added or dropped; a change of grant option is both. A
snapshot taken without grants has none, so compare two snapshots that both
read them (or ``ignore=["grants"]``).
"""

from __future__ import annotations

from ...model import Grant, ObjectKind, ObjectRef, Schema
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import keyed_changes

KINDS = (ChangeKind.GRANT_ADDED, ChangeKind.GRANT_DROPPED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.grants and not b.grants:
        return []
    if ctx.portable and not ctx.both("supports_grants"):
        return []

    def key_a(grant: Grant) -> Grant:
        key = ctx.table_key(grant.key) if grant.object_kind == "table" else grant.key
        return grant if key == grant.key else _moved(grant, key.schema, key.name)

    return keyed_changes(
        a.grants, b.grants, kinds=(ChangeKind.GRANT_ADDED, ChangeKind.GRANT_DROPPED, None),
        key=lambda g: g, key_a=key_a, ref=grant_ref,
    )


def grant_ref(grant: Grant) -> ObjectRef:
    """A grant's ref: its object and ``PRIVILEGE to grantee``."""
    return ObjectRef(ObjectKind.GRANT, grant.key, f"{grant.privilege} to {grant.grantee}")


def _moved(grant: Grant, schema: str | None, name: str) -> Grant:
    from dataclasses import replace

    return replace(grant, schema=schema, object_name=name)
