"""ForkedCall: a call in a forked child, its value or its error back in the parent."""

from __future__ import annotations

import os
import threading
import time

import pytest

from schemanb.cli._fork import CAN_FORK, ForkedCall
from schemanb.errors import ReflectionError, SchemaNBError

pytestmark = pytest.mark.skipif(not CAN_FORK, reason="this platform cannot fork")


class _Unpicklable(Exception):
    def __init__(self, code: int, detail: str) -> None:  # two required arguments: no unpickling
        super().__init__(f"{code}: {detail}")
        self.lock = threading.Lock()


def _pid_and(value: object) -> tuple[int, object]:
    return os.getpid(), value


def _raise(err: BaseException) -> None:
    raise err


def _vanish() -> None:
    os._exit(7)


def _sleep() -> None:
    time.sleep(60)


def test_runs_in_another_process_and_returns_its_value():
    child = ForkedCall(_pid_and, {"tables": list(range(10_000))})
    pid, value = child.result()
    assert pid != os.getpid()
    assert value == {"tables": list(range(10_000))}  # larger than a pipe's buffer


def test_our_errors_come_back_with_their_class_and_message():
    child = ForkedCall(_raise, ReflectionError("reading the catalog of public failed"))
    with pytest.raises(ReflectionError, match="reading the catalog of public failed"):
        child.result()


def test_an_unpicklable_error_comes_back_as_its_message():
    child = ForkedCall(_raise, _Unpicklable(3, "boom"))
    with pytest.raises(RuntimeError, match=r"_Unpicklable: 3: boom"):
        child.result()


def test_a_child_that_dies_without_an_answer_is_one_clear_error():
    with pytest.raises(SchemaNBError, match=r"ended without an answer \(exit code 7\)"):
        ForkedCall(_vanish).result()


def test_cancel_stops_the_child():
    child = ForkedCall(_sleep)
    pid = child._pid
    start = time.monotonic()
    child.cancel()
    assert time.monotonic() - start < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no such child any more
