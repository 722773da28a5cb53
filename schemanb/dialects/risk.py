"""Risk hooks: what an operation costs on a dialect, and how to run it safely.

:class:`RiskHooks` answers the diff's risk rules (does a change rewrite the
table, lock it, lose values: :meth:`~RiskHooks.type_change_loss`, whose generic
answer is :mod:`schemanb.dialects.type_loss`) and writes the steps of a safe
migration plan (``to_sql(safe=True)``: :class:`SafeStep`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .capabilities import Capabilities
from .type_loss import narrowing

if TYPE_CHECKING:
    from .. import model


@dataclasses.dataclass(frozen=True)
class SafeStep:
    """One statement of a safe migration plan and the comment saying why it is there."""

    sql: str
    comment: str | None = None
    #: Must run outside a transaction block (``CREATE INDEX CONCURRENTLY``).
    autocommit: bool = False
    #: One batch of a backfill stub (``/* TODO: value */`` to fill in; run until 0 rows).
    backfill: bool = False


class RiskHooks(Capabilities):
    """Whether a change rewrites, locks or loses data, and its safe steps (base: cautious)."""

    #: From this many rows on a table is "large" for the diff's locking risks.
    large_table_rows = 100_000

    def adds_column_in_place(self, column: model.Column, table: model.Table | None = None) -> bool:
        """Whether ``ALTER TABLE ... ADD COLUMN`` can add ``column`` (base: always)."""
        return True

    def drops_column_in_place(
        self, column: model.Column, table: model.Table | None = None, *, other_sql: Iterable[str] = ()
    ) -> bool:
        """Whether ``ALTER TABLE ... DROP COLUMN`` can drop ``column`` (base: always)."""
        return True

    def table_options_loss(self, before: model.Table, after: model.Table) -> str | None:
        """What changing ``before``'s options to ``after``'s loses, if anything (base: nothing)."""
        return None

    def rewrites_table(self, kind: str, before: Any, after: Any) -> bool:
        """Whether applying a change of ``kind`` (a ``ChangeKind`` value) rewrites the table.

        ``before``/``after`` are the change's model objects. The base says only
        type and computed-expression changes rewrite, the common case.
        """
        if kind == "column_type_changed":
            return self.type_change_rewrites(before.type_sql, after.type_sql)
        return kind == "column_computed_changed"

    def table_options_notes(self, before: model.Table, after: model.Table) -> tuple[str, ...]:
        """What changing ``before``'s options (and parents) into ``after``'s means,
        for the diff's risk notes (base: the storage or character set changes)."""
        return ("changes the table's storage or character set",)

    def type_change_rewrites(self, before: str, after: str) -> bool:
        """Whether changing a column's type ``before`` -> ``after`` rewrites the table."""
        return True

    def type_change_loss(self, before: model.Column, after: model.Column) -> str | None:
        """Why changing ``before``'s type to ``after``'s can cut or lose values
        (a narrowing, a change of type family), or ``None`` when every value survives
        (a widening: INTEGER -> BIGINT, VARCHAR(100) -> VARCHAR(255)). The diff's risk
        and the migration's comments both ask this."""
        reason = narrowing(before.type_generic, after.type_generic)
        if reason is None and before.type_generic == after.type_generic:
            reason = narrowing(before.type_sql, after.type_sql)
        return reason

    def index_build_blocks_writes(self) -> bool:
        """Whether building an index (as the migration does) blocks writes."""
        return True

    # ------------------------------------------------------------------ safe migrations
    #
    # ``to_sql(safe=True)``: what a careful DBA runs instead of the naive statement.
    # Each method gets the naive statement and quoted names, and returns the
    # statements to run instead, each with a comment saying why. Base: the naive one.

    #: Batch size of a backfill stub when the caller gives none.
    backfill_batch_rows = 10_000

    def safe_preamble(self) -> list[SafeStep]:
        """Statements that open a safe migration script (PostgreSQL: lock and statement timeouts)."""
        return []

    def online_index_kw(self) -> dict[str, Any]:
        """The keywords that make Alembic's ``op.create_index`` build the index as
        :meth:`safe_create_index` does (PostgreSQL: ``postgresql_concurrently=True``);
        empty: the revision runs the safe statement with ``op.execute``."""
        return {}

    def safe_create_index(self, sql: str, *, name: str, table: str) -> list[SafeStep]:
        """``CREATE INDEX`` built without blocking writes where the database can."""
        return [SafeStep(sql)]

    def safe_add_constraint(
        self, sql: str, *, kind: str, name: str, table: str, columns: Sequence[str] = ()
    ) -> list[SafeStep]:
        """A new constraint (``kind``: ``foreign_key``, ``check``, ``unique``) added without
        holding a lock while the existing rows are checked, where the database can."""
        return [SafeStep(sql, self.safe_alter_note(kind))]

    def safe_set_not_null(self, sql: str, *, table: str, column: str, check_name: str) -> list[SafeStep]:
        """``SET NOT NULL`` without scanning the table under an exclusive lock, where possible."""
        return [SafeStep(sql, self.safe_alter_note("column_nullable_changed"))]

    def safe_alter(self, sql: str, *, kind: str) -> list[SafeStep]:
        """Any other ``ALTER TABLE`` for a change of ``kind`` (a ``ChangeKind`` value)."""
        return [SafeStep(sql, self.safe_alter_note(kind))]

    def safe_alter_note(self, kind: str) -> str | None:
        """Why a change of ``kind`` still locks the table on this database (``None``: it does not)."""
        return None

    def backfill_sql(
        self, table: str, column: str, key: Sequence[str], batch_rows: int
    ) -> str:
        """One batch of a backfill stub: the rows still NULL, ``batch_rows`` at a time,
        by primary key. ``/* TODO: value */`` is left for the person to fill in."""
        if not key:
            return f"UPDATE {table} SET {column} = /* TODO: value */ WHERE {column} IS NULL"
        cols = ", ".join(key)
        keys = cols if len(key) == 1 else f"({cols})"
        return (
            f"UPDATE {table} SET {column} = /* TODO: value */ WHERE {keys} IN "
            f"(SELECT {cols} FROM {table} WHERE {column} IS NULL ORDER BY {cols} "
            f"LIMIT {int(batch_rows)})"
        )
