"""``schemanb snapshot SOURCE -o FILE``: save a snapshot as JSON."""

from __future__ import annotations

import argparse
import sys

from ..serialize import dumps
from . import EXIT_OK
from .common import add_grants_option, add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("snapshot", help="save a snapshot of SOURCE as JSON")
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    parser.add_argument(
        "--stats", action="store_true",
        help="also write the capture time and the row estimates (then two runs of an "
             "unchanged schema differ)",
    )
    add_grants_option(parser)
    parser.set_defaults(func=cmd_snapshot)


def cmd_snapshot(args: argparse.Namespace) -> int:
    schema = load_source(args.source, args)
    if args.output:
        schema.save(args.output, stats=args.stats)
        print(f"wrote {args.output}: {len(schema.tables)} tables, {len(schema.views)} views")
    else:
        sys.stdout.write(dumps(schema, stats=args.stats))
    return EXIT_OK
