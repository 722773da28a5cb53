"""What an op builder makes and reads: :class:`Step` (an operation placed for ordering,
in a :class:`Phase`) and :class:`Context` (both snapshots, the dialect, the rename maps);
:func:`cycle_fks`, the FKs created by ALTER after their tables. :mod:`.order` sorts steps.

Steps before the renames (``DROP_*`` phases) use the names of snapshot ``a``;
steps after them use the names of snapshot ``b``.
"""

from __future__ import annotations

import enum
import graphlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from .. import model
from ..dialects import support_for
from ..dialects.base import DialectSupport
from ..diff.changes import Change, ChangeKind
from ..diff.renames import Renames
from .objects import build_metadata


class DiffLike(Protocol):
    """What the migration code reads from a diff (``SchemaDiff`` or a test double)."""

    a: model.Schema
    b: model.Schema
    changes: tuple[Change, ...]
    renames: Renames


class Phase(int, enum.Enum):
    """The phases of a migration, in execution order."""

    DROP_GRANTS = 0
    DROP_TRIGGERS = 1
    DROP_VIEWS = 2
    DROP_ROUTINES = 3
    DROP_FKS = 4
    DROP_CONSTRAINTS = 5
    DROP_PARTITIONS = 6
    RENAME_TABLES = 7
    CREATE_SCHEMAS = 8
    CREATE_EXTENSIONS = 9
    CREATE_TYPES = 10
    ALTER = 11
    DROP_TABLES = 12
    CREATE_TABLES = 13
    CREATE_PARTITIONS = 14
    ADD_CONSTRAINTS = 15
    ADD_FKS = 16
    CREATE_ROUTINES = 17
    CREATE_VIEWS = 18
    CREATE_TRIGGERS = 19
    ADD_GRANTS = 20
    DROP_TYPES = 21
    DROP_EXTENSIONS = 22
    DROP_SCHEMAS = 23


def cycle_fks(tables: Iterable[model.Table]) -> list[tuple[model.TableKey, model.ForeignKey]]:
    """FKs to move out of CREATE TABLE so the FK graph among ``tables`` is acyclic.

    Self-references are never a problem (a table may refer to itself when
    created). Greedy: while a cycle remains, drop the last edge of the cycle
    found, in a deterministic order.
    """
    tables = list(tables)
    keys = {t.key for t in tables}
    edges = {
        (t.key, fk.referred_table, fk)
        for t in tables
        for fk in t.foreign_keys
        if fk.referred_table in keys and fk.referred_table != t.key
    }
    ordered = sorted(edges, key=lambda e: (e[0].sort_key(), e[1].sort_key(), repr(e[2])))
    removed: list[tuple[model.TableKey, model.ForeignKey]] = []
    while True:
        sorter: graphlib.TopologicalSorter[model.TableKey] = graphlib.TopologicalSorter()
        for src, dst, _fk in ordered:
            sorter.add(src, dst)
        try:
            sorter.prepare()
            return removed
        except graphlib.CycleError as err:
            cycle = err.args[1]
            pairs = set(zip(cycle[1:], cycle[:-1])) | set(zip(cycle[:-1], cycle[1:]))
            victim = next(e for e in reversed(ordered) if (e[0], e[1]) in pairs)
            ordered.remove(victim)
            removed.append((victim[0], victim[2]))


