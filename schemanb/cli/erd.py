"""``schemanb erd SOURCE -o FILE``: write an ER diagram as SVG, PNG, PDF, DOT or Mermaid.

``--format mermaid`` (or a ``.mmd``/``.md`` file) writes a Mermaid ``erDiagram`` of the
same selection, without Graphviz; in ``.md`` it is fenced for GitHub and GitLab.

``--diff OTHER`` colours the changes from SOURCE (before) to OTHER (after), as
``schemanb diff SOURCE OTHER`` lists them, and draws OTHER's side.
"""

from __future__ import annotations

import argparse
import sys
import warnings

from ..erd.render import DEFAULT_TIMEOUT
from . import EXIT_OK
from .common import add_selection_options, add_source_arguments, load_source, select_source

#: Above this many tables, ``dot`` may take minutes: say so before it starts.
SLOW_LAYOUT_TABLES = 2000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("erd", help="write an ER diagram of SOURCE (svg, png, pdf, dot, mermaid)")
    add_source_arguments(parser, timeout=False)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="file to write; the extension sets the format")
    parser.add_argument("--format", choices=("svg", "png", "pdf", "dot", "mermaid"),
                        help="output format (default: from the extension of FILE: .svg, .png, "
                        ".pdf, .dot, .mmd or .md for mermaid)")
    parser.add_argument("--focus", action="append", metavar="T",
                        help="centre on table T (repeatable; schema.table or table)")
    parser.add_argument("--depth", type=int, default=1, metavar="N",
                        help="foreign-key hops around --focus or the changed tables (default 1)")
    parser.add_argument("--columns", choices=("auto", "all", "keys", "none"), default="auto",
                        help="columns to show (default auto: keys only above 100 tables)")
    add_selection_options(parser)
    parser.add_argument("--implied", action="store_true",
                        help="also draw inferred foreign keys (dashed)")
    parser.add_argument("--collapse-m2m", action="store_true",
                        help="draw association tables as one many-to-many edge")
    parser.add_argument("--no-views", dest="views", action="store_false",
                        help="leave views and materialized views out (drawn as their own "
                        "nodes, with dashed edges to what they read, by default)")
    parser.add_argument("--diff", metavar="OTHER",
                        help="colour the changes from SOURCE to OTHER (URL or snapshot)")
    parser.add_argument("--url-template", metavar="TEMPLATE",
                        help="link tables, e.g. 'tables/{schema}.{table}.html'")
    parser.add_argument("--engine", choices=("dot", "sfdp", "fdp", "neato"),
                        help="Graphviz layout engine (default dot)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="give up when reading SOURCE, or the layout, takes longer "
                        f"(default {DEFAULT_TIMEOUT:g} each; 0: no limit)")
    parser.set_defaults(func=cmd_erd)


def cmd_erd(args: argparse.Namespace) -> int:
    from ..erd import erd
    from ..erd.render import format_for, write

    fmt = format_for(args.output, args.format)
    schema = select_source(load_source(args.source, args), args)
    diff = None
    if args.diff:
        from ..diff import diff as compute_diff

        diff = compute_diff(schema, select_source(load_source(args.diff, args), args))
        schema = diff.b
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = erd(schema, None, args.focus, depth=args.depth, columns=args.columns,
                    diff=diff, implied=args.implied, collapse_m2m=args.collapse_m2m,
                    url_template=args.url_template, engine=args.engine, views=args.views,
                    format="mermaid" if fmt == "mermaid" else "graphviz")
    slow = getattr(graph, "engine", "") == "dot" and len(graph.table_keys) > SLOW_LAYOUT_TABLES
    if fmt not in ("dot", "mermaid") and slow:
        print(f"schemanb: note: laying out {len(graph.table_keys):,} tables with dot may take "
              "minutes — --engine sfdp is faster; --focus or --tables draw less", file=sys.stderr,
              flush=True)
    write(graph, args.output, fmt, timeout=args.timeout if args.timeout > 0 else None)
    notes = f" ({'; '.join(graph.notes)})" if graph.notes else ""
    n_views = len(graph.view_keys)
    views = f", {n_views} view{'s' if n_views != 1 else ''}" if n_views else ""
    print(f"wrote {args.output}: {len(graph.table_keys)} tables{views}{notes}")
    return EXIT_OK
