"""``schemanb codegen SOURCE -o FILE.py``: write SQLAlchemy 2.0 models for SOURCE.

``--split DIR`` writes a package instead (one module per model, an
``__init__.py`` importing them all). Without ``-o``/``--split`` the module goes
to stdout. Types that cannot be reproduced exactly are reported on stderr as one
warning line; every file is written atomically.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from .._fs import atomic_write
from ..errors import SchemaNBWarning
from . import EXIT_OK
from .common import add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("codegen", help="write SQLAlchemy 2.0 models for SOURCE")
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE.py", help="module to write (default: stdout)")
    parser.add_argument(
        "--style",
        choices=("declarative", "dataclasses", "tables"),
        default="declarative",
        help="typed declarative classes (default), MappedAsDataclass classes, or Core tables",
    )
    parser.add_argument(
        "--split", metavar="DIR", help="write a package to DIR: one module per model"
    )
    parser.add_argument("--views", action="store_true", help="also render views as Table objects")
    parser.set_defaults(func=cmd_codegen)


def cmd_codegen(args: argparse.Namespace) -> int:
    from ..codegen import codegen

    schema = load_source(args.source, args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SchemaNBWarning)
        result = codegen(schema, style=args.style, views=args.views, split=bool(args.split))
    for warning in caught:
        print(f"schemanb: warning: {warning.message}", file=sys.stderr)
    if args.split:
        assert isinstance(result, dict)
        root = Path(args.split)
        for rel, text in sorted(result.items()):
            atomic_write(root / rel, text)
        print(f"wrote {root}: {len(result)} modules for {len(schema.tables)} tables")
    elif args.output:
        assert isinstance(result, str)
        atomic_write(args.output, result)
        print(f"wrote {args.output}: {len(schema.tables)} tables")
    else:
        assert isinstance(result, str)
        sys.stdout.write(result)
    return EXIT_OK
