"""ER diagrams: ``schemanb.erd(schema, ...) -> graphviz.Digraph`` (SVG inline in Jupyter).

The pipeline: resolve the diff colouring (:mod:`.marks`), infer keys
(:mod:`.implied`), select the tables (:mod:`.select`), decide what to simplify
for big selections, build the graph (:mod:`.build`, labels from :mod:`.labels`).
Rendering to files lives in :mod:`.render`. Graphviz is imported only when a
diagram is built, so ``import schemanb`` stays light.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from ..diff.result import SchemaDiff
from ..errors import RenderError, SchemaNBWarning
from ..model import Schema, TableKey

if TYPE_CHECKING:
    from .build import SchemaDiagram
    from .mermaid import MermaidDiagram
    from .select import TableSpec

#: Above this many tables, ``columns="auto"`` shows key columns only.
COMPACT_ABOVE = 100
#: Above this many tables, the layout is simplified for speed (see ``build.OVERVIEW_ATTRS``).
OVERVIEW_ABOVE = 300
ENGINES = ("dot", "sfdp", "fdp", "neato", "circo", "twopi", "osage")
COLUMN_MODES = ("auto", "all", "keys", "none")

ColumnsMode = Literal["auto", "all", "keys", "none"]
DiagramFormat = Literal["graphviz", "mermaid"]
DIAGRAM_FORMATS = ("graphviz", "mermaid")


def erd(
    schema: Schema | SchemaDiff,
    tables: str | Iterable[str] | None = None,
    focus: TableSpec | Iterable[TableSpec] | None = None,
    *,
    depth: int = 1,
    columns: ColumnsMode | None = "auto",
    group_by_schema: bool = True,
    diff: SchemaDiff | None = None,
    implied: bool = False,
    collapse_m2m: bool = False,
    url_template: str | None = None,
    engine: str | None = None,
    schemas: Iterable[str | None] | None = None,
    rankdir: Literal["LR", "TB", "RL", "BT"] = "LR",
    views: bool = True,
    format: DiagramFormat = "graphviz",
) -> SchemaDiagram | MermaidDiagram:
    """The ER diagram of ``schema`` (or of a diff) as a ``graphviz.Digraph`` (or Mermaid text).

    Args:
        schema: a snapshot (:class:`~schemanb.model.Schema`); a ``SchemaDiff`` here
            is the same as ``diff=``.
        tables: shell patterns (``"order*"``, ``"crm.*"``) of the tables to show.
        focus: a table (or several) to centre on; shows it and its neighbours.
        depth: foreign-key hops from ``focus`` (or from the changed tables of a diff).
        columns: ``"all"``, ``"keys"`` (primary, foreign, unique and referenced
            columns), ``"none"``, or ``"auto"`` (``"keys"`` above 100 tables).
        group_by_schema: draw one cluster per schema when there are several.
        diff: a :class:`~schemanb.diff.SchemaDiff`: colour
            added green, dropped red, changed amber; by default only the changed
            tables and their neighbours are shown.
        implied: infer undeclared foreign keys (see :mod:`schemanb.erd.implied`).
        collapse_m2m: draw association tables as one many-to-many edge.
        url_template: link each table, e.g. ``"tables/{schema}.{table}.html"``
            (``{key}`` is ``schema.table``); columns link to ``<url>#<column>``.
        engine: the Graphviz layout engine (default ``dot``).
        schemas: keep only tables of these schemas (``None`` = the default one).
        rankdir: the direction of the ``dot`` layout.
        views: draw views and materialized views (purple, dashed border) with
            dashed edges to what they read (``View.depends_on``, to the column
            where ``depends_on_columns`` names it); ``tables``, ``focus`` and
            ``depth`` treat them like tables. ``False`` draws tables only.
        format: ``"graphviz"`` (a ``graphviz.Digraph``) or ``"mermaid"``: the same
            selection as a Mermaid ``erDiagram`` (:mod:`schemanb.erd.mermaid`), text
            that GitHub, GitLab and JupyterLab 4 render; ``engine``, ``url_template``
            and ``group_by_schema`` do not apply to it.

    Returns:
        A :class:`~schemanb.erd.build.SchemaDiagram` (a ``graphviz.Digraph``), or with
        ``format="mermaid"`` a :class:`~schemanb.erd.mermaid.MermaidDiagram` (``.source``
        is the text); ``.table_keys`` lists the tables drawn, ``.view_keys`` the views
        and ``.notes`` what was simplified.

    Example:
        >>> import schemanb
        >>> s = schemanb.inspect("sqlite://")
        >>> schemanb.erd(s).table_keys
        ()
    """
    if diff is None and isinstance(schema, SchemaDiff):
        diff = schema
        schema = diff.b
    drawn_from = _check_options(columns, engine, url_template, schema)
    if format not in DIAGRAM_FORMATS:
        raise RenderError(f"format={format!r} is unknown — use one of {', '.join(DIAGRAM_FORMATS)}")
    mermaid = format == "mermaid"
    marks, drawn = _resolve_diff(drawn_from, diff)
    inferred = _infer(drawn, implied)
    keys, notes = _select(drawn, tables, focus, depth, schemas, marks, inferred, views)
    options, simplified = _options(
        len(keys), columns=columns or "auto", engine=engine, group_by_schema=group_by_schema,
        collapse_m2m=collapse_m2m, url_template=url_template, rankdir=rankdir,
        layout=not mermaid,
    )
    if simplified:
        warnings.warn("; ".join(simplified), SchemaNBWarning, stacklevel=2)
    notes += simplified
    other = marks.other_note() if marks is not None else None
    if other:
        notes.append(other)
    if implied:
        noun = "foreign key" if len(inferred) == 1 else "foreign keys"
        notes.append(f"{len(inferred)} inferred {noun} in the schema, drawn dashed")
    from dataclasses import replace

    if mermaid:
        from .mermaid import build_mermaid

        return build_mermaid(drawn, keys, options=replace(options, notes=tuple(notes)),
                             marks=marks, implied=inferred)
    from .build import build_diagram

    return build_diagram(drawn, keys, options=replace(options, notes=tuple(notes)),
                         marks=marks, implied=inferred)


def _check_options(columns: Any, engine: Any, url_template: Any, schema: object) -> Schema:
    if not isinstance(schema, Schema):
        raise RenderError(
            f"cannot draw a {type(schema).__name__} — pass a snapshot from "
            "schemanb.inspect(...) or a SchemaDiff"
        )
    if columns is not None and columns not in COLUMN_MODES:
        raise RenderError(f"columns={columns!r} is unknown — use one of {', '.join(COLUMN_MODES)}")
    if engine is not None and engine not in ENGINES:
        raise RenderError(f"engine={engine!r} is unknown — use one of {', '.join(ENGINES)}")
    if url_template is not None and not isinstance(url_template, str):
        raise RenderError("url_template must be a string such as 'tables/{schema}.{table}.html'")
    return schema


def _resolve_diff(schema: Schema, diff: Any) -> tuple[Any, Schema]:
    if diff is None:
        return None, schema
    if not isinstance(diff, SchemaDiff):
        raise RenderError(
            f"diff= needs a SchemaDiff, not a {type(diff).__name__} — build one with schemanb.diff(a, b)"
        )
    from .marks import diff_marks, merged_schema

    marks = diff_marks(diff)
    return marks, merged_schema(diff, marks)


def _infer(schema: Schema, implied: bool) -> tuple[Any, ...]:
    if not implied:
        return ()
    from .implied import infer_foreign_keys

    return infer_foreign_keys(schema)


def _select(
    schema: Schema, tables: Any, focus: Any, depth: int, schemas: Any, marks: Any,
    inferred: tuple[Any, ...], views: bool,
) -> tuple[frozenset[TableKey], list[str]]:
    from .select import select_tables

    notes = []
    user_focus = focus is not None
    if marks is not None:
        notes.append("green: added, red: dropped, amber: changed, old → new: renamed")
    if marks is not None and focus is None and tables is None:
        known = set(schema.table_map) | (set(schema.view_map) if views else set())
        focus = sorted(marks.changed_tables & known, key=TableKey.sort_key)
        if not focus:
            return frozenset(), ["no table changed"]
        notes.append(f"{len(focus)} changed tables and their neighbours within {_hops(depth)}")
    edges = [(i.table, i.foreign_key.referred_table) for i in inferred]
    keys = select_tables(schema, tables=tables, schemas=schemas, focus=focus, depth=depth,
                         extra_edges=edges, views=views)
    if user_focus:
        shown = len(keys & schema.table_map.keys())
        notes.append(f"{shown} of {len(schema.tables)} tables: the focus and its "
                     f"neighbours within {_hops(depth)}")
    return keys, notes


def _hops(depth: int) -> str:
    return "1 hop" if depth == 1 else f"{depth} hops"


def _options(n: int, *, columns: str, engine: str | None, layout: bool = True,
             **kw: Any) -> tuple[Any, list[str]]:
    from .parts import Options

    simplified = []
    if columns == "auto":
        columns = "all"
        if n > COMPACT_ABOVE:
            columns = "keys"
            simplified.append(f"compact mode: {n} tables is more than {COMPACT_ABOVE}, so "
                              "only key columns are shown (columns='all' shows every column)")
    overview = layout and n > OVERVIEW_ABOVE
    if overview:
        simplified.append(f"overview layout: {n} tables is more than {OVERVIEW_ABOVE}, so "
                          "edges are straight, crossing reduction is limited and types are "
                          "hidden (select fewer tables for a detailed diagram)")
    return Options(columns=columns, engine=engine or "dot", overview=overview, **kw), simplified


__all__ = ["COMPACT_ABOVE", "DIAGRAM_FORMATS", "OVERVIEW_ABOVE", "erd"]
