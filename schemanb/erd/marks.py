"""Diff colouring: which tables, columns and foreign keys a ``SchemaDiff`` marks (pure).

Reads any object with ``.changes`` (a sequence of
:class:`~schemanb.diff.changes.Change`), ``.a`` and ``.b`` (the two snapshots).
The diagram shows snapshot ``b`` plus what ``a`` had and ``b`` dropped
(:func:`merged_schema`), with states:

* ``added`` (green), ``dropped`` (red), ``changed`` (amber);
* a renamed table or column is ``changed`` and shows ``old → new``;
* a table with any changed part (column, key, constraint, index, comment,
  trigger, partition, partitioning, grant) is ``changed`` unless it is itself
  added or dropped;
* views are drawn, so a view is ``added``, ``dropped`` or ``changed`` like a table
  (a dropped view is drawn from ``a``);
* objects that are not drawn (sequences, enums, domains, composite types,
  routines, extensions, grants on routines or sequences) are counted in
  :attr:`DiffMarks.other`, which the diagram's note lists ("also changed: ...").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..diff.changes import Change, ChangeKind
from ..model import Column, ForeignKey, Grant, Schema, Table, TableKey, View

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
# "part": only the table, as changed; "view": the view node; "grant": the table (or view)
# as changed when granted on one, else "other"; "other": not drawn, counted for the note.
KIND_EFFECT: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.TABLE_ADDED: ("table", "added"),
    ChangeKind.TABLE_DROPPED: ("table", "dropped"),
    ChangeKind.TABLE_RENAMED: ("table", "changed"),
    ChangeKind.TABLE_COMMENT_CHANGED: ("part", "changed"),
    ChangeKind.TABLE_DEFINITION_CHANGED: ("part", "changed"),
    ChangeKind.TABLE_OPTIONS_CHANGED: ("part", "changed"),
    ChangeKind.DATABASE_OPTIONS_CHANGED: ("other", "database"),
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
    ChangeKind.COLUMN_OPTIONS_CHANGED: ("column", "changed"),
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
    ChangeKind.VIEW_ADDED: ("view", "added"),
    ChangeKind.VIEW_DROPPED: ("view", "dropped"),
    ChangeKind.VIEW_CHANGED: ("view", "changed"),
    ChangeKind.VIEW_COMMENT_CHANGED: ("view", "changed"),
    ChangeKind.COMMENT_CHANGED: ("other", "comment"),
    ChangeKind.SEQUENCE_ADDED: ("other", "sequence"),
    ChangeKind.SEQUENCE_DROPPED: ("other", "sequence"),
    ChangeKind.SEQUENCE_CHANGED: ("other", "sequence"),
    ChangeKind.ENUM_ADDED: ("other", "enum"),
    ChangeKind.ENUM_DROPPED: ("other", "enum"),
    ChangeKind.ENUM_CHANGED: ("other", "enum"),
    ChangeKind.DOMAIN_ADDED: ("other", "domain"),
    ChangeKind.DOMAIN_DROPPED: ("other", "domain"),
    ChangeKind.DOMAIN_CHANGED: ("other", "domain"),
    ChangeKind.COMPOSITE_ADDED: ("other", "type"),
    ChangeKind.COMPOSITE_DROPPED: ("other", "type"),
    ChangeKind.COMPOSITE_CHANGED: ("other", "type"),
    ChangeKind.ROUTINE_ADDED: ("other", "routine"),
    ChangeKind.ROUTINE_DROPPED: ("other", "routine"),
    ChangeKind.ROUTINE_CHANGED: ("other", "routine"),
    ChangeKind.EXTENSION_ADDED: ("other", "extension"),
    ChangeKind.EXTENSION_DROPPED: ("other", "extension"),
    ChangeKind.EXTENSION_CHANGED: ("other", "extension"),
    ChangeKind.TRIGGER_ADDED: ("part", "changed"),
    ChangeKind.TRIGGER_DROPPED: ("part", "changed"),
    ChangeKind.TRIGGER_CHANGED: ("part", "changed"),
    ChangeKind.RULE_ADDED: ("part", "changed"),
    ChangeKind.RULE_DROPPED: ("part", "changed"),
    ChangeKind.RULE_CHANGED: ("part", "changed"),
    ChangeKind.PARTITION_ADDED: ("part", "changed"),
    ChangeKind.PARTITION_DROPPED: ("part", "changed"),
    ChangeKind.PARTITION_CHANGED: ("part", "changed"),
    ChangeKind.PARTITION_ATTACHED: ("part", "changed"),
    ChangeKind.PARTITION_DETACHED: ("part", "changed"),
    ChangeKind.PARTITIONING_CHANGED: ("part", "changed"),
    ChangeKind.GRANT_ADDED: ("grant", "changed"),
    ChangeKind.GRANT_DROPPED: ("grant", "changed"),
    ChangeKind.POLICY_ADDED: ("part", "changed"),
    ChangeKind.POLICY_DROPPED: ("part", "changed"),
    ChangeKind.POLICY_CHANGED: ("part", "changed"),
    ChangeKind.ROW_SECURITY_CHANGED: ("part", "changed"),
    ChangeKind.EXCLUSION_ADDED: ("part", "changed"),
    ChangeKind.EXCLUSION_DROPPED: ("part", "changed"),
    ChangeKind.EXCLUSION_CHANGED: ("part", "changed"),
    ChangeKind.COLLATION_ADDED: ("other", "collation"),
    ChangeKind.COLLATION_DROPPED: ("other", "collation"),
    ChangeKind.COLLATION_CHANGED: ("other", "collation"),
    ChangeKind.VIEW_INDEX_ADDED: ("view", "changed"),
    ChangeKind.VIEW_INDEX_DROPPED: ("view", "changed"),
    ChangeKind.VIEW_INDEX_CHANGED: ("view", "changed"),
    ChangeKind.SCHEMA_ADDED: ("other", "schema"),
    ChangeKind.SCHEMA_DROPPED: ("other", "schema"),
    ChangeKind.SCHEMA_COMMENT_CHANGED: ("other", "schema"),
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
    dropped_views: list[View] = field(default_factory=list)
    #: Changes to objects the diagram does not draw, counted by noun ("routine", ...).
    other: dict[str, int] = field(default_factory=dict)

    @property
    def changed_tables(self) -> frozenset[TableKey]:
        """Every table (and view) the diff marks, in any state."""
        return frozenset(self.tables)

    def other_note(self) -> str | None:
        """``"also changed (not drawn): 2 routines, 1 domain"``, or ``None``."""
        if not self.other:
            return None
        parts = [f"{n} {noun}{'' if n == 1 else 's'}" for noun, n in sorted(self.other.items())]
        return "also changed (not drawn): " + ", ".join(parts)


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
    if target == "grant":
        grant = change.after or change.before
        if isinstance(grant, Grant) and grant.object_kind != "table":
            target, state = "other", "grant"
        else:
            target = "part"
    if target == "other":
        marks.other[state] = marks.other.get(state, 0) + 1
        return
    if target == "view":
        marks.tables[key] = state
        old = change.before if change.before is not None else a.view_map.get(key)
        if state == "dropped" and isinstance(old, View):
            marks.dropped_views.append(old)
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
    """Snapshot ``b`` plus the tables, views, columns and foreign keys that ``a`` had and
    ``b`` dropped."""
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
    views = list(diff.b.views)
    present = {v.key for v in views}
    views.extend(v for v in marks.dropped_views if v.key not in present)
    views.sort(key=lambda v: v.key.sort_key())
    return dataclasses.replace(diff.b, tables=tuple(tables), views=tuple(views))
