"""Shared benchmark helpers: time a Python snippet in a fresh process, take medians, print tables.

A case is a piece of Python source run by a new interpreter (``python -c``):
``setup`` runs first and is not timed (imports, building arguments), then
``body`` is timed with ``time.perf_counter``. The child reports, as one JSON
line on stdout, the seconds, its peak resident memory (``VmHWM`` of the child's
own image — ``ru_maxrss`` would include the parent's memory, carried over by
Linux through fork + exec), the peak it had before
the body (the cost of the interpreter and the imports), the child's own CPU
seconds in the body (steadier than wall time on a shared machine), and whatever the body
stored in the variable ``result`` (a count, to prove the work was done).

Example::

    from bench._harness import Case, measure, print_table
    case = Case("sum", setup="n = 10**6", body="result = sum(range(n))")
    m = measure(case, repeat=3)
    print_table(["case", "median s", "peak MB"], [[case.name, f"{m.median:.3f}", f"{m.peak_mb:.0f}"]])
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """\
import json as _json, resource as _resource, time as _time
def _hwm_kb():
    # VmHWM belongs to this process image; ru_maxrss would also count the
    # parent's memory, which Linux carries over through fork + exec.
    try:
        with open("/proc/self/status") as _f:
            for _line in _f:
                if _line.startswith("VmHWM:"):
                    return int(_line.split()[1])
    except OSError:
        pass
    return _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
{setup}
_base_kb = _hwm_kb()
result = None
_t0 = _time.perf_counter()
_c0 = _time.process_time()
{body}
_seconds = _time.perf_counter() - _t0
_cpu = _time.process_time() - _c0
_peak_kb = _hwm_kb()
print("@@BENCH@@" + _json.dumps({{"seconds": _seconds, "cpu": _cpu, "peak_kb": _peak_kb,
      "base_kb": _base_kb, "result": result if isinstance(result, (int, float, str)) else repr(result)}}))
"""


@dataclass(frozen=True)
class Case:
    """One measured thing: a name, untimed ``setup`` source, timed ``body`` source."""

    name: str
    body: str
    setup: str = ""
    env: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Run:
    """What one fresh process reported."""

    seconds: float
    peak_mb: float
    base_mb: float
    result: object
    #: CPU seconds of the child alone (steadier than wall time on a busy machine;
    #: leaves out the database server's work).
    cpu: float = 0.0


@dataclass(frozen=True)
class Measurement:
    """The runs of one case, and their medians."""

    case: Case
    runs: tuple[Run, ...]

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def cpu_median(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)

    @property
    def base_mb(self) -> float:
        return statistics.median(r.base_mb for r in self.runs)

    @property
    def result(self) -> object:
        return self.runs[-1].result


def run_once(case: Case, *, timeout: float = 1800) -> Run:
    """Run ``case`` in a fresh interpreter; raise with the child's stderr when it fails."""
    source = _CHILD.format(setup=textwrap.dedent(case.setup), body=textwrap.dedent(case.body))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env.update(case.env)
    proc = subprocess.run(
        [sys.executable, "-c", source],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("@@BENCH@@")), None)
    if proc.returncode != 0 or line is None:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise RuntimeError(f"benchmark case {case.name!r} failed (exit {proc.returncode}):\n{tail}")
    data = json.loads(line[len("@@BENCH@@") :])
    return Run(
        seconds=data["seconds"],
        peak_mb=data["peak_kb"] / 1024,
        base_mb=data["base_kb"] / 1024,
        result=data["result"],
        cpu=data.get("cpu", 0.0),
    )


def measure(case: Case, *, repeat: int = 3, timeout: float = 1800) -> Measurement:
    """``repeat`` fresh-process runs of ``case`` (the median is what counts)."""
    return Measurement(case, tuple(run_once(case, timeout=timeout) for _ in range(repeat)))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, file: object = None) -> None:
    """A plain-text table, columns aligned (numbers right, text left)."""
    out = file or sys.stdout
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(_is_number(r[i]) for r in cells[1:]) and len(cells) > 1 for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if num else c.ljust(w) for c, w, num in zip(row, widths, numeric)
        ).rstrip()

    print(fmt(cells[0]), file=out)  # type: ignore[call-overload]
    print("  ".join("-" * w for w in widths), file=out)  # type: ignore[call-overload]
    for row in cells[1:]:
        print(fmt(row), file=out)  # type: ignore[call-overload]


def _is_number(text: str) -> bool:
    try:
        float(text.rstrip("x"))
    except ValueError:
        return text in ("-", "")
    return True
