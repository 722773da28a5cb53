"""Hand-made diffs for the migrate unit tests: a snapshot pair and its Change list."""

from __future__ import annotations

from dataclasses import dataclass

from schemanb import model
from schemanb.diff.changes import Change, ChangeKind


@dataclass
class HandDiff:
    """Anything with ``a``, ``b`` and ``changes`` is enough for the migrate functions."""

    a: model.Schema
    b: model.Schema
    changes: tuple[Change, ...]


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
