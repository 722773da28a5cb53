"""Op builders for the objects beyond tables, and the steps their dependants need.

Views, sequences and enums are SQLAlchemy DDL constructs (:class:`~.ddl.SQLOp`);
domains, composite types, routines, triggers, extensions, partitions and grants
are the statements the dialect writes (:meth:`~schemanb.dialects.base.DialectSupport.object_ddl`,
``object_change_ddl``, ``partition_ddl``), wrapped in a reversible
:class:`~.ddl.StatementsOp`.

A change is made in place where the dialect can (``object_change_ddl`` returns
statements: ``CREATE OR REPLACE FUNCTION``, ``ALTER EXTENSION ... UPDATE``);
otherwise the object is dropped and created again, and what depends on it
follows (:func:`dependent_steps`):

* a view that is itself unchanged but reads a column whose type changes, that
  is dropped or renamed, a table that is renamed or rebuilt (SQLite), a view
  that is re-created, or calls a routine that is dropped and re-created
  (``View.depends_on_routines``, PostgreSQL), is dropped before and created
  after — transitively, views over that view too (by ``View.depends_on_columns``,
  else ``depends_on``);
* a trigger whose function is dropped and re-created, whose table is rebuilt
  (SQLite) or whose view is re-created, is dropped before and created after.
"""

from __future__ import annotations

import re
from typing import Any

from .. import model
from ..dialects.ddl import RetypedColumn
from ..diff.changes import Change, ChangeKind
from ..diff.compare.object_comments import server_named
from ..errors import MigrationError
from . import ddl
from .steps import Context, Phase, Step


def view_steps(ch: Change, ctx: Context) -> list[Step]:
    """Drop (dependants first) and/or create (dependencies first) one view."""
    steps = []
    if ch.before is not None:
        v: model.View = ch.before
        # A view dropped only to be created again loses nothing: no DESTRUCTIVE comment.
        describe = f"dropping view {v.key}" if ch.after is None else f"re-creating view {v.key}"
        op: Any = ddl.SQLOp(ddl.DropView(v), undo=ddl.CreateView(v), describe=describe)
        session, restore = ctx.support.view_session_ddl(v)
        if session:  # the undo creates the view under the session it was created in
            op = ddl.OpSequence([_statements([], restore, describe), op, _statements([], session, describe)])
        if v.comment is not None:  # the undo creates the view, then its comment
            undo_comment = _statements([], ctx.support.view_comment_ddl(v, v.comment), describe)
            op = ddl.OpSequence([undo_comment, op])
        if v.indexes:  # the undo creates the view, then its indexes (they go with it)
            made = [sql for ix in v.indexes for sql in ctx.support.view_index_ddl(v, ix, create=True)]
            op = ddl.OpSequence([_statements([], made, describe), op])
        readers: tuple[tuple[Any, ...], ...] = tuple(
            ("drop_view", w.key) for w in ctx.a.views if v.key in w.depends_on)
        # A routine whose body reads the view is dropped first (see routine_steps):
        # on the way back the view is then created before the body that is checked.
        readers += tuple(("drop_routine", r.identity) for r in _routines_dropped(ctx)
                         if v.key in _dropped_views_read(r, ctx))
        steps.append(Step(op, Phase.DROP_VIEWS, ("drop_view", v.key), v.key, after=readers))
    if ch.after is not None:
        v = ch.after
        op = ddl.SQLOp(ddl.CreateView(v), undo=ddl.DropView(v), describe=f"creating view {v.key}")
        session, restore = ctx.support.view_session_ddl(v)
        if session:  # created under the client character set it was created with
            op = ddl.OpSequence([_statements(session, [], f"creating view {v.key}"), op,
                                 _statements(restore, [], f"creating view {v.key}")])
        read = tuple(("create_view", k) for k in v.depends_on)
        steps.append(Step(op, Phase.CREATE_VIEWS, ("create_view", v.key), v.key, v.depends_on,
                          after=read))
        if v.comment is not None:
            s = ctx.support
            comment = _statements(s.view_comment_ddl(v, v.comment), [], f"commenting view {v.key}")
            steps.append(Step(comment, Phase.CREATE_VIEWS, ("view_comment", v.key), v.key,
                              after=(("create_view", v.key),)))
        for ix in v.indexes:  # dropped with the view: no undo of their own
            index_op = _statements(ctx.support.view_index_ddl(v, ix, create=True), [],
                                   f"creating index {ix.name} on {v.key}")
            steps.append(Step(index_op, Phase.CREATE_VIEWS, ("create_view_index", v.key, ix.name), v.key,
                              after=(("create_view", v.key),)))
    return steps


def view_index_steps(ch: Change, ctx: Context) -> list[Step]:
    """An index of a kept materialized view: dropped early, created with the views."""
    key = ch.ref.table
    s = ctx.support
    steps = []
    if ch.before is not None:
        view = ctx.a.view_map[ctx.old_key(key)] if ctx.old_key(key) in ctx.a.view_map else ctx.b.view_map[key]
        op = _statements(s.view_index_ddl(view, ch.before, create=False),
                         s.view_index_ddl(view, ch.before, create=True),
                         f"dropping index {ch.before.name} on {key}")
        steps.append(Step(op, Phase.DROP_VIEWS, ("drop_view_index", key, ch.before.name), key))
    if ch.after is not None:
        view = ctx.b.view_map[key]
        after = (("drop_view_index", key, ch.before.name),) if ch.before is not None else ()
        op = _statements(s.view_index_ddl(view, ch.after, create=True),
                         s.view_index_ddl(view, ch.after, create=False),
                         f"creating index {ch.after.name} on {key}")
        steps.append(Step(op, Phase.CREATE_VIEWS, ("create_view_index", key, ch.after.name), key,
                          after=after))
    return steps


