"""The ``%load_ext schemanb`` line magics: one Magics class, one short method a magic.

Each magic parses its line with IPython's ``magic_arguments``, resolves its
SOURCE through :mod:`schemanb.jupyter.sources`, calls the public API and returns
the object it shows, so ``x = %schema prod`` works. A
:class:`~schemanb.errors.SchemaNBError` becomes a plain ``UsageError`` (IPython
hides the traceback only for that exact type); anything else keeps its traceback.
Named connections live on the instance; their passwords are never printed.
"""

# IPython's magic_arguments decorators are untyped.
# mypy: disable-error-code="no-untyped-call,untyped-decorator"
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments
from IPython.utils.process import arg_split  # type: ignore[attr-defined]

from .._redact import mask_text, mask_url
from ..errors import SchemaNBError
from ..model import Schema
from . import sources

_HELP = argument("-h", "--help", action="store_true", help="show this help and return")
_SCHEMA = argument(
    "--schema", action="append", dest="schemas", metavar="S",
    help="database schema to read (repeatable; '*' for all; default: the default schema)",
)


@contextmanager
def _usage_errors() -> Iterator[None]:
    """Show our errors as one line, without a traceback."""
    try:
        yield
    except SchemaNBError as err:
        raise UsageError(mask_text(str(err))) from None


