"""Schema -> pandas DataFrames: one row per object, stable documented column names.

=============  ==========================================================
frame          columns
=============  ==========================================================
tables         schema, table, columns, primary_key, foreign_keys, indexes,
               row_estimate, comment
columns        schema, table, position, column, type, generic_type, nullable,
               default, is_pk, is_fk, is_unique, autoincrement, computed,
               collation, comment
indexes        schema, table, index, columns, unique, where, method
foreign_keys   schema, table, name, columns, referred_schema,
               referred_table, referred_columns, on_delete, on_update
constraints    schema, table, kind (primary_key|unique|check), name,
               columns, expression
views          schema, view, materialized, definition, comment
=============  ==========================================================

Mapping from the model: ``type`` <- ``Column.type_sql``, ``generic_type`` <-
``Column.type_generic``; ``is_pk``/``is_fk``/``is_unique`` are derived; list
values (``columns``) are comma-separated strings so that frames export to CSV.
A missing value (the default schema, no comment, no default) is pandas' missing
value: ``None`` becomes ``NaN`` in a text column (``df["schema"].isna()``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Schema, Table

if TYPE_CHECKING:
    import pandas as pd

TABLE_COLUMNS = (
    "schema", "table", "columns", "primary_key", "foreign_keys", "indexes",
    "row_estimate", "comment",
)
COLUMN_COLUMNS = (
    "schema", "table", "position", "column", "type", "generic_type", "nullable",
    "default", "is_pk", "is_fk", "is_unique", "autoincrement", "computed",
    "collation", "comment",
)
INDEX_COLUMNS = ("schema", "table", "index", "columns", "unique", "where", "method")
FOREIGN_KEY_COLUMNS = (
    "schema", "table", "name", "columns", "referred_schema", "referred_table",
    "referred_columns", "on_delete", "on_update",
)
CONSTRAINT_COLUMNS = ("schema", "table", "kind", "name", "columns", "expression")
VIEW_COLUMNS = ("schema", "view", "materialized", "definition", "comment")


def _frame(rows: Sequence[tuple[object, ...]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame.from_records(rows, columns=list(columns))


def _join(names: tuple[str, ...]) -> str:
    return ", ".join(names)


def _unique_columns(table: Table) -> set[str]:
    single = {u.columns[0] for u in table.unique_constraints if len(u.columns) == 1}
    single |= {i.expressions[0] for i in table.indexes if i.unique and len(i.columns) == 1 and len(i.expressions) == 1}
    return single


def tables_frame(schema: Schema) -> pd.DataFrame:
    """One row per table."""
    rows = [
        (t.schema, t.name, len(t.columns), _join(t.pk_columns), len(t.foreign_keys),
         len(t.indexes), t.row_estimate, t.comment)
        for t in schema.tables
    ]
    return _frame(rows, TABLE_COLUMNS)


def columns_frame(schema: Schema, table: str | None = None) -> pd.DataFrame:
    """One row per column (of one ``table`` when given)."""
    rows = []
    for t in schema.tables:
        if table is not None and t.name != table:
            continue
        uniques = _unique_columns(t)
        for pos, c in enumerate(t.columns, start=1):
            rows.append(
                (t.schema, t.name, pos, c.name, c.type_sql, c.type_generic, c.nullable,
                 c.default, c.name in t.pk_columns, c.name in t.fk_columns, c.name in uniques,
                 c.autoincrement, c.computed.expression if c.computed else None,
                 c.collation, c.comment)
            )
    return _frame(rows, COLUMN_COLUMNS)


def indexes_frame(schema: Schema) -> pd.DataFrame:
    """One row per index."""
    rows = [
        (t.schema, t.name, i.name, _join(i.expressions), i.unique, i.where, i.method)
        for t in schema.tables
        for i in t.indexes
    ]
    return _frame(rows, INDEX_COLUMNS)


def foreign_keys_frame(schema: Schema) -> pd.DataFrame:
    """One row per foreign key."""
    rows = [
        (t.schema, t.name, fk.name, _join(fk.columns), fk.referred_table.schema,
         fk.referred_table.name, _join(fk.referred_columns), fk.on_delete, fk.on_update)
        for t in schema.tables
        for fk in t.foreign_keys
    ]
    return _frame(rows, FOREIGN_KEY_COLUMNS)


def constraints_frame(schema: Schema) -> pd.DataFrame:
    """One row per primary key, unique and check constraint."""
    rows: list[tuple[object, ...]] = []
    for t in schema.tables:
        if t.primary_key:
            rows.append((t.schema, t.name, "primary_key", t.primary_key.name, _join(t.pk_columns), None))
        rows += [(t.schema, t.name, "unique", u.name, _join(u.columns), None) for u in t.unique_constraints]
        rows += [(t.schema, t.name, "check", c.name, None, c.expression) for c in t.check_constraints]
    return _frame(rows, CONSTRAINT_COLUMNS)


def views_frame(schema: Schema) -> pd.DataFrame:
    """One row per view or materialized view."""
    rows = [(v.schema, v.name, v.materialized, v.definition, v.comment) for v in schema.views]
    return _frame(rows, VIEW_COLUMNS)


#: Every frame by name, in the order the demo and the docs show them.
FRAMES = {
    "tables": tables_frame,
    "columns": columns_frame,
    "indexes": indexes_frame,
    "foreign_keys": foreign_keys_frame,
    "constraints": constraints_frame,
    "views": views_frame,
}


def frames(schema: Schema) -> dict[str, pd.DataFrame]:
    """All frames of ``schema`` by name."""
    return {name: build(schema) for name, build in FRAMES.items()}
