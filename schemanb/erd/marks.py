"""Diff colouring: which tables, columns and foreign keys a ``SchemaDiff`` marks (pure).

Reads any object with ``.changes`` (a sequence of
:class:`~schemanb.diff.changes.Change`), ``.a`` and ``.b`` (the two snapshots).
The diagram shows snapshot ``b`` plus what ``a`` had and ``b`` dropped
(:func:`merged_schema`), with states:

* ``added`` (green), ``dropped`` (red), ``changed`` (amber);
* a renamed table or column is ``changed`` and shows ``old → new``;
* a table with any changed part (column, key, constraint, index, comment) is
  ``changed`` unless it is itself added or dropped.

Views, sequences and enums are not drawn, so their changes mark nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..diff.changes import Change, ChangeKind
from ..model import Column, ForeignKey, Schema, Table, TableKey

FkId = tuple[tuple[str, ...], TableKey, tuple[str, ...]]


class DiffLike(Protocol):
    """What the diagram needs of a ``SchemaDiff``."""

    @property
    def changes(self) -> Sequence[Change]: ...
    @property
    def a(self) -> Schema: ...
    @property
    def b(self) -> Schema: ...


def fk_id(fk: ForeignKey) -> FkId:
    """A foreign key's identity for colouring: columns and target (names may be absent)."""
    return (fk.columns, fk.referred_table, fk.referred_columns)


# What each kind of change marks: (the object kind it colours, its state).
# "table": the table itself; "column"/"fk": that part, and the table as changed;
# "part": only the table, as changed; "none": nothing drawn.
KIND_EFFECT: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.TABLE_ADDED: ("table", "added"),
    ChangeKind.TABLE_DROPPED: ("table", "dropped"),
    ChangeKind.TABLE_RENAMED: ("table", "changed"),
    ChangeKind.TABLE_COMMENT_CHANGED: ("part", "changed"),
    ChangeKind.COLUMN_ADDED: ("column", "added"),
    ChangeKind.COLUMN_DROPPED: ("column", "dropped"),
    ChangeKind.COLUMN_RENAMED: ("column", "changed"),
    ChangeKind.COLUMN_TYPE_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_NULLABLE_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_DEFAULT_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_IDENTITY_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_COMPUTED_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_COLLATION_CHANGED: ("column", "changed"),
    ChangeKind.COLUMN_COMMENT_CHANGED: ("column", "changed"),
    ChangeKind.PRIMARY_KEY_ADDED: ("part", "changed"),
    ChangeKind.PRIMARY_KEY_DROPPED: ("part", "changed"),
    ChangeKind.PRIMARY_KEY_CHANGED: ("part", "changed"),
    ChangeKind.FOREIGN_KEY_ADDED: ("fk", "added"),
    ChangeKind.FOREIGN_KEY_DROPPED: ("fk", "dropped"),
    ChangeKind.FOREIGN_KEY_CHANGED: ("fk", "changed"),
    ChangeKind.UNIQUE_ADDED: ("part", "changed"),
    ChangeKind.UNIQUE_DROPPED: ("part", "changed"),
    ChangeKind.CHECK_ADDED: ("part", "changed"),
    ChangeKind.CHECK_DROPPED: ("part", "changed"),
    ChangeKind.CHECK_CHANGED: ("part", "changed"),
    ChangeKind.INDEX_ADDED: ("part", "changed"),
    ChangeKind.INDEX_DROPPED: ("part", "changed"),
    ChangeKind.INDEX_CHANGED: ("part", "changed"),
    ChangeKind.VIEW_ADDED: ("none", ""),
    ChangeKind.VIEW_DROPPED: ("none", ""),
    ChangeKind.VIEW_CHANGED: ("none", ""),
    ChangeKind.SEQUENCE_ADDED: ("none", ""),
    ChangeKind.SEQUENCE_DROPPED: ("none", ""),
    ChangeKind.SEQUENCE_CHANGED: ("none", ""),
    ChangeKind.ENUM_ADDED: ("none", ""),
    ChangeKind.ENUM_DROPPED: ("none", ""),
    ChangeKind.ENUM_CHANGED: ("none", ""),
}


