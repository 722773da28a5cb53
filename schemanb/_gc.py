"""Pause Python's cyclic garbage collector while a snapshot is built or compared.

Building a 1,000-table snapshot allocates a few hundred thousand objects that
all stay alive. Each allocation burst triggers a collection that walks every
tracked object again, the oldest generation included: in ``schemanb diff`` on
two 1,000-table databases that was about a quarter of the run (reflection,
unpickling the forked side's snapshot, the comparison). These phases make few
reference cycles, so the collector is paused for their length and resumed
afterwards. Pauses nest and may overlap across threads: the collector runs
again when the last one ends, and only if it was enabled when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_depth = 0
_was_enabled = False

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the body with the cyclic collector off (reference counting still frees)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def without_gc(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of :func:`paused_gc`."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused_gc():
            return func(*args, **kwargs)

    return wrapper
