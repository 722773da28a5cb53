"""The site's page fragments rendered straight from a SiteContext (no notebooks run):
generated constraint names, links from the index's counts and from column types, and
focused diagrams where foreign keys are not drowned by view-dependency edges."""

from __future__ import annotations

import dataclasses
import re

from builders import col, fk, schema, table
from objects_snapshot import objects_schema

import schemanb
from schemanb import model
from schemanb.site.context import SiteContext, column_anchor
from schemanb.site.diagrams import MAX_FOCUS_VIEWS, _near
from schemanb.site.pages import render_index, render_objects, render_table

ORDERS = model.TableKey(None, "orders")


def _ctx() -> SiteContext:
    base = objects_schema()
    status = model.Enum(name="order_status", values=("new", "paid"))
    users = base.table_map[model.TableKey(None, "users")]
    typed = dataclasses.replace(users, columns=(
        *users.columns, col("state", "order_status"), col("contact", "email")))
    tables = tuple(typed if t.key == users.key else t for t in base.tables)
    return SiteContext(schema=dataclasses.replace(base, tables=tables, enums=(status,)), title="t")


def test_a_database_named_foreign_key_reads_generated_not_blank():
    page = render_table(_ctx(), ORDERS)
    (fk_table,) = re.findall(r"<h2>Foreign keys</h2>.*?</table>", page, re.S)
    assert "(generated)" in fk_table
    assert "<tr><td></td>" not in fk_table


def test_the_index_counts_of_triggers_and_partitioned_tables_link_to_their_lists():
    ctx = _ctx()
    index = render_index(ctx)
    assert '<a href="objects.html#triggers">2</a>' in index
    assert '<a href="objects.html#partitioned">1</a>' in index
    objects = render_objects(ctx)
    assert 'id="triggers"' in objects and 'id="partitioned"' in objects
    assert "orders_audit" in objects and "RANGE (placed)" in objects


def test_enum_and_domain_column_types_link_to_the_objects_page():
    ctx = _ctx()
    page = render_table(ctx, model.TableKey(None, "users"))
    enum_id = f"e-{column_anchor('order_status')}"
    assert f'<a href="../objects.html#{enum_id}"><code>order_status</code></a>' in page
    assert f'<a href="../objects.html#d-{column_anchor("email")}"><code>email</code></a>' in page
    assert "<code>TEXT</code></a>" not in page  # ordinary types are not links
    objects = render_objects(ctx)
    assert f'id="{enum_id}"' in objects and f'id="d-{column_anchor("email")}"' in objects


def _read_by_many_views() -> schemanb.Schema:
    views = tuple(
        model.View(name=f"v{i:02d}", definition="SELECT 1", columns=(col("id"),),
                   depends_on=(model.TableKey(None, "orders"), model.TableKey(None, "users")),
                   depends_on_columns=tuple(model.ColumnRef(model.TableKey(None, t), c)
                                            for t in ("orders", "users") for c in ("id", "note")))
        for i in range(12)
    )
    return dataclasses.replace(schema(
        table("users", col("id", nullable=False), col("note", "TEXT"), pk=("id",)),
        table("orders", col("id", nullable=False), col("user_id"), col("note", "TEXT"), pk=("id",),
              fks=(fk("user_id", "users"),)),
        dialect="postgresql"), views=views)


def test_a_focused_diagram_keeps_foreign_keys_visible_among_many_views():
    ctx = SiteContext(schema=_read_by_many_views(), title="t")
    near = _near(ctx, ORDERS)
    assert len(near.views) == MAX_FOCUS_VIEWS  # the page lists every one of the 12
    source = schemanb.erd(near, focus="orders", depth=1).source
    edges = [line.strip() for line in source.splitlines() if "->" in line]
    fk_edges = [e for e in edges if "dir=both" in e]
    view_edges = [e for e in edges if "arrowhead=vee" in e]
    assert fk_edges and view_edges
    assert edges.index(fk_edges[-1]) < edges.index(view_edges[0])  # views drawn last
    for edge in view_edges:  # light, thin, and no pull on the layout
        assert "weight=0" in edge and "penwidth=0.7" in edge and "#c5b3dd" in edge


def test_the_index_shows_the_comment_coverage_total():
    from schemanb.lint.coverage import comment_coverage

    t = table("t", col("a"), col("b"))
    commented = dataclasses.replace(t, comment="the t", columns=(
        dataclasses.replace(t.columns[0], comment="an a"), t.columns[1]))
    ctx = SiteContext(schema=schema(commented), title="t")
    cov = comment_coverage(ctx.schema)
    assert (cov.covered, cov.total) == (2, 3)
    assert "<dt>Comment coverage</dt>" in render_index(ctx)
    assert "66.7% (2 of 3)" in render_index(ctx)
