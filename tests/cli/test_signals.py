"""SIGTERM and SIGINT end ``schemanb erd`` cleanly: ``dot`` dies with it, no
file or temporary file is left, exit 143 / 130 with one line; ``--timeout``
ends a layout that takes too long the same way (exit 2).

The diagram is big enough (columns shown, many edges) that ``dot`` is still
running when the signal arrives; the test waits until ``dot`` is a child.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_TABLES = 1500


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("signals") / "big.db"
    with sqlite3.connect(path) as conn:
        for i in range(N_TABLES):
            refs = ", ".join(f"r{k} INTEGER REFERENCES t{(i * 7 + k * 13) % N_TABLES} (id)" for k in range(3))
            conn.execute(f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT, {refs})")
    return f"sqlite:///{path}"


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            out += [int(p) for p in f.read().split()]
    return out


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except OSError:
        return False
    return state != "Z"


def _erd(url: str, out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "schemanb", "erd", url, "-o", str(out), "--columns", "all", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_dot(proc: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"schemanb ended before dot started: {proc.communicate()}"
        dots = [c for c in _children(proc.pid) if _name(c) == "dot"]
        if dots:
            return dots[0]
        time.sleep(0.05)
    raise AssertionError("dot never started")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize(("signum", "code", "word"), [
    (signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted"),
])
def test_a_signal_during_the_layout_ends_dot_too(big_db, tmp_path, signum, code, word):
    out = tmp_path / "er.svg"
    proc = _erd(big_db, out)
    dot = _wait_for_dot(proc)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    lines = [ln for ln in err.splitlines() if not ln.startswith("schemanb: note:")]
    assert lines == [f"schemanb: {word}"], err
    deadline = time.monotonic() + 10
    while _alive(dot) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(dot), "dot outlived schemanb"
    assert list(tmp_path.iterdir()) == []  # neither the diagram nor a temporary file


def test_a_layout_past_the_timeout_ends_with_one_line(big_db, tmp_path):
    out = tmp_path / "er.svg"
    proc = _erd(big_db, out, "--timeout", "3")  # the read (1,500 tables) fits, the layout does not
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, err
    assert err.strip().splitlines()[-1].startswith(
        "schemanb: error: Graphviz did not finish laying out the diagram within 3 s"
    ), err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize(("signum", "code", "word"), [
    (signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted"),
])
def test_a_signal_while_docs_runs_its_notebooks_ends_the_kernels_too(tmp_path, signum, code, word):
    # nbclient puts its own handlers on the event loop while a kernel runs (and
    # left the defaults behind): the signal must still end in one line and its code.
    from schemanb.sample import build_sample

    build_sample(tmp_path / "shop.db")
    out = tmp_path / "site"
    proc = subprocess.Popen(
        [sys.executable, "-m", "schemanb", "docs", str(tmp_path / "shop.db"), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 120
    kernels: list[int] = []
    while not kernels and time.monotonic() < deadline:
        assert proc.poll() is None, f"docs ended before a kernel started: {proc.communicate()}"
        kernels = [c for c in _children(proc.pid) if "ipykernel" in _cmdline(c)]
        time.sleep(0.05)
    assert kernels, "no kernel started"
    time.sleep(0.5)  # inside the notebook run
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    lines = [ln.strip() for ln in err.replace("\r", "\n").splitlines()
             if ln.strip() and not ln.strip().startswith(("executing notebooks", "writing pages"))]
    assert proc.returncode == code, err
    assert lines == [f"schemanb: {word}"], err
    deadline = time.monotonic() + 10
    while any(_alive(k) for k in kernels) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kernels), "a kernel outlived schemanb"
    assert not out.exists()  # a first build that did not finish leaves no half-written site
