"""Execute the site's notebooks with nbclient; any failure becomes a SiteBuildError.

``jobs_at_once`` workers each start one ``python3`` kernel of the running
interpreter (jupyter_client substitutes ``sys.executable``) in the folder that
holds the snapshot, and run their share of the notebooks in it one after another,
so a build pays for at most that many kernel starts. Each notebook gets a fresh
namespace (``%reset -f`` before it) and execution counts from 1, so a saved
notebook reads as if it had run alone.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import _signals
from .._redact import mask_text
from ..errors import SiteBuildError

DEFAULT_TIMEOUT = 600
_RESET = "%reset -f"


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


async def _reset(km: Any, timeout: int) -> None:
    """A fresh namespace in the worker's kernel, as a notebook opened on its own has."""
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=timeout)
        await kc.execute_interactive(_RESET, timeout=timeout, allow_stdin=False,
                                     output_hook=lambda msg: None)
    finally:
        kc.stop_channels()


async def _run_in(km: Any, job: Job, timeout: int) -> None:
    from nbclient import NotebookClient

    await _reset(km, timeout)
    # A kernel manager passed in is not owned by the client: it stays up for the
    # worker's next notebook. nbclient numbers executions from 1 per notebook.
    # iopub_timeout: after a cell's reply nbclient waits only 4 s by default for the
    # outputs still in flight, then silently drops them; a chunk of 500 pages with
    # diagrams on a busy machine needs longer, and a loss must be an error.
    client = NotebookClient(job.nb, km=km, timeout=timeout, iopub_timeout=timeout,
                            raise_on_iopub_timeout=True,
                            resources={"metadata": {"path": str(job.cwd)}})
    try:
        await client.async_execute()
    finally:
        if client.kc is not None:
            client.kc.stop_channels()


async def _worker(queue: asyncio.Queue[Job], cwd: Path, timeout: int,
                  done: Callable[[Job], None]) -> list[SiteBuildError]:
    from jupyter_client.manager import AsyncKernelManager

    errors: list[SiteBuildError] = []
    # The kernel's stderr (start-up chatter, crash messages) goes to a log file
    # that is quoted only when a run fails without a cell error.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        km = AsyncKernelManager(kernel_name="python3")
        try:
            await km.start_kernel(cwd=str(cwd), stderr=log)
            while not queue.empty():
                job = queue.get_nowait()
                try:
                    await _run_in(km, job, timeout)
                except Exception as err:  # nbclient/jupyter_client errors, at the boundary
                    log.seek(0)
                    errors.append(_translate(job, err, log.read()))
                    break
                done(job)
        except Exception as err:  # the kernel did not start
            log.seek(0)
            errors.append(_translate(Job("(kernel start)", None, cwd), err, log.read()))
        finally:
            if km.has_kernel:
                await km.shutdown_kernel(now=True)
            await km.cleanup_resources()
    return errors


async def _run_all(jobs: Sequence[Job], workers: int, timeout: int,
                   done: Callable[[Job], None]) -> None:
    _signals.noting(asyncio.get_running_loop())
    queue: asyncio.Queue[Job] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    count = max(1, min(workers, len(jobs)))
    cwd = jobs[0].cwd
    results = await asyncio.gather(*(_worker(queue, cwd, timeout, done) for _ in range(count)))
    errors = [e for errs in results for e in errs]
    if errors:
        raise errors[0]


def execute_all(jobs: Sequence[Job], *, jobs_at_once: int = 1, timeout: int = DEFAULT_TIMEOUT,
                done: Callable[[Job], None] | None = None) -> list[Any]:
    """Execute every job's notebook (in place) and return them, in order.

    Works from inside a running event loop too (a Jupyter cell): the runs then
    happen on a helper thread with its own loop.
    """
    if not jobs:
        return []

    def run() -> None:
        asyncio.run(_run_all(jobs, jobs_at_once, timeout, done or (lambda job: None)))

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        # nbclient puts its own SIGINT/SIGTERM handlers on the loop (to shut its
        # kernel down) and leaves the defaults behind: the signal is noted for
        # the command line, and its handlers come back afterwards.
        with _signals.handlers_kept():
            run()
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(run).result()
    return [job.nb for job in jobs]
