"""A real Jupyter server (JupyterLab 4 or Notebook 7) and headless Chromium, for browser tests.

The hardening every browser test needs lives here once: a free port with token auth,
every ``JUPYTER_*`` folder in tmp, settings that keep dialogs and toasts away, and
"Run All" retried while the kernel settles (the machine is shared and slow).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
#: The machine is shared and slow: generous limits, in milliseconds.
START_TIMEOUT = 120_000
RUN_TIMEOUT = 240_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT / 1000
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the Jupyter server exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the Jupyter server did not answer within {START_TIMEOUT // 1000} s")


def _quiet_settings(folder: Path) -> Path:
    """User settings that keep modal dialogs and toasts out of the way of the clicks:
    start the notebook's kernel without a "Select Kernel" dialog, ask nothing about news;
    and render every cell (no windowing), so the screenshot shows what was scrolled to."""
    settings = {
        "@jupyterlab/notebook-extension/tracker": {
            "autoStartDefaultKernel": True, "windowingMode": "none",
        },
        "@jupyterlab/apputils-extension/notification": {
            "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True,
        },
    }
    for name, values in settings.items():
        path = folder / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    return folder


@contextmanager
def jupyter_server(app: str, root: Path, tmp_path: Path, notebook: str) -> Iterator[str]:
    """A Jupyter server (``app``: "lab" or "notebook") serving ``root``; yields the URL
    of ``notebook`` (a file name in ``root``) with the token."""
    port, token = _free_port(), secrets.token_hex(16)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "SCHEMANB_"))}
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR"):
        env[var] = str(tmp_path / var.lower())
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(_quiet_settings(tmp_path / "lab-settings"))
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "lab-workspaces")
    log = tmp_path / "server.log"
    cmd = [
        sys.executable, "-m", "jupyter", app, "--no-browser",
        "--ServerApp.open_browser=False", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # containers and CI often run as root
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{base}/api/status?token={token}", proc, log)
        path = "lab/tree" if app == "lab" else "notebooks"
        yield f"{base}/{path}/{notebook}?token={token}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _accept_kernel_dialog(page) -> None:
    """A "Select Kernel" dialog shows when the session was not ready: take the default."""
    accept = page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept")
    if accept.count():
        accept.first.click()


def _run_all(page, timeout_error: type[Exception]) -> None:
    """Run > Run All Cells, again until the first cell has started (the kernel may still
    have been connecting when the menu was first used)."""
    deadline = time.monotonic() + START_TIMEOUT / 1000
    started = (
        "() => { const p = document.querySelector('.jp-CodeCell .jp-InputPrompt');"
        " return p && /[0-9*]/.test(p.textContent); }"
    )
    while True:
        try:
            # Short clicks: a dialog that opens meanwhile is accepted on the next turn.
            _accept_kernel_dialog(page)
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click(timeout=10_000)
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click(timeout=10_000)
            page.wait_for_function(started, timeout=15_000)
            return
        except timeout_error:
            if time.monotonic() > deadline:
                raise
            if page.locator(".jp-Dialog").count():
                _accept_kernel_dialog(page)
            else:
                page.keyboard.press("Escape")  # close a menu left open


def _wait_for_explorer(page, timeout_error: type[Exception]) -> None:
    """Wait for the explorer widget; press Run All again if the run stalled.

    On a loaded machine JupyterLab has been seen to take the first Run All while
    the kernel was still settling and then leave every later cell unrun ([ ]),
    with nothing pending: that state is retried, an error in a cell is not.
    """
    # The first explorer: a notebook may show several, and may render them all at
    # once (a bare locator matching two is a strict-mode error, not a wait).
    explorer = page.locator(".schemanb-explorer .schemanb-count").first
    stalled = (
        "() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]"
        ".map(e => e.textContent.trim());"
        " return !p.some(t => t.includes('*'))"
        " && !document.querySelector('.jp-OutputArea-output[data-mime-type*=\"error\"]'); }"
    )
    deadline = time.monotonic() + RUN_TIMEOUT / 1000
    while True:
        try:
            explorer.wait_for(timeout=20_000)
            return
        except timeout_error:
            if time.monotonic() > deadline:
                raise
            if page.locator(".jp-OutputArea-output", has_text=WIDGET_NOT_FOUND).count():
                raise WidgetManagerLost from None
            if page.evaluate(stalled):
                _run_all(page, timeout_error)


#: What JupyterLab shows for a widget whose model its widget manager never received.
WIDGET_NOT_FOUND = "Error displaying widget: model not found"


class WidgetManagerLost(Exception):
    """The page's widget manager missed the kernel's widget models.

    Seen on the loaded machine when "Run All" reached the kernel before the page's
    widget manager had registered with it: every widget output then reads "model
    not found", and running the cells again on that page does not help. A fresh
    page (same server, same kernel) does.
    """


def run_notebook(page, url: str, timeout_error: type[Exception], attempts: int = 3) -> None:
    """Open the notebook, wait for an idle kernel, run all cells, wait for the last one
    (on a fresh page again while the widget manager misses the widgets)."""
    for attempt in range(attempts):
        try:
            _run_notebook_once(page, url, timeout_error)
            return
        except WidgetManagerLost:
            if attempt == attempts - 1:
                raise
            page.goto("about:blank")
            time.sleep(3)


def _run_notebook_once(page, url: str, timeout_error: type[Exception]) -> None:
    page.goto(url)
    page.wait_for_selector(".jp-Notebook .jp-Cell")
    # The kernel must be idle before "Run All" is worth pressing.
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-Notebook-ExecutionIndicator, "
        ".jp-KernelStatus, [data-status]')].some(e => /idle/i.test(e.getAttribute"
        "('data-status') || e.getAttribute('title') || e.textContent))",
        timeout=START_TIMEOUT,
    )
    _run_all(page, timeout_error)
    _wait_for_explorer(page, timeout_error)
    # Every code cell has run when none is pending ([*]) and the last has a number.
    page.wait_for_function(
        "() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]"
        ".map(e => e.textContent.trim());"
        " return p.length && !p.some(t => t.includes('*')) && /\\d/.test(p[p.length-1]); }",
        timeout=RUN_TIMEOUT,
    )
