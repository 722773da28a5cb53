"""End to end: a real JupyterLab (and Notebook 7) server, the drift notebook, headless Chromium.

The server runs on localhost on a free port with token auth, in a temporary root
folder holding a copy of the drift notebook, with every ``JUPYTER_*`` folder in
tmp. Chromium runs all cells through the Run menu; the test then finds the
explorer with the number of changes the diff engine reports for the sample, and
no error output. A screenshot goes to ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jupyterserver import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    START_TIMEOUT,
    jupyter_server,
    run_notebook,
)

import schemanb
from schemanb.sample import build_sample

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "drift_investigation.ipynb"


@pytest.fixture(params=["lab", "notebook"])
def server(request, tmp_path):
    """A Jupyter server (JupyterLab 4 or Notebook 7) serving a copy of the drift notebook."""
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    with jupyter_server(request.param, root, tmp_path, NOTEBOOK.name) as url:
        yield request.param, url


def _expected_changes(tmp_path: Path) -> int:
    dev = build_sample(tmp_path / "dev.db", "dev")
    prod = build_sample(tmp_path / "prod.db", "prod")
    return len(schemanb.diff(schemanb.inspect(dev), schemanb.inspect(prod)).changes)


def test_drift_notebook_runs_and_shows_the_explorer(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing — run make system-test")
    app, url = server
    expected = _expected_changes(tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(START_TIMEOUT)
            try:
                run_notebook(page, url, sync_api.TimeoutError)
            finally:
                explorer = page.locator(".schemanb-explorer")
                if explorer.count():
                    explorer.first.scroll_into_view_if_needed()
                page.screenshot(path=str(ARTIFACTS / f"jupyter-{app}-drift.png"))
            # text_content, not inner_text: cells scrolled out of view are not laid out.
            count = page.locator(".schemanb-explorer .schemanb-count")
            assert count.text_content().strip() == f"{expected} changes"
            assert page.locator(".schemanb-explorer .schemanb-changes option").count() == min(expected, 50)
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            texts = [errors.nth(i).text_content() or "" for i in range(errors.count())]
            assert not [t for t in texts if "Error" in t or "Traceback" in t]
            printed = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stdout']")
            assert f"{expected} changes" in " ".join(
                printed.nth(i).text_content() or "" for i in range(printed.count())
            )
        finally:
            browser.close()