@magics_class
class SchemaNBMagics(Magics):
    """``%schemanb``, ``%schema``, ``%tables``, ``%columns``, ``%objects``, ``%erd``,
    ``%schemadiff``, ``%snapshot``."""

    def __init__(self, shell: Any = None) -> None:
        super().__init__(shell)
        self.connections = sources.Connections()

    # ------------------------------------------------------------------ helpers

    def _parse(self, magic: Callable[..., Any], line: str) -> Any:
        """The parsed arguments, or ``None`` after printing the help for -h/--help.

        Options may come between positionals (``%erd orders --depth 2 dev prod``).
        """
        words = arg_split(line)
        if {"-h", "--help"} & set(words):
            print(magic.__doc__)
            return None
        return magic.parser.parse_intermixed_args(words)  # type: ignore[attr-defined]

    def _resolve(self, word: str | None, schemas: list[str] | None = None) -> Schema:
        namespace = self.shell.user_ns if self.shell is not None else {}
        return sources.resolve(
            word, namespace=namespace, connections=self.connections, schemas=schemas
        )

    def _is_source(self, word: str) -> bool:
        namespace = self.shell.user_ns if self.shell is not None else {}
        return sources.is_known(word, namespace=namespace, connections=self.connections)

    # ------------------------------------------------------------------- magics

    @magic_arguments()
    @argument("command", choices=("connect", "connections"), help="what to do")
    @argument("name", nargs="?", help="connect: the connection's name")
    @argument("url", nargs="?", help="connect: a database URL or a snapshot file")
    @argument("--env", metavar="VAR", help="connect: read the URL from this environment variable")
    @_HELP
    @line_magic
    def schemanb(self, line: str) -> dict[str, str] | None:
        """Manage named connections: ``connect NAME URL`` (or ``--env VAR``), ``connections``.

        The last connected name is the current source of the other magics.
        """
        args = self._parse(self.schemanb, line)
        if args is None:
            return None
        with _usage_errors():
            if args.command == "connections":
                return self.connections.masked()
            url = os.environ.get(args.env, "") if args.env else args.url
            if not args.name or not url:
                hint = f"environment variable {args.env} is empty" if args.env else "give NAME URL"
                raise UsageError(f"%schemanb connect needs a name and a URL — {hint}")
            self.connections.add(args.name, url)
            print(f"connected {args.name} = {mask_url(url)} (current)")
        return None

    @magic_arguments()
    @argument("source", nargs="?", help="connection, variable, URL or snapshot file")
    @_SCHEMA
    @_HELP
    @line_magic
    def schema(self, line: str) -> Schema | None:
        """Inspect SOURCE (default: the current connection) and show an overview."""
        args = self._parse(self.schema, line)
        if args is None:
            return None
        with _usage_errors():
            return self._resolve(args.source, args.schemas)

    @magic_arguments()
    @argument("source", nargs="?", help="connection, variable, URL or snapshot file")
    @_SCHEMA
    @_HELP
    @line_magic
    def tables(self, line: str) -> Any:
        """One row per table of SOURCE, as a DataFrame."""
        args = self._parse(self.tables, line)
        if args is None:
            return None
        from ..frames import tables_frame

        with _usage_errors():
            return tables_frame(self._resolve(args.source, args.schemas))

    @magic_arguments()
    @argument("table", help="the table's name")
    @argument("source", nargs="?", help="connection, variable, URL or snapshot file")
    @_SCHEMA
    @_HELP
    @line_magic
    def columns(self, line: str) -> Any:
        """One row per column of TABLE in SOURCE, as a DataFrame."""
        args = self._parse(self.columns, line)
        if args is None:
            return None
        from ..frames import columns_frame

        with _usage_errors():
            schema = self._resolve(args.source, args.schemas)
        if not any(t.name == args.table for t in schema.tables):
            raise UsageError(f"no table {args.table!r} in this source — %tables lists them")
        return columns_frame(schema, args.table)

    @magic_arguments()
    @argument("kind", help="views, triggers, routines, partitions, domains, types, extensions, "
              "grants, indexes, foreign_keys or constraints")
    @argument("source", nargs="?", help="connection, variable, URL or snapshot file")
    @_SCHEMA
    @_HELP
    @line_magic
    def objects(self, line: str) -> Any:
        """One row per object of KIND in SOURCE, as a DataFrame (``%objects routines``)."""
        args = self._parse(self.objects, line)
        if args is None:
            return None
        from ..frames import FRAMES, OBJECT_FRAMES

        builders = {**FRAMES, **OBJECT_FRAMES}
        builders.pop("columns")
        if args.kind not in builders:
            raise UsageError(f"no kind {args.kind!r} — use one of {', '.join(builders)}")
        with _usage_errors():
            return builders[args.kind](self._resolve(args.source, args.schemas))

    @magic_arguments()
    @argument("words", nargs="*", metavar="[TABLE] [SOURCE ...]",
              help="a table to focus on, then one source (or two: a diagram of the diff)")
    @argument("--depth", type=int, default=1, help="foreign-key hops around TABLE (default 1)")
    @argument("--no-views", action="store_true", help="draw tables only (views are drawn by default)")
    @argument("--mermaid", action="store_true",
              help="a Mermaid diagram (rendered by JupyterLab 4) instead of Graphviz's SVG")
    @_SCHEMA
    @_HELP
    @line_magic
    def erd(self, line: str) -> Any:
        """The ER diagram of SOURCE (a graphviz.Digraph), or of TABLE and its neighbours.

        With two sources A B, the diagram of B coloured by the diff from A. With
        ``--mermaid``, a Mermaid ``erDiagram`` shown as Markdown (JupyterLab 4 renders it).
        """
        args = self._parse(self.erd, line)
        if args is None:
            return None
        from ..erd import erd

        words = list(args.words)
        table = words.pop(0) if words and not self._is_source(words[0]) else None
        if len(words) > 2:
            raise UsageError("%erd takes at most two sources — see %erd --help")
        with _usage_errors():
            schemas = [self._resolve(w, args.schemas) for w in words or [None]]
            changes = None
            if len(schemas) == 2:
                from ..diff import diff

                changes = diff(schemas[0], schemas[1])
            return erd(schemas[-1], focus=table, depth=args.depth, diff=changes,
                       views=not args.no_views, format="mermaid" if args.mermaid else "graphviz")

    @magic_arguments()
    @argument("a", help="the expected schema (e.g. dev): connection, variable, URL or file")
    @argument("b", help="the actual schema (e.g. prod)")
    @argument("--no-explorer", action="store_true", help="return the SchemaDiff itself")
    @_SCHEMA
    @_HELP
    @line_magic
    def schemadiff(self, line: str) -> Any:
        """What changed from A to B: the drift explorer (or the SchemaDiff)."""
        args = self._parse(self.schemadiff, line)
        if args is None:
            return None
        from ..diff import diff

        with _usage_errors():
            result = diff(self._resolve(args.a, args.schemas), self._resolve(args.b, args.schemas))
        if args.no_explorer:
            return result
        from .explorer.view import DriftExplorer

        return DriftExplorer(result)

    @magic_arguments()
    @argument("source", help="connection, variable, URL or snapshot file")
    @argument("-o", "--output", required=True, metavar="FILE", help="the JSON file to write")
    @_SCHEMA
    @_HELP
    @line_magic
    def snapshot(self, line: str) -> Schema | None:
        """Save a snapshot of SOURCE to FILE (JSON, written atomically) and return it."""
        args = self._parse(self.snapshot, line)
        if args is None:
            return None
        with _usage_errors():
            schema = self._resolve(args.source, args.schemas)
            path = schema.save(args.output)
        print(f"wrote {len(schema.tables)} tables to {path}")
        return schema
