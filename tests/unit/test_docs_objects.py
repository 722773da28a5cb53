"""The site's fragments, its search index, the Markdown docs, the frames and the notebook
displays show every kind of object the snapshot holds (policies and row security,
rules, exclusion constraints, collations, schemas and their comments, nested
partitions, inheritance, table options, column settings, serial columns, materialized
view indexes; MariaDB sequences, INVISIBLE columns, system versioning, events, client
character sets, table options), and every name and comment in them, hostile ones
included, arrives as text (pure: snapshots built in memory)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from objects_snapshot import EVIL, mariadb_schema, security_schema

from schemanb import frames
from schemanb.display import render_schema_html, render_table_html
from schemanb.markdown import build_docs
from schemanb.markdown.text import md_code
from schemanb.model import TableKey
from schemanb.site.context import SiteContext, column_anchor, partition_anchor
from schemanb.site.pages import (
    render_index,
    render_objects,
    render_routine,
    render_table,
    render_view,
)
from schemanb.site.search import build_search_entries

DOC, BOOKING, HEIR, MEASUREMENT = (TableKey(None, n) for n in ("doc", "booking", "doc_archive",
                                                                 "measurement"))


_BLOCKS = frozenset({"td", "th", "dt", "dd", "div", "p", "li", "h1", "h2", "h3", "pre", "tr"})


class _Text(HTMLParser):
    """The text of a fragment, and the tags and ids it opens."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids |= {str(v) for k, v in attrs if k == "id"}
        if tag in _BLOCKS:
            self.text.append(" ")  # cells and lines read apart

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def _text(html: str) -> str:
    return " ".join("".join(_parse(html).text).split())


def _safe(html: str) -> None:
    """No database text became markup: no script tag, no live ``<`` of EVIL."""
    assert "script" not in _parse(html).tags
    assert EVIL not in html and "&lt;script&gt;" in html


@pytest.fixture
def pg() -> SiteContext:
    return SiteContext(schema=security_schema(), title="t")


@pytest.fixture
def maria() -> SiteContext:
    return SiteContext(schema=mariadb_schema(), title="t")


# ------------------------------------------------------------------------- the site


def test_table_page_shows_row_security_policies_options_and_column_settings(pg) -> None:
    page = render_table(pg, DOC)
    _safe(page)
    text = _text(page)
    assert "Row-level security enabled, forced" in text
    assert f"pol {EVIL}" in text and "owner = CURRENT_USER" in text and f"only {EVIL} own" in text
    assert "tenant_only restrictive INSERT app, reader" in text and "tenant IN (1, 2)" in text
    assert "UNLOGGED · WITH (fillfactor=70) · CLUSTER ON" in text and '"ix <script>""x""' in text
    assert "SET STATISTICS 1000 SET STORAGE MAIN" in text
    assert f"COLLATE co {EVIL}" in text and "serial" in text  # id: INTEGER, generated
    co_href = f"../objects.html#co-{column_anchor(f'co {EVIL}')}"
    assert f'href="{co_href}"' in page
    assert f"pol-{column_anchor(f'pol {EVIL}')}" in _parse(page).ids
    assert "Inherited by doc_archive" in text and 'href="../tables/doc_archive.html"' in page


def test_heir_page_names_its_parent_and_what_it_inherits(pg) -> None:
    text = _text(render_table(pg, HEIR))
    assert "Inherits from doc" in text
    assert text.count("inherited") == 4  # three columns and the CHECK


def test_rules_and_exclusion_constraints_on_the_table_page(pg) -> None:
    page = render_table(pg, BOOKING)
    _safe(page)
    text = _text(page)
    assert f"exclusion ex {EVIL} EXCLUDE USING gist (during WITH &&)" in text
    assert f"rule {EVIL} disabled" in text and "DO INSTEAD NOTHING" in text
    ids = _parse(page).ids
    assert {f"ex-{column_anchor(f'ex {EVIL}')}", f"rule-{column_anchor(f'rule {EVIL}')}"} <= ids


def test_partitions_at_every_level_with_what_each_owns(pg) -> None:
    page = render_table(pg, MEASUREMENT)
    _safe(page)
    text = _text(page)
    assert "2 partitions (4 with their sub-partitions)" in text
    assert "m2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') LIST (region) index m2024_region" in text
    assert f"m2024 {EVIL} FOR VALUES IN ('eu')" in text and "m2024_rest DEFAULT" in text
    assert "sales.m2025" in text and f"check peak {EVIL} peak < 60" in text
    part = security_schema().table_map[MEASUREMENT].partitioning.partitions[0].partitioning.partitions[0]
    assert partition_anchor(part) in _parse(page).ids
    assert 'class="sn-depth-1"' in page


def test_materialized_view_index_is_shown_clustered(pg) -> None:
    text = _text(render_view(pg, TableKey(None, "totals")))
    assert "totals_region region yes CLUSTER" in text


