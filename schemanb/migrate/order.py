"""Dependency order of migration steps: phases, edges with reasons, a topological sort.

The rules, each an edge of the graph sorted by :class:`graphlib.TopologicalSorter`:

1. Phases run in this order (each phase waits for the whole previous one):
   revoke grants (their objects still exist) -> drop triggers (before their
   function, view or table) -> drop views (they depend on the tables and
   columns changed below; dependants first) -> drop routines (before the
   types and tables they use) -> drop foreign keys (before the tables, columns
   and unique keys they use) -> drop other constraints and indexes (under the
   old names) -> drop partitions -> rename tables -> create extensions (types
   may come from them) -> create types: domains, composites, enums, sequences
   (columns may use them) -> alter tables (column adds, alters, renames, drops;
   SQLite rebuilds) -> drop tables -> create tables -> create partitions (their
   parent exists) -> add constraints and indexes (under the new names; unique
   keys before the FKs that need them) -> add foreign keys -> create routines
   (tables and types exist) -> create views (dependencies first; they may call
   routines) -> create triggers (after their function, and their view for
   INSTEAD OF) -> grants (every object exists) -> drop types and sequences
   (nothing uses them any more) -> drop extensions.
2. Tables are created in FK order: a table after the tables it refers to.
3. Tables are dropped in reverse FK order: a table before the tables it refers to.
4. FK cycles (among the created tables, or among the dropped ones) are broken:
   :func:`cycle_fks` picks FKs that leave the rest acyclic; those are added by
   ``ALTER TABLE ... ADD CONSTRAINT`` after all tables exist (and dropped before
   the tables on the way down). SQLite needs no breaking: it does not check FK
   targets at CREATE time.
5. A step's explicit ``after`` keys come first (drop a computed column before
   adding it back; drop a view before the view it reads, create it after; a
   trigger after its function; a partition after its table).

The sort is deterministic: within what the edges allow, steps keep the order of
the diff's changes.
"""

from __future__ import annotations

import enum
import graphlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .. import model
from ..errors import MigrationError

if TYPE_CHECKING:
    from ..dialects.base import DialectSupport
    from .ops import Step


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
    CREATE_EXTENSIONS = 8
    CREATE_TYPES = 9
    ALTER = 10
    DROP_TABLES = 11
    CREATE_TABLES = 12
    CREATE_PARTITIONS = 13
    ADD_CONSTRAINTS = 14
    ADD_FKS = 15
    CREATE_ROUTINES = 16
    CREATE_VIEWS = 17
    CREATE_TRIGGERS = 18
    ADD_GRANTS = 19
    DROP_TYPES = 20
    DROP_EXTENSIONS = 21


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


def order_steps(steps: Sequence[Step]) -> list[Step]:
    """``steps`` sorted by phase, FK dependencies and explicit ``after`` keys."""
    nodes: dict[Any, Step] = {("step", i): s for i, s in enumerate(steps)}
    by_key = {s.key: n for n, s in nodes.items()}
    sorter: graphlib.TopologicalSorter[Any] = graphlib.TopologicalSorter()
    for phase in Phase:
        sorter.add(("phase", phase.value))
        if phase.value:
            sorter.add(("phase", phase.value), ("phase_end", phase.value - 1))
        sorter.add(("phase_end", phase.value), ("phase", phase.value))
    for node, step in nodes.items():
        sorter.add(node, ("phase", step.phase.value))
        sorter.add(("phase_end", step.phase.value), node)
        for key in step.after:
            if key in by_key:
                sorter.add(node, by_key[key])
    _table_edges(sorter, nodes)
    try:
        order = list(sorter.static_order())
    except graphlib.CycleError as err:
        raise MigrationError(
            f"cannot order the migration: steps depend on each other in a cycle ({err.args[1]}) "
            "— split the change into two migrations"
        ) from err
    return [nodes[n] for n in order if n in nodes]


def _table_edges(sorter: graphlib.TopologicalSorter[Any], nodes: dict[Any, Step]) -> None:
    P = Phase
    creates = {s.table: n for n, s in nodes.items() if s.phase is P.CREATE_TABLES}
    drops = {s.table: n for n, s in nodes.items() if s.phase is P.DROP_TABLES}
    for node, step in nodes.items():
        if step.phase is P.CREATE_TABLES:
            for ref in step.refers_to:
                if ref in creates and ref != step.table:
                    sorter.add(node, creates[ref])
        elif step.phase is P.DROP_TABLES:
            for ref in step.refers_to:
                if ref in drops and ref != step.table:
                    sorter.add(drops[ref], node)
