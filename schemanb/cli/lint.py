"""``schemanb lint SOURCE``: print the lint findings; exit 1 when any reach --fail-on."""

from __future__ import annotations

import argparse
import sys

from .._fs import atomic_write
from . import EXIT_DIFFERENT, EXIT_OK
from .common import add_source_arguments, load_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("lint", help="find schema anomalies (missing keys, unindexed FKs, ...)")
    add_source_arguments(parser)
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
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.set_defaults(func=cmd_lint)


def _list_rules() -> int:
    from ..lint import RULES, find
    from ..model import Schema

    find(Schema())  # registers the rules
    for r in RULES.values():
        state = "" if r.enabled else " (off by default)"
        print(f"{r.name:26} {r.severity:8} {r.description}{state}")
    return EXIT_OK


def cmd_lint(args: argparse.Namespace) -> int:
    from ..lint import SEVERITIES, find, load_lint_config
    from ..lint.report import render_findings

    if args.list_rules:
        return _list_rules()
    schema = load_source(args.source, args)
    if args.metadata:
        from ..extra import apply_extra, load_extra

        schema = apply_extra(schema, load_extra(args.metadata))
    config = load_lint_config(args.config) if args.config else None
    findings = find(schema, args.rules, config)
    text = render_findings(findings, args.format)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    if args.fail_on == "never":
        return EXIT_OK
    limit = SEVERITIES.index(args.fail_on)
    return EXIT_DIFFERENT if any(SEVERITIES.index(f.severity) <= limit for f in findings) else EXIT_OK
