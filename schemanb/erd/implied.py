"""Implied foreign keys: relations the database does not declare, inferred from names (pure).

The rule (as SchemaSpy, tbls and SchemaCrawler do it, kept deliberately strict):

1. a column named ``<stem>_id`` or ``<stem>id`` (any case; ``<stem>`` at least two
   characters) that is not already the first column of a declared foreign key;
2. a table named ``<stem>``, or its plural ``<stem>s``, ``<stem>es`` or
   ``<stem minus y>ies`` (any case) — in the same schema first, else the only such
   table in any schema;
3. that table has a single-column primary key, and its type (``type_generic``,
   case-insensitive) equals the column's type;
4. the column is not that table's own primary key column (``users.id`` does not
   point at itself).

Each match becomes a :class:`~schemanb.model.ForeignKey` named ``None``, drawn
dashed and listed as inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ForeignKey, Schema, Table, TableKey

_RE_ID_SUFFIX = re.compile(r"^(?P<stem>.{2,}?)_?id$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImpliedKey:
    """An inferred foreign key of ``table``."""

    table: TableKey
    foreign_key: ForeignKey


def _candidate_names(stem: str) -> tuple[str, ...]:
    low = stem.lower()
    names = [low, low + "s", low + "es"]
    if low.endswith("y"):
        names.append(low[:-1] + "ies")
    return tuple(names)


def _find_target(
    by_name: dict[str, list[Table]], stem: str, schema: str | None
) -> Table | None:
    found = [t for n in _candidate_names(stem) for t in by_name.get(n, ())]
    same_schema = [t for t in found if t.schema == schema]
    if len(same_schema) == 1:
        return same_schema[0]
    if not same_schema and len(found) == 1:
        return found[0]
    return None


def _matches(table: Table, column: str, target: Table) -> bool:
    pk = target.pk_columns
    if len(pk) != 1:
        return False
    if target.key == table.key and pk[0] == column:
        return False
    left = table.column(column).type_generic.upper()
    right = target.column(pk[0]).type_generic.upper()
    return left == right


def infer_foreign_keys(schema: Schema) -> tuple[ImpliedKey, ...]:
    """Foreign keys implied by column names and types; see the module docstring.

    >>> from schemanb.model import Column, PrimaryKey, Schema, Table
    >>> i = Column(name="id", type_sql="INTEGER", type_generic="INTEGER")
    >>> c = Column(name="customer_id", type_sql="INTEGER", type_generic="INTEGER")
    >>> s = Schema(tables=(
    ...     Table(name="customers", columns=(i,), primary_key=PrimaryKey(columns=("id",))),
    ...     Table(name="orders", columns=(i, c), primary_key=PrimaryKey(columns=("id",))),
    ... ))
    >>> [(str(k.table), k.foreign_key.columns, str(k.foreign_key.referred_table))
    ...  for k in infer_foreign_keys(s)]
    [('orders', ('customer_id',), 'customers')]
    """
    by_name: dict[str, list[Table]] = {}
    for t in schema.tables:
        by_name.setdefault(t.name.lower(), []).append(t)
    out = []
    for table in schema.tables:
        declared = {fk.columns[0] for fk in table.foreign_keys if fk.columns}
        for column in table.columns:
            match = _RE_ID_SUFFIX.match(column.name)
            if not match or column.name in declared:
                continue
            target = _find_target(by_name, match.group("stem"), table.schema)
            if target is None or not _matches(table, column.name, target):
                continue
            fk = ForeignKey(
                columns=(column.name,),
                referred_table=target.key,
                referred_columns=target.pk_columns,
            )
            out.append(ImpliedKey(table.key, fk))
    return tuple(out)
