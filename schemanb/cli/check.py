"""``schemanb check``: drift checks for CI, with exit codes 0 (in sync), 1 (drift), 2 (error).

Modes::

    schemanb check --baseline snapshot.json SOURCE
    schemanb check --models myapp.models:Base SOURCE
    schemanb check --alembic alembic.ini --models myapp.models:Base [--scratch-url URL]
    schemanb check --alembic alembic.ini --deployed URL [--scratch-url URL] [--bisect]
    schemanb check --baseline snapshot.json --targets targets.txt [--scheduler ADDRESS]
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .._fs import atomic_write
from ..errors import SchemaNBError
from . import EXIT_DIFFERENT, EXIT_ERROR, EXIT_OK
from .common import add_schema_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help="check a database (or a fleet) against a baseline, models or migrations",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", nargs="?", metavar="SOURCE", help="database URL or snapshot file")
    what = parser.add_argument_group("what to expect")
    what.add_argument("--baseline", metavar="FILE", help="a committed snapshot file")
    what.add_argument("--models", metavar="MODULE:ATTR", help="models: a MetaData or declarative base")
    what.add_argument("--alembic", metavar="INI", help="run these Alembic migrations to head on a scratch database and compare with --models")
    what.add_argument("--scratch-url", metavar="URL", help="server for the scratch database of --alembic (default: a temporary SQLite file)")
    what.add_argument("--deployed", metavar="URL", help="with --alembic: which revision the database at URL is at (its alembic_version) and what was changed outside the migrations; read-only")
    what.add_argument("--bisect", action="store_true", help="with --deployed: build every revision and report the one closest to the database (when alembic_version is missing or wrong)")
    what.add_argument("--name", default="prod", help="with --deployed: what to call the database in the report (default prod)")
    fleet = parser.add_argument_group("fleets")
    fleet.add_argument("--targets", metavar="FILE", help="check every database URL in FILE (one per line)")
    fleet.add_argument("--max-connections", type=int, default=8, metavar="N", help="targets checked at once (default 8)")
    fleet.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="seconds reading each database may take, SOURCE or each target (default 60)")
    fleet.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster (needs schemanb[dask])")
    parser.add_argument("--ignore", action="append", default=[], metavar="PATTERN", help="ignore tables, table.column, kind:<change>, a kind of object (grants, triggers, ...) or table:NAME; comma-separated lists allowed (repeatable)")
    parser.add_argument("--fail-on", metavar="RISK", help="fail only on changes of this risk or worse (safe, review, locking, destructive)")
    parser.add_argument("--max-rows", type=int, metavar="N", help="with --fail-on: fail only on changes to tables estimated at N rows or more (or of unknown size)")
    parser.add_argument("--portable", action="store_true", help="compare generic types across dialects")
    parser.add_argument("--grants", action="store_true", help="also read and compare privileges (GRANTs)")
    parser.add_argument("--all-kinds", action="store_true",
                        help="with --models/--alembic: also compare the kinds models cannot "
                        "express (views, routines, triggers, domains, ...), left out by default")
    parser.add_argument("--format", choices=("text", "json", "markdown", "junit"), default="text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (default: stdout)")
    add_schema_options(parser, timeout=False)
    parser.set_defaults(func=cmd_check)


def _expected(args: argparse.Namespace, dialect: str | None) -> Any:
    from ..check.sources import resolve_models
    from ..reflect import inspect, load

    if args.baseline:
        return load(args.baseline)
    return inspect(resolve_models(args.models), dialect=dialect)


def _dialect_of(url: str) -> str | None:
    from ..dialects import support_for
    from ..reflect import file_source_url
    from ..reflect.session import parse_url

    if "://" not in url:
        url = file_source_url(url) or ""
    if "://" not in url:
        return None
    return support_for(parse_url(url).get_backend_name()).name


def _executor(args: argparse.Namespace) -> Any:
    if not args.scheduler:
        return None
    try:
        from distributed import Client
    except ImportError:
        raise SchemaNBError(
            "--scheduler needs Dask's distributed — install it with: pip install 'schemanb[dask]'"
        ) from None
    try:
        return Client(args.scheduler, timeout=args.timeout).get_executor()  # type: ignore[no-untyped-call]
    except OSError as err:
        raise SchemaNBError(f"cannot reach the Dask scheduler at {args.scheduler}: {err}") from err


def _left_out(args: argparse.Namespace) -> tuple[str, ...]:
    """Models hold no views, routines, triggers, ...: those are not drift from them."""
    from ..check.sources import MODELS_CANNOT_EXPRESS

    return () if args.all_kinds or not args.models else MODELS_CANNOT_EXPRESS


def _validate(args: argparse.Namespace) -> None:
    given = [n for n in ("baseline", "models") if getattr(args, n)]
    if args.bisect and not args.deployed:
        raise SchemaNBError("--bisect works with --alembic INI --deployed URL")
    if args.deployed:
        if not args.alembic:
            raise SchemaNBError("--deployed URL needs --alembic INI, the migrations it was deployed with")
        if given or args.targets or args.source:
            raise SchemaNBError("--deployed compares a database with its migrations; drop --baseline/--models/--targets/SOURCE")
        if args.format not in ("text", "json"):
            raise SchemaNBError("--deployed writes --format text or json")
        return
    if args.alembic:
        if not args.models:
            raise SchemaNBError("--alembic needs --models MODULE:ATTR to compare the migrations with")
        if args.baseline or args.targets:
            raise SchemaNBError("--alembic compares migrations with models; drop --baseline/--targets")
        return
    if not given:
        raise SchemaNBError("say what to expect: --baseline FILE, --models MODULE:ATTR or --alembic INI")
    if len(given) > 1:
        raise SchemaNBError("give one of --baseline or --models, not both")
    if args.targets and args.source:
        raise SchemaNBError("give either SOURCE or --targets FILE, not both")
    if not args.targets and not args.source:
        raise SchemaNBError("give the database to check (SOURCE) or --targets FILE")


def cmd_check(args: argparse.Namespace) -> int:
    from ..check import CheckResult, FleetReport, check_fleet, compare, parse_risk, read_targets
    from ..check.report import render
    from ..check.sources import migrated_schema, resolve_models
    from ..reflect import inspect

    _validate(args)
    parse_risk(args.fail_on)
    if args.max_rows is not None and not args.fail_on:
        raise SchemaNBError("--max-rows narrows --fail-on RISK: add --fail-on locking (or another level)")
    if args.deployed:
        return _cmd_deployed(args)
    schemas = "*" if args.schemas == ["*"] else args.schemas
    if args.targets:
        targets = read_targets(args.targets)
        expected = _expected(args, _dialect_of(targets[0]))
        report = check_fleet(
            expected, targets, executor=_executor(args), max_workers=args.max_connections,
            timeout=args.timeout, ignore=args.ignore, fail_on=args.fail_on, schemas=schemas,
            portable=args.portable, grants=args.grants, left_out=_left_out(args), max_rows=args.max_rows,
        )
    else:
        if args.alembic:
            # From what the migrations build to what the models say: the changes
            # are exactly what a missing migration would have to do.
            expected, dialect = migrated_schema(args.alembic, scratch_url=args.scratch_url)
            actual = inspect(resolve_models(args.models), dialect=dialect)
            label = f"{args.models} vs migrations of {args.alembic}"
        else:
            actual = inspect(args.source, schemas=schemas, connect_timeout=args.connect_timeout,
                             grants=args.grants, timeout=args.timeout or None)
            expected = _expected(args, actual.info.dialect)
            label = actual.info.source or args.source
        result: CheckResult = compare(
            expected, actual, target=label, ignore=args.ignore, fail_on=args.fail_on,
            portable=args.portable, left_out=_left_out(args), max_rows=args.max_rows,
        )
        report = FleetReport(
            results=(result,), seconds=result.seconds, expected=args.baseline or args.models,
            counts={result.status: 1},
        )
    text = render(report, args.format)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    if report.errors:
        return EXIT_ERROR
    return EXIT_DIFFERENT if any(r.failing for r in report.results) else EXIT_OK


def _cmd_deployed(args: argparse.Namespace) -> int:
    import json

    from ..check import parse_risk
    from ..check.deploy import deployed
    from ..diff.risk import reaches

    report = deployed(
        args.alembic, args.deployed, scratch_url=args.scratch_url, bisect=args.bisect,
        ignore=args.ignore, name=args.name,
        schemas="*" if args.schemas == ["*"] else args.schemas,
    )
    text = (json.dumps(report.to_dict(), indent=2) + "\n") if args.format == "json" else report.to_text()
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    if not report.revisions:
        return EXIT_ERROR
    threshold = parse_risk(args.fail_on)
    failing = [
        h for h in report.changes
        if threshold is None or reaches(h.change, threshold, args.max_rows)
    ]
    return EXIT_DIFFERENT if failing else EXIT_OK
