"""The site and the Markdown docs of real PostgreSQL and MariaDB databases that hold
each newer kind of object: what the server reports reaches the pages, as text.

One PostgreSQL database (row-level security and policies, rules, an exclusion
constraint, collations, schemas with comments and the default schema's own, two
levels of partitions owning an index and a CHECK, inheritance, UNLOGGED and storage
parameters, CLUSTER ON, column settings, a serial column, a materialized view's
clustered index) and one MariaDB database (sequences, INVISIBLE columns, a
system-versioned table, events, an event created under latin1, table options) are
read once each; the site is built by its notebooks, the Markdown in memory.
Names hold ``<`` and ``>``, so that markup would show if anything were not escaped.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dbutil import ThrowawayDB, make_db

import schemanb
from schemanb.markdown import build_docs

pytestmark = pytest.mark.server

POSTGRESQL = """
CREATE EXTENSION IF NOT EXISTS btree_gist;
COMMENT ON SCHEMA public IS 'The application''s own <tables>';
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Orders & what they <hold>';
CREATE SCHEMA archive;
CREATE COLLATION "case <insensitive>" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE doc (id SERIAL PRIMARY KEY, owner TEXT NOT NULL COLLATE "case <insensitive>",
  published BOOLEAN NOT NULL DEFAULT false, tenant INTEGER);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant; <only>" ON doc AS RESTRICTIVE FOR INSERT WITH CHECK (tenant IN (1, 2, 3));
