"""Helpers shared by the subcommands: the SOURCE argument and output files."""

from __future__ import annotations

import argparse

from ..model import Schema

#: ``--timeout``'s default: seconds reading one SOURCE may take (as :func:`schemanb.inspect`).
DEFAULT_TIMEOUT = 300


def add_source_arguments(
    parser: argparse.ArgumentParser, *, name: str = "source", timeout: bool = True,
    optional: bool = False,
) -> None:
    """The SOURCE positional plus ``--schema``, ``--connect-timeout`` and ``--timeout``.

    ``optional``: SOURCE may be left out (``lint --list-rules``); the command checks it.
    """
    parser.add_argument(name, metavar=name.upper(), nargs="?" if optional else None,
                        help="a database URL, a snapshot file or a SQLite file")
    add_schema_options(parser, timeout=timeout)


def add_schema_options(parser: argparse.ArgumentParser, *, timeout: bool = True) -> None:
    """``--schema`` and ``--connect-timeout``; ``--timeout`` unless the command has its own
    (``erd``: reading and layout; ``check``: per target), which then bounds the reading too."""
    parser.add_argument(
        "--schema",
        action="append",
        dest="schemas",
        metavar="S",
        help="schema to read (repeatable; '*' for all; default: every user schema on "
        "PostgreSQL, the URL's database on MySQL/MariaDB)",
    )
    parser.add_argument(
        "--connect-timeout",
        type=int,
        default=10,
        metavar="SECONDS",
        help="seconds to wait for a server (default 10)",
    )
    if timeout:
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            metavar="SECONDS",
            help=f"give up when reading a database takes longer (default {DEFAULT_TIMEOUT}; 0: no limit)",
        )


def add_selection_options(parser: argparse.ArgumentParser, *, tables: bool = True) -> None:
    """``--tables PATTERN ...`` (``!pattern`` excludes) and ``--exclude PATTERN`` (repeatable)."""
    if tables:
        parser.add_argument("--tables", nargs="+", metavar="PATTERN",
                            help="only tables and views matching these shell patterns (orders*, "
                            "crm.*); '!audit_*' leaves matches out")
    parser.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                        help="leave out tables and views (name or schema.name) and columns "
                        "(table.column, *.updated_at) matching PATTERN (repeatable)")


def select_source(schema: Schema, args: argparse.Namespace) -> Schema:
    """``schema`` narrowed to ``--tables`` minus ``--exclude`` (warns when nothing is left)."""
    from ..selection import select_schema

    return select_schema(schema, getattr(args, "tables", None), getattr(args, "exclude", ()))


def add_grants_option(parser: argparse.ArgumentParser) -> None:
    """``--grants``: also read privileges (off by default: they differ between environments)."""
    parser.add_argument(
        "--grants",
        action="store_true",
        help="also read the privileges granted on tables, views, sequences, routines and schemas",
    )


def load_source(source: str, args: argparse.Namespace) -> Schema:
    """Inspect a SOURCE given on the command line (privileges too under ``--grants``)."""
    from ..reflect import inspect

    schemas = args.schemas
    if schemas and schemas == ["*"]:
        schemas = "*"
    return inspect(
        source,
        schemas=schemas,
        connect_timeout=args.connect_timeout,
        grants=bool(getattr(args, "grants", False)),
        timeout=getattr(args, "timeout", None) or None,
    )


def check_output_paths(args: argparse.Namespace) -> None:
    """Refuse, before any work, an output path that cannot be written.

    ``-o`` names a file, or a folder for the commands that set
    ``output_is_dir`` (docs, demo); ``--split`` names a folder. Raises
    :class:`~schemanb.errors.OutputError` (one line: the path and the fix).
    """
    from .._fs import check_dir_target, check_file_target

    output = getattr(args, "output", None)
    if isinstance(output, str) and output:
        if getattr(args, "output_is_dir", False):
            check_dir_target(output)
        else:
            check_file_target(output)
    split = getattr(args, "split", None)
    if isinstance(split, str) and split:
        check_dir_target(split)
