"""Rules about keys and relations: primary keys, foreign keys, cycles, implied links."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ...model import Schema, Table, TableKey
from ..registry import rule
from ._util import label, names, norm_type

Found = Iterator[tuple[str, str]]


@rule("no_primary_key", "error", "table without a primary key")
def check_no_primary_key(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        if not t.pk_columns:
            yield label(t), "table has no primary key"


def _key_prefixes(table: Table) -> list[tuple[str, ...]]:
    """Column lists that can serve lookups: PK, unique constraints, plain index keys."""
    keys = [table.pk_columns] if table.pk_columns else []
    keys += [u.columns for u in table.unique_constraints]
    keys += [tuple(ix.expressions) for ix in table.indexes if ix.where is None]
    return keys


@rule("fk_without_index", "warning", "foreign key without an index on its columns")
def check_fk_without_index(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        keys = _key_prefixes(t)
        for fk in t.foreign_keys:
            wanted = set(fk.columns)
            if not any(set(k[: len(fk.columns)]) == wanted for k in keys):
                yield (
                    label(t, ", ".join(fk.columns)),
                    f"foreign key {fk.name or ''}({', '.join(fk.columns)}) → "
                    f"{fk.referred_table} has no index starting with its columns; "
                    "deletes and joins on the parent scan this table",
                )


@rule("fk_type_mismatch", "error", "foreign key column type differs from the referred column")
def check_fk_type_mismatch(schema: Schema, options: Mapping[str, Any]) -> Found:
    tables = schema.table_map
    for t in schema.tables:
        for fk in t.foreign_keys:
            parent = tables.get(fk.referred_table)
            if parent is None:
                continue
            for mine, theirs in zip(fk.columns, fk.referred_columns):
                a, b = t.column_map.get(mine), parent.column_map.get(theirs)
                if a is None or b is None or norm_type(a) == norm_type(b):
                    continue
                yield (
                    label(t, mine),
                    f"type {a.type_sql} differs from {label(parent, theirs)} ({b.type_sql}) "
                    "which it references",
                )


def _strongly_connected(graph: dict[TableKey, set[TableKey]]) -> list[list[TableKey]]:
    """Tarjan's algorithm, iterative (schemas can be deep)."""
    index: dict[TableKey, int] = {}
    low: dict[TableKey, int] = {}
    stack: list[TableKey] = []
    on_stack: set[TableKey] = set()
    out: list[list[TableKey]] = []
    counter = 0
    for root in sorted(graph, key=TableKey.sort_key):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root], key=TableKey.sort_key)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child], key=TableKey.sort_key))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    item = stack.pop()
                    on_stack.discard(item)
                    component.append(item)
                    if item == node:
                        break
                out.append(sorted(component, key=TableKey.sort_key))
    return out


@rule(
    "fk_cycle", "warning", "tables in a cycle of foreign keys", include_self_references=False
)
def check_fk_cycle(schema: Schema, options: Mapping[str, Any]) -> Found:
    graph: dict[TableKey, set[TableKey]] = {t.key: set() for t in schema.tables}
    for t in schema.tables:
        for fk in t.foreign_keys:
            if fk.referred_table in graph:
                graph[t.key].add(fk.referred_table)
    for component in _strongly_connected(graph):
        member = component[0]
        if len(component) == 1 and not (
            options["include_self_references"] and member in graph[member]
        ):
            continue
        cycle = names(str(k) for k in component)
        for key in component:
            yield str(key), f"in a foreign-key cycle with: {cycle}"


def _singulars(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


_RE_REF_COLUMN = re.compile(r"^(?P<stem>.+?)_?id$", re.IGNORECASE)


@rule(
    "implied_relation",
    "info",
    "column that looks like a reference (<table>_id) without a foreign key",
)
def check_implied_relation(schema: Schema, options: Mapping[str, Any]) -> Found:
    targets: dict[str, Table] = {}
    for t in schema.tables:
        if len(t.pk_columns) == 1:
            for form in _singulars(t.name.lower()):
                targets.setdefault(form, t)
    for t in schema.tables:
        for c in t.columns:
            m = _RE_REF_COLUMN.match(c.name)
            if m is None or c.name in t.fk_columns or c.name in t.pk_columns:
                continue
            parent = targets.get(m.group("stem").lower().rstrip("_"))
            if parent is None or parent.key == t.key:
                continue
            pk = parent.column(parent.pk_columns[0])
            if pk.type_generic != c.type_generic:
                continue
            yield (
                label(t, c),
                f"looks like a reference to {label(parent, pk)} but no foreign key declares it",
            )
