"""The documentation site built from a hostile PostgreSQL schema (issue 7).

One site is built per module from a real database reached through a URL that
carries a password (trust auth accepts any), with a baseline snapshot and an
extra-metadata file, so one build exercises every page kind. The tests then read
the files: a page per table, escaping of every hostile name and comment, no
password anywhere, executed notebooks without errors.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sqlalchemy as sa
from dbutil import ThrowawayDB, server_unavailable
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES
from sqlalchemy.engine import make_url

import schemanb
from schemanb.site.context import build_slugs, column_anchor

PASSWORD = "Pw-s3cret-7Qz"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'


def _create_hostile_schema(engine: sa.Engine) -> None:
    md = sa.MetaData()
    sa.Table("customers", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("email", sa.String(200), nullable=False, comment=IMG),
             comment=SCRIPT)
    for i, name in enumerate(sorted(HOSTILE_NAMES.values())):
        cols = [sa.Column("id", sa.Integer, primary_key=True),
                sa.Column(name, sa.Text, comment=HOSTILE_COMMENTS[sorted(HOSTILE_COMMENTS)[i % 5]],
                          server_default=SCRIPT),
                sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"))]
        sa.Table(name, md, *cols, comment=IMG if i % 2 else SCRIPT)
    sa.Table("orders", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("customer_ref", sa.Integer), sa.Column("status", sa.String(20)))
    md.create_all(engine)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> dict:
    reason = server_unavailable("postgresql")
    if reason:
        pytest.skip(f"postgresql unavailable: {reason}")
    tmp = tmp_path_factory.mktemp("site")
    db = ThrowawayDB.create("postgresql", tmp)
    url = make_url(db.url).set(password=PASSWORD).render_as_string(hide_password=False)
    try:
        engine = sa.create_engine(url)
        _create_hostile_schema(engine)
        baseline = schemanb.inspect(url).save(tmp / "baseline.json")
        engine.dispose()
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE orders ADD COLUMN note TEXT")
            # A view named and defined with markup; quoted and literal-bound by SQLAlchemy.
            prep = engine.dialect.identifier_preparer
            body = sa.select(sa.literal(SCRIPT).label("x"))
            sql = str(body.compile(engine, compile_kwargs={"literal_binds": True}))
            conn.exec_driver_sql(f"CREATE VIEW {prep.quote(IMG)} AS {sql}")
        engine.dispose()
        meta = tmp / "meta.toml"
        meta.write_text(
            '[tables.orders]\ncomment = "from the <b>file</b>"\n'
            '[tables.orders.columns]\nstatus = "new or paid"\n'
            '[[relations]]\ntable = "orders"\ncolumns = ["customer_ref"]\n'
            'referred_table = "customers"\n'
            '[[groups]]\nname = "Sales <i>team</i>"\ntables = ["orders", "customers"]\n',
            encoding="utf-8",
        )
        out = tmp / "out"
        index = schemanb.export_site(url, out, baseline=baseline, metadata_file=meta,
                                     progress=False, chunk_size=4)
        schema = schemanb.load(out / "notebooks" / "snapshot.json")
        yield {"out": out, "index": index, "schema": schema, "url": url}
    finally:
        db.drop()


def _files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.is_file()]


def test_every_table_has_a_page_linked_from_the_index(site) -> None:
    out, schema = site["out"], site["schema"]
    assert site["index"] == out / "index.html"
    slugs = build_slugs(t.key for t in schema.tables)
    assert len(schema.tables) == len(HOSTILE_NAMES) + 2
    index = (out / "index.html").read_text(encoding="utf-8")
    for table in schema.tables:
        page = out / "tables" / f"{slugs[table.key]}.html"
        assert page.is_file(), table.name
        assert f'href="tables/{slugs[table.key]}.html"' in index
    assert sorted(p.name for p in (out / "tables").iterdir()) == sorted(
        f"{s}.html" for s in slugs.values())
    for name in ("quality.html", "views.html", "changes.html"):
        assert (out / name).is_file()


def test_the_password_is_in_no_output_file(site) -> None:
    assert PASSWORD in site["url"]
    files = _files(site["out"])
    assert len(files) > 15
    for path in files:
        data = path.read_bytes()
        assert PASSWORD.encode() not in data, path
        assert PASSWORD.lower().encode() not in data.lower(), path


class _Markup(HTMLParser):
    """Every element, attribute and text node of a page, as the browser parses it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Markup:
    parser = _Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_database_text_is_escaped_everywhere(site) -> None:
    pages = list(site["out"].rglob("*.html"))
    assert len(pages) >= len(site["schema"].tables) + 4
    for path in pages:
        markup = _parse(path)
        tags = {tag for tag, _ in markup.tags}
        assert not tags & {"img", "iframe", "object", "embed", "b", "i"}, path
        scripts = [attrs.get("src") for tag, attrs in markup.tags if tag == "script"]
        prefix = "../" if path.parent.name in ("tables", "views", "routines") else ""
        assert scripts == [f"{prefix}assets/search-index.js", f"{prefix}assets/schemanb.js"], path
        handlers = [(t, a) for t, a in markup.tags for name in a if name.startswith("on")]
        assert handlers == [], path
        hrefs = [v for _, a in markup.tags for k, v in a.items() if k.endswith("href") and v]
        assert not [h for h in hrefs if re.match(r"^[a-z][a-z0-9+.-]*:", h)], path
    customers = _parse(site["out"] / "tables" / "customers.html")
    text = "".join(customers.text)
    assert SCRIPT in text and IMG in text  # shown to the reader, as text


