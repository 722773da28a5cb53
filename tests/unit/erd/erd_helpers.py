"""Helpers for the ERD tests: render with the real ``dot``, read the SVG back, hand-made diffs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from builders import col, fk, index, schema, table

from schemanb import model
from schemanb.diff import SchemaDiff
from schemanb.diff.changes import Change, ChangeKind
from schemanb.model import ObjectKind, ObjectRef, TableKey

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


@dataclass
class Rendered:
    """An SVG parsed back: its text, nodes by id (``t0``…) and edges by title."""

    text: str
    root: ET.Element

    def groups(self, cls: str) -> dict[str, ET.Element]:
        out = {}
        for g in self.root.iter(f"{SVG}g"):
            if g.get("class") == cls:
                out[g.findtext(f"{SVG}title")] = g
        return out

    @property
    def nodes(self) -> dict[str, ET.Element]:
        return self.groups("node")

    @property
    def edges(self) -> list[ET.Element]:
        return [g for g in self.root.iter(f"{SVG}g") if g.get("class") == "edge"]

    def texts(self, node: str) -> list[str]:
        return [t.text or "" for t in self.nodes[node].iter(f"{SVG}text")]

    def links(self, node: str) -> list[tuple[str | None, str | None]]:
        return [(a.get(f"{XLINK}href"), a.get(f"{XLINK}title"))
                for a in self.nodes[node].iter(f"{SVG}a")]

    def fills(self, node: str) -> set[str]:
        return {p.get("fill", "") for p in self.nodes[node].iter(f"{SVG}polygon")}

    def edge_strokes(self) -> list[str]:
        """The stroke colour of every edge's line, in drawing order."""
        return [g.find(f"{SVG}path").get("stroke", "") for g in self.edges]


def render(graph) -> Rendered:  # type: ignore[no-untyped-def]
    """Render ``graph`` to SVG with the real ``dot`` and parse it as XML."""
    from schemanb.erd.render import render_svg

    text = render_svg(graph)
    assert "<script" not in text.lower()
    return Rendered(text, ET.fromstring(text))


_RE_EDGE = re.compile(r"^\s*(\S+) -> (\S+)(?: \[(.*)\])?$")
_RE_ATTR = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|<.*>|\S+)')


def edges_of(graph) -> list[tuple[str, str, dict[str, str]]]:  # type: ignore[no-untyped-def]
    """The edges of ``graph``'s DOT text: (tail, head, attributes)."""
    out = []
    for line in graph.source.splitlines():
        m = _RE_EDGE.match(line)
        if m:
            attrs = {k: v.strip('"') for k, v in _RE_ATTR.findall(m.group(3) or "")}
            out.append((m.group(1), m.group(2), attrs))
    return out


def shop() -> model.Schema:
    """Five tables, six foreign keys (one self-reference, two to the same parent)."""
    return schema(
        table("customers", col("id", nullable=False), col("email", "TEXT", nullable=False),
              col("name", "TEXT"), pk=("id",), indexes=(index("ux_email", "email", unique=True),)),
        table("categories", col("id", nullable=False), col("parent_id"), col("name", "TEXT"),
              pk=("id",), fks=(fk("parent_id", "categories"),)),
        table("products", col("id", nullable=False), col("category_id", nullable=False),
              col("title", "TEXT"), pk=("id",), fks=(fk("category_id", "categories"),)),
        table("orders", col("id", nullable=False), col("customer_id", nullable=False),
              col("referrer_id"), pk=("id",),
              fks=(fk("customer_id", "customers"), fk("referrer_id", "customers"))),
        table("order_items", col("order_id", nullable=False), col("product_id", nullable=False),
              col("qty", nullable=False), pk=("order_id", "product_id"),
              fks=(fk("order_id", "orders"), fk("product_id", "products"))),
    )


def T(name):
    return TableKey(None, name)


def before_after():
    a = schema(
        table("users", col("id"), col("mail", "TEXT"), col("age"), pk=("id",)),
        table("legacy", col("id"), pk=("id",)),
        table("orders", col("id"), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),)),
        table("old_items", col("id"), pk=("id",)),
    )
    b = schema(
        table("users", col("id"), col("email", "TEXT"), col("age", "BIGINT"), col("nick", "TEXT"),
              pk=("id",)),
        table("orders", col("id"), col("user_id"), pk=("id",)),
        table("items", col("id"), pk=("id",)),
        table("audit", col("id"), pk=("id",)),
    )
    ch = [
        Change(kind=ChangeKind.TABLE_DROPPED, ref=ObjectRef(ObjectKind.TABLE, T("legacy")),
               before=a.table("legacy")),
        Change(kind=ChangeKind.TABLE_ADDED, ref=ObjectRef(ObjectKind.TABLE, T("audit")),
               after=b.table("audit")),
        Change(kind=ChangeKind.TABLE_RENAMED, ref=ObjectRef(ObjectKind.TABLE, T("items")),
               before=a.table("old_items"), after=b.table("items")),
        Change(kind=ChangeKind.COLUMN_RENAMED, ref=ObjectRef(ObjectKind.COLUMN, T("users"), "email"),
               before=a.table("users").column("mail"), after=b.table("users").column("email")),
        Change(kind=ChangeKind.COLUMN_TYPE_CHANGED, ref=ObjectRef(ObjectKind.COLUMN, T("users"), "age")),
        Change(kind=ChangeKind.COLUMN_ADDED, ref=ObjectRef(ObjectKind.COLUMN, T("users"), "nick")),
        Change(kind=ChangeKind.FOREIGN_KEY_DROPPED,
               ref=ObjectRef(ObjectKind.FOREIGN_KEY, T("orders"), None),
               before=a.table("orders").foreign_keys[0]),
        Change(kind=ChangeKind.VIEW_ADDED, ref=ObjectRef(ObjectKind.VIEW, T("v"))),
    ]
    return SchemaDiff(a, b, tuple(ch))
