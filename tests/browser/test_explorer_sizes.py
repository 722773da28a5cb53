"""The drift explorer at real sizes in a real browser: 42 and 1,000 changes.

JupyterLab 4 squeezed the old explorer's change buttons (flex items in a fixed-height
list) into unlabelled 4-pixel bars once an incident had a dozen changes. This test opens
an incident-sized diff and a 1,000-change diff from snapshot files in JupyterLab and in
Notebook 7, checks that every row the list shows is readable (its height and its text),
that the keyboard moves the selection, that paging and the search box work, and saves a
screenshot of each explorer under ``test-artifacts/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import col, index, schema, table
from jupyterserver import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    START_TIMEOUT,
    jupyter_server,
    run_notebook,
)

import schemanb
from schemanb.jupyter.explorer.state import ExplorerState
from schemanb.serialize import save_schema

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "explorer_sizes.ipynb"
#: Rows the list box shows at once (view._LIST_ROWS); a readable row is at least this tall.
LIST_ROWS, MIN_ROW_PX = 18, 16
INCIDENT_TABLES = ("customers", "orders", "order_items", "payments", "invoices", "shipments",
                   "products", "inventory")


def _incident(names: tuple[str, ...], added: int = 1):
    """Each table: a narrowed name, a dropped note, a widened amount, a new column and
    index; plus a dropped table and ``added`` new ones (5 changes a table + 1 + added)."""
    before, after = [], []
    for name in names:
        before.append(table(name, col("id", nullable=False), col("name", "VARCHAR(100)"),
                            col("note", "TEXT"), col("amount", "INT"), pk=("id",)))
        after.append(table(name, col("id", nullable=False), col("name", "VARCHAR(40)"),
                           col("amount", "BIGINT"), col("created_at", "TIMESTAMP"), pk=("id",),
                           indexes=(index(f"ix_{name}_created_at", "created_at"),)))
    before.append(table("legacy_audit", col("id")))
    after.extend(table(f"refunds_{i}", col("id"), col("order_id")) for i in range(added))
    return schema(*before, dialect="postgresql"), schema(*after, dialect="postgresql")


def _write_notebook(root: Path) -> dict[str, schemanb.SchemaDiff]:
    """Snapshot files for both diffs and a notebook that opens them with %schemadiff."""
    pairs = {
        "incident": _incident(INCIDENT_TABLES),
        "big": _incident(tuple(f"t{i:04d}_orders" for i in range(199)), added=4),
    }
    cells = ["%load_ext schemanb"]
    diffs = {}
    for name, (a, b) in pairs.items():
        save_schema(a, root / f"{name}_a.json")
        save_schema(b, root / f"{name}_b.json")
        diffs[name] = schemanb.diff(a, b)
        cells.append(f"{name} = %schemadiff {name}_a.json {name}_b.json\n{name}")
    notebook = {
        "cells": [{"cell_type": "code", "execution_count": None, "id": f"c{i}", "metadata": {},
                   "outputs": [], "source": src} for i, src in enumerate(cells)],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                    "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    (root / NOTEBOOK).write_text(json.dumps(notebook), encoding="utf-8")
    return diffs


@pytest.fixture(params=["lab", "notebook"])
def server(request, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    diffs = _write_notebook(root)
    with jupyter_server(request.param, root, tmp_path, NOTEBOOK) as url:
        yield request.param, url, diffs


#: Every row of the list box that lies inside its viewport: [height, text].
_VISIBLE_ROWS = """select => {
  const box = select.getBoundingClientRect();
  return [...select.options].map(o => o.getBoundingClientRect().height === 0 ? null :
      [o.getBoundingClientRect(), o.text])
    .filter(r => r && r[0].bottom > box.top + 1 && r[0].top < box.bottom - 1)
    .map(([r, text]) => [r.height, text]);
}"""


def _words(text: str) -> str:
    return " ".join(text.split())


def _check_explorer(page, explorer, diff, shot: Path) -> None:
    n = len(diff.changes)
    state = ExplorerState(diff)
    # The explorer from its header down, below the notebook's sticky toolbar.
    explorer.evaluate(
        "e => { e.scrollIntoView({block: 'start'});"
        " const s = e.closest('.jp-WindowedPanel-outer, .jp-Notebook') || document.scrollingElement;"
        " s.scrollBy(0, -70); }")
    page.wait_for_timeout(300)
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert explorer.locator(".schemanb-count").text_content().strip() == f"{n:,} changes"
    select = explorer.locator(".schemanb-changes select")
    assert select.locator("option").count() == min(n, state.page_size)

    rows = select.evaluate(_VISIBLE_ROWS)
    assert len(rows) >= min(n, LIST_ROWS) - 1, rows  # the last one may be cut by the frame
    expected = [_words(r.text) for r in state.page_rows()]
    for i, (height, text) in enumerate(rows):
        assert height >= MIN_ROW_PX, f"row {i} is {height}px high: {text!r}"
        assert _words(text) == expected[i]

    # The keyboard: a click selects the first row, two arrow presses the third (the
    # notebook must not take the arrows for its own "next cell").
    first, third = state.page_changes[0], state.page_changes[2]
    select.locator("option").first.click()
    explorer.locator(".schemanb-detail", has_text=str(first.ref)).wait_for()
    assert select.evaluate("s => s.hasAttribute('data-lm-suppress-shortcuts')")
    select.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    explorer.locator(".schemanb-detail", has_text=str(third.ref)).filter(
        has_text=third.kind.value).wait_for()
    assert select.evaluate("s => s.selectedIndex") == 2


def test_explorer_rows_are_readable_at_42_and_1000_changes(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing — run make system-test")
    app, url, diffs = server
    assert len(diffs["incident"].changes) >= 40 and len(diffs["big"].changes) == 1000
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(START_TIMEOUT)
            try:
                run_notebook(page, url, sync_api.TimeoutError)
                explorers = page.locator(".schemanb-explorer")
                explorers.nth(1).wait_for()
            except Exception:
                page.screenshot(path=str(ARTIFACTS / f"explorer-{app}-failed.png"))
                raise
            for i, name in enumerate(("incident", "big")):
                diff = diffs[name]
                shot = ARTIFACTS / f"explorer-{app}-{len(diff.changes)}.png"
                _check_explorer(page, explorers.nth(i), diff, shot)

            big = explorers.nth(1)
            big.locator("button", has_text="next ›").click()
            page_label = big.locator(".schemanb-page")
            page_label.filter(has_text="page 2 of 20 · 51–100 of 1,000").wait_for()
            big.locator(".schemanb-changes select option").first.wait_for()
            big.locator("input[placeholder='table or object name']").fill("t0100_")
            page_label.filter(has_text="page 1 of 1 · 1–5 of 5").wait_for()
            assert big.locator(".schemanb-changes option").count() == 5
        finally:
            browser.close()