def test_search_index_has_every_table_and_column_and_cannot_close_a_script(site) -> None:
    text = (site["out"] / "assets" / "search-index.js").read_text(encoding="ascii")
    assert "<" not in text and text.startswith("window.SCHEMANB_SEARCH = ")
    data = json.loads(text[len("window.SCHEMANB_SEARCH = "):].rstrip().rstrip(";"))
    labels = {e[1] for e in data["entries"]}
    schema = site["schema"]
    for t in schema.tables:
        assert str(t.key) in labels
        for c in t.columns:
            assert f"{t.key}.{c.name}" in labels
    email = next(e for e in data["entries"] if e[1] == "customers.email")
    assert email[3] == f"tables/customers.html#{column_anchor('email')}"


def test_table_page_shows_keys_references_and_metadata(site) -> None:
    out = site["out"]
    orders = (out / "tables" / "orders.html").read_text(encoding="utf-8")
    assert "from the &lt;b&gt;file&lt;/b&gt;" in orders
    assert "new or paid" in orders and "from metadata file" in orders
    assert 'href="../tables/customers.html"' in orders
    customers = (out / "tables" / "customers.html").read_text(encoding="utf-8")
    assert "Referenced by" in customers
    assert customers.count('href="../tables/orders.html"') >= 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Sales &lt;i&gt;team&lt;/i&gt;" in index
    group = index.split("Sales &lt;i&gt;team&lt;/i&gt;", 1)[1].split("</section>", 1)[0]
    assert 'class="sn-diagram sn-group-diagram"><svg' in group
    assert 'xlink:href="tables/orders.html"' in group


def test_diagram_nodes_link_to_table_pages(site) -> None:
    customers = (site["out"] / "tables" / "customers.html").read_text(encoding="utf-8")
    assert "<svg" in customers
    hrefs = set(re.findall(r'xlink:href="([^"]+)"', customers))
    assert "../tables/orders.html" in hrefs
    assert not [h for h in hrefs if "snlink:" in h or not h.startswith(("../tables/", "#"))]


def test_changes_page_lists_the_drift_with_sql(site) -> None:
    changes = (site["out"] / "changes.html").read_text(encoding="utf-8")
    assert "orders.note" in changes
    assert "ALTER TABLE orders ADD COLUMN note TEXT" in changes


def test_executed_notebooks_have_no_errors_and_only_file_parameters(site) -> None:
    nb_dir = site["out"] / "notebooks"
    names = sorted(p.name for p in nb_dir.glob("*.ipynb"))
    assert names == ["changes.ipynb", "index.ipynb", "quality.ipynb", "table-1.ipynb",
                     "table-2.ipynb", "table-3.ipynb", "views.ipynb"]
    for path in nb_dir.glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error"], path
        injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
        assert len(injected) == 1
        assert "snapshot = 'snapshot.json'" in "".join(injected[0]["source"])
        assert "://" not in "".join(injected[0]["source"])
