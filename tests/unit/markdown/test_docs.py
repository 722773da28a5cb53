"""Markdown docs: structure, determinism, hostile names, the check (pure, in memory)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from builders import col, fk, index, schema, table
from mermaid_cases import hostile_names, hostile_schema, wide_schema

from schemanb.extra import TableGroup
from schemanb.lint import find
from schemanb.markdown import GENERATED_MARK, OVERVIEW_MAX, build_docs, check_docs, write_docs
from schemanb.markdown.files import file_stems
from schemanb.markdown.text import md_code, md_text
from schemanb.model import TableKey, Trigger, View
from schemanb.serialize import dumps, loads

_RE_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def shop():  # type: ignore[no-untyped-def]
    customers = table("customers", col("id", nullable=False), col("email", "TEXT", nullable=False),
                      pk=("id",), indexes=(index("ux_email", "email", unique=True),),
                      comment="People who buy", row_estimate=1234)
    orders = table("orders", col("id", nullable=False), col("customer_id", nullable=False),
                   col("note", "TEXT", comment="free text"), pk=("id",),
                   fks=(fk("customer_id", "customers", name="fk_orders_customer",
                           on_delete="CASCADE"),), row_estimate=99,
                   indexes=(index("ix_orders_customer", "customer_id"),))
    view = View(name="big_orders", definition="SELECT * FROM orders", columns=(col("id"),),
                depends_on=(TableKey(None, "orders"),))
    trig = Trigger(table="orders", name="trg_touch", timing="BEFORE", events=("UPDATE",),
                   definition="EXECUTE FUNCTION touch()")
    return schema(customers, orders, dialect="postgresql", views=(view,), triggers=(trig,))


def tables_of(text: str) -> list[list[list[str]]]:
    """Every Markdown table: its rows, each a list of cells (escaped pipes kept)."""
    out, current = [], []
    for line in text.splitlines():
        if line.startswith("| "):
            current.append([c.strip() for c in _RE_CELL_SPLIT.split(line)[1:-1]])
        elif current:
            out.append(current)
            current = []
    return out + ([current] if current else [])


def test_the_files_and_what_each_holds():
    files = build_docs(shop())
    assert sorted(files) == ["README.md", "lint.md", "objects.md", "tables/customers.md",
                             "tables/orders.md", "views/big_orders.md"]  # objects: the trigger
    assert all(text.startswith(GENERATED_MARK + "\n") for text in files.values())
    readme = files["README.md"]
    assert "[`orders`](tables/orders.md)" in readme and "[`big_orders`](views/big_orders.md)" in readme
    assert "People who buy" in readme and "```mermaid\nerDiagram\n" in readme
    assert "1,234" not in readme  # row estimates only when asked
    assert "1,234" in build_docs(shop(), row_estimates=True)["README.md"]
    orders = files["tables/orders.md"]
    for heading in ("## Columns", "## Primary key", "## Foreign keys", "## Indexes",
                    "## Triggers", "## Used by views", "## Diagram"):
        assert heading in orders, heading
    assert "[`customers`](customers.md) (`id`)" in orders and "`CASCADE`" in orders
    assert "[`big_orders`](../views/big_orders.md)" in orders
    assert "`trg_touch`" in orders
    assert "[`orders`](../tables/orders.md)" in files["views/big_orders.md"]
    assert "```sql\nSELECT * FROM orders\n```" in files["views/big_orders.md"]
    assert "## Referenced by" in files["tables/customers.md"]
    for text in files.values():
        for rows in tables_of(text):
            assert len({len(r) for r in rows}) == 1, rows  # every row as wide as its header


def test_byte_for_byte_deterministic():
    s = hostile_schema()
    first = build_docs(s)
    assert build_docs(s) == first
    assert build_docs(loads(dumps(s))) == first  # through a snapshot file
    views = dataclasses.replace(s, views=tuple(reversed(s.views)), triggers=())
    assert build_docs(views)["README.md"] == build_docs(dataclasses.replace(s, triggers=()))["README.md"]
    assert not any(re.search(r"\d{4}-\d\d-\d\d", t) for t in first.values())  # no timestamps


def test_hostile_names_escaped_and_files_unique():
    s = hostile_schema()
    files = build_docs(s)
    names = [p for p in files if p.startswith("tables/")]
    assert len(names) == len(s.tables)
    assert len({p.lower() for p in files}) == len(files)  # case-insensitive file systems
    assert all(re.fullmatch(r"(tables|views)/[a-z0-9_][a-z0-9_.-]*\.md", p) for p in names)
    for text in files.values():
        body = re.sub(r"```mermaid\n.*?```\n", "", text, flags=re.S)
        body = re.sub(r"```sql\n.*?```\n", "", body, flags=re.S)
        body = body.replace(GENERATED_MARK, "")
        # no markup from the database: every < outside code spans is an entity
        outside = re.sub(r"(`+)(?:(?!\1).)*?\1", "", body)
        assert "<" not in outside.replace("<br>", ""), outside
        for rows in tables_of(text):
            assert len({len(r) for r in rows}) == 1, rows
    readme = files["README.md"]
    for name in hostile_names():
        assert md_code(name, cell=True) in readme, name


def test_file_names_are_stable_and_safe():
    keys = [TableKey(None, n) for n in ("Orders", "orders", "CON", "a b", "a/b", "..", "表")]
    stems = file_stems(keys)
    assert stems[TableKey(None, "orders")] == "orders"
    assert len({v.lower() for v in stems.values()}) == len(keys)
    assert all(re.fullmatch(r"[a-z0-9_][a-z0-9_.-]*", v) for v in stems.values())
    assert file_stems(keys[:2]) == {k: stems[k] for k in keys[:2]}


def test_text_escaping():
    assert md_text("a|b") == "a\\|b"
    assert md_text("line1\n- item\n# h") == "line1<br>\n\\- item<br>\n\\# h"
    assert md_text("x\ny", cell=True) == "x<br>y"
    assert md_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert md_code("``x") == "``` ``x ```"


def test_overview_only_up_to_a_readable_size():
    small = build_docs(wide_schema(OVERVIEW_MAX), findings=[])
    big = build_docs(wide_schema(OVERVIEW_MAX + 1), findings=[])
    assert "```mermaid" in small["README.md"]
    assert "```mermaid" not in big["README.md"] and "more than a diagram" in big["README.md"]
    assert "lint.md" not in big


def test_metadata_groups_and_findings_per_table():
    s = shop()
    groups = [TableGroup(name="Sales *", tables=(TableKey(None, "orders"),), comment="<b>x</b>")]
    files = build_docs(s, groups=groups, findings=find(s))
    assert "### Sales \\*" in files["README.md"] and "&lt;b&gt;x&lt;/b&gt;" in files["README.md"]
    assert "## Lint findings" in files["tables/orders.md"]


def test_check_and_write_both_ways(tmp_path: Path):
    s = shop()
    files = build_docs(s)
    state = check_docs(files, tmp_path)
    assert not state.ok and set(state.missing) == set(files)
    write_docs(files, tmp_path)
    assert check_docs(files, tmp_path).ok
    (tmp_path / "notes.md").write_text("mine\n")  # not generated: never touched
    (tmp_path / "tables" / "mine.md").write_text("mine\n")
    changed = dict(files)
    changed["tables/orders.md"] = files["tables/orders.md"].replace("free text", "new text")
    del changed["tables/customers.md"]
    state = check_docs(changed, tmp_path)
    assert state.changed == ("tables/orders.md",) and state.stale == ("tables/customers.md",)
    assert "-| 3 | `note` | `TEXT` | yes |   |   | free text |" in state.diff
    assert "+| 3 | `note` | `TEXT` | yes |   |   | new text |" in state.diff
    write_docs(changed, tmp_path)
    assert check_docs(changed, tmp_path).ok
    assert not (tmp_path / "tables" / "customers.md").exists()
    assert (tmp_path / "tables" / "mine.md").exists() and (tmp_path / "notes.md").exists()


@pytest.mark.parametrize("text", ["a\rb", "a\x00b", "a\u2028b"])
def test_control_characters_never_break_a_line(text):
    assert "\n" not in md_text(text, cell=True) and "\n" not in md_code(text)