def view_comment_steps(ch: Change, ctx: Context) -> list[Step]:
    """Only the comment changes: ``COMMENT ON VIEW`` in place."""
    before, after = ch.before, ch.after
    s = ctx.support
    op = _statements(s.view_comment_ddl(after, after.comment),
                     s.view_comment_ddl(before, before.comment), f"commenting view {after.key}")
    return [Step(op, Phase.CREATE_VIEWS, ("view_comment", after.key), after.key)]


def sequence_steps(ch: Change, ctx: Context) -> list[Step]:
    """Sequences: created before the tables whose defaults use them, dropped after.

    Options change in place (``ALTER SEQUENCE``, never a drop: column defaults
    depend on it). An owner (``OWNED BY``) is let go before anything is dropped
    (a sequence owned by a dropped column or table would go with it, and the
    later ``DROP SEQUENCE`` fail) and set once the new owner column exists.
    """
    before, after = ch.before, ch.after
    s = ctx.support
    key = (after or before).key
    steps = []
    if before is not None and before.owned_by is not None and (
        after is None or after.owned_by != before.owned_by
    ):
        op = _statements(s.sequence_owner_ddl(before, None),
                         s.sequence_owner_ddl(before, _sequence_owner(before, ctx.a)),
                         f"releasing sequence {key} from {before.owned_by}")
        steps.append(Step(op, Phase.DROP_CONSTRAINTS, ("release_sequence", key), key))
    if after is None:
        steps.append(Step(_drop_op(before, ctx), Phase.DROP_TYPES, ("drop_sequence", key), key))
    elif before is None:
        steps.append(Step(_create_op(after, ctx), Phase.CREATE_TYPES, ("create_sequence", key), key))
    else:
        forward = s.object_change_ddl(before, after)
        if forward is None:
            return _object_steps(ch, ctx, "sequence", create=Phase.CREATE_TYPES,
                                 drop=Phase.DROP_TYPES)
        if forward:
            backward = s.object_change_ddl(after, before)
            op = _statements(forward, backward, f"changing sequence {key}")
            steps.append(Step(op, Phase.CREATE_TYPES, ("change_sequence", key), key))
    if after is not None and after.owned_by is not None and (
        before is None or before.owned_by != after.owned_by
    ):
        owner = _sequence_owner(after, ctx.b)
        op = _statements(s.sequence_owner_ddl(after, owner), s.sequence_owner_ddl(after, None),
                         f"making {after.owned_by} own sequence {key}")
        steps.append(Step(op, Phase.ADD_CONSTRAINTS, ("own_sequence", key), key))
    return steps


def _sequence_owner(seq: model.Sequence, schema: model.Schema) -> tuple[model.TableKey, str]:
    """The (table, column) that ``seq.owned_by`` (``table.column``) names in ``schema``."""
    text = seq.owned_by or ""
    for table in schema.tables:
        if table.schema == seq.schema and text.startswith(table.name + "."):
            column = text[len(table.name) + 1:]
            if column in table.column_map:
                return table.key, column
    raise MigrationError(
        f"sequence {seq.key} is owned by {text!r}, which is no column of a table of its "
        "schema in the snapshot — fix owned_by or set the owner by hand"
    )


def enum_steps(ch: Change, ctx: Context) -> list[Step]:
    if ch.kind is ChangeKind.ENUM_ADDED:
        e: model.Enum = ch.after
        op = ddl.SQLOp(ddl.enum_ddl(e, create=True), undo=ddl.enum_ddl(e, create=False), describe=f"creating type {e.key}")
        return [Step(op, Phase.CREATE_TYPES, ("create_enum", e.key), e.key)]
    if ch.kind is ChangeKind.ENUM_DROPPED:
        e = ch.before
        op = ddl.SQLOp(ddl.enum_ddl(e, create=False), undo=ddl.enum_ddl(e, create=True), describe=f"dropping type {e.key}")
        return [Step(op, Phase.DROP_TYPES, ("drop_enum", e.key), e.key,
                     after=_type_drop_after(e, ctx))]
    if needs_recreation(ch.before, ch.after):
        return _enum_recreated(ch.before, ch.after, ctx)
    return _enum_values_added(ch.before, ch.after)


def needs_recreation(old: model.Enum, new: model.Enum) -> bool:
    """Values removed or reordered: PostgreSQL can only add, so the type is re-created."""
    return [v for v in new.values if v in old.values] != list(old.values)


def recreated_enums(ctx: Context) -> list[tuple[model.Enum, model.Enum]]:
    """The enums of the diff that are re-created (values removed or reordered)."""
    return [(ch.before, ch.after) for ch in ctx.changes
            if ch.kind is ChangeKind.ENUM_CHANGED and needs_recreation(ch.before, ch.after)]


