"""Rules about columns: types across tables, table shapes, numbered names, defaults."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from ...model import Schema
from ..registry import rule
from ._util import label, names, norm_type

Found = Iterator[tuple[str, str]]


@rule(
    "inconsistent_column_type",
    "warning",
    "same column name with different types across tables",
    ignore=(),
)
def check_inconsistent_column_type(schema: Schema, options: Mapping[str, Any]) -> Found:
    ignored = {n.lower() for n in options["ignore"]}
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in schema.tables:
        for c in t.columns:
            if c.name.lower() not in ignored:
                seen[c.name][norm_type(c)].append(str(t.key))
    for name in sorted(seen):
        types = seen[name]
        if len(types) < 2:
            continue
        detail = "; ".join(f"{ty} in {names(tables, 4)}" for ty, tables in sorted(types.items()))
        yield name, f"column {name} has {len(types)} different types: {detail}"


@rule("single_column_table", "info", "table with a single column")
def check_single_column_table(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        if len(t.columns) == 1:
            yield label(t), f"table has a single column ({t.columns[0].name})"


@rule("all_nullable_table", "warning", "table whose columns are all nullable")
def check_all_nullable_table(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        # Primary-key columns never hold NULL, whatever the catalog says (SQLite).
        if t.columns and all(c.nullable and c.name not in t.pk_columns for c in t.columns):
            yield label(t), f"all {len(t.columns)} columns are nullable"


_RE_NUMBERED = re.compile(r"^(?P<stem>.*?[^\d_])_?(?P<n>\d+)$")


@rule(
    "incrementing_columns",
    "warning",
    "incrementing column names (phone1, phone2): a repeating group to normalise",
)
def check_incrementing_columns(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        groups: dict[str, list[str]] = defaultdict(list)
        for c in t.columns:
            m = _RE_NUMBERED.match(c.name)
            if m:
                groups[m.group("stem").lower()].append(c.name)
        for stem, cols in sorted(groups.items()):
            if len(cols) >= 2:
                yield (
                    label(t, cols[0]),
                    f"columns {', '.join(cols)} look like a repeating group ({stem}N); "
                    "consider a child table",
                )


_RE_NULL_STRING = re.compile(r"^\s*'null'(\s*::.*)?\s*$", re.IGNORECASE)


@rule("string_default_null", "error", "string default 'NULL' where NULL was meant")
def check_string_default_null(schema: Schema, options: Mapping[str, Any]) -> Found:
    for t in schema.tables:
        for c in t.columns:
            if c.default is not None and _RE_NULL_STRING.match(c.default):
                yield (
                    label(t, c),
                    f"default is the string {c.default.strip()} (four letters), not NULL",
                )
