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
import contextlib
import importlib
import logging
import os
import signal
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

from .. import _signals
from .._redact import mask_text
from ..errors import SchemaNBError

EXIT_EQUAL = 0
EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_ERROR = 2
#: `diff --fail-on RISK`: a change reached that risk (any level: safe, review, locking, destructive).
EXIT_RISK_REACHED = 3
#: The shell's codes for a command ended by SIGINT (Ctrl-C) and by SIGTERM.
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = ("snapshot", "frames", "demo", "check", "lint", "diff", "erd", "docs", "codegen")


class _Terminated(BaseException):
    """Raised in the main thread by SIGTERM, so that cleanup runs as on Ctrl-C."""


def _on_signal(signum: int, frame: object) -> None:
    # Noted (_signals.received): code run meanwhile (an event loop's cancellation,
    # a notebook runner reporting its job as failed) may turn the exception into
    # another one, and the exit still says what happened.
    _signals.note(signum)
    if signum == signal.SIGTERM:
        raise _Terminated
    raise KeyboardInterrupt


def _signal_exit() -> int:
    """The one line and the exit code of a command ended by ``_signals.received``."""
    _quiet_after_signal()
    if _signals.received == signal.SIGTERM:
        print("schemanb: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    print("schemanb: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


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
    # SIGTERM unwinds like Ctrl-C: children (dot, a notebook kernel) are killed
    # by the code that started them, temporary files are removed, one line is said.
    saved = _route_signals()
    logging_disabled = logging.root.manager.disable
    if not debug:
        # Drivers and pools log what they ignore while cleaning up after a lost
        # connection (with tracebacks); the error line says what happened.
        root = logging.getLogger()
        if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
            root.addHandler(logging.NullHandler())
    try:
        with warnings.catch_warnings():
            if not debug:
                warnings.showwarning = _one_line_warning
            from .common import check_output_paths

            check_output_paths(args)
            return int(args.func(args))
    except (KeyboardInterrupt, _Terminated):
        return _signal_exit()
    except SchemaNBError as err:
        if _signals.received is not None:
            return _signal_exit()
        if debug:
            traceback.print_exc()
        print(f"schemanb: error: {mask_text(str(err))}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as err:  # noqa: BLE001 - the one broad handler, at the edge
        if _signals.received is not None:
            return _signal_exit()
        if debug:
            traceback.print_exc()
        print(
            f"schemanb: internal error: {type(err).__name__}: {mask_text(str(err))} "
            "— rerun with --debug and report it",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except BaseException as err:
        # An interrupt inside an event loop (nbclient's, for `docs`) may come out as
        # asyncio's CancelledError once the loop has cancelled its tasks.
        asyncio = sys.modules.get("asyncio")
        if _signals.received is None and (asyncio is None or not isinstance(err, asyncio.CancelledError)):
            raise
        return _signal_exit()
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
        logging.disable(logging_disabled)


def _route_signals() -> dict[int, Any]:
    """Route SIGTERM to :class:`_Terminated` and SIGINT to KeyboardInterrupt, both
    noted in :mod:`schemanb._signals`; the handlers to restore (none off the main thread)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return {}
    _signals.reset()
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    return {s: signal.SIG_DFL if h is None else h for s, h in saved.items()}


def _quiet_after_signal() -> None:
    """After an interrupt, no second signal and no library's last words on stderr.

    Background threads and event loops (nbclient's, a kernel's) may still be
    unwinding: their tracebacks would bury the one line this command says.
    """
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.disable(logging.CRITICAL)
    for child in _children():
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGTERM)


def _children() -> list[int]:
    """This process's living children (Linux's /proc; elsewhere none are known)."""
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{os.getpid()}/task"):
            with open(f"/proc/{os.getpid()}/task/{task}/children") as f:
                out += [int(pid) for pid in f.read().split()]
    except OSError:
        return out
    return out


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