def enum_users(
    old: model.Enum, new: model.Enum, ctx: Context
) -> tuple[list[Any], list[tuple[model.Domain, model.Domain]]]:
    """What uses an enum on both sides and is retyped when it is re-created: the
    columns (of the enum, an array of it, or a domain over it; as the dialect's
    ``RetypedColumn``) and the domains over it (pairs, ``a`` then ``b``)."""
    s = ctx.support
    domains_b = {d.key: d for d in ctx.b.domains}
    domains = [(d, domains_b[d.key]) for d in ctx.a.domains
               if d.key in domains_b and s.named_type_of(d.type_sql, [old])
               and s.named_type_of(domains_b[d.key].type_sql, [new])]
    users_a = [old, *(d for d, _ in domains)]
    users_b = [new, *(d for _, d in domains)]
    columns = []
    for table in ctx.b.tables:
        before = ctx.a.table_map.get(ctx.old_key(table.key))
        if before is None:
            continue
        for col in table.columns:
            name = ctx.old_column(table.key, col.name)
            old_col = before.column_map.get(name)
            if old_col is None:
                continue
            used_a = s.named_type_of(old_col.type_sql, users_a)
            used_b = s.named_type_of(col.type_sql, users_b)
            if used_a and used_b and (used_a[0].key, used_a[1]) == (used_b[0].key, used_b[1]):
                columns.append(RetypedColumn(table.key, name, old_col, col))
    return columns, domains


def _enum_recreated(old: model.Enum, new: model.Enum, ctx: Context) -> list[Step]:
    """Values removed or reordered: the type is renamed, created anew, every column
    using it retyped (:meth:`~schemanb.dialects.base.DialectSupport.enum_recreation_ddl`),
    and the old one dropped last. The undo is the same re-creation the other way."""
    s = ctx.support
    columns, domains = enum_users(old, new, ctx)
    first, last = s.enum_recreation_ddl(old, new, columns, domains)
    back_columns = [RetypedColumn(c.table, c.name, c.after, c.before) for c in columns]
    back_first, back_last = s.enum_recreation_ddl(
        new, old, back_columns, [(b, a) for a, b in domains])
    removed = [v for v in old.values if v not in new.values]
    added = [v for v in new.values if v not in old.values]
    describe = f"re-creating type {new.key}" + (
        f": rows holding {', '.join(map(repr, removed))} cannot be kept" if removed else
        " with its values in a new order")
    create = ddl.StatementsOp(first, [*back_first, *back_last], describe=describe,
                              loses_data=bool(removed), undo_loses_data=bool(added))
    drop = ddl.StatementsOp(last, [], describe=f"dropping the old type of {new.key}")
    return [
        Step(create, Phase.CREATE_TYPES, ("recreate_enum", new.key), new.key),
        Step(drop, Phase.DROP_TYPES, ("drop_old_enum", new.key), new.key,
             after=(("recreate_enum", new.key),)),
    ]


#: A quoted identifier (group 1) or an unquoted word (group 2) of a type spelling.
_RE_TYPE_WORD = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)')


def _type_words(obj: Any) -> set[str]:
    """The names a domain's base type or a composite's attribute types mention."""
    if isinstance(obj, model.Domain):
        text = obj.type_sql
    elif isinstance(obj, model.CompositeType):
        text = " ".join(t for _, t in obj.attributes)
    else:
        return set()
    return {quoted.replace('""', '"') if quoted else plain.lower()
            for quoted, plain in _RE_TYPE_WORD.findall(text)}


def _user_types(schema: model.Schema) -> list[tuple[str, Any]]:
    return ([("enum", e) for e in schema.enums] + [("domain", d) for d in schema.domains]
            + [("composite", c) for c in schema.composite_types])


def _type_create_after(obj: Any, ctx: Context) -> tuple[tuple[Any, ...], ...]:
    """A domain or composite is created after the user types it is made of."""
    words = _type_words(obj)
    return tuple(("create_" + kind, other.key) for kind, other in _user_types(ctx.b)
                 if other.name in words and other.key != obj.key)


def _type_drop_after(obj: Any, ctx: Context) -> tuple[tuple[Any, ...], ...]:
    """A user type is dropped after the domains and composites made of it."""
    return tuple(("drop_" + kind, other.key) for kind, other in _user_types(ctx.a)
                 if kind != "enum" and other.key != obj.key and obj.name in _type_words(other))


def _enum_values_added(old: model.Enum, new: model.Enum) -> list[Step]:
    """``ALTER TYPE ... ADD VALUE`` for each new label; anything else is refused."""
    kept = [v for v in new.values if v in old.values]
    if kept != list(old.values):
        raise MigrationError(
            f"enum {new.key} loses or reorders values ({list(old.values)} -> {list(new.values)}); "
            "PostgreSQL can only add values — migrate the columns to a new type by hand"
        )
    steps: list[Step] = []
    for i, value in enumerate(new.values):
        if value in old.values:
            continue
        following = next((v for v in new.values[i + 1 :] if v in old.values), None)
        op = ddl.SQLOp(
            ddl.AddEnumValue(new, value, following),
            undo=None,
            describe=f"adding value {value!r} to type {new.key}",
            irreversible_reason="PostgreSQL cannot remove a value from an enum",
        )
        prev = steps[-1].key if steps else None
        steps.append(Step(op, Phase.CREATE_TYPES, ("enum_value", new.key, value), new.key, after=(prev,) if prev else ()))
    return steps


# ------------------------------------------------ objects the dialect writes DDL for


def _statements(
    forward: list[str], backward: list[str] | None, describe: str, **kw: Any
) -> ddl.StatementsOp:
    return ddl.StatementsOp(forward, backward, describe=describe, **kw)