def routine_edges(
    routines: Sequence[model.Routine], support: DialectSupport
) -> dict[tuple[str, str, str], tuple[tuple[str, str, str], ...]]:
    """For each routine (by identity), the routines it must be created after.

    Read from the text (:meth:`~schemanb.dialects.base.DialectSupport.routine_references`):
    the catalog keeps no dependency for a string body. A name matches every
    overload of it, in any schema. Cycles (mutual recursion, or words that
    only look like calls) are broken as :func:`cycle_fks` breaks FK cycles —
    the server checks a body at creation only where it could have been created
    that way, so a cycle never needs all its edges.
    """
    by_name: dict[str, list[model.Routine]] = {}
    for r in routines:
        by_name.setdefault(r.name, []).append(r)
    names = frozenset(by_name)
    edges: list[tuple[tuple[str, str, str], tuple[str, str, str]]] = []
    for r in routines:
        for word in sorted(support.routine_references(r, names)):
            edges += [(r.identity, other.identity) for other in by_name[word]
                      if other.identity != r.identity]
    edges.sort()
    while True:
        sorter: graphlib.TopologicalSorter[tuple[str, str, str]] = graphlib.TopologicalSorter()
        for src, dst in edges:
            sorter.add(src, dst)
        try:
            sorter.prepare()
            break
        except graphlib.CycleError as err:
            cycle = err.args[1]
            pairs = set(zip(cycle[1:], cycle[:-1])) | set(zip(cycle[:-1], cycle[1:]))
            edges.remove(next(e for e in reversed(edges) if e in pairs))
    out: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    for src, dst in edges:
        out.setdefault(src, []).append(dst)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Step:
    """One Alembic operation in the plan, with what ordering needs."""

    op: Any
    phase: Phase
    key: tuple[Any, ...]
    table: model.TableKey | None = None
    refers_to: tuple[model.TableKey, ...] = ()
    after: tuple[tuple[Any, ...], ...] = ()


#: The changes inside a table's definition: what a SQLite rebuild re-creates.
TABLE_LEVEL_KINDS = frozenset(k for k in ChangeKind if k.scope == "table")


