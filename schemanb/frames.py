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
views          schema, view, materialized, definition, comment, depends_on
triggers       schema, table, trigger, timing, events, orientation,
               function, enabled, definition, condition
routines       schema, routine, kind, arguments, returns, language,
               volatility, options, definition
partitions     schema, table, strategy, key, partition, partition_schema,
               bound
sequences      schema, sequence, data_type, start, increment, min_value,
               max_value, cycle, owned_by
enums          schema, enum, position, value
domains        schema, domain, type, nullable, default, checks
types          schema, type, position, attribute, attribute_type
extensions     extension, schema, version
grants         schema, object, object_kind, grantee, privilege, grantable
schemas        schema, comment
=============  ==========================================================

Mapping from the model: ``type`` <- ``Column.type_sql``, ``generic_type`` <-
``Column.type_generic``; ``is_pk``/``is_fk``/``is_unique`` are derived; list
values (``columns``) are comma-separated strings so that frames export to CSV.
A missing value (the default schema, no comment, no default) is pandas' missing
value: ``None`` becomes ``NaN`` in a text column (``df["schema"].isna()``).

The object frames (triggers onwards, :data:`OBJECT_FRAMES`) follow the same
rules: ``depends_on`` lists the view's tables and views as ``schema.name``;
``events`` joins a trigger's events with ``" OR "`` (as ``CREATE TRIGGER`` spells
them; ``UPDATE OF a, b`` contains commas); ``function`` is the routine a
PostgreSQL trigger calls (``schema.name``); ``options`` is ``name=value`` pairs
joined with ``", "``; ``partitions`` has one row per partition (a partitioned
table without partitions has none) with the parent's strategy and key repeated;
``checks`` is ``name: expression`` per named CHECK joined with ``"; "``;
``types`` has one row per attribute of a composite type (``position`` from 1),
so a type's attributes read like a table's columns; ``enums`` likewise has one
row per value, in the enum's order (an enum without values has no row);
``schemas`` has one row per schema read besides the default one
(:attr:`~schemanb.model.Schema.namespaces`, PostgreSQL).
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
VIEW_COLUMNS = ("schema", "view", "materialized", "definition", "comment", "depends_on")
TRIGGER_COLUMNS = (
    "schema", "table", "trigger", "timing", "events", "orientation", "function",
    "enabled", "definition", "condition",
)
ROUTINE_COLUMNS = (
    "schema", "routine", "kind", "arguments", "returns", "language", "volatility",
    "options", "definition",
)
PARTITION_COLUMNS = (
    "schema", "table", "strategy", "key", "partition", "partition_schema", "bound",
)
SEQUENCE_COLUMNS = (
    "schema", "sequence", "data_type", "start", "increment", "min_value", "max_value",
    "cycle", "owned_by",
)
ENUM_COLUMNS = ("schema", "enum", "position", "value")
DOMAIN_COLUMNS = ("schema", "domain", "type", "nullable", "default", "checks")
TYPE_COLUMNS = ("schema", "type", "position", "attribute", "attribute_type")
EXTENSION_COLUMNS = ("extension", "schema", "version")
GRANT_COLUMNS = ("schema", "object", "object_kind", "grantee", "privilege", "grantable")
SCHEMA_COLUMNS = ("schema", "comment")


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
    rows = [
        (v.schema, v.name, v.materialized, v.definition, v.comment,
         _join(tuple(str(k) for k in v.depends_on)))
        for v in schema.views
    ]
    return _frame(rows, VIEW_COLUMNS)


def triggers_frame(schema: Schema) -> pd.DataFrame:
    """One row per trigger."""
    rows = [
        (tr.schema, tr.table, tr.name, tr.timing, " OR ".join(tr.events), tr.orientation,
         str(tr.function) if tr.function is not None else None, tr.enabled, tr.definition,
         tr.condition)
        for tr in schema.triggers
    ]
    return _frame(rows, TRIGGER_COLUMNS)


