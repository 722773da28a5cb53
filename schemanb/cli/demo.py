"""``schemanb demo``: build the embedded shop sample and write what schemanb makes of it."""

from __future__ import annotations

import argparse

from . import EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="build the sample shop database and show schemanb on it")
    parser.add_argument("-o", "--output", default="demo-output", metavar="DIR", help="folder to write into (default: demo-output)")
    parser.add_argument("--url", metavar="URL", help="load the sample into this database instead of SQLite files")
    parser.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from ..sample.demo import run_demo

    run_demo(args.output, url=args.url)
    return EXIT_OK