def _label(obj: Any) -> str:
    kind = {
        model.Domain: "domain", model.CompositeType: "type", model.Routine: "routine",
        model.Trigger: "trigger", model.Extension: "extension", model.Grant: "grant",
        model.Collation: "collation",
    }.get(type(obj), type(obj).__name__.lower())
    if isinstance(obj, model.Routine):
        return f"{obj.kind} {model.TableKey(obj.schema, obj.name)}({obj.arguments})"
    if isinstance(obj, model.Trigger):
        return f"trigger {obj.name} on {obj.key}"
    if isinstance(obj, model.Rule):
        return f"rule {obj.name} on {obj.key}"
    if isinstance(obj, model.Extension):
        return f"extension {obj.name}"
    if isinstance(obj, model.Grant):
        if obj.object_kind == "schema":
            return f"{obj.privilege} on schema {obj.object_name} to {obj.grantee}"
        return f"{obj.privilege} on {obj.key} to {obj.grantee}"
    if isinstance(obj, model.Policy):
        return f"policy {obj.name} on {obj.key}"
    if isinstance(obj, model.RowSecurity):
        return f"row-level security of {obj.key}"
    if isinstance(obj, model.ExclusionConstraint):
        return f"exclusion constraint {obj.name} on {obj.key}"
    return f"{kind} {obj.key}"


def _create_op(obj: Any, ctx: Context) -> ddl.StatementsOp:
    s = ctx.support
    return _statements(s.object_ddl(obj, create=True), s.object_ddl(obj, create=False),
                       f"creating {_label(obj)}")


def _drop_op(obj: Any, ctx: Context) -> ddl.StatementsOp:
    s = ctx.support
    return _statements(s.object_ddl(obj, create=False), s.object_ddl(obj, create=True),
                       f"dropping {_label(obj)}")


def _identity(obj: Any) -> Any:
    """What names ``obj`` in step keys: a grant is its own key."""
    if isinstance(obj, model.Grant):
        return obj
    if isinstance(obj, model.Extension):
        return obj.name
    return getattr(obj, "identity", None) or obj.key


def _object_steps(
    ch: Change, ctx: Context, name: str, *, create: Phase, drop: Phase, change: Phase | None = None,
    drop_on_change: Phase | None = None, after: tuple[tuple[Any, ...], ...] = (),
    drop_after: tuple[tuple[Any, ...], ...] = (),
) -> list[Step]:
    """Create, drop, or change in place (else drop and create) one object.

    ``change`` is the phase of an in-place change (default ``create``);
    ``drop_on_change`` the phase of the drop when it is re-created instead
    (default ``change``), with the create after it.
    """
    change = change or create
    before, after_obj = ch.before, ch.after
    if before is None:
        key = ("create_" + name, _identity(after_obj))
        return [Step(_create_op(after_obj, ctx), create, key, _table_of(after_obj), after=after)]
    if after_obj is None:
        key = ("drop_" + name, _identity(before))
        return [Step(_drop_op(before, ctx), drop, key, _table_of(before), after=drop_after)]
    forward = ctx.support.object_change_ddl(before, after_obj)
    if forward is not None:
        backward = ctx.support.object_change_ddl(after_obj, before)
        if backward is None:
            backward = ctx.support.object_ddl(after_obj, create=False) + ctx.support.object_ddl(
                before, create=True)
        op = _statements(forward, backward, f"changing {_label(after_obj)}")
        return [Step(op, change, ("change_" + name, _identity(after_obj)), _table_of(after_obj),
                     after=after)]
    drop_key = ("drop_" + name, _identity(before))
    return [
        Step(_drop_op(before, ctx), drop_on_change or change, drop_key, _table_of(before),
             after=drop_after),
        Step(_create_op(after_obj, ctx), change, ("create_" + name, _identity(after_obj)),
             _table_of(after_obj), after=(drop_key, *after)),
    ]


def _table_of(obj: Any) -> model.TableKey | None:
    key = getattr(obj, "key", None)
    return key if isinstance(key, model.TableKey) else None


def domain_steps(ch: Change, ctx: Context) -> list[Step]:
    if ch.before is not None and ch.after is not None and any(
        ch.before.key in {a.key for a, _ in enum_users(old, new, ctx)[1]}
        for old, new in recreated_enums(ctx)
    ):
        return []  # re-created with its enum, as ``b`` has it
    return _object_steps(ch, ctx, "domain", create=Phase.CREATE_TYPES, drop=Phase.DROP_TYPES,
                         after=_type_create_after(ch.after, ctx) if ch.after else (),
                         drop_after=_type_drop_after(ch.before, ctx) if ch.before else ())


def composite_steps(ch: Change, ctx: Context) -> list[Step]:
    return _object_steps(ch, ctx, "composite", create=Phase.CREATE_TYPES, drop=Phase.DROP_TYPES,
                         after=_type_create_after(ch.after, ctx) if ch.after else (),
                         drop_after=_type_drop_after(ch.before, ctx) if ch.before else ())


def extension_steps(ch: Change, ctx: Context) -> list[Step]:
    return _object_steps(ch, ctx, "extension", create=Phase.CREATE_EXTENSIONS,
                         drop=Phase.DROP_EXTENSIONS)


