"""What an op builder makes and reads: :class:`Step` (an operation placed for ordering)
and :class:`Context` (both snapshots, the dialect, the rename maps).

Steps before the renames (``DROP_*`` phases) use the names of snapshot ``a``;
steps after them use the names of snapshot ``b``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from .. import model
from ..dialects import support_for
from ..dialects.base import DialectSupport
from ..diff.changes import Change, ChangeKind
from ..diff.renames import Renames
from .objects import build_metadata
from .order import Phase, cycle_fks, routine_edges


class DiffLike(Protocol):
    """What the migration code reads from a diff (``SchemaDiff`` or a test double)."""

    a: model.Schema
    b: model.Schema
    changes: tuple[Change, ...]
    renames: Renames


@dataclass(frozen=True)
class Step:
    """One Alembic operation in the plan, with what ordering needs."""

    op: Any
    phase: Phase
    key: tuple[Any, ...]
    table: model.TableKey | None = None
    refers_to: tuple[model.TableKey, ...] = ()
    after: tuple[tuple[Any, ...], ...] = ()


TABLE_LEVEL_KINDS = frozenset(
    k
    for k in ChangeKind
    if k.value.startswith(("column_", "primary_key_", "foreign_key_", "unique_", "check_"))
)


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
        return self.a.table_map[self.old_key(key_in_b)]

    def b_table(self, key: model.TableKey) -> model.Table:
        return self.b.table_map[key]

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
    def split_fks(self) -> frozenset[tuple[model.TableKey, model.ForeignKey]]:
        """FKs in cycles among created (or among dropped) tables: added by ALTER later."""
        if self.recreates_tables:
            return frozenset()
        added = [c.after for c in self.changes if c.kind is ChangeKind.TABLE_ADDED]
        dropped = [c.before for c in self.changes if c.kind is ChangeKind.TABLE_DROPPED]
        return frozenset(cycle_fks(added)) | frozenset(cycle_fks(dropped))


def table_args(key: model.TableKey) -> dict[str, Any]:
    return {"table_name": key.name, "schema": key.schema}


__all__ = ["TABLE_LEVEL_KINDS", "Context", "DiffLike", "Step"]