@dataclass
class DiffMarks:
    """The states a diff gives to the objects of the merged schema."""

    tables: dict[TableKey, str] = field(default_factory=dict)
    table_old_names: dict[TableKey, str] = field(default_factory=dict)
    columns: dict[tuple[TableKey, str], str] = field(default_factory=dict)
    column_old_names: dict[tuple[TableKey, str], str] = field(default_factory=dict)
    fks: dict[tuple[TableKey, FkId], str] = field(default_factory=dict)
    dropped_tables: list[Table] = field(default_factory=list)
    dropped_columns: dict[TableKey, list[Column]] = field(default_factory=dict)
    dropped_fks: dict[TableKey, list[ForeignKey]] = field(default_factory=dict)

    @property
    def changed_tables(self) -> frozenset[TableKey]:
        """Every table the diff marks, in any state."""
        return frozenset(self.tables)


def _mark_table(marks: DiffMarks, key: TableKey, state: str) -> None:
    if marks.tables.get(key) not in ("added", "dropped"):
        marks.tables[key] = state


def _old(change: Change, a: Schema) -> Any:
    """The ``before`` object of a change, looked up in ``a`` when the change lacks it."""
    if change.before is not None:
        return change.before
    table = a.table_map.get(change.ref.table)
    if table is None or change.ref.name is None:
        return table
    return table.column_map.get(change.ref.name)


def _apply(marks: DiffMarks, change: Change, a: Schema) -> None:
    target, state = KIND_EFFECT[change.kind]
    key = change.ref.table
    if target == "none":
        return
    if target == "table":
        marks.tables[key] = state
        if change.kind is ChangeKind.TABLE_RENAMED and isinstance(change.before, Table):
            marks.table_old_names[key] = change.before.name
        if state == "dropped" and isinstance(old := _old(change, a), Table):
            marks.dropped_tables.append(old)
        return
    _mark_table(marks, key, "changed")
    if target == "column" and change.ref.name is not None:
        marks.columns[(key, change.ref.name)] = state
        if change.kind is ChangeKind.COLUMN_RENAMED and isinstance(change.before, Column):
            marks.column_old_names[(key, change.ref.name)] = change.before.name
        if state == "dropped" and isinstance(old := _old(change, a), Column):
            marks.dropped_columns.setdefault(key, []).append(old)
    elif target == "fk":
        fk = change.after if state != "dropped" else change.before
        if isinstance(fk, ForeignKey):
            marks.fks[(key, fk_id(fk))] = state
            if state == "dropped":
                marks.dropped_fks.setdefault(key, []).append(fk)


def diff_marks(diff: DiffLike) -> DiffMarks:
    """Collect the states of every object ``diff`` changes."""
    marks = DiffMarks()
    for change in diff.changes:
        _apply(marks, change, diff.a)
    return marks


def merged_schema(diff: DiffLike, marks: DiffMarks) -> Schema:
    """Snapshot ``b`` plus the tables, columns and foreign keys that ``a`` had and ``b`` dropped."""
    tables = []
    for table in diff.b.tables:
        extra_cols = [
            c for c in marks.dropped_columns.get(table.key, ()) if c.name not in table.column_map
        ]
        extra_fks = marks.dropped_fks.get(table.key, [])
        if extra_cols or extra_fks:
            table = dataclasses.replace(
                table,
                columns=table.columns + tuple(extra_cols),
                foreign_keys=table.foreign_keys + tuple(extra_fks),
            )
        tables.append(table)
    present = {t.key for t in tables}
    tables.extend(t for t in marks.dropped_tables if t.key not in present)
    tables.sort(key=lambda t: t.key.sort_key())
    return dataclasses.replace(diff.b, tables=tuple(tables))
