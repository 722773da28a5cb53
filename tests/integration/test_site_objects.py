"""The site's pages for the objects beyond tables, built from a hand-made hostile snapshot.

One build per module (the notebooks really run). Checks: a page per view and per
routine, triggers and partitions on table pages, the objects page, navigation and
search entries for all of them, every relative link (and its #anchor) resolves,
and database text is text (markup, quotes, ampersands) everywhere.
"""

from __future__ import annotations

import json
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from objects_snapshot import EVIL, EVIL_BODY, objects_schema

import schemanb
from schemanb.site.context import SiteContext


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.ids: set[str] = set()
        self._pre = 0
        self.pres: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if dict(attrs).get("id"):
            self.ids.add(str(dict(attrs)["id"]))
        if tag == "pre":
            self._pre += 1
            self.pres.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._pre:
            self.pres[-1] += data


def _parse(path: Path) -> _Markup:
    parser = _Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("objects-site") / "out"
    schemanb.export_site(objects_schema(), out, progress=False, title=f"Shop {EVIL}")
    ctx = SiteContext(schema=schemanb.load(out / "notebooks" / "snapshot.json"), title="x")
    return {"out": out, "ctx": ctx}


def test_a_page_per_view_and_per_routine_and_the_objects_page(site) -> None:
    out, ctx = site["out"], site["ctx"]
    views = sorted(p.name for p in (out / "views").glob("*.html"))
    assert views == sorted(f"{s}.html" for s in ctx.view_slugs.values()) and len(views) == 3
    routines = sorted(p.name for p in (out / "routines").glob("*.html"))
    assert len(routines) == 4  # the two overloads of total() have a page each
    assert (out / "objects.html").is_file() and (out / "views.html").is_file()
    for page in ("index.html", "objects.html", f"views/{views[0]}", f"routines/{routines[0]}"):
        hrefs = [a.get("href") for t, a in _parse(out / page).tags if t == "a"]
        root = "../" if "/" in page else ""
        assert f"{root}views.html" in hrefs and f"{root}objects.html" in hrefs, page


def test_every_relative_link_and_anchor_resolves(site) -> None:
    out = site["out"]
    pages = list(out.rglob("*.html"))
    assert len(pages) >= 3 + 3 + 4 + 4  # tables, views, routines, index/views/objects/quality
    parsed = {p.resolve(): _parse(p) for p in pages}
    checked = 0
    for path in pages:
        for tag, attrs in parsed[path.resolve()].tags:
            href = attrs.get("href") or attrs.get("xlink:href")
            if tag not in ("a", "link") or not href or href.startswith(("http", "mailto")):
                continue
            assert not href.startswith(("javascript:", "snlink:")), (path, href)
            target, _, frag = href.partition("#")
            dest = (path.parent / urllib.parse.unquote(target)).resolve() if target else path.resolve()
            assert dest.exists(), (path.relative_to(out), href)
            if frag and dest.suffix == ".html":
                assert urllib.parse.unquote(frag) in parsed[dest].ids, (path.relative_to(out), href)
            checked += 1
    assert checked > 50


def test_database_text_is_escaped_on_the_new_pages(site) -> None:
    out, ctx = site["out"], site["ctx"]
    for path in [*out.glob("views/*.html"), *out.glob("routines/*.html"), out / "objects.html",
                 *out.glob("tables/*.html")]:
        markup = _parse(path)
        scripts = [a.get("src") for t, a in markup.tags if t == "script"]
        assert scripts == ["../assets/search-index.js", "../assets/schemanb.js"] or (
            path.name == "objects.html"
            and scripts == ["assets/search-index.js", "assets/schemanb.js"]), path
        assert not [a for _, a in markup.tags for k in a if k.startswith("on")], path
    evil_view = next(v for v in ctx.schema.views if v.name == f"v {EVIL}")
    page = _parse(out / "views" / f"{ctx.view_slugs[evil_view.key]}.html")
    text = "".join(page.text)
    assert f"v {EVIL}" in text and evil_view.definition in page.pres
    audit = next(r for r in ctx.schema.routines if r.name == "audit")
    body = _parse(out / ctx.routine_page(audit))
    assert EVIL_BODY in body.pres and "audit() RETURNS trigger" in body.pres
    objects = "".join(_parse(out / "objects.html").text)
    for expected in (f"t {EVIL}", f"ck {EVIL}", "VALUE LIKE '%@%'", "pgcrypto", "1.3"):
        assert expected in objects


def test_view_page_links_what_it_reads_and_its_columns(site) -> None:
    out, ctx = site["out"], site["ctx"]
    big = (out / "views" / "big_orders.html").read_text(encoding="utf-8")
    assert 'href="../tables/orders.html"' in big and 'href="../tables/users.html"' in big
    assert 'href="../tables/users.html#c-email"' in big  # depends_on_columns
    assert "Used by" in big and "<svg" in big and "orders &amp; their &lt;users&gt;" in big
    totals = next(v for v in ctx.schema.views if v.name == "totals")
    assert "materialized view" in (out / "views" / f"{ctx.view_slugs[totals.key]}.html").read_text()


def test_table_page_lists_partitions_triggers_and_views(site) -> None:
    out = site["out"]
    orders = _parse(out / "tables" / "orders.html")
    text = "".join(orders.text)
    assert "Partitioned by" in text and "RANGE (placed)" in text and "orders_2024" in text
    assert "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" in text
    assert "orders_audit" in text and "INSERT OR UPDATE OF user_id, placed" in text
    hrefs = [a.get("href") for t, a in orders.tags if t == "a"]
    assert any(h and h.startswith("../routines/audit") for h in hrefs)  # the trigger's function
    assert "../views/big_orders.html" in hrefs  # used by


def test_search_index_has_the_new_objects(site) -> None:
    text = (site["out"] / "assets" / "search-index.js").read_text(encoding="ascii")
    assert "<" not in text
    data = json.loads(text[len("window.SCHEMANB_SEARCH = "):].rstrip().rstrip(";"))
    kinds = {e[0] for e in data["entries"]}
    assert {"view", "materialized view", "trigger", "partition", "routine", "domain", "type",
            "extension"} <= kinds
    labels = {e[1]: e[3] for e in data["entries"]}
    assert labels["big_orders"] == "views/big_orders.html"
    assert labels["total(a integer, b integer)"].startswith("routines/")
    assert labels["orders.orders_audit"].startswith("tables/orders.html#tr-")


def test_index_counts_the_objects_and_links_the_objects_page(site) -> None:
    html = (site["out"] / "index.html").read_text(encoding="utf-8")
    for fact in ('<dt>Views</dt><dd><a href="views.html">3</a></dd>',
                 '<dt>Partitioned tables</dt><dd><a href="objects.html#partitioned">1</a></dd>',
                 '<dt>Triggers</dt><dd><a href="objects.html#triggers">2</a></dd>',
                 '<dt>Routines</dt><dd><a href="objects.html#routines">4</a></dd>',
                 '<dt>Domains</dt><dd><a href="objects.html#domains">1</a></dd>',
                 '<dt>Composite types</dt><dd><a href="objects.html#types">1</a></dd>',
                 '<dt>Extensions</dt><dd><a href="objects.html#extensions">pgcrypto</a></dd>'):
        assert fact in html, fact
    assert "<dt>Sequences</dt>" not in html  # none: no line
