"""Build the ``graphviz.Digraph`` of an ER diagram from a snapshot and a selection.

One node per selected table (ids ``t0``, ``t1``… in key order; per column the
ports ``c<position>w`` and ``c<position>e`` on its first and last cell, ``h`` for
the header), so no database name is ever a DOT identifier;
every label comes from :mod:`schemanb.erd.labels`.

Foreign-key edges run from the child's column port to the parent's, in
crow's-foot notation:

* parent end (``arrowhead``): ``tee`` = exactly one (the key columns are NOT NULL),
  ``teeodot`` = zero or one (a key column is nullable);
* child end (``arrowtail``): ``crowodot`` = zero or many, ``teeodot`` = zero or one
  when the key columns are unique (the primary key, a unique constraint or a
  plain unique index covers them).

Inferred keys are dashed; a collapsed many-to-many is one edge with a crow at
both ends, labelled with its association table.

Views (and materialized views) are nodes ``v0``, ``v1``… with a purple header
naming their kind and a dashed border. Each dependency is a dashed purple edge
from what the view reads to the view's header: from the column's port when
``View.depends_on_columns`` names columns of that table (one edge per column
shown), else from the node. A partitioned table's header is followed by a line
with its strategy, key and number of partitions (partitions are not nodes).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from typing import Any

import graphviz

from ..model import Column, ForeignKey, Schema, Table, TableKey, View
from . import labels
from .implied import ImpliedKey
from .marks import DiffMarks, fk_id
from .parts import (
    Options,
    association_tables,
    fk_nullable,
    is_unique,
    markers,
    partitioning_line,
    referenced_columns,
    single_unique,
    table_url,
    visible_columns,
)

FONT = "Helvetica,Arial,sans-serif"
INSTALL_HINT = (
    "install Graphviz so that `dot` is on PATH (apt-get install graphviz, brew install "
    "graphviz, conda install -c conda-forge graphviz, or https://graphviz.org/download/)"
)


class SchemaDiagram(graphviz.Digraph):  # type: ignore[misc]
    """A ``graphviz.Digraph`` that also says what it shows.

    ``table_keys`` are the tables drawn (in node-id order), ``notes`` what was
    simplified, ``implied`` the inferred foreign keys drawn. In Jupyter it shows
    as SVG; without Graphviz installed it shows how to install it instead of a
    traceback.
    """

    table_keys: tuple[TableKey, ...] = ()
    view_keys: tuple[TableKey, ...] = ()
    notes: tuple[str, ...] = ()
    implied: tuple[ImpliedKey, ...] = ()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kw: Any) -> Any:
        try:
            return super()._repr_mimebundle_(include, exclude, **kw)
        except graphviz.ExecutableNotFound:
            return {"text/plain": f"cannot draw the diagram: Graphviz is missing — {INSTALL_HINT}"}


class _Builder:
    """Holds the lookups of one build; :meth:`run` adds nodes, then edges."""

    def __init__(
        self,
        schema: Schema,
        keys: frozenset[TableKey],
        options: Options,
        marks: DiffMarks | None,
        implied: Sequence[ImpliedKey],
    ) -> None:
        self.schema = schema
        self.options = options
        self.marks = marks or DiffMarks()
        view_keys = {k for k in keys if k in schema.view_map and k not in schema.table_map}
        keys = frozenset(k for k in keys if k in schema.table_map)
        self.order = sorted(keys, key=TableKey.sort_key)
        self.view_order = sorted(view_keys, key=TableKey.sort_key)
        self.ids = {k: f"t{i}" for i, k in enumerate(self.order)}
        self.ids.update({k: f"v{i}" for i, k in enumerate(self.view_order)})
        self.assoc = association_tables(schema, keys) if options.collapse_m2m else {}
        self.implied = [i for i in implied if i.table in self.ids and
                        i.foreign_key.referred_table in self.ids]
        self.implied_cols: dict[TableKey, set[str]] = {}
        for imp in self.implied:
            self.implied_cols.setdefault(imp.table, set()).update(imp.foreign_key.columns)
        self.shown: dict[TableKey, set[str]] = {}
        self._referenced = self._referenced_columns()

    def _referenced_columns(self) -> dict[TableKey, set[str]]:
        return referenced_columns(self.schema, self.order, [i.foreign_key for i in self.implied])

    def _visible(self, table: Table) -> set[str]:
        return visible_columns(table, self.options.columns,
                               implied_cols=self.implied_cols.get(table.key, set()),
                               referenced=self._referenced.get(table.key, set()),
                               marks=self.marks)

    def _title(self, table: Table | View, clustered: bool) -> str:
        return table.name if clustered or table.schema is None else str(table.key)

    def _url(self, obj: Table | View) -> str | None:
        if not self.options.url_template:
            return None
        return table_url(self.options.url_template, obj, self.schema.info.default_schema)

    def _columns(self, key: TableKey) -> tuple[Column, ...]:
        obj = self.schema.table_map.get(key) or self.schema.view_map.get(key)
        return obj.columns if obj is not None else ()

    def node(self, graph: graphviz.Digraph, table: Table, clustered: bool) -> None:
        visible = self._visible(table)
        self.shown[table.key] = visible
        url = self._url(table)
        unique = single_unique(table)
        implied_cols = self.implied_cols.get(table.key, set())
        rows = [
            labels.Row(
                port=f"c{pos}",
                column=col,
                markers=markers(table, col.name, implied_cols, unique),
                status=self.marks.columns.get((table.key, col.name)),
                old_name=self.marks.column_old_names.get((table.key, col.name)),
                href=f"{url}#{urllib.parse.quote(col.name, safe='')}" if url else None,
            )
            for pos, col in enumerate(table.columns)
            if col.name in visible
        ]
        old = self.marks.table_old_names.get(table.key)
        label = labels.table_label(
            self._title(table, clustered),
            rows,
            status=self.marks.tables.get(table.key),
            old_title=old,
            href=url,
            tooltip=table.comment,
            show_types=not self.options.overview,
            hidden_columns=len(table.columns) - len(rows) if self.options.columns != "none" else 0,
            subtitle=partitioning_line(table),
        )
        graph.node(self.ids[table.key], label=label)

    def view_node(self, graph: graphviz.Digraph, view: View, clustered: bool) -> None:
        """A view's node: its columns (all, or none in ``keys``/``none`` modes)."""
        visible = {c.name for c in view.columns} if self.options.columns == "all" else set()
        self.shown[view.key] = visible
        url = self._url(view)
        rows = [
            labels.Row(port=f"c{pos}", column=col,
                       href=f"{url}#{urllib.parse.quote(col.name, safe='')}" if url else None)
            for pos, col in enumerate(view.columns)
            if col.name in visible
        ]
        label = labels.table_label(
            self._title(view, clustered), rows,
            status=self.marks.tables.get(view.key),
            href=url,
            tooltip=view.comment,
            show_types=not self.options.overview,
            hidden_columns=len(view.columns) - len(rows) if self.options.columns != "none" else 0,
            kind="materialized view" if view.materialized else "view",
        )
        graph.node(self.ids[view.key], label=label)

    def view_edges(self, graph: graphviz.Digraph, view: View) -> None:
        """Dashed edges from what ``view`` reads to its header (column-level where known).

        Drawn after the foreign keys, light, thin and with no pull on the layout
        (``weight=0``), so that a table read by many views still shows its keys."""
        head = f"{self.ids[view.key]}:h:w"
        attrs = {"style": "dashed", "color": labels.VIEW_EDGE, "penwidth": "0.7",
                 "arrowhead": "vee", "arrowsize": "0.6", "weight": "0"}
        for dep in view.depends_on:
            if dep not in self.ids or dep == view.key:
                continue
            cols = [r.column for r in view.depends_on_columns if r.table == dep]
            tails = list(dict.fromkeys(self._port(dep, [c], "e") for c in cols))
            tails = [t for t in tails if t != self.ids[dep]] or [self.ids[dep]]
            for tail in tails:
                graph.edge(tail, head, **attrs)

    def _port(self, key: TableKey, columns: Sequence[str], side: str) -> str:
        """``node:c<pos><side>:<side>`` for a shown column, else the node itself."""
        node = self.ids[key]
        if columns and columns[0] in self.shown.get(key, ()):
            pos = [c.name for c in self._columns(key)].index(columns[0])
            return f"{node}:c{pos}{side}:{side}"
        return node

    def fk_edge(self, graph: graphviz.Digraph, table: Table, fk: ForeignKey, *,
                inferred: bool = False) -> None:
        target = fk.referred_table
        if target not in self.ids or table.key in self.assoc:
            return
        nullable = fk_nullable(table, fk)
        attrs = {
            "dir": "both",
            "arrowhead": "teeodot" if nullable else "tee",
            "arrowtail": "teeodot" if is_unique(table, fk.columns) else "crowodot",
        }
        if inferred:
            attrs.update(style="dashed", color="#777777")
        state = self.marks.fks.get((table.key, fk_id(fk)))
        if state:
            attrs.update(color=labels.STATUS_COLOURS[state][0], penwidth="2")
        graph.edge(self._port(table.key, fk.columns, "e"),
                   self._port(target, fk.referred_columns, "w"), **attrs)

    def m2m_edge(self, graph: graphviz.Digraph, key: TableKey,
                 pair: tuple[ForeignKey, ForeignKey]) -> None:
        a, b = pair
        graph.edge(self.ids[a.referred_table], self.ids[b.referred_table],
                   label=labels.edge_label(self.schema.table_map[key].name),
                   dir="both", arrowhead="crowodot", arrowtail="crowodot",
                   color="#1565c0")

    def run(self) -> SchemaDiagram:
        graph = SchemaDiagram(name="schema", engine=self.options.engine,
                              graph_attr=graph_attrs(self.options, len(self.order)),
                              node_attr={"shape": "none", "margin": "0", "fontname": FONT,
                                         "fontsize": "10"},
                              edge_attr={"fontname": FONT, "fontsize": "9",
                                         "color": "#555555"})
        drawn = [k for k in self.order if k not in self.assoc]
        schemas = sorted({k.schema or "" for k in [*drawn, *self.view_order]})
        clustered = self.options.group_by_schema and len(schemas) > 1
        if clustered:
            for i, name in enumerate(schemas):
                with graph.subgraph(name=f"cluster_{i}") as sub:
                    sub.attr(label=labels.cluster_label(name or "(default schema)"),
                             style="rounded", color="#999999")
                    self._nodes(sub, drawn, name, True)
        else:
            self._nodes(graph, drawn, None, False)
        for k in drawn:
            table = self.schema.table_map[k]
            for fk in table.foreign_keys:
                self.fk_edge(graph, table, fk)
        for imp in self.implied:
            self.fk_edge(graph, self.schema.table_map[imp.table], imp.foreign_key, inferred=True)
        for key, pair in sorted(self.assoc.items(), key=lambda kv: kv[0].sort_key()):
            self.m2m_edge(graph, key, pair)
        for k in self.view_order:
            self.view_edges(graph, self.schema.view_map[k])
        graph.table_keys = tuple(drawn)
        graph.view_keys = tuple(self.view_order)
        graph.notes = self.options.notes
        graph.implied = tuple(self.implied)
        return graph


    def _nodes(self, graph: graphviz.Digraph, drawn: list[TableKey], schema: str | None,
               clustered: bool) -> None:
        """The table nodes, then the view nodes, of one schema (``None``: of all)."""
        for k in drawn:
            if schema is None or (k.schema or "") == schema:
                self.node(graph, self.schema.table_map[k], clustered)
        for k in self.view_order:
            if schema is None or (k.schema or "") == schema:
                self.view_node(graph, self.schema.view_map[k], clustered)