def test_objects_page_lists_collations_sequences_and_the_index_every_schema(pg) -> None:
    objects = render_objects(pg)
    _safe(objects)
    text = _text(objects)
    assert f"co {EVIL} icu und-u-ks-level2 no" in text
    assert f"sales.ticket_no 100 5 20 yes tickets {EVIL}" in text
    index = render_index(pg)
    _safe(index)
    text = _text(index)
    assert f"public (default) 4 1 12 0 the app's {EVIL}" in text
    assert "archive 0 0 0 0" in text and f"sales 0 0 0 0 orders & {EVIL}" in text
    assert "Collations 1" in text and "Policies 2" in text


def test_mariadb_options_invisible_columns_versioning_and_events(maria) -> None:
    account = render_table(maria, TableKey(None, "account"))
    _safe(account)
    text = _text(account)
    assert "DEFAULT CHARSET=latin1 · COLLATE=latin1_swedish_ci · ROW_FORMAT=COMPRESSED" in text
    assert f"audit {EVIL}" in text and "INVISIBLE" in text and "AUTO_INCREMENT" in text
    assert "Created under character_set_client=latin1, collation_connection=latin1_swedish_ci" in text
    price = _text(render_table(maria, TableKey(None, "price")))
    assert "WITH SYSTEM VERSIONING" in price
    assert "GENERATED ALWAYS AS ROW START" in price and "GENERATED ALWAYS AS ROW END" in price
    objects = render_objects(maria)
    _safe(objects)
    text = _text(objects)
    assert 'id="events"' in objects and 'id="routines"' not in objects  # an event is no routine
    assert f"CREATE EVENT `purge {EVIL}` ON SCHEDULE EVERY 1 DAY" in text
    assert f"seq {EVIL} 100 5 20 yes" in text
    (event,) = maria.schema.routines
    page = render_routine(maria, event)
    _safe(page)
    text = _text(page)
    assert text.startswith(f"event purge {EVIL} CREATE EVENT") and "character_set_client latin1" in text
    assert "header" not in text  # the schedule is shown once, as the signature


def test_search_index_has_the_new_objects_at_their_rows(pg, maria) -> None:
    entries = {(e[0], e[1]): e[3] for e in build_search_entries(pg) + build_search_entries(maria)}
    assert entries["policy", f"doc.pol {EVIL}"] == f"tables/doc.html#pol-{column_anchor(f'pol {EVIL}')}"
    assert entries["rule", f"booking.rule {EVIL}"].startswith("tables/booking.html#rule-")
    assert entries["exclusion", f"booking.ex {EVIL}"].startswith("tables/booking.html#ex-")
    assert entries["collation", f"co {EVIL}"] == f"objects.html#co-{column_anchor(f'co {EVIL}')}"
    assert entries["schema", "sales"] == "index.html#s-sales"
    assert entries["schema", "public (default)"].startswith("index.html#s-public")
    assert entries["partition", f"m2024 {EVIL}"].startswith("tables/measurement.html#p-")
    assert entries["partition", "sales.m2025"].startswith("tables/measurement.html#p-")
    assert entries["event", f"purge {EVIL}"].startswith("routines/")
    assert entries["sequence", f"seq {EVIL}"].startswith("objects.html#sq-")


# ----------------------------------------------------------------------- Markdown


def _outside_code(text: str) -> str:
    body = re.sub(r"```\w*\n.*?```\n", "", text, flags=re.S)
    return re.sub(r"(`+)(?:(?!\1).)*?\1", "", body).replace("<br>", "").replace(
        "<!-- generated by schemanb docs --format markdown; do not edit by hand -->", "")


def test_markdown_shows_the_same_objects_plainly() -> None:
    files = build_docs(security_schema(), findings=[])
    for text in files.values():
        assert "<" not in _outside_code(text)  # database text is code or an entity
    doc = files["tables/doc.md"]
    assert "Row-level security enabled, forced (the table's owner too)." in doc
    cluster = md_code('CLUSTER ON "ix ' + EVIL.replace('"', '""') + '"')
    assert f"Options: `UNLOGGED`, `WITH (fillfactor=70)`, {cluster}." in doc
    assert "| settings |" in doc and "`SET STATISTICS 1000`, `SET STORAGE MAIN`" in doc
    quoted = EVIL.replace('"', '""')
    assert md_code(f'COLLATE "co {quoted}"', cell=True) in doc and "| `serial` |" in doc
    assert "## Policies" in doc and md_code(f"pol {EVIL}", cell=True) in doc
    assert "Inherited by [`doc_archive`](doc_archive.md)." in doc
    heir = files["tables/doc_archive.md"]
    assert "Inherits from [`doc`](doc.md)." in heir and heir.count("inherited") == 4
    booking = files["tables/booking.md"]
    assert "## Exclusion constraints" in booking and "`EXCLUDE USING gist (during WITH &&)`" in booking
    assert f"### Rule {md_code(f'rule {EVIL}')} (disabled)" in booking
    measurement = files["tables/measurement.md"]
    assert f"| {md_code(f'm2024 {EVIL}', cell=True)} | `m2024` | `FOR VALUES IN ('eu')` |" in measurement
    assert "| `sales.m2025` | `measurement` |" in measurement and "index `m2024_region`" in measurement
    assert "| `totals_region` | `region` | yes | `CLUSTER` |" in files["views/totals.md"]
    readme = files["README.md"]
    assert "## Schemas" in readme and "| `public` (default) | 4 | 1 | the app's &lt;script&gt;" in readme
    assert "orders &amp; &lt;script&gt;" in readme and "see [objects.md](objects.md)" in readme
    objects = files["objects.md"]
    assert "## Collations" in objects and "## Sequences" in objects
    assert f"| {md_code(f'co {EVIL}', cell=True)} | icu | `und-u-ks-level2` | no |" in objects


