"""What a diagram shows, shared by the Graphviz (:mod:`.build`) and Mermaid
(:mod:`.mermaid`) renderers: the resolved options, which columns are visible, their
key markers, uniqueness (for crow's-foot cardinalities), association tables and
links. Pure: no Graphviz here, so a Mermaid diagram needs none.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import RenderError
from ..model import ForeignKey, Schema, Table, TableKey, View
from .marks import DiffMarks


@dataclass(frozen=True)
class Options:
    """How to draw: resolved by :func:`schemanb.erd` before building."""

    columns: str = "all"
    group_by_schema: bool = True
    collapse_m2m: bool = False
    url_template: str | None = None
    engine: str = "dot"
    overview: bool = False
    notes: tuple[str, ...] = ()
    rankdir: str = "LR"


def table_url(template: str, table: Table | View, default_schema: str | None) -> str:
    """The link of ``table``: ``template`` with ``{schema}``, ``{table}``, ``{key}`` filled
    (each percent-encoded).

    >>> table_url("t/{schema}.{table}.html", Table(name="a b"), "public")
    't/public.a%20b.html'
    """
    schema = table.schema if table.schema is not None else (default_schema or "")
    key = f"{schema}.{table.name}" if schema else table.name
    try:
        return template.format(
            schema=urllib.parse.quote(schema, safe=""),
            table=urllib.parse.quote(table.name, safe=""),
            key=urllib.parse.quote(key, safe="."),
        )
    except (KeyError, IndexError, ValueError) as err:
        raise RenderError(
            f"url_template {template!r} is not usable ({err}) — use only the placeholders "
            "{schema}, {table} and {key}"
        ) from err


def is_unique(table: Table, columns: Iterable[str]) -> bool:
    """Whether ``columns`` of ``table`` are unique (PK, unique constraint or unique index)."""
    cols = set(columns)
    groups = [set(table.pk_columns)]
    groups += [set(u.columns) for u in table.unique_constraints]
    groups += [
        set(i.columns)
        for i in table.indexes
        if i.unique and i.where is None and len(i.columns) == len(i.expressions)
    ]
    return any(g and g <= cols for g in groups)


def single_unique(table: Table) -> set[str]:
    singles = {u.columns[0] for u in table.unique_constraints if len(u.columns) == 1}
    singles |= {
        i.expressions[0]
        for i in table.indexes
        if i.unique and i.where is None and len(i.columns) == 1 == len(i.expressions)
    }
    return singles


def markers(table: Table, name: str, implied_cols: set[str], unique: set[str]) -> str:
    pk = name in table.pk_columns
    out = ["PK"] if pk else []
    if name in table.fk_columns:
        out.append("FK")
    elif name in implied_cols:
        out.append("FK?")
    if name in unique and not pk:
        out.append("UQ")
    if not pk and not table.column(name).nullable:
        out.append("NN")
    return " ".join(out)


def association_tables(
    schema: Schema, keys: frozenset[TableKey]
) -> dict[TableKey, tuple[ForeignKey, ForeignKey]]:
    """Tables that only join two selected tables: exactly two foreign keys, every column
    in one of them (or a single-column surrogate primary key), both targets selected."""
    out = {}
    referenced = {
        fk.referred_table for k in keys for fk in schema.table_map[k].foreign_keys
    }
    for key in keys:
        table = schema.table_map[key]
        if len(table.foreign_keys) != 2 or key in referenced:
            continue
        fk_cols = table.fk_columns
        rest = {c.name for c in table.columns} - fk_cols
        if rest and not (len(table.pk_columns) == 1 and rest == set(table.pk_columns)):
            continue
        a, b = table.foreign_keys
        if a.referred_table in keys and b.referred_table in keys and key not in (
            a.referred_table, b.referred_table
        ):
            out[key] = (a, b)
    return out



def partitioning_line(table: Table) -> str | None:
    """``"partitioned by RANGE (placed) · 2 partitions"`` for a partitioned table."""
    p = table.partitioning
    if p is None:
        return None
    n = len(p.partitions)
    return f"partitioned by {p.strategy} ({p.key}) · {n} partition{'' if n == 1 else 's'}"


def visible_columns(
    table: Table,
    mode: str,
    *,
    implied_cols: Iterable[str] = (),
    referenced: Iterable[str] = (),
    marks: DiffMarks | None = None,
) -> set[str]:
    """The columns of ``table`` a diagram shows in ``mode`` (``all``, ``keys``, ``none``):
    in ``keys``, the primary, foreign, single-column unique, inferred-key and referenced
    columns, and every column a diff marks."""
    if mode == "none":
        return set()
    if mode == "all":
        return {c.name for c in table.columns}
    keep = set(table.pk_columns) | table.fk_columns | single_unique(table)
    keep |= set(implied_cols) | set(referenced)
    if marks is not None:
        keep |= {name for (k, name) in marks.columns if k == table.key}
    return keep


def referenced_columns(
    schema: Schema, keys: Iterable[TableKey], extra: Iterable[ForeignKey] = ()
) -> dict[TableKey, set[str]]:
    """Per table, its columns that a foreign key of the tables ``keys`` (or ``extra``) refers to."""
    out: dict[TableKey, set[str]] = {}
    fks = [fk for k in keys for fk in schema.table_map[k].foreign_keys]
    for fk in [*fks, *extra]:
        out.setdefault(fk.referred_table, set()).update(fk.referred_columns)
    return out


def fk_nullable(table: Table, fk: ForeignKey) -> bool:
    """Whether a row of ``table`` may have no parent through ``fk`` (a key column is nullable)."""
    return any(table.column_map[c].nullable for c in fk.columns if c in table.column_map)


def title(obj: Table | View, qualified: bool) -> str:
    """A table's display name: ``schema.name`` when ``qualified`` and it has a schema."""
    return str(obj.key) if qualified and obj.schema is not None else obj.name


__all__ = ["Options", "association_tables", "fk_nullable", "is_unique", "markers",
           "partitioning_line", "referenced_columns", "single_unique", "table_url", "title",
           "visible_columns"]
