"""Schema -> pandas DataFrames: one row per object, stable documented column names.

=============  ==========================================================
frame          columns
=============  ==========================================================
tables         schema, table, columns, primary_key, foreign_keys, indexes,
               row_estimate, comment, options, inherits, row_security
columns        schema, table, position, column, type, generic_type, nullable,
               default, is_pk, is_fk, is_unique, autoincrement, computed,
               collation, comment, settings, inherited
indexes        schema, table, index, columns, unique, where, method, settings
foreign_keys   schema, table, name, columns, referred_schema,
               referred_table, referred_columns, on_delete, on_update
constraints    schema, table, kind (primary_key|unique|check|exclusion),
               name, columns, expression
views          schema, view, materialized, definition, comment, depends_on
triggers       schema, table, trigger, timing, events, orientation,
               function, enabled, definition, condition, options
routines       schema, routine, kind, arguments, returns, language,
               volatility, options, definition, comment
partitions     schema, table, strategy, key, partition, partition_schema,
               bound
sequences      schema, sequence, data_type, start, increment, min_value,
               max_value, cycle, owned_by, cache, comment
enums          schema, enum, position, value
domains        schema, domain, type, nullable, default, checks
types          schema, type, position, attribute, attribute_type
extensions     extension, schema, version
grants         schema, object, object_kind, grantee, privilege, grantable
schemas        schema, comment
policies       schema, table, policy, permissive, command, roles, using,
               with_check, comment
rules          schema, table, rule, enabled, definition
collations     schema, collation, provider, locale, lc_collate, lc_ctype,
               deterministic, rules
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
(:attr:`~schemanb.model.Schema.namespaces`, PostgreSQL), after a row for the
default schema (``schema`` missing) when it has a comment of its own.

The settings are spelt as the dialect writes them (``DialectSupport.table_settings``
and its siblings) and joined with ``", "``: a table's ``options`` (``UNLOGGED``,
``WITH (fillfactor=80)``, ``CLUSTER ON ix``, ``ENGINE=Aria``, ``WITH SYSTEM
VERSIONING``), a column's ``settings`` (``SET STATISTICS 1000``, ``INVISIBLE``,
``GENERATED ALWAYS AS ROW START``), an index's ``settings`` (``CLUSTER``);
``inherits`` lists a table's parents (``INHERITS``) as ``schema.name``;
``row_security`` is ``enabled``, ``enabled, forced`` or ``forced`` (missing when
off); ``inherited`` marks a column only a parent declares. ``indexes`` holds the
materialized views' indexes too (``table`` is the view's name); ``partitions``
has a row for every partition at any depth, ``table`` being the partitioned
table (or partition) it belongs to; events (MariaDB/MySQL) are ``routines`` of
kind ``event``, their ``CREATE EVENT ... ON SCHEDULE`` text the ``header`` option;
``roles`` of a policy is the role names joined with ``", "``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .model import RowSecurity, Schema, Table, View

if TYPE_CHECKING:
    import pandas as pd

TABLE_COLUMNS = (
    "schema", "table", "columns", "primary_key", "foreign_keys", "indexes",
    "row_estimate", "comment", "options", "inherits", "row_security",
)
COLUMN_COLUMNS = (
    "schema", "table", "position", "column", "type", "generic_type", "nullable",
    "default", "is_pk", "is_fk", "is_unique", "autoincrement", "computed",
    "collation", "comment", "settings", "inherited",
)
INDEX_COLUMNS = ("schema", "table", "index", "columns", "unique", "where", "method", "settings")
FOREIGN_KEY_COLUMNS = (
    "schema", "table", "name", "columns", "referred_schema", "referred_table",
    "referred_columns", "on_delete", "on_update",
)
CONSTRAINT_COLUMNS = ("schema", "table", "kind", "name", "columns", "expression")
VIEW_COLUMNS = ("schema", "view", "materialized", "definition", "comment", "depends_on")
TRIGGER_COLUMNS = (
    "schema", "table", "trigger", "timing", "events", "orientation", "function",
    "enabled", "definition", "condition", "options",
)
ROUTINE_COLUMNS = (
    "schema", "routine", "kind", "arguments", "returns", "language", "volatility",
    "options", "definition", "comment",
)
PARTITION_COLUMNS = (
    "schema", "table", "strategy", "key", "partition", "partition_schema", "bound",
)
SEQUENCE_COLUMNS = (
    "schema", "sequence", "data_type", "start", "increment", "min_value", "max_value",
    "cycle", "owned_by", "cache", "comment",
)
ENUM_COLUMNS = ("schema", "enum", "position", "value")
DOMAIN_COLUMNS = ("schema", "domain", "type", "nullable", "default", "checks")
TYPE_COLUMNS = ("schema", "type", "position", "attribute", "attribute_type")
EXTENSION_COLUMNS = ("extension", "schema", "version")
GRANT_COLUMNS = ("schema", "object", "object_kind", "grantee", "privilege", "grantable")
SCHEMA_COLUMNS = ("schema", "comment")
POLICY_COLUMNS = (
    "schema", "table", "policy", "permissive", "command", "roles", "using", "with_check",
    "comment",
)
RULE_COLUMNS = ("schema", "table", "rule", "enabled", "definition")
COLLATION_COLUMNS = (
    "schema", "collation", "provider", "locale", "lc_collate", "lc_ctype", "deterministic",
    "rules",
)


def _frame(rows: Sequence[tuple[object, ...]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame.from_records(rows, columns=list(columns))


def _join(names: tuple[str, ...]) -> str:
    return ", ".join(names)


def _unique_columns(table: Table) -> set[str]:
    single = {u.columns[0] for u in table.unique_constraints if len(u.columns) == 1}
    single |= {i.expressions[0] for i in table.indexes if i.unique and len(i.columns) == 1 and len(i.expressions) == 1}
    return single


def _support(schema: Schema) -> Any:
    from .dialects import support_for

    return support_for(schema.info.dialect)


def _or_none(items: Sequence[str]) -> str | None:
    """Items joined with ``", "``; ``None`` (missing) when there are none."""
    return ", ".join(items) if items else None


def _row_security(rs: RowSecurity | None) -> str | None:
    if rs is None:
        return None
    return _or_none((["enabled"] if rs.enabled else []) + (["forced"] if rs.forced else []))


def tables_frame(schema: Schema) -> pd.DataFrame:
    """One row per table."""
    support = _support(schema)
    security = {r.key: r for r in schema.row_security}
    rows = [
        (t.schema, t.name, len(t.columns), _join(t.pk_columns), len(t.foreign_keys),
         len(t.indexes), t.row_estimate, t.comment, _or_none(support.table_settings(t)),
         _or_none([str(k) for k in t.inherits]), _row_security(security.get(t.key)))
        for t in schema.tables
    ]
    return _frame(rows, TABLE_COLUMNS)


def columns_frame(schema: Schema, table: str | None = None) -> pd.DataFrame:
    """One row per column (of one ``table`` when given)."""
    rows = []
    support = _support(schema)
    for t in schema.tables:
        if table is not None and t.name != table:
            continue
        uniques = _unique_columns(t)
        for pos, c in enumerate(t.columns, start=1):
            rows.append(
                (t.schema, t.name, pos, c.name, c.type_sql, c.type_generic, c.nullable,
                 c.default, c.name in t.pk_columns, c.name in t.fk_columns, c.name in uniques,
                 c.autoincrement, c.computed.expression if c.computed else None,
                 c.collation, c.comment,
                 _or_none(support.column_settings(c)) if c.dialect_options else None,
                 c.inherited)
            )
    return _frame(rows, COLUMN_COLUMNS)


def indexes_frame(schema: Schema) -> pd.DataFrame:
    """One row per index of a table or materialized view."""
    support = _support(schema)
    owners: list[Table | View] = [*schema.tables, *schema.views]
    rows = [
        (t.schema, t.name, i.name, _join(i.expressions), i.unique, i.where, i.method,
         _or_none(support.index_settings(i)) if i.dialect_options else None)
        for t in owners
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
    rows += [(x.schema, x.table, "exclusion", x.name, None, x.definition)
             for x in schema.exclusion_constraints]
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
         tr.condition, _or_none([f"{k}={v}" for k, v in tr.options]))
        for tr in schema.triggers
    ]
    return _frame(rows, TRIGGER_COLUMNS)


def routines_frame(schema: Schema) -> pd.DataFrame:
    """One row per function or procedure (each overload its own row)."""
    rows = [
        (r.schema, r.name, r.kind, r.arguments, r.returns, r.language, r.volatility,
         _join(tuple(f"{k}={v}" for k, v in r.options)), r.definition, r.comment)
        for r in schema.routines
    ]
    return _frame(rows, ROUTINE_COLUMNS)


def partitions_frame(schema: Schema) -> pd.DataFrame:
    """One row per partition of a partitioned table, sub-partitions included (their
    ``table`` is the partition they belong to)."""
    rows = []
    for t in schema.tables:
        todo = [(t.schema, t.name, t.partitioning)]
        while todo:
            owner_schema, owner, scheme = todo.pop(0)
            for p in scheme.partitions if scheme is not None else ():
                rows.append((owner_schema, owner, scheme.strategy if scheme else None,
                             scheme.key if scheme else None, p.name, p.schema, p.bound))
                if p.partitioning is not None:
                    todo.append((p.schema, p.name, p.partitioning))
    return _frame(rows, PARTITION_COLUMNS)


def sequences_frame(schema: Schema) -> pd.DataFrame:
    """One row per standalone sequence."""
    rows = [
        (q.schema, q.name, q.data_type, q.start, q.increment, q.min_value, q.max_value,
         q.cycle, q.owned_by, q.cache, q.comment)
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
    """One row per schema read besides the default one (PostgreSQL namespaces), after
    the default schema's own (``schema`` missing) when it has a comment."""
    rows: list[tuple[object, ...]] = []
    if schema.default_schema_comment is not None:
        rows.append((None, schema.default_schema_comment))
    return _frame(rows + [(n.name, n.comment) for n in schema.namespaces], SCHEMA_COLUMNS)


