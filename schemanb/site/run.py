"""Execute a site notebook with nbclient; any failure becomes a SiteBuildError.

The kernel is the ``python3`` kernel of the running interpreter (jupyter_client
substitutes ``sys.executable``), started in the folder that holds the snapshot, so
the notebook reads its parameters as relative paths. Several notebooks may run
at once (``jobs``), each in its own kernel, through nbclient's async API.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._redact import mask_text
from ..errors import SiteBuildError

DEFAULT_TIMEOUT = 600


@dataclass
class Job:
    """One notebook run: the template name (for errors), the notebook and its folder."""

    template: str
    nb: Any
    cwd: Path


def _first_error(nb: Any) -> tuple[int | None, str]:
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return i, f"{out.get('ename')}: {out.get('evalue')}"
    return None, ""


def _translate(job: Job, err: BaseException, kernel_log: str = "") -> SiteBuildError:
    cell, message = _first_error(job.nb)
    if not message:
        lines = (str(err).strip() or kernel_log.strip()).splitlines()
        message = f"{type(err).__name__}: {lines[-1] if lines else ''}"
    where = f"cell {cell}" if cell is not None else "kernel"
    return SiteBuildError(
        mask_text(f"site notebook {job.template} failed at {where}: {message} — rerun with "
                  "--debug, or open the notebook in Jupyter to see the traceback"),
        template=job.template, cell=cell,
    )


async def _run_one(job: Job, timeout: int, limit: asyncio.Semaphore,
                   done: Callable[[Job], None]) -> Any:
    from nbclient import NotebookClient

    async with limit:
        client = NotebookClient(
            job.nb, timeout=timeout, kernel_name="python3",
            resources={"metadata": {"path": str(job.cwd)}},
        )
        # The kernel's stderr (start-up chatter, crash messages) goes to a log file
        # that is quoted only when the kernel dies.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
            try:
                await client.async_execute(stderr=log)
            except Exception as err:  # nbclient/jupyter_client errors: translated at the boundary
                log.seek(0)
                raise _translate(job, err, log.read()) from err
        done(job)
        return job.nb


async def _run_all(jobs: Sequence[Job], jobs_at_once: int, timeout: int,
                   done: Callable[[Job], None]) -> list[Any]:
    limit = asyncio.Semaphore(max(1, jobs_at_once))
    # Every run finishes (none is cancelled half-way, which would leave nbclient's
    # atexit clean-up pointing at a half-started kernel); then the first error wins.
    results = await asyncio.gather(
        *(_run_one(j, timeout, limit, done) for j in jobs), return_exceptions=True
    )
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return list(results)


def execute_all(jobs: Sequence[Job], *, jobs_at_once: int = 1, timeout: int = DEFAULT_TIMEOUT,
                done: Callable[[Job], None] | None = None) -> list[Any]:
    """Execute every job's notebook (in place) and return them, in order.

    Works from inside a running event loop too (a Jupyter cell): the runs then
    happen on a helper thread with its own loop.
    """

    def run() -> list[Any]:
        return asyncio.run(_run_all(jobs, jobs_at_once, timeout, done or (lambda job: None)))

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run()
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()