def routine_steps(ch: Change, ctx: Context) -> list[Step]:
    """Routines: dropped early (before the types and tables they use), created late.

    Among themselves, a routine is created after the routines it refers to
    (a SQL body is checked at creation; an aggregate needs its functions) and
    dropped before them (:meth:`Context.routine_edges_b`, ``routine_referrers_a``).
    """
    after: tuple[tuple[Any, ...], ...] = ()
    create = Phase.CREATE_ROUTINES
    if ch.after is not None:
        after = tuple((kind, dep) for dep in ctx.routine_edges_b.get(ch.after.identity, ())
                      for kind in ("create_routine", "change_routine"))
        # A body that reads a view this migration creates (a SQL body is checked at
        # creation) comes with the views, after that one (migra's dependencies fixture).
        made = {c.after.name: c.after.key for c in ctx.changes
                if c.kind in (ChangeKind.VIEW_ADDED, ChangeKind.VIEW_CHANGED) and c.after is not None}
        read = ctx.support.routine_references(ch.after, frozenset(made)) if made else frozenset()
        if read:
            create = Phase.CREATE_VIEWS
            after += tuple(("create_view", made[name]) for name in sorted(read))
    drop_after: tuple[tuple[Any, ...], ...] = ()
    drop = Phase.DROP_ROUTINES
    if ch.before is not None:
        drop_after = tuple(("drop_routine", r)
                           for r in ctx.routine_referrers_a.get(ch.before.identity, ()))
        # The mirror image: a body that reads a view this migration drops goes with the
        # views, before that one, so the way back (the steps reversed) creates the view
        # first; the views that call the routine are still dropped before it.
        if _dropped_views_read(ch.before, ctx):
            drop = Phase.DROP_VIEWS
            drop_after += tuple(("drop_view", w.key) for w in ctx.a.views
                                if ch.before.key in w.depends_on_routines)
    return _object_steps(ch, ctx, "routine", create=create,
                         drop=drop, drop_on_change=drop,
                         after=after, drop_after=drop_after)


def _routines_dropped(ctx: Context) -> list[model.Routine]:
    """The routines of ``a`` this migration drops (or drops to create again)."""
    return [c.before for c in ctx.changes
            if c.kind in (ChangeKind.ROUTINE_DROPPED, ChangeKind.ROUTINE_CHANGED) and c.before is not None]


def _dropped_views_read(routine: model.Routine, ctx: Context) -> list[model.TableKey]:
    """The views this migration drops (or re-creates) that ``routine``'s body reads."""
    gone = {c.before.name: c.before.key for c in ctx.changes
            if c.kind in (ChangeKind.VIEW_DROPPED, ChangeKind.VIEW_CHANGED) and c.before is not None}
    read = ctx.support.routine_references(routine, frozenset(gone)) if gone else frozenset()
    return [gone[name] for name in sorted(read)]


def trigger_steps(ch: Change, ctx: Context) -> list[Step]:
    """Triggers: dropped first, created last (after their function and their view)."""
    trigger = ch.after
    after: tuple[tuple[Any, ...], ...] = ()
    if trigger is not None:
        after = (("create_view", trigger.key),) + tuple(
            ("create_routine", r.identity) for r in ctx.b.routines if r.key == trigger.function
        ) + tuple(
            ("change_routine", r.identity) for r in ctx.b.routines if r.key == trigger.function
        )
    return _object_steps(ch, ctx, "trigger", create=Phase.CREATE_TRIGGERS,
                         drop=Phase.DROP_TRIGGERS, drop_on_change=Phase.DROP_TRIGGERS,
                         after=after)


def policy_steps(ch: Change, ctx: Context) -> list[Step]:
    """Policies as triggers: dropped first (before the columns and tables they
    name go), created last (after the tables, columns and routines they use).

    A changed policy is altered in place (``ALTER POLICY``), unless it names a
    column that changes type or goes: PostgreSQL refuses both under a policy,
    so it is dropped first and created last.
    """
    if ch.before is not None and ch.after is not None:
        columns, _ = _touched(ctx, set())
        if _policy_reads(ch.before, columns):
            return _recreated(ch.before, ch.after, ctx, "policy")
    return _object_steps(ch, ctx, "policy", create=Phase.CREATE_TRIGGERS,
                         drop=Phase.DROP_TRIGGERS, drop_on_change=Phase.DROP_TRIGGERS)


def _policy_reads(policy: model.Policy, columns: set[model.ColumnRef]) -> bool:
    """Whether ``policy``'s expressions name one of ``columns`` (of its table)."""
    text = f"{policy.using or ''} {policy.with_check or ''}"
    names = [c.column for c in columns if c.table == policy.key]
    return any(re.search(r'(?<![\w$"])' + re.escape(n) + r'(?![\w$"])', text)
               or f'"{n.replace(chr(34), chr(34) * 2)}"' in text for n in names)


def _recreated(before: Any, after: Any, ctx: Context, name: str) -> list[Step]:
    """``before`` dropped first (with the triggers), ``after`` created last."""
    drop_key = ("drop_" + name, _identity(before))
    return [
        Step(_drop_op(before, ctx), Phase.DROP_TRIGGERS, drop_key, _table_of(before)),
        Step(_create_op(after, ctx), Phase.CREATE_TRIGGERS, ("create_" + name, _identity(after)),
             _table_of(after), after=(drop_key,)),
    ]


def row_security_steps(ch: Change, ctx: Context) -> list[Step]:
    """``ENABLE`` / ``FORCE ROW LEVEL SECURITY`` once the table exists."""
    return _object_steps(ch, ctx, "row_security", create=Phase.CREATE_TRIGGERS,
                         drop=Phase.DROP_TRIGGERS)


