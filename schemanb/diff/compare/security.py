"""PostgreSQL's row-level security, exclusion constraints and collations.

* Policies: added, dropped, or changed, paired by table and name (accepted
  table renames applied); expressions compared in canonical form, roles as sets
  (their comments: :mod:`.object_comments`).
* Row security: a table's ``ENABLE`` / ``FORCE ROW LEVEL SECURITY`` differs
  (one ``row_security_changed``; a table that is dropped takes its flags along).
* Exclusion constraints: by table and name; the server's definitions compared
  with whitespace folded.
* Collations: by schema and name.

Only between snapshots of one dialect: a portable compare leaves them out.
"""

from __future__ import annotations

from ...model import (
    ExclusionConstraint,
    ObjectKind,
    ObjectRef,
    Policy,
    RowSecurity,
    Schema,
    TableKey,
)
from ..changes import Change, ChangeKind
from ._context import Context
from ._keyed import folded, keyed_changes

KINDS = (
    ChangeKind.POLICY_ADDED, ChangeKind.POLICY_DROPPED, ChangeKind.POLICY_CHANGED,
    ChangeKind.ROW_SECURITY_CHANGED,
    ChangeKind.EXCLUSION_ADDED, ChangeKind.EXCLUSION_DROPPED, ChangeKind.EXCLUSION_CHANGED,
    ChangeKind.COLLATION_ADDED, ChangeKind.COLLATION_DROPPED, ChangeKind.COLLATION_CHANGED,
)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if ctx.portable:
        return []
    return [*_collations(a, b), *_row_security(a, b, ctx), *_policies(a, b, ctx),
            *_exclusions(a, b, ctx)]


def _collations(a: Schema, b: Schema) -> list[Change]:
    if not a.collations and not b.collations:
        return []
    return keyed_changes(
        a.collations, b.collations,
        kinds=(ChangeKind.COLLATION_ADDED, ChangeKind.COLLATION_DROPPED, ChangeKind.COLLATION_CHANGED),
        key=lambda c: c.key, ref=lambda c: ObjectRef(ObjectKind.COLLATION, c.key),
    )


def _policies(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.policies and not b.policies:
        return []

    def key_a(policy: Policy) -> tuple[TableKey, str]:
        return (ctx.table_key(policy.key), policy.name)

    def signature(p: Policy) -> tuple[object, ...]:
        return (p.permissive, p.command.upper(), frozenset(p.roles),
                ctx.expression_key(p.using), ctx.expression_key(p.with_check))

    return keyed_changes(
        a.policies, b.policies,
        kinds=(ChangeKind.POLICY_ADDED, ChangeKind.POLICY_DROPPED, ChangeKind.POLICY_CHANGED),
        key=lambda p: (p.key, p.name), key_a=key_a,
        ref=lambda p: ObjectRef(ObjectKind.POLICY, p.key, p.name),
        same=lambda x, y: signature(x) == signature(y),
    )


def _row_security(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.row_security and not b.row_security:
        return []
    old = {ctx.table_key(r.key): r for r in a.row_security}
    new = {r.key: r for r in b.row_security}
    kept = set(b.table_map) | _partitions(b)
    changes = []
    for key in sorted(set(old) | set(new), key=TableKey.sort_key):
        if key not in kept:
            continue  # the table goes, and its flags with it
        before, after = old.get(key), new.get(key)
        flags = (before.enabled, before.forced) if before else (False, False)
        if flags == ((after.enabled, after.forced) if after else (False, False)):
            continue
        off = RowSecurity(schema=key.schema, table=key.name)
        changes.append(Change(
            kind=ChangeKind.ROW_SECURITY_CHANGED, ref=ObjectRef(ObjectKind.ROW_SECURITY, key),
            before=before if before is not None else (off if key in _old_tables(a, ctx) else None),
            after=after or off,
        ))
    return changes


def _old_tables(a: Schema, ctx: Context) -> set[TableKey]:
    """The tables (and partitions) of ``a`` under their names in ``b``."""
    return {ctx.table_key(k) for k in (*a.table_map, *_partitions(a))}


def _partitions(schema: Schema) -> set[TableKey]:
    """The partitions folded into their parents (tables of their own to PostgreSQL)."""
    return {TableKey(p.schema, p.name) for t in schema.tables if t.partitioning
            for p in t.partitioning.partitions}


def _exclusions(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.exclusion_constraints and not b.exclusion_constraints:
        return []

    def key_a(x: ExclusionConstraint) -> tuple[TableKey, str]:
        return (ctx.table_key(x.key), x.name)

    return keyed_changes(
        a.exclusion_constraints, b.exclusion_constraints,
        kinds=(ChangeKind.EXCLUSION_ADDED, ChangeKind.EXCLUSION_DROPPED, ChangeKind.EXCLUSION_CHANGED),
        key=lambda x: (x.key, x.name), key_a=key_a,
        ref=lambda x: ObjectRef(ObjectKind.EXCLUSION, x.key, x.name),
        same=lambda x, y: folded(x.definition) == folded(y.definition),
    )
