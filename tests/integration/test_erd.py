"""ER diagrams of real databases (SQLite, PostgreSQL, MariaDB), rendered with ``dot``.

Tables, keys and comments are created through SQLAlchemy (names quoted by it),
including hostile names and comments; the diagram must have one node per table,
one edge per foreign key, the names as text and the comments as tooltips.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import sqlalchemy as sa
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

import schemanb
from schemanb.erd.render import render_svg

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"

PARENT = HOSTILE_NAMES["markup"]
CHILD = HOSTILE_NAMES["double_quote"]
COMMENT = HOSTILE_COMMENTS["quotes"]


def create(db) -> None:  # type: ignore[no-untyped-def]
    md = sa.MetaData()
    sa.Table(PARENT, md,
             sa.Column("id", sa.Integer, primary_key=True),
             sa.Column(HOSTILE_NAMES["unicode"], sa.String(40), unique=True, comment=COMMENT),
             sa.Column(HOSTILE_NAMES["space"], sa.Integer),
             comment=HOSTILE_COMMENTS["script"])
    sa.Table(CHILD, md,
             sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("parent_id", sa.Integer, sa.ForeignKey(f"{PARENT}.id"), nullable=False),
             sa.Column("other_id", sa.Integer, sa.ForeignKey(f"{PARENT}.id")),
             sa.Column("self_id", sa.Integer, sa.ForeignKey(f"{CHILD}.id")))
    sa.Table("loner", md, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("customer_id", sa.Integer))
    sa.Table("customers", md, sa.Column("id", sa.Integer, primary_key=True))
    md.create_all(db.engine)


def parse(svg: str) -> ET.Element:
    assert "<script" not in svg.lower()
    return ET.fromstring(svg)


def groups(root: ET.Element, cls: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == cls]


def test_diagram_of_a_real_database_matches_its_schema(db):
    create(db)
    s = schemanb.inspect(db.url)
    d = schemanb.erd(s, url_template="tables/{table}.html")
    root = parse(render_svg(d))
    assert len(groups(root, "node")) == len(s.tables) == 4
    assert len(groups(root, "edge")) == sum(len(t.foreign_keys) for t in s.tables) == 3
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for name in (PARENT, CHILD, HOSTILE_NAMES["unicode"], HOSTILE_NAMES["space"]):
        assert name in texts
    titles = [a.get(f"{XLINK}title") for a in root.iter(f"{SVG}a")]
    if s.table(PARENT).comment is not None:  # SQLite keeps no comments
        assert HOSTILE_COMMENTS["script"] in titles and COMMENT in titles
    assert "tables/%3Cscript%3Ex%3C%2Fscript%3E.html" in [
        a.get(f"{XLINK}href") for a in root.iter(f"{SVG}a")]


def test_focus_and_implied_keys_on_a_real_database(db):
    create(db)
    s = schemanb.inspect(db.url)
    d = schemanb.erd(s, focus="loner", depth=1)
    assert [k.name for k in d.table_keys] == ["loner"]
    d = schemanb.erd(s, focus="loner", depth=1, implied=True)
    assert sorted(k.name for k in d.table_keys) == ["customers", "loner"]
    assert "style=dashed" in d.source
    assert len(groups(parse(render_svg(d)), "edge")) == 1