def exclusion_steps(ch: Change, ctx: Context) -> list[Step]:
    """Exclusion constraints with the other constraints: dropped early, added
    once the table and its columns exist; a change drops and adds it again."""
    return _object_steps(ch, ctx, "exclusion", create=Phase.ADD_CONSTRAINTS,
                         drop=Phase.DROP_CONSTRAINTS, drop_on_change=Phase.DROP_CONSTRAINTS)


def collation_steps(ch: Change, ctx: Context) -> list[Step]:
    """Collations with the types: created before the tables whose columns use
    them, dropped after. A changed one is re-created before the columns move to
    it, or after they leave it; one that columns use before and after cannot be."""
    recreate = Phase.CREATE_TYPES
    if ch.before is not None and ch.after is not None:
        old_users, new_users = _collation_users(ch.before, ctx.a), _collation_users(ch.after, ctx.b)
        if old_users and new_users:
            raise MigrationError(
                f"collation {ch.before.key} changes while columns use it "
                f"({', '.join(old_users[:3])}): PostgreSQL cannot re-create it under them — "
                "move the columns to another collation first, or create a new collation "
                "under a new name"
            )
        if old_users:
            recreate = Phase.DROP_TYPES  # once the columns have left it
    return _object_steps(ch, ctx, "collation", create=Phase.CREATE_TYPES, drop=Phase.DROP_TYPES,
                         change=recreate, drop_on_change=recreate)


def _collation_users(collation: model.Collation, schema: model.Schema) -> list[str]:
    """The columns of ``schema`` that use ``collation``, as ``table.column``."""
    names = {collation.name, f"{collation.schema}.{collation.name}"}
    return [f"{t.key}.{c.name}" for t in schema.tables for c in t.columns if c.collation in names]


def rule_steps(ch: Change, ctx: Context) -> list[Step]:
    """Rules as triggers: dropped first (before the tables and views they name), created
    last (every table, view and routine they name exists)."""
    after: tuple[tuple[Any, ...], ...] = ()
    if ch.after is not None:
        after = (("create_view", ch.after.key),)
    return _object_steps(ch, ctx, "rule", create=Phase.CREATE_TRIGGERS,
                         drop=Phase.DROP_TRIGGERS, drop_on_change=Phase.DROP_TRIGGERS,
                         after=after)


def namespace_steps(ch: Change, ctx: Context) -> list[Step]:
    """Schemas: created before anything in them (with their comment), dropped after
    everything in them; a comment changes in place. No table key: a schema is none."""
    s = ctx.support
    before, after = ch.before, ch.after
    if before is None:
        op = _statements(s.object_ddl(after, create=True), s.object_ddl(after, create=False),
                         f"creating schema {after.name}")
        return [Step(op, Phase.CREATE_SCHEMAS, ("create_schema", after.name), None)]
    if after is None:
        op = _statements(s.object_ddl(before, create=False), s.object_ddl(before, create=True),
                         f"dropping schema {before.name}")
        return [Step(op, Phase.DROP_SCHEMAS, ("drop_schema", before.name), None)]
    forward = s.object_change_ddl(before, after)
    backward = s.object_change_ddl(after, before)
    if forward is None or backward is None:
        raise MigrationError(f"schema {after.name}: {s.name} cannot change it in place")
    op = _statements(forward, backward, f"commenting schema {after.name}")
    return [Step(op, Phase.CREATE_SCHEMAS, ("change_schema", after.name), None)]


def grant_steps(ch: Change, ctx: Context) -> list[Step]:
    """Grants last (their object exists), revokes first (it still exists)."""
    return _object_steps(ch, ctx, "grant", create=Phase.ADD_GRANTS, drop=Phase.DROP_GRANTS)


# -------------------------------------------------------------------- partitions


# -------------------------------------------------------------------- dependants

_COLUMN_GONE = (
    ChangeKind.COLUMN_TYPE_CHANGED,
    ChangeKind.COLUMN_DROPPED,
    ChangeKind.COLUMN_RENAMED,
    ChangeKind.COLUMN_COMPUTED_CHANGED,
)


def dependent_steps(
    ctx: Context, rebuilt: set[model.TableKey], steps: dict[tuple[Any, ...], Step]
) -> list[Step]:
    """Drop-and-create steps for views and triggers that depend on what ``steps`` change."""
    views = _dependent_views(ctx, rebuilt, steps)
    out: list[Step] = []
    for view in views:
        new = ctx.b.view_map.get(view.key)
        if new is not None:
            out += view_steps(Change(kind=ChangeKind.VIEW_CHANGED,
                                      ref=model.ObjectRef(model.ObjectKind.VIEW, view.key),
                                      before=view, after=new), ctx)
    recreated_views = {k[1] for k in (*steps, *(s.key for s in out)) if k[0] == "drop_view"}
    out += _dependent_triggers(ctx, rebuilt, steps, recreated_views)
    out += _dependent_policies(ctx, rebuilt, steps)
    return out


def _dependent_policies(
    ctx: Context, rebuilt: set[model.TableKey], steps: dict[tuple[Any, ...], Step]
) -> list[Step]:
    """Unchanged policies that name a column changing type or going: dropped
    first and created last (PostgreSQL refuses both under a policy)."""
    if not ctx.a.policies:
        return []
    columns, _ = _touched(ctx, rebuilt)
    handled = {k[1] for k in steps if k[0] in ("drop_policy", "change_policy")}
    renamed = {old: new for new, old in ctx.table_renames.items()}
    b_policies = {p.identity: p for p in ctx.b.policies}
    out: list[Step] = []
    for policy in ctx.a.policies:
        if policy.identity in handled or not _policy_reads(policy, columns):
            continue
        new_key = renamed.get(policy.key, policy.key)
        new = b_policies.get((new_key.schema or "", new_key.name, policy.name))
        if new is not None:
            out += _recreated(policy, new, ctx, "policy")
    return out


