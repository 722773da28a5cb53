"""The documentation site in headless Chromium, opened from disk (issue 7).

Two sites are built once per module: the embedded sample (SQLite) and a small
in-memory schema whose names and comments hold ``<script>`` and
``<img onerror=...>``. Every page is opened from ``file://`` with every other
request routed to a failure (and recorded), console errors and page errors
collected, and ``window.__pwned`` / dialogs watched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import col, fk, schema, table

import schemanb
from schemanb.model import Routine, TableKey, Trigger, View
from schemanb.sample import build_sample, sample_tables

pytestmark = [pytest.mark.browser]

PWN_SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
PWN_IMG = '<img src=x onerror="window.__pwned=1;alert(2)">'


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("sample-site")
    url = build_sample(str(tmp / "shop.sqlite"), "dev")
    return schemanb.export_site(url, tmp / "site", title="Shop", progress=False, jobs=1)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile-site")
    parent = table(PWN_SCRIPT, col("id", nullable=False), col(PWN_IMG, "TEXT", comment=PWN_SCRIPT),
                   pk=("id",), comment=PWN_IMG)
    child = table("child", col("id", nullable=False), col("parent_id", comment=PWN_IMG,
                  default="'" + PWN_SCRIPT + "'"),
                  pk=("id",), fks=(fk("parent_id", PWN_SCRIPT),), comment=PWN_SCRIPT)
    view = View(name=PWN_IMG, definition="SELECT '" + PWN_SCRIPT + "'", comment=PWN_IMG,
                columns=(col(PWN_SCRIPT, "TEXT"),), depends_on=(TableKey(None, PWN_SCRIPT),))
    routine = Routine(name=PWN_SCRIPT, arguments=f'"{PWN_IMG}" text', returns="trigger",
                      language="plpgsql", definition=f"BEGIN -- </pre>{PWN_SCRIPT}{PWN_IMG}\nEND")
    trigger = Trigger(table="child", name=PWN_IMG, timing="AFTER", events=("INSERT",),
                      definition=f"EXECUTE FUNCTION {PWN_SCRIPT}()",
                      function=TableKey(None, PWN_SCRIPT))
    s = schema(parent, child, dialect="postgresql", views=(view,), routines=(routine,),
               triggers=(trigger,))
    return schemanb.export_site(s, tmp / "site", title=PWN_SCRIPT, progress=False, jobs=1)


class Watch:
    """What a page did that it must not: leave the machine, log errors, pop dialogs."""

    def __init__(self) -> None:
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture
def page(browser) -> Iterator[tuple[object, Watch]]:
    watch = Watch()
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            watch.external.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("requestfailed", lambda r: watch.errors.append(f"failed: {r.url}"))

    def dialog(d) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", dialog)
    yield pg, watch
    context.close()
    assert watch.external == [], "requests left the machine"
    assert watch.errors == [], "console errors"
    assert watch.dialogs == [], "a script ran"


def test_index_lists_every_table(sample_site, page) -> None:
    pg, _ = page
    pg.goto(sample_site.as_uri())
    links = pg.locator("main a[href^='tables/']")
    names = set(links.all_inner_texts())
    assert names == set(sample_tables("dev"))
    assert pg.title() == "Shop · Shop"


def test_search_for_a_column_leads_to_its_table_page(sample_site, page) -> None:
    pg, _ = page
    pg.goto(sample_site.as_uri())
    pg.fill("#sn-search-input", "tracking_number")
    first = pg.locator("#sn-search-results a").first
    assert "shipments.tracking_number" in first.inner_text()
    first.click()
    pg.wait_for_url("**/tables/shipments.html#c-tracking_number")
    assert pg.locator("h1").inner_text().endswith("shipments")
    assert pg.locator("tr#c-tracking_number").count() == 1


def test_search_works_from_a_table_page_and_with_enter(sample_site, page) -> None:
    pg, _ = page
    pg.goto((sample_site.parent / "tables" / "orders.html").as_uri())
    pg.fill("#sn-search-input", "warehouses")
    pg.press("#sn-search-input", "Enter")
    pg.wait_for_url("**/tables/warehouses.html")


def test_clicking_a_diagram_node_opens_that_tables_page(sample_site, page) -> None:
    pg, _ = page
    pg.goto((sample_site.parent / "tables" / "orders.html").as_uri())
    node = pg.locator("figure.sn-diagram svg a").filter(has_text="customers").first
    node.click()
    pg.wait_for_url("**/tables/customers.html*")
    assert pg.locator("h1").inner_text().endswith("customers")


def test_every_page_loads_without_errors_or_network(sample_site, page) -> None:
    pg, _ = page
    root = sample_site.parent
    for path in [root / "index.html", root / "views.html", root / "quality.html",
                 *sorted((root / "tables").glob("*.html"))]:
        pg.goto(path.as_uri())
        assert pg.locator("main h1").count() == 1, path


def test_hostile_names_and_comments_run_no_script(hostile_site, page) -> None:
    pg, watch = page
    root = hostile_site.parent
    pages = [root / "index.html", root / "views.html", root / "quality.html",
             root / "objects.html", *sorted((root / "tables").glob("*.html")),
             *sorted((root / "views").glob("*.html")), *sorted((root / "routines").glob("*.html"))]
    assert len(pages) == 8
    for path in pages:
        pg.goto(path.as_uri())
        pg.wait_for_load_state("load")
        assert pg.evaluate("window.__pwned === undefined"), path
        assert pg.locator("main img, main iframe").count() == 0, path
    pg.goto(hostile_site.as_uri())
    assert PWN_SCRIPT in pg.locator("main").inner_text()
    pg.fill("#sn-search-input", "onerror")
    assert pg.locator("#sn-search-results a").count() >= 1
    assert pg.evaluate("window.__pwned === undefined")
    assert watch.dialogs == []
