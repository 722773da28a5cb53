"""``schemanb docs SOURCE -o DIR``: build the static documentation site."""

from __future__ import annotations

import argparse

from . import EXIT_OK
from .common import add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("docs", help="build the HTML data dictionary site of SOURCE")
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="site folder to write")
    parser.add_argument("--title", help="site title (default: the database name)")
    parser.add_argument("--baseline", metavar="SNAPSHOT",
                        help="a snapshot (or URL) to compare with: adds a changes page")
    parser.add_argument("--metadata", metavar="FILE.toml",
                        help="extra comments, relations and table groups (see docs/site.md)")
    parser.add_argument("--lint-config", metavar="FILE.toml",
                        help="lint rule settings for the data-quality page")
    parser.add_argument("--jobs", type=int, metavar="N", help="notebooks run at once (default 2)")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bars")
    parser.set_defaults(func=cmd_docs, output_is_dir=True)


def cmd_docs(args: argparse.Namespace) -> int:
    from ..site import export_site

    schema = load_source(args.source, args)
    lint_config = None
    if args.lint_config:
        from ..lint import load_lint_config

        lint_config = load_lint_config(args.lint_config)
    index = export_site(
        schema, args.output, title=args.title, baseline=args.baseline,
        metadata_file=args.metadata, progress=not args.no_progress, jobs=args.jobs,
        lint_config=lint_config,
    )
    print(f"wrote {index}")
    return EXIT_OK