CREATE POLICY published ON doc FOR SELECT USING (published OR owner = 'admin');
COMMENT ON POLICY published ON doc IS 'published docs, and the <admin>''s';
CREATE TABLE payment (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE TABLE payment_old (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE RULE "no <delete>" AS ON DELETE TO payment DO INSTEAD NOTHING;
ALTER TABLE payment DISABLE RULE "no <delete>";
CREATE TABLE booking (id INTEGER PRIMARY KEY, room INTEGER NOT NULL, during TSRANGE NOT NULL,
  CONSTRAINT "no <overlap>" EXCLUDE USING gist (room WITH =, during WITH &&));
CREATE TABLE measurement (region TEXT NOT NULL, logdate DATE NOT NULL, peak INTEGER)
  PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2024 PARTITION OF measurement
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE "measurement_2024 <eu>" PARTITION OF measurement_2024 FOR VALUES IN ('eu', 'uk');
CREATE TABLE measurement_2024_rest PARTITION OF measurement_2024 DEFAULT;
CREATE INDEX measurement_2024_region ON measurement_2024 (region);
CREATE TABLE sales.measurement_2025 PARTITION OF measurement
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE sales.measurement_2025 ADD CONSTRAINT "peak <60>" CHECK (peak < 60);
CREATE TABLE invoice (invoice_id INTEGER NOT NULL, amount NUMERIC(5, 2) NOT NULL DEFAULT 0);
CREATE TABLE invoice_audited (note TEXT) INHERITS (invoice);
CREATE UNLOGGED TABLE "Scratch <pad>" (n INTEGER, body TEXT, state_group BIGINT) WITH (fillfactor = 80);
ALTER TABLE "Scratch <pad>" ALTER COLUMN state_group SET (n_distinct=-0.05);
ALTER TABLE "Scratch <pad>" ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE "Scratch <pad>" ALTER COLUMN n SET STATISTICS 1000;
CREATE TABLE kept (id INTEGER PRIMARY KEY, placed DATE);
CREATE INDEX "kept <placed>" ON kept (placed);
ALTER TABLE kept CLUSTER ON "kept <placed>";
CREATE SEQUENCE sales."ticket <no>" START WITH 100 INCREMENT BY 5 CACHE 20 CYCLE;
COMMENT ON SEQUENCE sales."ticket <no>" IS 'tickets & <more>';
CREATE MATERIALIZED VIEW totals AS SELECT region, sum(peak) AS total FROM measurement GROUP BY region;
CREATE UNIQUE INDEX totals_region ON totals (region);
ALTER MATERIALIZED VIEW totals CLUSTER ON totals_region;
"""

MARIADB = [
    "CREATE SEQUENCE `ticket <no>` START WITH 100 INCREMENT BY 5 CACHE 20 CYCLE",
    "CREATE TABLE account (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(40),"
    " `audit <who>` INT UNSIGNED INVISIBLE COMMENT 'who <did>')",
    "CREATE TABLE contract (id INT PRIMARY KEY, valid_from TIMESTAMP(6) GENERATED ALWAYS AS ROW START,"
    " valid_to TIMESTAMP(6) GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (valid_from, valid_to))"
    " WITH SYSTEM VERSIONING",
    "CREATE TABLE film (id INT PRIMARY KEY) ROW_FORMAT=COMPRESSED DEFAULT CHARSET=latin1",
    "CREATE EVENT `nightly <report>` ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 01:00:00'"
    " COMMENT 'keep a <week>' DO DELETE FROM account WHERE id < 0",
    "SET NAMES latin1",
    "CREATE EVENT note_purge ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 03:00:00'"
    " DO DELETE FROM film WHERE id < 0",
]


def _built(db: ThrowawayDB, out: Path) -> dict[str, Any]:
    db.engine.dispose()
    snapshot = schemanb.inspect(db.url)
    schemanb.export_site(snapshot, out / "site", progress=False, jobs=1)
    return {"schema": snapshot, "site": out / "site", "md": build_docs(snapshot, findings=[])}


@pytest.fixture(scope="module")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("pg-objects")
    for db in make_db("postgresql", tmp):
        with db.engine.begin() as conn:
            conn.connection.cursor().execute(POSTGRESQL)
        yield _built(db, tmp)


@pytest.fixture(scope="module")
def maria(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("maria-objects")
    for db in make_db("mariadb", tmp):
        with db.engine.begin() as conn:
            if not conn.exec_driver_sql("SELECT VERSION()").scalar().lower().count("mariadb"):
                pytest.skip("MariaDB's own objects need a MariaDB server")
        with db.engine.connect() as conn:  # one session: SET NAMES holds for the last event
            for statement in MARIADB:
                conn.exec_driver_sql(statement)
        yield _built(db, tmp)


def _page(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def _text(html: str) -> str:
    """The page's text, tags out and entities decoded (what a reader sees)."""
    import html as html_lib
    import re

    text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())
    return re.sub(r" ([,.])", r"\1", text)


def _escaped(html: str, *names: str) -> None:
    for name in names:
        assert name not in html, name  # never markup
        assert name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html, name


def _slug(site: Path, folder: str, start: str) -> str:
    (path,) = [p for p in (site / folder).glob("*.html") if p.name.startswith(start)]
    return f"{folder}/{path.name}"


def test_postgresql_table_pages(pg: dict[str, Any]) -> None:
    site = pg["site"]
    doc = _page(site, "tables/doc.html")
    _escaped(doc, "<insensitive>", "<only>", "<admin>")
    text = _text(doc)
    assert "Row-level security enabled, forced" in text
    assert "tenant; <only> restrictive INSERT PUBLIC" in text
    assert "published docs, and the <admin>'s" in text and "serial" in text
    assert 'COLLATE case <insensitive>' in text
    booking = _text(_page(site, "tables/booking.html"))
    assert "exclusion no <overlap> EXCLUDE USING gist (room WITH =, during WITH &&)" in booking
    payment = _page(site, "tables/payment.html")
    _escaped(payment, "<delete>")
    assert "no <delete> disabled" in _text(payment)
    parts = _page(site, "tables/measurement.html")
    _escaped(parts, "<eu>", "<60>")
    text = _text(parts)
    assert "measurement_2024 <eu> FOR VALUES IN ('eu', 'uk')" in text
    assert "LIST (region) index measurement_2024_region" in text and "check peak <60> peak < 60" in text
    scratch = _text(_page(site, _slug(site, "tables", "Scratch")))
    assert "UNLOGGED · WITH (fillfactor=80)" in scratch
    assert "SET STATISTICS 1000" in scratch and "SET STORAGE MAIN" in scratch
    assert "SET (n_distinct=-0.05)" in scratch
    assert 'CLUSTER ON "kept <placed>"' in _text(_page(site, "tables/kept.html"))
    assert "Inherits from invoice" in _text(_page(site, "tables/invoice_audited.html"))
    assert "Inherited by invoice_audited" in _text(_page(site, "tables/invoice.html"))
    assert "totals_region region yes CLUSTER" in _text(_page(site, "views/totals.html"))


def test_postgresql_schema_level_lists_and_search(pg: dict[str, Any]) -> None:
    site = pg["site"]
    index = _page(site, "index.html")
    _escaped(index, "<tables>", "<hold>")
    text = _text(index)
    assert "public (default)" in text and "The application's own <tables>" in text
    assert "archive 0 0 0 0" in text and "Orders & what they <hold>" in text
    objects = _page(site, "objects.html")
    _escaped(objects, "<insensitive>", "<no>", "<more>")
    text = _text(objects)
    assert "case <insensitive> icu und-u-ks-level2 no" in text
    assert "sales.ticket <no> 100 5 20 yes" in text and "tickets & <more>" in text
    search = (site / "assets" / "search-index.js").read_text(encoding="ascii")
    assert "<" not in search
    entries = json.loads(search[len("window.SCHEMANB_SEARCH = "):].rstrip().rstrip(";"))["entries"]
    found = {(e[0], e[1]) for e in entries}
    assert {("policy", "doc.tenant; <only>"), ("rule", "payment.no <delete>"),
            ("exclusion", "booking.no <overlap>"), ("collation", "case <insensitive>"),
            ("schema", "sales"), ("partition", "measurement_2024 <eu>"),
            ("sequence", "sales.ticket <no>")} <= found


def test_postgresql_markdown(pg: dict[str, Any]) -> None:
    md = pg["md"]
    assert "Row-level security enabled, forced" in md["tables/doc.md"]
    assert "## Policies" in md["tables/doc.md"] and "| `serial` |" in md["tables/doc.md"]
    assert "## Exclusion constraints" in md["tables/booking.md"]
    assert "### Rule `no <delete>` (disabled)" in md["tables/payment.md"]
    assert "| `measurement_2024 <eu>` | `measurement_2024` |" in md["tables/measurement.md"]
    assert "Inherits from [`invoice`](invoice.md)." in md["tables/invoice_audited.md"]
    assert "`SET STORAGE MAIN`" in "".join(v for k, v in md.items() if "scratch" in k)
    readme = md["README.md"]
    assert "| `public` (default) |" in readme and "The application's own &lt;tables&gt;" in readme
    assert "Orders &amp; what they &lt;hold&gt;" in readme
    assert "## Collations" in md["objects.md"] and "tickets &amp; &lt;more&gt;" in md["objects.md"]


def test_mariadb_pages_and_markdown(maria: dict[str, Any]) -> None:
    site = maria["site"]
    account = _page(site, "tables/account.html")
    _escaped(account, "<who>", "<did>")
    text = _text(account)
    assert "audit <who>" in text and "INVISIBLE" in text and "AUTO_INCREMENT" in text
    contract = _text(_page(site, "tables/contract.html"))
    assert "WITH SYSTEM VERSIONING" in contract and "GENERATED ALWAYS AS ROW START" in contract
    assert "DEFAULT CHARSET=latin1" in _text(_page(site, "tables/film.html"))
    assert "ROW_FORMAT=COMPRESSED" in _text(_page(site, "tables/film.html"))
    objects = _page(site, "objects.html")
    _escaped(objects, "<report>", "<week>", "<no>")
    text = _text(objects)
    assert "Events" in text and "CREATE EVENT `nightly <report>` ON SCHEDULE EVERY 1 DAY" in text
    assert "ticket <no> 100 5 20 yes" in text
    purge = _text(_page(site, _slug(site, "routines", "note_purge")))
    assert "character_set_client latin1" in purge
    md = maria["md"]
    assert "`INVISIBLE`" in md["tables/account.md"]
    assert "Options: `WITH SYSTEM VERSIONING`." in md["tables/contract.md"]
    assert "Created under `character_set_client=latin1`" in md["objects.md"]


def test_markdown_cli_writes_objects_md(pg: dict[str, Any], tmp_path: Path) -> None:
    snap = tmp_path / "s.json"
    pg["schema"].save(snap)
    out = tmp_path / "docs"
    done = subprocess.run([*_python(), "-m", "schemanb", "docs", str(snap), "-o", str(out),
                           "--format", "markdown"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (out / "objects.md").read_text(encoding="utf-8").startswith("<!-- generated")
    (out / "objects.md").unlink()
    check = subprocess.run([*_python(), "-m", "schemanb", "docs", str(snap), "-o", str(out),
                            "--format", "markdown", "--check"], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 1 and "objects.md" in check.stdout + check.stderr


def _python() -> list[str]:
    import sys

    return [sys.executable]