def graph_attrs(options: Options, n_tables: int) -> dict[str, str]:
    """Graph attributes; the overview trades layout quality for speed (Graphviz's own knobs)."""
    attrs = {"rankdir": options.rankdir, "fontname": FONT, "fontsize": "10",
             "nodesep": "0.25", "ranksep": "0.6", "layout": options.engine}
    if options.engine == "dot":
        attrs["newrank"] = "true"
    if options.overview:
        attrs.update(OVERVIEW_ATTRS.get(options.engine, {}))
    if options.notes:
        attrs.update(label=labels.note_label(options.notes), labelloc="t", labeljust="l")
    return attrs


#: Layout settings for a whole-schema overview, per engine.
OVERVIEW_ATTRS: dict[str, dict[str, str]] = {
    "dot": {"splines": "false", "nslimit": "2", "nslimit1": "2", "mclimit": "0.1",
            "searchsize": "10", "remincross": "false"},
    "sfdp": {"splines": "false", "overlap": "prism", "outputorder": "edgesfirst"},
}


def build_diagram(
    schema: Schema,
    keys: frozenset[TableKey],
    *,
    options: Options,
    marks: DiffMarks | None = None,
    implied: Sequence[ImpliedKey] = (),
) -> SchemaDiagram:
    """The diagram of ``keys`` in ``schema``; see the module docstring for the notation."""
    return _Builder(schema, keys, options, marks, implied).run()