def _touched(ctx: Context, rebuilt: set[model.TableKey]) -> tuple[set[model.ColumnRef], set[model.TableKey]]:
    """Columns (of ``a``) whose type or name changes or which go, and tables that go or move."""
    columns: set[model.ColumnRef] = set()
    tables = {ctx.old_key(k) for k in rebuilt}
    for ch in ctx.changes:
        if ch.kind in _COLUMN_GONE:
            key = ctx.old_key(ch.ref.table)
            name = ch.before.name if ch.kind is not ChangeKind.COLUMN_TYPE_CHANGED else (
                ctx.old_column(ch.ref.table, ch.ref.name or ""))
            columns.add(model.ColumnRef(key, name))
        elif ch.kind is ChangeKind.TABLE_DROPPED:
            tables.add(ch.ref.table)
        elif ch.kind is ChangeKind.TABLE_RENAMED:
            tables.add(ctx.old_key(ch.ref.table))
    for old, new in recreated_enums(ctx):
        columns.update(model.ColumnRef(ctx.old_key(c.table), c.name)
                       for c in enum_users(old, new, ctx)[0])
    return columns, tables


def _dependent_views(
    ctx: Context, rebuilt: set[model.TableKey], steps: dict[tuple[Any, ...], Step]
) -> list[model.View]:
    """Views of ``a`` that must be dropped and re-created, in ``a``'s order."""
    columns, tables = _touched(ctx, rebuilt)
    column_tables = {c.table for c in columns}
    gone = {k[1] for k in steps if k[0] == "drop_view"}
    rebuilt_a = {ctx.old_key(k) for k in rebuilt}
    dropped_routines = _dropped_routines(steps)
    affected: set[model.TableKey] = set()

    def reads(view: model.View) -> bool:
        if any(k in gone or k in affected for k in view.depends_on):
            return True
        if any(k in dropped_routines for k in view.depends_on_routines):
            return True
        if view.depends_on_columns:
            return any(c in columns or c.table in tables or c.table in gone or c.table in affected
                       for c in view.depends_on_columns)
        if view.depends_on:
            return any(k in tables or k in column_tables for k in view.depends_on)
        return bool(rebuilt_a)  # nothing known: a SQLite rebuild checks every view

    changed = True
    while changed:
        changed = False
        for view in ctx.a.views:
            if view.key not in gone and view.key not in affected and reads(view):
                affected.add(view.key)
                changed = True
    return [v for v in ctx.a.views if v.key in affected]


def _dropped_routines(steps: dict[tuple[Any, ...], Step]) -> set[model.TableKey]:
    """The routines ``steps`` drop (to change or remove them), by (schema, name)."""
    return {model.TableKey(k[1][0] or None, k[1][1]) for k in steps if k[0] == "drop_routine"}


def _dependent_triggers(
    ctx: Context, rebuilt: set[model.TableKey], steps: dict[tuple[Any, ...], Step],
    recreated_views: set[model.TableKey],
) -> list[Step]:
    dropped_routines = _dropped_routines(steps)
    handled = {k[1] for k in steps if k[0] in ("drop_trigger", "change_trigger")}
    moved = {ctx.old_key(k) for k in rebuilt} | recreated_views
    renamed = {old: new for new, old in ctx.table_renames.items()}
    b_triggers = {t.identity: t for t in ctx.b.triggers}
    out: list[Step] = []
    for trigger in ctx.a.triggers:
        if trigger.identity in handled:
            continue
        if trigger.function not in dropped_routines and trigger.key not in moved:
            continue
        new_key = renamed.get(trigger.key, trigger.key)
        new = b_triggers.get((new_key.schema or "", new_key.name, trigger.name))
        if new is None:
            continue
        ch = Change(kind=ChangeKind.TRIGGER_CHANGED,
                    ref=model.ObjectRef(model.ObjectKind.TRIGGER, new.key, new.name),
                    before=trigger, after=new)
        out += _trigger_recreated(ch, ctx)
    return out


def _trigger_recreated(ch: Change, ctx: Context) -> list[Step]:
    """A trigger dropped first and created last (never changed in place)."""
    before, after = ch.before, ch.after
    drop_key = ("drop_trigger", before.identity)
    create_after = (("create_view", after.key), drop_key) + tuple(
        (kind, r.identity) for r in ctx.b.routines if r.key == after.function
        for kind in ("create_routine", "change_routine")
    )
    return [
        Step(_drop_op(before, ctx), Phase.DROP_TRIGGERS, drop_key, before.key),
        Step(_create_op(after, ctx), Phase.CREATE_TRIGGERS, ("create_trigger", after.identity),
             after.key, after=create_after),
    ]



# ---------------------------------------------------------------------- comments

#: Objects that carry their table in the change's ref (not in their own key).
_ON_TABLE = (model.Index, model.PrimaryKey, model.ForeignKey, model.UniqueConstraint,
             model.CheckConstraint, model.Column)


