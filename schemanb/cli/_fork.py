"""Run one call in a forked child and take back its pickled result.

``schemanb diff URL_A URL_B`` inspects B in a child while the parent inspects
A: reflection is Python work under the GIL, so threads would take turns. A bare
``fork`` and a pipe replace ``ProcessPoolExecutor``, whose manager and feeder
threads competed with the parent's own reflection for the GIL and cost a tenth
of a 1,000-table run. The child has everything the parent imported; it sends
``(ok, value)`` and leaves with ``os._exit`` (no interpreter teardown), so
nothing of the parent's runs twice.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ..errors import SchemaNBError

T = TypeVar("T")

#: Whether this platform can fork (not Windows); callers use a thread otherwise.
CAN_FORK = hasattr(os, "fork")


class ForkedCall(Generic[T]):
    """``func(*args)`` running in a child process from construction on.

    :meth:`result` waits for it and returns its value or raises its error;
    :meth:`cancel` stops it. Open no connection before forking: the child would
    share it.
    """

    def __init__(self, func: Callable[..., T], *args: Any) -> None:
        sys.stdout.flush()  # else the child would write the parent's pending output again
        sys.stderr.flush()
        read_fd, write_fd = os.pipe()
        # SIGTERM stays blocked across the fork: the child runs Python's after-fork
        # hooks before it can reset the parent's handler, and cancel() may already
        # be signalling it then.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which coverage does not follow
            os.close(read_fd)
            _child(write_fd, func, args, blocked)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        os.close(write_fd)
        self._pid: int | None = pid
        self._read_fd = read_fd

    def result(self) -> T:
        """The child's return value; its exception re-raised here."""
        with os.fdopen(self._read_fd, "rb") as pipe:
            data = pipe.read()
        status = self._reap()
        if not data:
            raise SchemaNBError(
                f"the process inspecting the second schema ended without an answer "
                f"(exit code {status}) — rerun; if it persists, report it with --debug"
            )
        ok, value = pickle.loads(data)
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the child (the parent's own half failed) and reap it."""
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):  # it had already ended
                os.kill(self._pid, signal.SIGTERM)
            os.close(self._read_fd)
            self._reap()

    def _reap(self) -> int:
        if self._pid is None:
            return 0
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        return os.waitstatus_to_exitcode(status)


def _child(
    write_fd: int, func: Callable[..., Any], args: tuple[Any, ...], mask: set[int | signal.Signals]
) -> None:
    """The child's whole life: call, send, leave without teardown."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # cancel() ends it at once, whatever the parent set
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    code = 0
    try:
        try:
            payload: tuple[bool, Any] = (True, func(*args))
        except BaseException as err:  # noqa: BLE001 - carried to the parent, raised there
            payload = (False, _portable(err))
            code = 1
        data = _dumps(payload)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - the parent reports the missing answer
        code = 2
    finally:
        os._exit(code)


def _portable(err: BaseException) -> BaseException:
    """``err`` if it survives pickling; else one that carries its message."""
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:  # noqa: BLE001 - any exception type may refuse to pickle
        message = f"{type(err).__name__}: {err}"
        return SchemaNBError(str(err)) if isinstance(err, SchemaNBError) else RuntimeError(message)
    return err


def _dumps(payload: tuple[bool, Any]) -> bytes:
    try:
        return pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as err:  # noqa: BLE001 - an unpicklable result becomes an error
        return pickle.dumps((False, RuntimeError(f"result cannot be sent back: {err}")))
