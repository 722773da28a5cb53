"""``schemanb lint SOURCE``: print the lint findings; exit 1 when any reach --fail-on."""

from __future__ import annotations

import argparse
import sys

from .._fs import atomic_write
from ..errors import SchemaNBError
from ..model import Schema, TableKey
from . import EXIT_DIFFERENT, EXIT_OK
from .common import add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("lint", help="find schema anomalies (missing keys, unindexed FKs, ...)")
    add_source_arguments(parser, optional=True)
    parser.add_argument("--rule", action="append", dest="rules", metavar="NAME",
                        help="run only this rule (repeatable; see --list-rules)")
    parser.add_argument("--config", metavar="FILE.toml",
                        help="rule settings: [lint.<rule>] severity/enabled/options")
    parser.add_argument("--metadata", metavar="FILE.toml",
                        help="extra metadata (comments, relations) merged in before linting")
    parser.add_argument("--format", choices=("text", "json", "csv", "markdown", "junit"),
                        default="text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                        default="error", help="exit 1 when a finding is this severe (default error)")
    parser.add_argument("--list-rules", action="store_true",
                        help="list the rules and exit (no SOURCE needed)")
    parser.add_argument("--min-coverage", type=float, metavar="PERCENT",
                        help="exit 1 when the comment coverage (tables, views and columns with "
                        "a comment, as tbls counts it) is below PERCENT")
    parser.add_argument("--coverage", action="store_true",
                        help="print the comment coverage per table and view instead of findings")
    parser.set_defaults(func=cmd_lint)


def _list_rules() -> int:
    from ..lint import load_rules

    for r in load_rules().values():
        state = "" if r.enabled else " (off by default)"
        print(f"{r.name:26} {r.severity:8} {r.description}{state}")
    return EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    from ..lint import SEVERITIES, find, load_lint_config
    from ..lint.report import render_findings

    if args.list_rules:
        return _list_rules()
    if not args.source:
        raise SchemaNBError("give the SOURCE to lint (a database URL, snapshot or SQLite file), "
                            "or --list-rules")
    if args.min_coverage is not None and not 0 <= args.min_coverage <= 100:
        raise SchemaNBError(f"--min-coverage {args.min_coverage:g}: give a percentage from 0 to 100")
    schema = load_source(args.source, args)
    if args.metadata:
        from ..extra import apply_extra, load_extra

        schema = apply_extra(schema, load_extra(args.metadata))
    if args.coverage:
        return _coverage_report(schema, args)
    config = load_lint_config(args.config) if args.config else None
    findings = find(schema, args.rules, config)
    text = render_findings(findings, args.format)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    below = _below_min_coverage(schema, args)
    if args.fail_on == "never":
        return EXIT_DIFFERENT if below else EXIT_OK
    limit = SEVERITIES.index(args.fail_on)
    failing = any(SEVERITIES.index(f.severity) <= limit for f in findings)
    return EXIT_DIFFERENT if failing or below else EXIT_OK


def _below_min_coverage(schema: Schema, args: argparse.Namespace) -> bool:
    """Say the coverage on stderr under ``--min-coverage``; whether it is below."""
    if args.min_coverage is None:
        return False
    from ..lint.coverage import comment_coverage

    cov = comment_coverage(schema)
    below = bool(round(cov.percent, 1) < args.min_coverage)
    verdict = "is below" if below else "meets"
    print(f"schemanb: {cov.summary()} {verdict} --min-coverage {args.min_coverage:g}",
          file=sys.stderr)
    return below


def _coverage_report(schema: Schema, args: argparse.Namespace) -> int:
    """``--coverage``: a row per table and view, then the total (tbls' ``coverage``)."""
    from ..lint.coverage import comment_coverage

    cov = comment_coverage(schema)
    width = max([len("table"), *(len(str(TableKey(t.schema, t.table))) for t in cov.tables)])
    lines = [f"{'table':{width}}  {'covered':>7}  {'total':>5}  {'coverage':>8}"]
    lines += [
        f"{str(TableKey(t.schema, t.table)):{width}}  {t.covered:>7}  {t.total:>5}  "
        f"{t.percent:>7.1f}%"
        for t in cov.tables
    ]
    lines.append(cov.summary())
    text = "\n".join(lines) + "\n"
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_DIFFERENT if _below_min_coverage(schema, args) else EXIT_OK