def comment_steps(ch: Change, ctx: Context) -> list[Step]:
    """Only the comment of a type, routine, sequence, trigger, index, constraint or
    view column changes: ``COMMENT ON ... IS`` once every object exists."""
    table = ch.ref.table if isinstance(ch.after, _ON_TABLE) else None
    s = ctx.support
    # The undo too names the object as ``b`` does (a trigger's table may be renamed).
    op = _statements(s.comment_ddl(ch.after, ch.after.comment, table),
                     s.comment_ddl(ch.after, ch.before.comment, table),
                     f"commenting {ch.ref.kind.value.replace('_', ' ')} {ch.ref}")
    return [Step(op, Phase.ADD_GRANTS, _comment_key(ch.ref.kind, ch.ref.table, ch.ref.name),
                 ch.ref.table)]


def _comment_key(kind: model.ObjectKind, table: model.TableKey, name: str | None) -> tuple[Any, ...]:
    return ("comment", kind, table, name)


def comments_around(ctx: Context, steps: dict[tuple[Any, ...], Step]) -> None:
    """Comments that creating or dropping an object would lose, added to ``steps``.

    The objects the dialect creates itself (domains, composite types, routines,
    sequences, triggers) are created with their comment. Enums, indexes,
    constraints and view columns are created by other means: each one created
    (or re-created) with a comment in ``b`` gets a ``COMMENT ON`` step, and each
    one dropped with a comment in ``a`` gets its comment back in the downgrade.
    """
    s = ctx.support
    added: list[tuple[tuple[Any, ...], Any, model.TableKey | None, model.TableKey, str | None]] = []

    def created(key: tuple[Any, ...], obj: Any, kind: model.ObjectKind, owner: model.TableKey,
                table: model.TableKey | None = None) -> None:
        if key in steps and obj is not None and getattr(obj, "comment", None) is not None:
            added.append((_comment_key(kind, owner, getattr(obj, "name", None)), obj, table,
                          owner, obj.comment))

    for enum in ctx.b.enums:
        for verb in ("create_enum", "recreate_enum"):
            created((verb, enum.key), enum, model.ObjectKind.ENUM, enum.key)
    for table in ctx.b.tables:
        key = table.key
        whole = ("create", key) in steps
        parts: list[tuple[tuple[Any, ...], Any, model.ObjectKind]] = [
            (("add_pk", key), table.primary_key, model.ObjectKind.PRIMARY_KEY),
            *((("add_fk", key, fk), fk, model.ObjectKind.FOREIGN_KEY) for fk in table.foreign_keys),
            *((("add_unique", key, uq), uq, model.ObjectKind.UNIQUE)
              for uq in table.unique_constraints),
            *((("add_check", key, ck), ck, model.ObjectKind.CHECK)
              for ck in table.check_constraints),
            *((("add_index", key, ix.name), ix, model.ObjectKind.INDEX) for ix in table.indexes),
        ]
        for step_key, obj, kind in parts:
            obj = server_named(s, table, obj)
            if obj is None or getattr(obj, "name", None) is None:
                continue
            created(("create", key) if whole else step_key, obj, kind, key, key)
    for view in ctx.b.views:
        for col in view.columns:
            created(("create_view", view.key), col, model.ObjectKind.VIEW, view.key, view.key)
    for comment_key, obj, on, owner, text in added:
        op = _statements(s.comment_ddl(obj, text, on), [],
                         f"commenting {comment_key[1].value.replace('_', ' ')} {owner}")
        steps.setdefault(comment_key, Step(op, Phase.ADD_GRANTS, comment_key, owner))
    _comments_restored(ctx, steps)


def _comments_restored(ctx: Context, steps: dict[tuple[Any, ...], Step]) -> None:
    """Drops of enums, indexes, constraints (and whole tables) whose object has a
    comment in ``a``: the downgrade, which creates the object again, sets it too."""
    s = ctx.support

    def restore(step_key: tuple[Any, ...], items: list[tuple[Any, model.TableKey | None]]) -> None:
        step = steps.get(step_key)
        items = [(obj, table) for obj, table in items if obj is not None
                 and getattr(obj, "comment", None) is not None and getattr(obj, "name", None) is not None]
        if step is None or not items:
            return
        undo = [sql for obj, table in items for sql in s.comment_ddl(obj, obj.comment, table)]
        op = ddl.OpSequence([_statements([], undo, step.op.describe if hasattr(step.op, "describe")
                                         else "restoring comments"), step.op])
        steps[step_key] = Step(op, step.phase, step.key, step.table, step.refers_to, step.after)

    for enum in ctx.a.enums:
        restore(("drop_enum", enum.key), [(enum, None)])
    renamed = {old: new for new, old in ctx.table_renames.items()}
    for table in ctx.a.tables:
        key, key_b = table.key, renamed.get(table.key, table.key)

        def named(obj: Any, table: model.Table = table) -> Any:
            return server_named(s, table, obj)

        constraints: list[Any] = [table.primary_key, *table.foreign_keys,
                                  *table.unique_constraints, *table.check_constraints]
        restore(("drop", key), [(named(x), key) for x in (*constraints, *table.indexes)])
        restore(("drop_pk", key_b), [(named(table.primary_key), key)])
        for fk in table.foreign_keys:
            restore(("drop_fk", key, fk), [(named(fk), key)])
            restore(("drop_fk", key_b, fk), [(named(fk), key)])
        for uq in table.unique_constraints:
            restore(("drop_unique", key_b, uq), [(named(uq), key)])
        for ck in table.check_constraints:
            restore(("drop_check", key_b, ck), [(named(ck), key)])
        for ix in table.indexes:
            restore(("drop_index", key_b, ix.name), [(ix, key)])
