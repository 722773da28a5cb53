"""Which tables (and views) a diagram shows: name patterns, schemas, focus and depth (pure).

The selection is a set of :class:`~schemanb.model.TableKey`. Rules:

* with ``views=True`` views and materialized views are selected like tables
  (patterns, schemas, focus), and a view's ``depends_on`` is an edge for the
  neighbourhood, like a foreign key; with ``views=False`` (the default of these
  functions) only tables are considered.

* ``tables`` patterns are shell-style (``fnmatch``, case-sensitive) and match a
  table's name or its ``schema.name``; no patterns means every table; a pattern
  starting with ``!`` leaves its matches out (:mod:`schemanb.selection`).
* ``schemas`` keeps only tables of those schemas (``None`` = the default schema).
* ``focus`` names one or more tables; the result is those tables plus every
  table within ``depth`` foreign-key hops of them, following keys in both
  directions (a table's parents and its children). Hops only pass through
  tables that the patterns and schemas allow.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from ..errors import RenderError
from ..model import Schema, Table, TableKey
from ..selection import select_keys

#: A way to name a table: ``"name"``, ``"schema.name"``, a key or a table.
TableSpec = str | TableKey | Table


def _keys(schema: Schema, views: bool) -> set[TableKey]:
    keys = set(schema.table_map)
    if views:
        keys |= set(schema.view_map)
    return keys


def resolve_table(schema: Schema, spec: TableSpec, *, views: bool = False) -> TableKey:
    """The key of the table (or view, with ``views``) ``spec`` names; :class:`RenderError`
    when there is none.

    >>> from schemanb.model import Schema, Table
    >>> s = Schema(tables=(Table(name="users"), Table(schema="crm", name="users")))
    >>> resolve_table(s, "crm.users")
    TableKey(schema='crm', name='users')
    >>> resolve_table(s, "users")
    TableKey(schema=None, name='users')
    """
    keys = _keys(schema, views)
    if isinstance(spec, Table):
        spec = spec.key
    if isinstance(spec, TableKey):
        if spec in keys:
            return spec
        text = str(spec)
    else:
        text = str(spec)
        if TableKey(None, text) in keys:
            return TableKey(None, text)
        head, dot, tail = text.partition(".")
        if dot and TableKey(head, tail) in keys:
            return TableKey(head, tail)
        same_name = [k for k in keys if k.name == text]
        if len(same_name) == 1:
            return same_name[0]
    close = difflib.get_close_matches(text, [str(k) for k in keys], n=3)
    hint = f"did you mean {', '.join(repr(c) for c in close)}?" if close else (
        "list the tables with schemanb.inspect(...).tables"
    )
    raise RenderError(f"no table {text!r} in this snapshot to draw — {hint}")


def match_patterns(
    schema: Schema,
    patterns: Iterable[str] | None = None,
    *,
    schemas: Iterable[str | None] | None = None,
    views: bool = False,
) -> frozenset[TableKey]:
    """The keys of the tables (and views) matching any of ``patterns`` and in ``schemas``.

    >>> from schemanb.model import Schema, Table
    >>> s = Schema(tables=(Table(name="order_items"), Table(name="orders"), Table(name="users")))
    >>> sorted(k.name for k in match_patterns(s, ["order*"]))
    ['order_items', 'orders']
    >>> sorted(k.name for k in match_patterns(s, ["!order_*"]))
    ['orders', 'users']
    """
    wanted = set(schemas) if schemas is not None else None
    keys = [k for k in _keys(schema, views) if wanted is None or k.schema in wanted]
    return frozenset(select_keys(keys, patterns))


def adjacency(
    schema: Schema, extra: Iterable[tuple[TableKey, TableKey]] = (), *, views: bool = False
) -> dict[TableKey, set[TableKey]]:
    """Undirected neighbours of every table through its foreign keys (and ``extra`` pairs);
    with ``views``, of every view through its ``depends_on`` too."""
    adj: dict[TableKey, set[TableKey]] = {k: set() for k in _keys(schema, views)}
    pairs = [(t.key, fk.referred_table) for t in schema.tables for fk in t.foreign_keys]
    if views:
        pairs += [(v.key, dep) for v in schema.views for dep in v.depends_on]
    for a, b in [*pairs, *extra]:
        if a in adj and b in adj and a != b:
            adj[a].add(b)
            adj[b].add(a)
    return adj


def neighbourhood(
    adj: Mapping[TableKey, set[TableKey]],
    start: Iterable[TableKey],
    depth: int,
    allowed: frozenset[TableKey] | None = None,
) -> frozenset[TableKey]:
    """``start`` plus every table within ``depth`` hops (breadth-first)."""
    seen = set(start)
    frontier = set(seen)
    for _ in range(max(depth, 0)):
        frontier = {
            n
            for k in frontier
            for n in adj.get(k, ())
            if n not in seen and (allowed is None or n in allowed)
        }
        if not frontier:
            break
        seen |= frontier
    return frozenset(seen)


def select_tables(
    schema: Schema,
    *,
    tables: Iterable[str] | None = None,
    schemas: Iterable[str | None] | None = None,
    focus: TableSpec | Iterable[TableSpec] | None = None,
    depth: int = 1,
    extra_edges: Iterable[tuple[TableKey, TableKey]] = (),
    views: bool = False,
) -> frozenset[TableKey]:
    """The tables (and views) a diagram shows; see the module docstring for the rules.

    Raises:
        RenderError: a focus table does not exist, or ``depth`` is negative.
    """
    if depth < 0:
        raise RenderError(f"depth must be 0 or more, not {depth} — use depth=1 for neighbours")
    if isinstance(tables, str):
        tables = [tables]
    allowed = match_patterns(schema, tables, schemas=schemas, views=views)
    if focus is None:
        return allowed
    specs = [focus] if isinstance(focus, (str, TableKey, Table)) else list(focus)
    start = {resolve_table(schema, s, views=views) for s in specs}
    return neighbourhood(adjacency(schema, extra_edges, views=views), start, depth,
                         allowed | start)