def policies_frame(schema: Schema) -> pd.DataFrame:
    """One row per row-level security policy (PostgreSQL)."""
    rows = [
        (p.schema, p.table, p.name, p.permissive, p.command, _join(p.roles), p.using,
         p.with_check, p.comment)
        for p in schema.policies
    ]
    return _frame(rows, POLICY_COLUMNS)


def rules_frame(schema: Schema) -> pd.DataFrame:
    """One row per rewrite rule (PostgreSQL ``CREATE RULE``)."""
    rows = [(r.schema, r.table, r.name, r.enabled, r.definition) for r in schema.rules]
    return _frame(rows, RULE_COLUMNS)


def collations_frame(schema: Schema) -> pd.DataFrame:
    """One row per collation created as an object (PostgreSQL ``CREATE COLLATION``)."""
    rows = [
        (c.schema, c.name, c.provider, c.locale, c.lc_collate, c.lc_ctype, c.deterministic,
         c.rules)
        for c in schema.collations
    ]
    return _frame(rows, COLLATION_COLUMNS)


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
    "policies": policies_frame,
    "rules": rules_frame,
    "collations": collations_frame,
}


def frames(schema: Schema) -> dict[str, pd.DataFrame]:
    """All frames of ``schema`` by name: :data:`FRAMES`, then :data:`OBJECT_FRAMES`."""
    return {name: build(schema) for name, build in {**FRAMES, **OBJECT_FRAMES}.items()}
