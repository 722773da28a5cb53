"""``schemanb snapshot SOURCE -o FILE``: save a snapshot as JSON."""

from __future__ import annotations

import argparse
import sys

from ..model import Schema
from ..serialize import dumps
from . import EXIT_OK
from .common import add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("snapshot", help="save a snapshot of SOURCE as JSON")
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    add_grants_option(parser)
    parser.set_defaults(func=cmd_snapshot)


def add_grants_option(parser: argparse.ArgumentParser) -> None:
    """``--grants``: also read privileges (off by default: they differ between environments)."""
    parser.add_argument("--grants", action="store_true",
                        help="also read the privileges granted on tables, views, sequences and "
                        "routines")


def load_source_with_grants(source: str, args: argparse.Namespace) -> Schema:
    """:func:`.common.load_source`, reading privileges too when ``--grants`` is given."""
    if not getattr(args, "grants", False):
        return load_source(source, args)
    from ..reflect import inspect

    schemas = "*" if args.schemas == ["*"] else args.schemas
    return inspect(source, schemas=schemas, connect_timeout=args.connect_timeout, grants=True)


def cmd_snapshot(args: argparse.Namespace) -> int:
    schema = load_source_with_grants(args.source, args)
    if args.output:
        schema.save(args.output)
        print(f"wrote {args.output}: {len(schema.tables)} tables, {len(schema.views)} views")
    else:
        sys.stdout.write(dumps(schema))
    return EXIT_OK
