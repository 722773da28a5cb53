"""The site's pages of the newer objects in headless Chromium, opened from disk.

A site is built once from a hand-made PostgreSQL snapshot with row-level security
and policies, rules, an exclusion constraint, a collation, schemas with comments,
partitions two levels deep, inheritance, table options, column settings and an
event, whose names and comments hold ``<script>`` and ``<img onerror=...>``. Every
page is opened with every request off the machine refused; no script may run, no
dialog open, no error be logged. The search leads to a policy's row, and a
screenshot of the table page with the most on it is saved under ``test-artifacts/``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from objects_snapshot import mariadb_schema, security_schema

import schemanb
from schemanb import model

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
PWN_SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
PWN_IMG = '<img src=x onerror="window.__pwned=1;alert(2)">'


def _hostile() -> model.Schema:
    s = security_schema()
    return dataclasses.replace(
        s,
        policies=(*s.policies, model.Policy(table="doc", name=PWN_IMG, command="UPDATE",
                                            roles=(PWN_SCRIPT,), using=PWN_SCRIPT,
                                            comment=PWN_IMG)),
        rules=(*s.rules, model.Rule(table="booking", name=PWN_SCRIPT,
                                    definition=f"CREATE RULE x AS ON UPDATE TO booking DO ALSO NOTIFY {PWN_IMG}")),
        exclusion_constraints=(*s.exclusion_constraints, model.ExclusionConstraint(
            table="booking", name=PWN_IMG, definition=f"EXCLUDE USING gist ({PWN_SCRIPT} WITH &&)")),
        collations=(*s.collations, model.Collation(name=PWN_IMG, locale=PWN_SCRIPT)),
        namespaces=(*s.namespaces, model.Namespace(name=PWN_SCRIPT, comment=PWN_IMG)),
        routines=mariadb_schema().routines,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("objects-site") / "site"
    return schemanb.export_site(_hostile(), out, title="Secure", progress=False, jobs=1).parent


@pytest.fixture
def page(browser) -> Iterator[object]:
    """A laptop-sized page; every request off the machine refused and recorded."""
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            problems.append(f"request: {r.request.url}")
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))

    def dialog(d) -> None:
        problems.append(f"dialog: {d.message}")
        d.dismiss()

    pg.on("dialog", dialog)
    yield pg
    context.close()
    assert problems == []


def test_every_page_shows_its_objects_and_runs_no_script(site, page) -> None:
    pages = [site / "index.html", site / "objects.html", *sorted((site / "tables").glob("*.html")),
             *sorted((site / "views").glob("*.html")), *sorted((site / "routines").glob("*.html"))]
    assert len(pages) == 2 + 4 + 1 + 1
    for path in pages:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined"), path
        assert page.locator("main img, main iframe, main script").count() == 0, path
    page.goto((site / "tables" / "doc.html").as_uri())
    main = page.locator("main").inner_text()
    assert PWN_IMG in main and PWN_SCRIPT in main  # as text, where a reader sees it
    assert page.locator("section#row-security tr").count() == 1 + 3  # header and 3 policies
    page.goto((site / "tables" / "booking.html").as_uri())
    assert page.locator("section.sn-rules h3").count() == 2
    page.goto((site / "index.html").as_uri())
    assert PWN_IMG in page.locator("section#schemas").inner_text()


def test_search_leads_to_a_policy_row(site, page) -> None:
    page.goto((site / "index.html").as_uri())
    page.fill("#sn-search-input", "tenant_only")
    hit = page.locator("#sn-search-results a[data-kind='policy']").first
    assert "doc.tenant_only" in hit.inner_text()
    hit.click()
    page.wait_for_url("**/tables/doc.html#pol-*")
    assert page.locator("tr:target").inner_text().startswith("tenant_only")
    page.fill("#sn-search-input", "m2024_rest")
    sub = page.locator("#sn-search-results a[data-kind='partition']").first
    sub.click()
    page.wait_for_url("**/tables/measurement.html#p-*")
    assert page.locator("tr:target").inner_text().startswith("m2024_rest")


def test_screenshot_of_a_table_page_with_everything(site, page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for name in ("doc", "measurement"):
        page.goto((site / "tables" / f"{name}.html").as_uri())
        shot = ARTIFACTS / f"site-objects-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        print(f"screenshot: {shot}")
        # Nothing wider than the page, nor than its table's box: long names and
        # expressions wrap inside their cells (a policy's WITH CHECK stays in view).
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
        assert page.evaluate(
            "[...document.querySelectorAll('.sn-wrap .sn-scroll')]"
            ".every(b => b.scrollWidth <= b.clientWidth + 1)"), name
