"""``schemanb diff A B``: what changed from A to B, as text, JSON, SQL, an Alembic revision
or a Markdown pull-request comment (``--format markdown``: a summary by risk, a
collapsible section per table, the migration SQL).

Exit codes: 0 equal, 1 different, 2 error, 3 with ``--fail-on RISK`` when a
change is that risky or worse (``--fail-on destructive``: migra's data-loss
guard). A and B are database URLs or snapshot files, read at the same time
(B in a forked process).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._fs import atomic_write
from .._gc import paused_gc
from ..errors import SchemaNBError, SchemaNBWarning
from . import EXIT_DIFFERENT, EXIT_EQUAL, EXIT_RISK_REACHED
from ._fork import CAN_FORK, ForkedCall
from .common import (
    add_grants_option,
    add_schema_options,
    add_selection_options,
    load_source,
    select_source,
)

if TYPE_CHECKING:
    from ..diff import SchemaDiff



def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("diff", help="compare two schemas (URLs or snapshot files)",
                            description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a", metavar="A", help="the 'from' schema: database URL or snapshot file")
    parser.add_argument("b", metavar="B", help="the 'to' schema: database URL or snapshot file")
    parser.add_argument("--format", choices=("text", "stat", "json", "sql", "alembic", "markdown"),
                        default="text", help="output format (default text)")
    parser.add_argument("--dialect", metavar="NAME",
                        help="dialect of the SQL for --format sql and markdown (default: A's)")
    parser.add_argument("--renames", metavar="FILE",
                        help="rename decisions (JSON or TOML hints file) to apply")
    parser.add_argument("--save-renames", metavar="FILE",
                        help="write the rename decisions in force to FILE")
    parser.add_argument("--rename-threshold", type=float, default=None, metavar="SCORE",
                        help="score from which a rename is proposed (default 0.7)")
    parser.add_argument("--ignore", action="append", default=[], metavar="PATTERN",
                        help="ignore table, table.column, kind:<change kind>, a kind of object "
                        "(grants, owners, triggers, routines, views, ...; table:NAME for a "
                        "table called so); comma-separated lists allowed (repeatable)")
    parser.add_argument("--schema-map", action="append", default=[], metavar="OLD=NEW",
                        help="compare schema OLD of A with schema NEW of B (repeatable)")
    parser.add_argument("--portable", action="store_true",
                        help="compare across dialects on generic types")
    parser.add_argument("--fail-on", choices=("review", "locking", "destructive"),
                        metavar="RISK", help="exit 3 when a change is RISK or worse "
                        "(review, locking, destructive)")
    parser.add_argument("--max-rows", type=int, metavar="N",
                        help="with --fail-on: count only changes to tables estimated at N rows "
                        "or more (and tables of unknown size)")
    parser.add_argument("--safe", action="store_true",
                        help="with --format sql or alembic: the safe plan (online index builds, constraints "
                        "validated apart, backfill stubs, lock timeouts), a comment on each step")
    parser.add_argument("--batch-rows", type=int, metavar="N",
                        help="with --safe: rows per batch of a backfill stub (default 10000)")
    parser.add_argument("--alembic-dir", metavar="DIR",
                        help="with --format alembic: write the revision into DIR, "
                        "chained to its head")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default stdout)")
    add_selection_options(parser)
    add_schema_options(parser)
    add_grants_option(parser)
    parser.set_defaults(func=cmd_diff)


def cmd_diff(args: argparse.Namespace) -> int:
    from ..diff import DEFAULT_THRESHOLD, Risk, diff
    from ..diff.risk import reaches

    if args.safe and args.format not in ("sql", "alembic"):
        raise SchemaNBError("--safe writes SQL or an Alembic revision: add --format sql "
                            "or --format alembic")
    if args.max_rows is not None and not args.fail_on:
        raise SchemaNBError("--max-rows narrows --fail-on RISK: add --fail-on locking (or another level)")
    schema_map = [_split_map(item) for item in args.schema_map]
    a, b = _load_both(args)
    if args.tables or args.exclude:
        # Warned about once, on both sides together: a pattern may match only in B.
        select_source(dataclasses.replace(a, tables=a.tables + b.tables, views=a.views + b.views),
                      args)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a, b = select_source(a, args), select_source(b, args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SchemaNBWarning)
        result = diff(
            a, b, portable=args.portable, ignore=args.ignore, schema_map=schema_map,
            rename_threshold=args.rename_threshold or DEFAULT_THRESHOLD, renames=args.renames,
        )
    for warning in caught:  # one line each, like errors (a stale rename hint)
        print(f"schemanb: warning: {warning.message}", file=sys.stderr)
    if args.save_renames:
        result.save_renames(args.save_renames)
    text = _render(result, args)
    if args.output:
        atomic_write(args.output, text)
    elif text:
        sys.stdout.write(text)
    if args.fail_on and any(
        reaches(c, Risk(args.fail_on), args.max_rows) for c in result.changes
    ):
        return EXIT_RISK_REACHED
    return EXIT_EQUAL if result.is_empty else EXIT_DIFFERENT


def _load_both(args: argparse.Namespace) -> tuple[Any, Any]:
    """Inspect (or read) A and B at once, B in a forked process.

    The drivers are imported before the fork, so the child has them already;
    the parent inspects A while the child inspects B (or parses its snapshot
    file: a 1,000-table one takes a tenth of a second) and sends back its
    snapshot (:mod:`._fork`). Without ``fork`` a thread still overlaps the waits.
    """
    _preload_drivers(args.a, args.b)
    if not CAN_FORK:
        with ThreadPoolExecutor(max_workers=1) as pool:
            fb = pool.submit(load_source, args.b, args)
            return load_source(args.a, args), fb.result()
    with paused_gc():  # both processes, and the unpickling of B's snapshot
        child = ForkedCall(load_source, args.b, args)
        try:
            a = load_source(args.a, args)
        except BaseException:
            child.cancel()
            raise
        return a, child.result()


def _preload_drivers(*urls: str) -> None:
    """Import each URL's SQLAlchemy dialect and DBAPI module (errors surface later)."""
    from sqlalchemy.exc import ArgumentError

    from ..reflect import file_source_url
    from ..reflect.session import parse_url

    for source in urls:
        url = source if "://" in source else file_source_url(source)
        if url is None:
            continue  # a snapshot file
        try:
            parse_url(url).get_dialect().import_dbapi()
        except (ImportError, ArgumentError, SchemaNBError):
            continue  # inspect() reports it with the right message


