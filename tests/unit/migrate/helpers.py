"""Hand-made diffs for the migrate unit tests: a snapshot pair and its Change list."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemanb import model
from schemanb.diff.changes import Change, ChangeKind
from schemanb.diff.renames import Candidate, Renames


@dataclass
class HandDiff:
    """``a``, ``b``, ``changes`` and the rename record (made from the rename changes here)."""

    a: model.Schema
    b: model.Schema
    changes: tuple[Change, ...]
    renames: Renames = field(init=False)

    def __post_init__(self) -> None:
        self.renames = Renames(tuple(_accepted(ch) for ch in self.changes if ch.kind.is_rename))


def _accepted(ch: Change) -> Candidate:
    """A rename change as the accepted candidate the diff would have recorded."""
    if ch.kind is ChangeKind.TABLE_RENAMED:
        return Candidate("table", str(ch.before.key), str(ch.after.key), 1.0, ch.before.key, ch.after.key)
    old_table = ch.ref.table
    return Candidate("column", f"{old_table}.{ch.before.name}", f"{ch.ref.table}.{ch.after.name}", 1.0,
                     old_table, ch.ref.table, ch.before.name, ch.after.name)


def ref(kind: model.ObjectKind, table: str, name: str | None = None) -> model.ObjectRef:
    return model.ObjectRef(kind, model.TableKey(None, table), name)


def change(kind: ChangeKind, table: str, name: str | None = None, *, before=None, after=None) -> Change:  # type: ignore[no-untyped-def]
    obj_kind = {
        "table": model.ObjectKind.TABLE, "column": model.ObjectKind.COLUMN,
        "primary": model.ObjectKind.PRIMARY_KEY, "foreign": model.ObjectKind.FOREIGN_KEY,
        "unique": model.ObjectKind.UNIQUE, "check": model.ObjectKind.CHECK,
        "index": model.ObjectKind.INDEX, "view": model.ObjectKind.VIEW,
        "sequence": model.ObjectKind.SEQUENCE, "enum": model.ObjectKind.ENUM,
    }[kind.value.split("_")[0]]
    return Change(kind=kind, ref=ref(obj_kind, table, name), before=before, after=after)


def body(statements):  # type: ignore[no-untyped-def]
    """The migration's own statements: without the SQLite script's prologue, epilogue
    and rebuild guards (foreign keys off, transaction, row and foreign-key checks)."""
    def wrapper(sql: str) -> bool:
        return sql in ("BEGIN", "COMMIT") or sql.startswith("PRAGMA foreign_keys") or "_schemanb_" in sql

    return [s for s in statements if not wrapper(s.sql)]
