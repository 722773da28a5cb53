"""``schemanb demo``: build the embedded shop sample and write what schemanb makes of it.

Builds the sample's dev schema and its drifted prod copy (SQLite files in the
output folder, or a database given with ``--url``), then writes the snapshots,
the DataFrames as CSV and one output per feature (see
:mod:`schemanb.sample.demo`). Exit 0 when every available step worked, 2 when
one failed (its line says why).
"""

from __future__ import annotations

import argparse

from . import EXIT_ERROR, EXIT_OK

#: Mirrors schemanb.sample.demo.OPTIONAL_STEPS (kept here so --help imports nothing heavy).
OPTIONAL_STEPS = ("diff", "migration", "alembic", "erd", "codegen", "site")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="build the sample shop database and show schemanb on it",
        description="Build the sample shop database (dev) and its drifted copy (prod), "
        "then write snapshots, DataFrames as CSV, and each feature's output into DIR.",
    )
    parser.add_argument(
        "-o", "--output", default="demo-output", metavar="DIR",
        help="folder to write into (default: demo-output; rerunning overwrites it)",
    )
    parser.add_argument(
        "--url", metavar="URL",
        help="load dev into this (empty) database instead of a SQLite file; prod goes "
        "into a sibling database named <name>_prod, created when missing",
    )
    parser.add_argument(
        "--skip", action="append", default=[], metavar="STEP", choices=OPTIONAL_STEPS,
        help=f"leave out a feature step (repeatable): {', '.join(OPTIONAL_STEPS)}",
    )
    parser.set_defaults(func=cmd_demo, output_is_dir=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from ..sample.demo import run_demo

    result = run_demo(args.output, url=args.url, skip=args.skip)
    return EXIT_ERROR if result.failed else EXIT_OK