def _split_map(item: str) -> tuple[str, str]:
    old, sep, new = item.partition("=")
    if not sep or not old or not new:
        raise SchemaNBError(f"--schema-map {item!r} is not OLD=NEW — e.g. --schema-map app=app_v2")
    return old, new


def _render(result: SchemaDiff, args: argparse.Namespace) -> str:
    if args.format in ("text", "stat"):
        from ..diff.summary import scope_line

        text = result.to_text() if args.format == "text" else result.summary()
        return text + scope_line(result.a, result.b)
    if args.format == "json":
        return result.to_json()
    if args.format == "markdown":
        from ..markdown import render_diff_markdown

        return render_diff_markdown(result, sql=lambda: _markdown_sql(result, args))
    if args.format == "sql":
        return result.to_sql(args.dialect or result.a.info.dialect or result.b.info.dialect,
                             safe=args.safe, batch_rows=args.batch_rows)
    if args.alembic_dir:
        path = write_revision(result, Path(args.alembic_dir), safe=args.safe,
                              batch_rows=args.batch_rows)
        print(f"wrote {path}", file=sys.stderr)
        return ""
    return result.to_alembic(safe=args.safe, batch_rows=args.batch_rows)


def _markdown_sql(result: SchemaDiff, args: argparse.Namespace) -> str:
    """The migration SQL for the comment; a diff the SQL cannot express says why instead."""
    try:
        return result.to_sql(args.dialect or result.a.info.dialect or result.b.info.dialect)
    except SchemaNBError as err:
        return f"-- no migration SQL: {err}"


def write_revision(result: SchemaDiff, directory: Path, *, safe: bool = False,
                   batch_rows: int | None = None) -> Path:
    """Write the revision into an Alembic folder (or its ``versions/``), after its head."""
    from ..migrate.revision import write_revision as write

    if directory.name == "versions" or not (directory / "versions").is_dir():
        if not directory.is_dir():
            raise SchemaNBError(
                f"--alembic-dir {directory} is not a directory — give your Alembic "
                "folder (the one holding versions/)"
            )
        directory = directory.parent if directory.name == "versions" else directory
        if not (directory / "versions").is_dir():
            raise SchemaNBError(
                f"--alembic-dir {directory} has no versions/ folder — give your Alembic "
                "folder (script_location in alembic.ini)"
            )
    return write(result, directory, message="schemanb diff", safe=safe, batch_rows=batch_rows)
