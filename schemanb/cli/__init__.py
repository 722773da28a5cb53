"""The ``schemanb`` command: argparse, one module per subcommand, exit codes.

Each subcommand module exposes ``register(subparsers)`` (adds its parser and sets
``func``) and a ``cmd_<name>(args) -> int``. ``main`` turns a
:class:`~schemanb.errors.SchemaNBError` into its one-line message on stderr and
exit 2; anything unexpected becomes one "internal error" line (``--debug`` or
``SCHEMANB_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import NoReturn, TextIO

from .._redact import mask_text
from ..errors import SchemaNBError

EXIT_EQUAL = 0
EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_ERROR = 2
EXIT_DESTRUCTIVE = 3

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = ("snapshot", "demo", "check", "lint", "diff", "erd", "docs", "codegen")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors exit with EXIT_ERROR and one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="schemanb",
        description="Look at, compare and publish database schemas.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    debug = args.debug or os.environ.get("SCHEMANB_DEBUG") == "1"
    if not debug:
        # Drivers and pools log what they ignore while cleaning up after a lost
        # connection (with tracebacks); the error line says what happened.
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        with warnings.catch_warnings():
            if not debug:
                warnings.showwarning = _one_line_warning
            from .common import check_output_paths

            check_output_paths(args)
            return int(args.func(args))
    except SchemaNBError as err:
        if debug:
            traceback.print_exc()
        print(f"schemanb: error: {mask_text(str(err))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("schemanb: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as err:  # noqa: BLE001 - the one broad handler, at the edge
        if debug:
            traceback.print_exc()
        print(
            f"schemanb: internal error: {type(err).__name__}: {mask_text(str(err))} "
            "— rerun with --debug and report it",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _one_line_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int,
    file: TextIO | None = None, line: str | None = None,
) -> None:
    """A warning as one line, like errors (``--debug`` shows Python's own form)."""
    first = mask_text(str(message)).strip().splitlines()[0] if str(message).strip() else ""
    print(f"schemanb: warning: {first}", file=file or sys.stderr)


def run() -> NoReturn:
    """The ``schemanb`` executable: :func:`main`, then exit without finalizing.

    Tearing the interpreter down after SQLAlchemy is loaded frees every module
    object one at a time: 0.1–0.15 s, a sixth of a ``schemanb diff`` of two
    1,000-table databases. The output is complete by then (files are written
    atomically, streams are flushed here), connections were closed by whoever
    opened them, and the ``atexit`` handlers still run; only the teardown is
    skipped. :func:`main` itself returns normally, for callers in Python.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader left early (``schemanb diff ... | head``)
        pass
    atexit._run_exitfuncs()
    os._exit(code)
