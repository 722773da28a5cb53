"""The safe plan: each operation as a careful DBA would run it on a busy database.

``render_statements(..., safe=True)`` asks :func:`safe_steps` for every operation.
What is the same on every database lives here: a NOT NULL column added without a
default to a table that may have rows becomes three steps (added nullable, a
backfill stub in batches keyed by the primary key, then NOT NULL), and a type
change that rewrites the table names the table's size and suggests add-copy-swap.
What each database can do online (``CONCURRENTLY``, ``NOT VALID``,
``ALGORITHM=INSTANT``) is asked of its :class:`~schemanb.dialects.base.DialectSupport`
(the ``safe_*`` methods), which also writes the comment saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import model
from ..dialects.base import DialectSupport
from ..dialects.risk import SafeStep
from ..diff.risk import human_bytes
from .steps import Context

Render = Callable[[Any], list[str]]


def describe_size(table: model.Table | None) -> str:
    """``~120,000 rows, 18 MB`` from the catalog's estimates ('' when there are none)."""
    if table is None:
        return ""
    parts = []
    if table.row_estimate is not None:
        parts.append(f"~{table.row_estimate:,} rows")
    if table.size_bytes is not None:
        parts.append(human_bytes(table.size_bytes))
    return ", ".join(parts)


class SafePlanner:
    """Turns one Alembic operation into :class:`SafeStep` objects (``None``: keep it as it is)."""

    def __init__(
        self, ctx: Context, support: DialectSupport, preparer: Any, render: Render,
        batch_rows: int | None = None,
    ) -> None:
        self.ctx = ctx
        self.support = support
        self.preparer = preparer
        self.render = render
        self.batch_rows = batch_rows or support.backfill_batch_rows

    # ------------------------------------------------------------------ names

    def quote(self, name: str) -> str:
        return str(self.preparer.quote(name))

    def table(self, name: str, schema: str | None) -> str:
        quoted = self.quote(name)
        return f"{self.preparer.quote_schema(schema)}.{quoted}" if schema else quoted

    def _model_table(self, name: str, schema: str | None) -> model.Table | None:
        key = model.TableKey(schema, name)
        if key in self.ctx.b.table_map:
            old = self.ctx.old_key(key)
            return self.ctx.a.table_map.get(old) or self.ctx.b.table_map[key]
        return self.ctx.a.table_map.get(key)

    def _one(self, op: Any) -> str | None:
        statements = self.render(op)
        return statements[0] if len(statements) == 1 else None

    # ------------------------------------------------------------------ the plan

    def steps(self, op: Any) -> list[SafeStep] | None:
        from alembic.operations import ops as aops

        if isinstance(op, aops.CreateIndexOp):
            return self._index(op)
        if isinstance(op, aops.CreateUniqueConstraintOp):
            return self._constraint(op, "unique", list(op.columns))
        if isinstance(op, aops.CreateForeignKeyOp):
            return self._constraint(op, "foreign_key")
        if isinstance(op, aops.CreateCheckConstraintOp):
            return self._constraint(op, "check")
        if isinstance(op, aops.AddColumnOp):
            return self._add_column(op)
        if isinstance(op, aops.AlterColumnOp):
            return self._alter_column(op)
        if isinstance(op, aops.DropColumnOp):
            return self._alter(op, "column_dropped")
        return None

    def _alter(self, op: Any, kind: str) -> list[SafeStep] | None:
        statements = self.render(op)
        if not statements:
            return None
        out = [*self.support.safe_alter(statements[0], kind=kind)]
        out.extend(SafeStep(sql) for sql in statements[1:])
        return out

    def _index(self, op: Any) -> list[SafeStep] | None:
        sql = self._one(op)
        if sql is None or not op.index_name:
            return None
        return self.support.safe_create_index(
            sql, name=self.quote(op.index_name), table=self.table(op.table_name, op.schema)
        )

    def _constraint(self, op: Any, kind: str, columns: list[Any] | None = None) -> list[SafeStep] | None:
        sql = self._one(op)
        name = getattr(op, "constraint_name", None)
        if sql is None or not name:
            return None
        table_name = getattr(op, "table_name", None) or getattr(op, "source_table", None)
        table = self.table(str(table_name), getattr(op, "schema", None) or getattr(op, "source_schema", None))
        quoted = [self.quote(str(getattr(c, "name", c))) for c in columns or ()]
        steps = self.support.safe_add_constraint(
            sql, kind=kind, name=self.quote(name), table=table, columns=quoted
        )
        return self._with_size(steps, self._model_table(str(table_name), getattr(op, "schema", None)))

    def _with_size(self, steps: list[SafeStep], table: model.Table | None) -> list[SafeStep]:
        size = describe_size(table)
        if not size or not steps or not steps[0].comment or "LOCKING" not in steps[0].comment:
            return steps
        first = steps[0]
        return [SafeStep(first.sql, f"{first.comment} (table {table.name if table else ''}: {size})",
                         first.autocommit), *steps[1:]]

    def _add_column(self, op: Any) -> list[SafeStep] | None:
        from alembic.operations import ops as aops

        col = op.column
        table = self._model_table(op.table_name, op.schema)
        empty = table is not None and table.row_estimate == 0
        filled = (col.nullable or col.server_default is not None or col.computed is not None
                  or col.identity is not None)
        if filled or empty:
            return self._alter(op, "column_added")
        nullable = col._copy()
        nullable.nullable = True
        added = self._alter(aops.AddColumnOp(op.table_name, nullable, schema=op.schema), "column_added")
        if added is None:
            return None
        where = self.table(op.table_name, op.schema)
        column = self.quote(col.name)
        b_table = self.ctx.b.table_map.get(model.TableKey(op.schema, op.table_name))
        key = [self.quote(c) for c in (b_table.primary_key.columns if b_table and b_table.primary_key else ())]
        size = describe_size(table)
        batch = SafeStep(
            self.support.backfill_sql(where, column, key, self.batch_rows),
            f"-- TODO: BACKFILL {where}.{column}{f' ({size})' if size else ''}: the rows have no "
            f"value and NOT NULL would fail. Replace the TODO with the value (an expression), "
            f"then run this UPDATE until it changes 0 rows; batches of {self.batch_rows:,} rows "
            f"{'by primary key ' if key else ''}keep each lock short",
            backfill=True,
        )
        not_null = aops.AlterColumnOp(
            op.table_name, col.name, schema=op.schema, modify_nullable=False,
            existing_type=col.type, existing_nullable=True,
        )
        finish = self._set_not_null(not_null) or []
        first = added[0]
        added[0] = SafeStep(
            first.sql,
            "-- SAFE: the existing rows have no value for a NOT NULL column without a default: "
            "add it nullable, fill it, then set NOT NULL"
            + (f"\n{first.comment}" if first.comment else ""),
            first.autocommit,
        )
        return [*added, batch, *finish]

    def _set_not_null(self, op: Any) -> list[SafeStep] | None:
        sql = self._one(op)
        if sql is None:
            return None
        name = f"{op.table_name}_{op.column_name}_not_null"[:60]
        return self.support.safe_set_not_null(
            sql, table=self.table(op.table_name, op.schema), column=self.quote(op.column_name),
            check_name=self.quote(name),
        )

    def _alter_column(self, op: Any) -> list[SafeStep] | None:
        only_not_null = (
            op.modify_nullable is False and op.modify_type is None
            and op.modify_server_default is False and op.modify_comment is False
            and not op.modify_name
        )
        if only_not_null:
            return self._set_not_null(op)
        if op.modify_type is None:
            if op.modify_name and op.modify_name != op.column_name:
                kind = "column_renamed"
            elif op.modify_nullable is not None:
                kind = "column_nullable_changed"
            elif op.modify_server_default is not False:
                kind = "column_default_changed"
            else:
                kind = "column_comment_changed"
            return self._alter(op, kind)
        steps = self._alter(op, "column_type_changed")
        if steps is None:
            return None
        table = self._model_table(op.table_name, op.schema)
        before = table.column_map.get(op.column_name) if table is not None else None
        b_table = self.ctx.b.table_map.get(model.TableKey(op.schema, op.table_name))
        after = b_table.column_map.get(op.modify_name or op.column_name) if b_table else None
        if before is None or after is None or not self.support.rewrites_table(
            "column_type_changed", before, after
        ):
            return steps
        size = describe_size(table)
        note = (
            f"-- LOCKING: {before.type_sql} -> {after.type_sql} rewrites table "
            f"{self.table(op.table_name, op.schema)}{f' ({size})' if size else ''} under an "
            "exclusive lock. On a large table prefer add-copy-swap: add a column of the new "
            "type, keep it filled (a trigger or the application), copy the old values in "
            "batches, then swap the names in one short transaction and drop the old column"
        )
        first = steps[0]
        comment = note if not first.comment else f"{note}\n{first.comment}"
        return [SafeStep(first.sql, comment, first.autocommit), *steps[1:]]


__all__ = ["SafePlanner", "describe_size"]
