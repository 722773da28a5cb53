"""Mermaid ER diagrams: the Graphviz diagram's selection, crow's feet, safe names (pure).

The browser test (tests/browser/test_mermaid.py) parses and renders the same
diagrams with Mermaid's own JavaScript; these tests check the structure.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from builders import col, fk, index, schema, table
from erd_helpers import T, before_after, shop
from mermaid_cases import hostile_names, hostile_schema, wide_schema

import schemanb
from schemanb.erd.mermaid import RESERVED, MermaidDiagram, attribute_name, mermaid_text
from schemanb.errors import RenderError, SchemaNBWarning
from schemanb.model import View

_RE_ENTITY = re.compile(r'^  ([A-Za-z_][A-Za-z0-9_]*)(?:\["([^"]*)"\])?(?: \{)?$')
_RE_REL = re.compile(r'^  (\S+) ([|}][o|])(--|\.\.)([o|][|{]) (\S+) : "([^"]*)"$')


def entities(d: MermaidDiagram) -> dict[str, str | None]:
    """id -> alias label of every entity line."""
    out = {}
    for line in d.source.splitlines():
        m = _RE_ENTITY.match(line)
        if m and line.strip() not in ("}",):
            out[m.group(1)] = m.group(2)
    return out


def relations(d: MermaidDiagram) -> list[tuple[str, str, str, str, str, str]]:
    return [m.groups() for line in d.source.splitlines() if (m := _RE_REL.match(line))]  # type: ignore[misc]


def decode(label: str) -> str:
    codes = {"#35;": "#", "#quot;": '"', "#lt;": "<", "#gt;": ">", "#amp;": "&", "#37;": "%"}
    return re.sub(r"#35;|#quot;|#lt;|#gt;|#amp;|#37;", lambda m: codes[m.group()], label)


def test_the_selection_is_the_graphviz_diagrams():
    s = shop()
    for kw in ({}, {"focus": "orders"}, {"focus": "orders", "depth": 2}, {"tables": ["order*"]},
               {"views": False}):
        dot = schemanb.erd(s, **kw)
        mmd = schemanb.erd(s, format="mermaid", **kw)
        assert isinstance(mmd, MermaidDiagram)
        assert mmd.table_keys == dot.table_keys, kw
        assert mmd.view_keys == dot.view_keys, kw
        assert set(entities(mmd)) == {str(k) for k in (*dot.table_keys, *dot.view_keys)}


def test_crows_feet_follow_nullability_and_uniqueness():
    s = schema(
        table("parent", col("id", nullable=False), pk=("id",)),
        table("required", col("id", nullable=False), col("parent_id", nullable=False),
              pk=("id",), fks=(fk("parent_id", "parent"),)),
        table("optional", col("id", nullable=False), col("parent_id", nullable=True),
              pk=("id",), fks=(fk("parent_id", "parent"),)),
        table("one_to_one", col("id", nullable=False), col("parent_id", nullable=False),
              pk=("id",), fks=(fk("parent_id", "parent"),),
              indexes=(index("ux", "parent_id", unique=True),)),
    )
    rels = {child: (left, line, right) for _, left, line, right, child, _ in
            relations(schemanb.erd(s, format="mermaid"))}
    assert rels == {"required": ("||", "--", "o{"), "optional": ("|o", "--", "o{"),
                    "one_to_one": ("||", "--", "o|")}


def test_keys_columns_modes_and_markers():
    s = shop()
    full = schemanb.erd(s, format="mermaid", focus="orders", columns="all").source
    keys = schemanb.erd(s, format="mermaid", focus="orders", columns="keys").source
    none = schemanb.erd(s, format="mermaid", focus="orders", columns="none").source
    assert "INTEGER qty" in full and "qty" not in keys
    assert re.search(r"^    \S+ id PK$", keys, re.M)
    assert re.search(r"^    \S+ customer_id FK$", keys, re.M)
    assert "INTEGER" not in none and "  orders\n" in none


def test_diff_colouring_through_classdef():
    d = before_after()
    m = schemanb.erd(d, format="mermaid", columns="all")
    dot = schemanb.erd(d)
    assert m.table_keys == dot.table_keys
    lines = m.source.splitlines()
    assert "  classDef added fill:#c8e6c9,stroke:#2e7d32,stroke-width:2px" in lines
    classes = {line.rsplit(" ", 1)[1]: set(line.split()[1].split(","))
               for line in lines if line.startswith("  class ")}
    assert classes["added"] == {"audit"}
    assert classes["dropped"] == {"legacy"}
    assert {"users", "items", "orders"} <= classes["changed"]
    assert '"renamed from mail"' in m.source and 'nick "added"' in m.source
    assert 'items["old_items → items"]' in m.source
    assert '"user_id (dropped)"' in m.source  # the dropped foreign key, still drawn
    assert "%% green: added" in m.source


def test_views_are_dashed_and_styled():
    v = View(name="big_orders", columns=(col("id"),), depends_on=(T("orders"), T("customers")))
    s = dataclasses.replace(shop(), views=(v,))
    m = schemanb.erd(s, format="mermaid")
    assert m.view_keys == (T("big_orders"),)
    view_id = m.ids[m.view_keys[0]]
    assert {(r[0], r[2], r[4]) for r in relations(m) if r[4] == view_id} == {
        ("orders", "..", view_id), ("customers", "..", view_id)}
    assert re.search(rf"^  class \S*\b{view_id}\b\S* view$", m.source, re.M)


def test_hostile_names_are_aliased_escaped_and_unique():
    s = hostile_schema()
    m = schemanb.erd(s, format="mermaid", columns="all")
    ents = entities(m)
    assert len(ents) == len(s.tables) + len(s.views)  # every table one entity, ids unique
    assert {"Orders", "orders"} <= set(ents)  # Mermaid ids are case-sensitive
    assert not {i.lower() for i in ents} & RESERVED
    shown = {decode(label) if label is not None else ident for ident, label in ents.items()}
    expected = {n.replace("\n", " ") for n in hostile_names()}
    assert expected <= shown
    assert "other schema." + hostile_names()[0] in shown
    # no raw quote, angle bracket or newline from the database inside a quoted string
    for line in m.source.splitlines():
        for quoted in re.findall(r'"([^"]*)"', line):
            assert "<" not in quoted and ">" not in quoted
        assert line.count('"') % 2 == 0, line
    # attributes: plain words, the real name in the comment when it is not one
    assert re.search(r'^    TEXT PK_ "name: PK"$', m.source, re.M)
    assert "character_varying(20)" in m.source and "NUMERIC(10,2)" in m.source


def test_attribute_and_text_helpers():
    assert attribute_name("end") == ("end", True)
    assert attribute_name("1st") == ("_1st", False)
    assert attribute_name("uk") == ("uk_", False)
    assert mermaid_text("a\nb\x00c") == "a b c"
    assert mermaid_text("x" * 10, 5) == "xxxx…"


def test_more_than_compact_tables_show_keys_only_and_no_layout_note():
    with pytest.warns(SchemaNBWarning, match="compact mode"):
        m = schemanb.erd(wide_schema(150), format="mermaid")
    assert len(m.table_keys) == 150
    assert any("compact mode" in n for n in m.notes)
    assert not any("overview layout" in n for n in m.notes)
    assert "TEXT name" not in m.source


def test_collapse_m2m_and_implied():
    s = schema(
        table("authors", col("id", nullable=False), pk=("id",)),
        table("books", col("id", nullable=False), pk=("id",)),
        table("authors_books", col("author_id", nullable=False), col("book_id", nullable=False),
              pk=("author_id", "book_id"), fks=(fk("author_id", "authors"), fk("book_id", "books"))),
        table("notes", col("id", nullable=False), col("author_id"), pk=("id",)),
    )
    m = schemanb.erd(s, format="mermaid", collapse_m2m=True, implied=True)
    assert "authors_books" not in entities(m)
    rels = relations(m)
    assert ("authors", "}o", "--", "o{", "books", "authors_books") in rels
    assert ("authors", "|o", "..", "o{", "notes", "author_id (inferred)") in rels


def test_unknown_format_is_one_clear_error():
    with pytest.raises(RenderError, match="format='svg' is unknown"):
        schemanb.erd(shop(), format="svg")  # type: ignore[arg-type]


def test_notebook_display_is_a_mermaid_fence():
    m = schemanb.erd(shop(), format="mermaid")
    md = m._repr_markdown_()
    assert md.startswith("```mermaid\nerDiagram\n") and md.endswith("```\n")
    assert str(m) == m.source
