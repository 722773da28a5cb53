"""Functions and procedures: added, dropped, or changed, paired by :attr:`Routine.identity`.

The identity is schema, name and argument list, so overloads are separate
objects and a changed argument list is a drop and an add. Bodies are stored
verbatim and compared with whitespace folded; the result type, language,
volatility and options compare as written (type spacing and case folded).
A change's ref names the routine with its arguments: ``total(a integer)``.
"""

from __future__ import annotations

from ...model import ObjectKind, ObjectRef, Routine, Schema, TableKey
from ..changes import Change, ChangeKind
from ._context import Context, canonical_type
from ._keyed import folded, keyed_changes

KINDS = (ChangeKind.ROUTINE_ADDED, ChangeKind.ROUTINE_DROPPED, ChangeKind.ROUTINE_CHANGED)


def compare(a: Schema, b: Schema, ctx: Context) -> list[Change]:
    if not a.routines and not b.routines:
        return []
    if ctx.portable and not ctx.both("supports_routines"):
        return []
    return keyed_changes(
        a.routines, b.routines, kinds=KINDS, key=_identity, ref=routine_ref,
        same=lambda x, y: _signature(x) == _signature(y) and _same_text(x, y, ctx), notes=_notes,
    )


def _same_text(a: Routine, b: Routine, ctx: Context) -> bool:
    """The server's own text of both agree where the dialect compares it (MySQL/MariaDB:
    the parameter list and result type as written, :meth:`definition_key`)."""
    if a.create_sql is None or b.create_sql is None or ctx.portable or ctx.support_a is not ctx.support_b:
        return True
    key = ctx.support_b.definition_key
    return bool(key("routine", a.create_sql) == key("routine", b.create_sql))


def routine_ref(routine: Routine) -> ObjectRef:
    """``ObjectRef`` of a routine: its schema and ``name(arguments)``."""
    return ObjectRef(ObjectKind.ROUTINE, TableKey(routine.schema, f"{routine.name}({routine.arguments})"))


def _identity(routine: Routine) -> tuple[str, str, str]:
    schema, name, arguments = routine.identity
    return (schema, name, " ".join(arguments.split()))


def _signature(routine: Routine) -> tuple[object, ...]:
    return (
        routine.kind,
        None if routine.returns is None else canonical_type(routine.returns),
        (routine.language or "").lower(),
        folded(routine.definition),
        (routine.volatility or "").upper(),
        routine.options,
    )


def _notes(a: Routine, b: Routine) -> tuple[str, ...]:
    notes = []
    if folded(a.definition) != folded(b.definition):
        notes.append("body changed")
    if _signature(a)[1] != _signature(b)[1]:
        notes.append(f"returns {a.returns} -> {b.returns}")
    return tuple(notes)