@dataclass
class Context:
    """Everything a builder needs: both snapshots, the dialect and the rename maps."""

    a: model.Schema
    b: model.Schema
    dialect: str | None
    changes: tuple[Change, ...] = ()
    table_renames: dict[model.TableKey, model.TableKey] = field(default_factory=dict)
    column_renames: dict[tuple[model.TableKey, str], str] = field(default_factory=dict)

    @classmethod
    def from_diff(cls, diff: DiffLike, dialect: str | None) -> Context:
        return cls(
            a=diff.a, b=diff.b, dialect=dialect, changes=tuple(diff.changes),
            table_renames=diff.renames.old_tables(), column_renames=diff.renames.old_columns(),
        )

    @cached_property
    def support(self) -> DialectSupport:
        """The dialect's knowledge: object DDL, partition DDL, table kwargs."""
        return support_for(self.dialect)

    @property
    def recreates_tables(self) -> bool:
        """The dialect rebuilds a table to alter it (SQLite; Alembic's batch mode)."""
        return self.support.recreates_tables_to_alter

    def old_key(self, key: model.TableKey) -> model.TableKey:
        return self.table_renames.get(key, key)

    def a_table(self, key_in_b: model.TableKey) -> model.Table:
        """The table of ``a`` (under its old name), or a partition of ``a`` as a table
        (one detached: as the table ``DETACH PARTITION`` leaves)."""
        key = self.old_key(key_in_b)
        found = self.a.table_map.get(key)
        if found is None:
            found = self.detached.get(key)
        return found if found is not None else self.a.partition_map[key]

    @cached_property
    def detached(self) -> dict[model.TableKey, model.Table]:
        """The partitions of ``a`` detached by the diff, as tables of their own."""
        out = {}
        for ch in self.changes:
            if ch.kind is ChangeKind.PARTITION_DETACHED:
                key = self.old_key(ch.ref.table)
                parent = self.a.table_map.get(key) or self.a.partition_map[key]
                table = model.detached_table(parent, ch.before)
                out[table.key] = table
        return out

    @cached_property
    def moved_partitions(self) -> frozenset[tuple[model.TableKey, str]]:
        """(parent key, name) of the partitions attached (key in ``b``) or detached (in ``a``)."""
        return frozenset(
            (ch.ref.table if ch.kind is ChangeKind.PARTITION_ATTACHED else self.old_key(ch.ref.table),
             ch.ref.name or "")
            for ch in self.changes
            if ch.kind in (ChangeKind.PARTITION_ATTACHED, ChangeKind.PARTITION_DETACHED)
        )

    def b_table(self, key: model.TableKey) -> model.Table:
        """The table of ``b``, or a partition of ``b`` as a table."""
        found = self.b.table_map.get(key)
        return found if found is not None else self.b.partition_map[key]

    def old_column(self, key: model.TableKey, name: str) -> str:
        return self.column_renames.get((key, name), name)

    @cached_property
    def meta_a(self) -> Any:
        return build_metadata(self.a, self.dialect)

    @cached_property
    def meta_b(self) -> Any:
        return build_metadata(self.b, self.dialect)

    @cached_property
    def routine_edges_a(self) -> dict[tuple[str, str, str], tuple[tuple[str, str, str], ...]]:
        """Routines of ``a`` and the routines each refers to (drop those after it)."""
        return routine_edges(self.a.routines, self.support) if self.a.routines else {}

    @cached_property
    def routine_referrers_a(self) -> dict[tuple[str, str, str], tuple[tuple[str, str, str], ...]]:
        """Routines of ``a`` and the routines that refer to each (drop those first)."""
        out: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
        for src, targets in self.routine_edges_a.items():
            for dst in targets:
                out.setdefault(dst, []).append(src)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def routine_edges_b(self) -> dict[tuple[str, str, str], tuple[tuple[str, str, str], ...]]:
        """Routines of ``b`` and the routines each refers to (create those before it)."""
        return routine_edges(self.b.routines, self.support) if self.b.routines else {}

    @cached_property
    def parent_changes(self) -> frozenset[tuple[model.TableKey, ChangeKind, str]]:
        """``(table, kind, name)`` of every column and CHECK change, a CHECK under the
        name its children see (the generated one, when unnamed): what a child
        inheriting from that table gets by recursion (:func:`.ops_tables.follows_parent`)."""
        out = set()
        for ch in self.changes:
            if ch.kind.scope != "table":
                continue
            if ch.ref.name is not None:
                out.add((ch.ref.table, ch.kind, ch.ref.name))
            check = ch.after if ch.after is not None else ch.before
            if isinstance(check, model.CheckConstraint) and check.name is None:
                table = self.b.table_map.get(ch.ref.table) or self.a.table_map.get(self.old_key(ch.ref.table))
                name = table and self.support.constraint_name("check", table, check)
                if name:
                    out.add((ch.ref.table, ch.kind, name))
        return frozenset(out)

    @cached_property
    def split_fks(self) -> frozenset[tuple[model.TableKey, model.ForeignKey]]:
        """FKs moved out of CREATE/DROP TABLE into their own ALTER TABLE statements.

        Those in cycles among created (or among dropped) tables; and those that
        refer to a kept table whose key or column type this migration changes: a
        created table's FK is added after the key it needs exists (the
        ``ADD_FKS`` phase), a dropped table's FK is dropped before the key or
        column it uses changes (the ``DROP_FKS`` phase, before any ``ALTER``).
        """
        if self.recreates_tables:
            return frozenset()
        added = [c.after for c in self.changes if c.kind is ChangeKind.TABLE_ADDED]
        dropped = [c.before for c in self.changes if c.kind is ChangeKind.TABLE_DROPPED]
        split = set(cycle_fks(added)) | set(cycle_fks(dropped))
        gets_key = {c.ref.table for c in self.changes if c.kind in _KEY_ADDED}
        loses_key = {c.ref.table for c in self.changes if c.kind in _KEY_LOST}
        for tables, changed in ((added, gets_key), (dropped, loses_key)):
            keys = {t.key for t in tables}
            split.update((t.key, fk) for t in tables for fk in t.foreign_keys
                         if fk.referred_table in changed and fk.referred_table not in keys)
        return frozenset(split)


#: Changes after which a kept table has the key a new FK may need.
_KEY_ADDED = frozenset({ChangeKind.PRIMARY_KEY_ADDED, ChangeKind.PRIMARY_KEY_CHANGED, ChangeKind.UNIQUE_ADDED,
                        ChangeKind.INDEX_ADDED, ChangeKind.INDEX_CHANGED})
#: Changes that take away (or retype) what an existing FK of a dropped table uses.
_KEY_LOST = frozenset({ChangeKind.PRIMARY_KEY_DROPPED, ChangeKind.PRIMARY_KEY_CHANGED, ChangeKind.UNIQUE_DROPPED,
                       ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED, ChangeKind.COLUMN_TYPE_CHANGED,
                       ChangeKind.COLUMN_DROPPED})


def table_args(key: model.TableKey) -> dict[str, Any]:
    return {"table_name": key.name, "schema": key.schema}


__all__ = ["TABLE_LEVEL_KINDS", "Context", "DiffLike", "Phase", "Step", "cycle_fks"]
