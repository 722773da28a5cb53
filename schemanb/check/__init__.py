"""Drift checks for pipelines: one database, or a fleet of them, against an expectation.

An expectation is a baseline snapshot, the application's models, or the schema that
the application's Alembic migrations produce. :func:`check` compares one target;
:func:`check_fleet` compares many concurrently on any
:class:`concurrent.futures.Executor` (threads by default; a Dask
``distributed.Client(...).get_executor()`` runs it on a cluster). Results are
plain frozen objects that :mod:`schemanb.check.report` renders as text, JSON,
Markdown or JUnit XML.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._redact import mask_text, mask_url
from ..diff.changes import Change, Risk
from ..errors import SchemaNBError
from ..model import MODELS_SOURCE, Schema

STATUS_IN_SYNC = "in_sync"
STATUS_DRIFT = "drift"
STATUS_ERROR = "error"

#: Default bound on concurrent connections of a fleet check.
DEFAULT_MAX_WORKERS = 8
#: Default seconds one fleet target may take before it is reported as timed out.
DEFAULT_TARGET_TIMEOUT = 60.0


@dataclass(frozen=True, kw_only=True)
class CheckResult:
    """The outcome for one target.

    ``changes`` are the differences (all of them, ignored ones removed);
    ``failing`` says whether they fail the check under the ``fail_on`` level.
    """

    target: str
    status: str
    changes: tuple[Change, ...] = ()
    summary: str = ""
    error: str | None = None
    seconds: float = 0.0
    failing: bool = False
    #: Kinds of object not compared because the expected side cannot express
    #: them (models hold no views, routines, triggers, ...), and how many
    #: changes of those kinds were left out.
    left_out: tuple[str, ...] = ()
    left_out_changes: int = 0

    @property
    def worst_risk(self) -> Risk | None:
        return max((c.risk for c in self.changes), key=lambda r: r.level, default=None)


@dataclass(frozen=True, kw_only=True)
class FleetReport:
    """The outcome of a check over many targets, in the order they were given."""

    results: tuple[CheckResult, ...] = ()
    seconds: float = 0.0
    expected: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def drifted(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.status == STATUS_DRIFT)

    @property
    def errors(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.status == STATUS_ERROR)


def parse_risk(level: str | Risk | None) -> Risk | None:
    """``"destructive"`` -> ``Risk.DESTRUCTIVE``; a clear error for unknown levels."""
    if level is None or isinstance(level, Risk):
        return level
    try:
        return Risk(level.lower())
    except ValueError:
        choices = ", ".join(r.value for r in Risk)
        raise SchemaNBError(f"unknown risk level {level!r} — choose one of: {choices}") from None


def compare(
    expected: Schema,
    actual: Schema,
    *,
    target: str = "",
    ignore: Sequence[str] = (),
    fail_on: str | Risk | None = None,
    portable: bool = False,
    left_out: Sequence[str] = (),
    max_rows: int | None = None,
) -> CheckResult:
    """Compare two snapshots: what should be (``expected``) and what is (``actual``).

    ``left_out`` names kinds of object (``diff``'s ignore words: ``views``,
    ``routines``, ...) the expected side cannot express: they are not compared,
    and the result says so (:attr:`CheckResult.left_out`) — see
    :data:`~schemanb.check.sources.MODELS_CANNOT_EXPRESS`.

    ``max_rows`` with ``fail_on``: only changes to tables estimated at that many rows
    or more (or of unknown size) fail the check.
    """
    from ..diff import diff
    from ..diff.risk import reaches

    started = time.perf_counter()
    result = diff(expected, actual, ignore=(*ignore, *left_out), portable=portable)
    changes = tuple(result.changes)
    hidden = 0
    if left_out:
        every = diff(expected, actual, ignore=tuple(ignore), portable=portable)
        hidden = len(every.changes) - len(changes)
    threshold = parse_risk(fail_on)
    failing = bool(changes) and (
        threshold is None or any(reaches(c, threshold, max_rows) for c in changes)
    )
    return CheckResult(
        target=target or (actual.info.source or "actual"),
        status=STATUS_DRIFT if changes else STATUS_IN_SYNC,
        changes=changes,
        summary=result.summary() if changes else "",
        seconds=time.perf_counter() - started,
        failing=failing,
        left_out=tuple(left_out),
        left_out_changes=hidden,
    )


def check_target(
    expected: Schema,
    source: Any,
    *,
    ignore: Sequence[str] = (),
    fail_on: str | Risk | None = None,
    schemas: Any = None,
    connect_timeout: int = 10,
    portable: bool = False,
    grants: bool = False,
    timeout: float | None = None,
    left_out: Sequence[str] = (),
    max_rows: int | None = None,
) -> CheckResult:
    """Inspect ``source`` and compare it with ``expected``; errors become a result.

    ``grants`` also reads the privileges (``inspect(..., grants=True)``);
    ``timeout`` bounds the inspection (``inspect(..., timeout=)``, default its 300 s).

    This is the unit of work of a fleet check: a module-level function with
    picklable arguments, so that any executor (threads, processes, Dask) runs it.
    """
    from ..reflect import inspect
    from ..reflect.session import DEFAULT_TIMEOUT

    label = mask_url(source) if isinstance(source, str) else type(source).__name__
    started = time.perf_counter()
    if schemas is None and expected.info.source == MODELS_SOURCE:
        # Models name the schemas they use (None: the default one): a database may
        # hold others, which are no drift of theirs.
        schemas = list(expected.info.schemas)
    try:
        actual = inspect(
            source, schemas=schemas, connect_timeout=connect_timeout, grants=grants,
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        )
        result = compare(
            expected, actual, target=label, ignore=ignore, fail_on=fail_on, portable=portable,
            left_out=left_out,
            max_rows=max_rows,
        )
    except SchemaNBError as err:
        return CheckResult(
            target=label,
            status=STATUS_ERROR,
            error=mask_text(str(err)),
            seconds=time.perf_counter() - started,
            failing=True,
        )
    return dataclasses.replace(result, seconds=time.perf_counter() - started)


def check_fleet(
    expected: Schema,
    targets: Iterable[str],
    *,
    executor: cf.Executor | None = None,
    max_workers: int = DEFAULT_MAX_WORKERS,
    timeout: float = DEFAULT_TARGET_TIMEOUT,
    ignore: Sequence[str] = (),
    fail_on: str | Risk | None = None,
    schemas: Any = None,
    portable: bool = False,
    grants: bool = False,
    left_out: Sequence[str] = (),
    max_rows: int | None = None,
) -> FleetReport:
    """Check every target against ``expected`` with at most ``max_workers`` at once.

    Args:
        executor: any ``concurrent.futures.Executor``; default a thread pool of
            ``max_workers`` (which bounds the open connections). With a Dask
            executor, the cluster's workers do the inspecting.
        timeout: seconds each target may take; a target still running after its
            share of the time is reported as an error, and the rest go on.
        grants: also read and compare the privileges of every target.
        left_out: kinds of object not compared (see :func:`compare`).

    Example:
        >>> from schemanb.check import check_fleet
        >>> check_fleet(schemanb.load("prod.json"), open("targets.txt"))  # doctest: +SKIP
    """
    started = time.perf_counter()
    urls = [t for t in targets if t]
    connect_timeout = max(1, min(int(timeout), 10))
    own = executor is None
    pool = executor or cf.ThreadPoolExecutor(max_workers=max_workers)
    futures = {
        pool.submit(
            check_target,
            expected,
            url,
            ignore=tuple(ignore),
            fail_on=fail_on,
            schemas=schemas,
            connect_timeout=connect_timeout,
            portable=portable,
            grants=grants,
            timeout=timeout,
            left_out=tuple(left_out),
            max_rows=max_rows,
        ): i
        for i, url in enumerate(urls)
    }
    waves = -(-len(urls) // max(1, max_workers))
    results: dict[int, CheckResult] = {}
    try:
        for future in cf.as_completed(futures, timeout=timeout * max(1, waves) + 5):
            results[futures[future]] = future.result()
    except cf.TimeoutError:
        pass
    finally:
        if own:
            pool.shutdown(wait=False, cancel_futures=True)
    for future, i in futures.items():
        if i not in results:
            future.cancel()
            results[i] = CheckResult(
                target=mask_url(urls[i]),
                status=STATUS_ERROR,
                error=f"timed out after {timeout:g} s — the target is slow or unreachable",
                seconds=timeout,
                failing=True,
            )
    ordered = tuple(results[i] for i in range(len(urls)))
    counts = {
        s: sum(1 for r in ordered if r.status == s)
        for s in (STATUS_IN_SYNC, STATUS_DRIFT, STATUS_ERROR)
    }
    return FleetReport(
        results=ordered,
        seconds=time.perf_counter() - started,
        expected=expected.info.source or "",
        counts=counts,
    )


def read_targets(path: str) -> list[str]:
    """Target URLs from a file: one per line; blank lines and ``#`` comments skipped."""
    from pathlib import Path

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise SchemaNBError(f"cannot read targets file {path}: {err.strerror}") from err
    targets = [line.strip() for line in lines]
    targets = [t for t in targets if t and not t.startswith("#")]
    if not targets:
        raise SchemaNBError(f"targets file {path} lists no targets — one database URL per line")
    return targets


from .deploy import DeployedReport, deployed  # noqa: E402 - uses the helpers above

__all__ = [
    "CheckResult",
    "DeployedReport",
    "FleetReport",
    "check_fleet",
    "check_target",
    "compare",
    "deployed",
    "read_targets",
]
