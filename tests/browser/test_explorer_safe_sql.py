"""The drift explorer's "Safe SQL" tab in a real JupyterLab and Chromium.

A PostgreSQL diff (an index added, a NOT NULL column added) is opened with
``%schemadiff`` from snapshot files; the test switches to the "Safe SQL" tab and
reads the safe plan of the whole diff (``CREATE INDEX CONCURRENTLY``, the
``NOT VALID`` CHECK before ``SET NOT NULL``, the backfill stub) from the page,
selects the index change and reads its own safe steps, and saves a screenshot
under ``test-artifacts/explorer-safe-sql.png``.
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
from schemanb.serialize import save_schema

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "explorer_safe_sql.ipynb"


def _write_notebook(root: Path) -> schemanb.SchemaDiff:
    a = schema(table("orders", col("id", nullable=False), col("total"), pk=("id",)),
               table("customers", col("id", nullable=False), col("email", "VARCHAR(200)"), pk=("id",)),
               dialect="postgresql")
    b = schema(table("orders", col("id", nullable=False), col("total"),
                     col("channel", "VARCHAR(20)", nullable=False), pk=("id",),
                     indexes=(index("ix_orders_total", "total"),)),
               table("customers", col("id", nullable=False), col("email", "VARCHAR(200)"), pk=("id",),
                     indexes=(index("ix_customers_email", "email", unique=True),)),
               dialect="postgresql")
    save_schema(a, root / "prod.json")
    save_schema(b, root / "dev.json")
    cells = ["%load_ext schemanb", "drift = %schemadiff prod.json dev.json\ndrift"]
    notebook = {
        "cells": [{"cell_type": "code", "execution_count": None, "id": f"c{i}", "metadata": {},
                   "outputs": [], "source": src} for i, src in enumerate(cells)],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                    "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    (root / NOTEBOOK).write_text(json.dumps(notebook), encoding="utf-8")
    return schemanb.diff(a, b)


def test_safe_sql_tab_in_jupyterlab(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing — run make system-test")
    root = tmp_path / "root"
    root.mkdir()
    diff = _write_notebook(root)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer-safe-sql.png"
    with jupyter_server("lab", root, tmp_path, NOTEBOOK) as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1100})
            page.set_default_timeout(START_TIMEOUT)
            try:
                run_notebook(page, url, sync_api.TimeoutError)
                explorer = page.locator(".schemanb-explorer").first
                explorer.wait_for()
                # The plain SQL first: no CONCURRENTLY there.
                plain = explorer.locator("textarea").first.input_value()
                assert "CREATE INDEX ix_orders_total" in plain and "CONCURRENTLY" not in plain
                explorer.get_by_role("tab", name="Safe SQL").click()
                safe_box = explorer.locator(".schemanb-safe-sql textarea")
                safe_box.wait_for()
                page.wait_for_function(
                    "e => e.value.includes('CONCURRENTLY')", arg=safe_box.element_handle())
                safe = safe_box.input_value()
                assert safe == diff.to_sql(safe=True)
                for needle in ("SET lock_timeout", "CREATE INDEX CONCURRENTLY ix_orders_total",
                               "CREATE UNIQUE INDEX CONCURRENTLY ix_customers_email",
                               "CHECK (channel IS NOT NULL) NOT VALID", "VALIDATE CONSTRAINT",
                               "TODO: BACKFILL", "-- SAFE: CONCURRENTLY builds the index"):
                    assert needle in safe, needle
                # The selected change's own safe steps, beside the whole plan.
                rows = explorer.locator(".schemanb-changes select option")
                labels = [" ".join(t.split()) for t in rows.all_text_contents()]
                pick = next(i for i, t in enumerate(labels) if "ix_orders_total" in t)
                explorer.locator(".schemanb-changes select").select_option(index=pick)
                selected = explorer.locator(".schemanb-safe-selected")
                selected.filter(has_text="CREATE INDEX CONCURRENTLY ix_orders_total").wait_for()
                assert "PostgreSQL" in explorer.text_content()
                explorer.locator(".schemanb-safe-selected").scroll_into_view_if_needed()
                explorer.evaluate(
                    "e => { e.scrollIntoView({block: 'start'});"
                    " const s = e.closest('.jp-WindowedPanel-outer, .jp-Notebook')"
                    " || document.scrollingElement; s.scrollBy(0, -70); }")
                page.wait_for_timeout(300)
                page.screenshot(path=str(shot), full_page=True)
                print(f"screenshot: {shot}")
            except Exception:
                page.screenshot(path=str(ARTIFACTS / "explorer-safe-sql-failed.png"))
                raise
        finally:
            browser.close()
