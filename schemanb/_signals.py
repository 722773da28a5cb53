"""Which signal is ending this command, noted wherever it is caught.

The command line routes SIGINT and SIGTERM to its own handlers, but code it
runs may take them over for a while: nbclient's event loop installs its own
(to shut its kernel down) and, when it is done, leaves the default ones behind.
Both note the signal here, so that the command still says "interrupted" or
"terminated" whatever error the interrupted work ends in, and
:func:`handlers_kept` puts the command's handlers back afterwards.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

#: The last SIGINT or SIGTERM received since :func:`reset` (``None``: none).
received: int | None = None


def note(signum: int) -> None:
    """Remember that ``signum`` arrived."""
    global received
    received = signum


def reset() -> None:
    """Forget any signal (a new command starts)."""
    global received
    received = None


@contextlib.contextmanager
def handlers_kept() -> Iterator[None]:
    """Restore the SIGINT and SIGTERM handlers on leaving, whatever replaced them meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved: dict[int, Any] = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in saved.items():
            if handler is not None:
                signal.signal(signum, handler)


def noting(loop: Any) -> None:
    """Make ``loop.add_signal_handler`` note each signal before calling the callback."""
    add = loop.add_signal_handler

    def add_signal_handler(signum: int, callback: Any, *args: Any) -> None:
        def noted(*cb_args: Any) -> None:
            note(signum)
            callback(*cb_args)

        add(signum, noted, *args)

    loop.add_signal_handler = add_signal_handler