def test_markdown_of_mariadb_objects() -> None:
    files = build_docs(mariadb_schema(), findings=[])
    account = files["tables/account.md"]
    assert "Options: `DEFAULT CHARSET=latin1`, `COLLATE=latin1_swedish_ci`, `ROW_FORMAT=COMPRESSED`." in account
    assert "| `INVISIBLE` |" in account and "| `AUTO_INCREMENT` |" in account
    price = files["tables/price.md"]
    assert "Options: `WITH SYSTEM VERSIONING`." in price and "`GENERATED ALWAYS AS ROW END`" in price
    objects = files["objects.md"]
    assert "## Events" in objects and "## Routines" not in objects
    assert f"CREATE EVENT `purge {EVIL}` ON SCHEDULE EVERY 1 DAY" in objects
    assert "DO DELETE FROM account WHERE id < 0" in objects
    assert "Created under `character_set_client=latin1`, `collation_connection=latin1_swedish_ci`." in objects
    assert "1 event, 1 trigger, 1 sequence: see [objects.md](objects.md)." in files["README.md"]
    for text in files.values():
        assert "<" not in _outside_code(text)


# ------------------------------------------------------------------ frames, displays


def test_frames_hold_the_new_objects() -> None:
    f = frames.frames(security_schema())
    tables = f["tables"].set_index("table")
    assert tables.loc["doc", "options"].startswith('UNLOGGED, WITH (fillfactor=70), CLUSTER ON "ix <')
    assert tables.loc["doc", "row_security"] == "enabled, forced"
    assert tables.loc["doc_archive", "inherits"] == "doc"
    columns = f["columns"]
    tenant = columns[(columns["table"] == "doc") & (columns["column"] == "tenant")].iloc[0]
    assert tenant["settings"] == "SET STATISTICS 1000, SET STORAGE MAIN"
    assert columns[columns["table"] == "doc_archive"]["inherited"].tolist() == [True, True, True, False]
    assert f["indexes"].set_index("index").loc["totals_region", "settings"] == "CLUSTER"
    exclusion = f["constraints"][f["constraints"]["kind"] == "exclusion"].iloc[0]
    assert (exclusion["table"], exclusion["name"]) == ("booking", f"ex {EVIL}")
    parts = f["partitions"]
    assert parts[["table", "partition"]].values.tolist() == [
        ["measurement", "m2024"], ["measurement", "m2025"], ["m2024", f"m2024 {EVIL}"],
        ["m2024", "m2024_rest"]]
    assert f["policies"]["policy"].tolist() == [f"pol {EVIL}", "tenant_only"]
    assert f["policies"]["roles"].tolist() == ["PUBLIC", "app, reader"]
    assert f["rules"][["rule", "enabled"]].values.tolist() == [[f"rule {EVIL}", False]]
    assert f["collations"][["collation", "provider", "deterministic"]].values.tolist() == [
        [f"co {EVIL}", "icu", False]]
    assert f["schemas"]["comment"].fillna("").tolist() == [f"the app's {EVIL}", "", f"orders & {EVIL}"]
    assert f["schemas"]["schema"].isna().tolist() == [True, False, False]  # the default schema
    assert f["sequences"][["cache", "comment"]].values.tolist() == [[20, f"tickets {EVIL}"]]
    maria = frames.frames(mariadb_schema())
    assert maria["tables"].set_index("table").loc["price", "options"] == "WITH SYSTEM VERSIONING"
    assert maria["routines"]["kind"].tolist() == ["event"]
    assert "character_set_client=latin1" in maria["triggers"]["options"].iloc[0]


def test_notebook_displays_show_them_escaped() -> None:
    s = security_schema()
    html = render_table_html(s.table("doc"), s)
    _safe(html)
    text = _text(html)
    assert f"policy pol {EVIL} (permissive for SELECT to PUBLIC)" in text
    assert "row-level security enabled, forced" in text and "options: UNLOGGED" in text
    assert f"COLLATE co {EVIL}" in text and "SET STATISTICS 1000" in text and "serial" in text
    booking = _text(render_table_html(s.table("booking"), s))
    assert f"exclusion ex {EVIL}" in booking and f"rule rule {EVIL} (disabled)" in booking
    measurement = _text(render_table_html(s.table("measurement"), s))
    assert f"partition m2024 {EVIL} FOR VALUES IN ('eu')" in measurement
    counts = _text(render_schema_html(s))
    assert "2 policies" in counts and "1 rules" in counts and "1 collations" in counts
    assert "1 events" in _text(render_schema_html(mariadb_schema()))
