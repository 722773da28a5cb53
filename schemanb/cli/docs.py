"""``schemanb docs SOURCE -o DIR``: the HTML data-dictionary site, or Markdown docs for git.

``--format markdown`` writes ``README.md``, ``tables/*.md``, ``views/*.md`` and
``lint.md`` with Mermaid diagrams, the same bytes for the same schema; with
``--check`` nothing is written: the command prints a diff of the files that are
out of date and exits 1 (0 when current) — the CI check of committed docs.
"""

from __future__ import annotations

import argparse
import sys
import warnings

from ..errors import SchemaNBError
from . import EXIT_DIFFERENT, EXIT_OK
from .common import add_selection_options, add_source_arguments, load_source, select_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("docs", help="build the HTML site, or Markdown docs for git, of SOURCE",
                            description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    add_source_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write")
    parser.add_argument("--format", choices=("html", "markdown"), default="html",
                        help="html: the data-dictionary site (default); markdown: README.md and "
                        "a file per table and view, with Mermaid diagrams")
    parser.add_argument("--check", action="store_true",
                        help="with --format markdown: write nothing, print what is out of date "
                        "in DIR and exit 1 (0 when current)")
    parser.add_argument("--row-estimates", action="store_true",
                        help="with --format markdown: show row estimates (off by default: they "
                        "change without a schema change)")
    parser.add_argument("--title", help="title (default: the database name)")
    parser.add_argument("--baseline", metavar="SNAPSHOT",
                        help="a snapshot (or URL) to compare with: adds a changes page (html)")
    parser.add_argument("--metadata", metavar="FILE.toml",
                        help="extra comments, relations and table groups (see docs/site.md)")
    parser.add_argument("--lint-config", metavar="FILE.toml",
                        help="lint rule settings for the data-quality page / lint.md")
    add_selection_options(parser)
    parser.add_argument("--jobs", type=int, metavar="N", help="notebooks run at once (default 2)")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bars")
    parser.set_defaults(func=cmd_docs, output_is_dir=True)


def cmd_docs(args: argparse.Namespace) -> int:
    if args.format == "markdown":
        return _markdown(args)
    for flag, on in (("--check", args.check), ("--row-estimates", args.row_estimates)):
        if on:
            raise SchemaNBError(f"{flag} is for --format markdown — add --format markdown")
    from ..site import export_site

    schema = select_source(load_source(args.source, args), args)
    baseline = args.baseline
    if baseline and (args.tables or args.exclude):  # the changes page compares like with like
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            baseline = select_source(load_source(baseline, args), args)
    index = export_site(
        schema, args.output, title=args.title, baseline=baseline,
        metadata_file=args.metadata, progress=not args.no_progress, jobs=args.jobs,
        lint_config=_lint_config(args),
    )
    print(f"wrote {index}")
    return EXIT_OK


def _lint_config(args: argparse.Namespace) -> dict[str, dict[str, object]] | None:
    if not args.lint_config:
        return None
    from ..lint import load_lint_config

    return load_lint_config(args.lint_config)


def _markdown(args: argparse.Namespace) -> int:
    if args.baseline:
        raise SchemaNBError("--baseline is for the HTML site — for a pull request, "
                            "schemanb diff A B --format markdown writes the comment")
    from ..lint import find
    from ..markdown import build_docs, check_docs, write_docs

    schema = select_source(load_source(args.source, args), args)
    groups: tuple[object, ...] = ()
    if args.metadata:
        from ..extra import apply_extra, load_extra

        extra = load_extra(args.metadata)
        schema, groups = apply_extra(schema, extra), extra.groups
    findings = find(schema, config=_lint_config(args))
    files = build_docs(schema, title=args.title, findings=findings, groups=groups,  # type: ignore[arg-type]
                       row_estimates=args.row_estimates)
    out = args.output.rstrip("/") or "/"
    if args.check:
        state = check_docs(files, out)
        if state.ok:
            print(f"{out}/: {len(files)} files up to date")
            return EXIT_OK
        sys.stdout.write(state.diff)
        for rel in state.paths:
            what = ("missing" if rel in state.missing else
                    "stale (no such table or view now)" if rel in state.stale else "out of date")
            print(f"{out}/{rel}: {what}", file=sys.stderr)
        print(f"schemanb: {len(state.paths)} of the Markdown docs in {out}/ do not match the "
              f"schema — run schemanb docs --format markdown -o {out} and commit the result",
              file=sys.stderr)
        return EXIT_DIFFERENT
    state = write_docs(files, out)
    updated = len(state.changed) + len(state.missing)
    removed = f", {len(state.stale)} removed" if state.stale else ""
    print(f"wrote {out}/README.md: {len(files)} files, {updated} updated{removed}")
    return EXIT_OK