def routines_frame(schema: Schema) -> pd.DataFrame:
    """One row per function or procedure (each overload its own row)."""
    rows = [
        (r.schema, r.name, r.kind, r.arguments, r.returns, r.language, r.volatility,
         _join(tuple(f"{k}={v}" for k, v in r.options)), r.definition)
        for r in schema.routines
    ]
    return _frame(rows, ROUTINE_COLUMNS)


def partitions_frame(schema: Schema) -> pd.DataFrame:
    """One row per partition of a partitioned table."""
    rows = [
        (t.schema, t.name, t.partitioning.strategy, t.partitioning.key, p.name, p.schema, p.bound)
        for t in schema.tables
        if t.partitioning is not None
        for p in t.partitioning.partitions
    ]
    return _frame(rows, PARTITION_COLUMNS)


def sequences_frame(schema: Schema) -> pd.DataFrame:
    """One row per standalone sequence."""
    rows = [
        (q.schema, q.name, q.data_type, q.start, q.increment, q.min_value, q.max_value,
         q.cycle, q.owned_by)
        for q in schema.sequences
    ]
    return _frame(rows, SEQUENCE_COLUMNS)


def enums_frame(schema: Schema) -> pd.DataFrame:
    """One row per value of an enum type (``position`` from 1)."""
    rows = [
        (e.schema, e.name, pos, value)
        for e in schema.enums
        for pos, value in enumerate(e.values, start=1)
    ]
    return _frame(rows, ENUM_COLUMNS)


def domains_frame(schema: Schema) -> pd.DataFrame:
    """One row per domain."""
    rows = [
        (d.schema, d.name, d.type_sql, d.nullable, d.default,
         "; ".join(f"{c.name}: {c.expression}" if c.name else c.expression for c in d.checks))
        for d in schema.domains
    ]
    return _frame(rows, DOMAIN_COLUMNS)


def types_frame(schema: Schema) -> pd.DataFrame:
    """One row per attribute of a composite type."""
    rows = [
        (ct.schema, ct.name, pos, name, type_sql)
        for ct in schema.composite_types
        for pos, (name, type_sql) in enumerate(ct.attributes, start=1)
    ]
    return _frame(rows, TYPE_COLUMNS)


def extensions_frame(schema: Schema) -> pd.DataFrame:
    """One row per installed extension."""
    rows = [(e.name, e.schema, e.version) for e in schema.extensions]
    return _frame(rows, EXTENSION_COLUMNS)


def grants_frame(schema: Schema) -> pd.DataFrame:
    """One row per privilege granted (snapshots taken with ``grants=True``)."""
    rows = [
        (g.schema, g.object_name, g.object_kind, g.grantee, g.privilege, g.grantable)
        for g in schema.grants
    ]
    return _frame(rows, GRANT_COLUMNS)


def schemas_frame(schema: Schema) -> pd.DataFrame:
    """One row per schema read besides the default one (PostgreSQL namespaces)."""
    return _frame([(n.name, n.comment) for n in schema.namespaces], SCHEMA_COLUMNS)


#: The frames of tables and views by name, in the order the demo and the docs show them.
FRAMES = {
    "tables": tables_frame,
    "columns": columns_frame,
    "indexes": indexes_frame,
    "foreign_keys": foreign_keys_frame,
    "constraints": constraints_frame,
    "views": views_frame,
}

#: The frames of the objects beyond tables, in the order the docs show them (often
#: empty: SQLite has no routines, only PostgreSQL has domains and types).
OBJECT_FRAMES = {
    "triggers": triggers_frame,
    "routines": routines_frame,
    "partitions": partitions_frame,
    "sequences": sequences_frame,
    "enums": enums_frame,
    "domains": domains_frame,
    "types": types_frame,
    "extensions": extensions_frame,
    "grants": grants_frame,
    "schemas": schemas_frame,
}


def frames(schema: Schema) -> dict[str, pd.DataFrame]:
    """All frames of ``schema`` by name: :data:`FRAMES`, then :data:`OBJECT_FRAMES`."""
    return {name: build(schema) for name, build in {**FRAMES, **OBJECT_FRAMES}.items()}
