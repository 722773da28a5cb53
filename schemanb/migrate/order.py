"""Dependency order of migration steps: phases, edges with reasons, a topological sort.

The rules, each an edge of the graph sorted by :class:`graphlib.TopologicalSorter`:

1. Phases run in this order (each phase waits for the whole previous one):
   revoke grants (their objects still exist) -> drop triggers (before their
   function, view or table) -> drop views (they depend on the tables and
   columns changed below; dependants first) -> drop routines (before the
   types and tables they use) -> drop foreign keys (before the tables, columns
   and unique keys they use) -> drop other constraints and indexes (under the
   old names) -> drop partitions -> rename tables -> create schemas (before
   anything in them) -> create extensions (types may come from them) -> create types: domains, composites, enums, sequences
   (columns may use them) -> alter tables (column adds, alters, renames, drops;
   SQLite rebuilds) -> drop tables -> create tables -> create partitions (their
   parent exists) -> add constraints and indexes (under the new names; unique
   keys before the FKs that need them) -> add foreign keys -> create routines
   (tables and types exist) -> create views (dependencies first; they may call
   routines) -> create triggers (after their function, and their view for
   INSTEAD OF) -> grants (every object exists) -> drop types and sequences
   (nothing uses them any more) -> drop extensions -> drop schemas (after
   everything in them).
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

import graphlib
from collections.abc import Sequence
from typing import Any

from ..errors import MigrationError
from .steps import Phase, Step, cycle_fks


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


__all__ = ["Phase", "cycle_fks", "order_steps"]
