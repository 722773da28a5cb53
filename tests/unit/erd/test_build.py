"""Diagrams rendered with the real ``dot``: counts, notation, escaping, links, modes."""

from __future__ import annotations

import urllib.parse
import warnings

import pytest
from builders import col, fk, index, schema, table
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

import schemanb
from schemanb.errors import RenderError, SchemaNBWarning
from schemanb.model import TableKey


def test_node_and_edge_counts_match_the_schema(shop_schema, rendered):
    d = schemanb.erd(shop_schema)
    svg = rendered(d)
    assert len(svg.nodes) == len(shop_schema.tables) == 5
    assert len(svg.edges) == sum(len(t.foreign_keys) for t in shop_schema.tables) == 6
    assert [str(k) for k in d.table_keys] == [
        "categories", "customers", "order_items", "orders", "products"]
    # every column is drawn with its type and markers
    texts = svg.texts("t1")  # customers
    for expected in ("customers", "id", "INTEGER", "PK", "email", "TEXT", "UQ NN", "name"):
        assert expected in texts


def test_edges_run_port_to_port_with_crows_foot(shop_schema, dot_edges):
    edges = {(t, h): a for t, h, a in dot_edges(schemanb.erd(shop_schema))}
    # order_items.order_id (c0, NOT NULL, part of the composite PK) -> orders.id
    a = edges[("t2:c0e:e", "t3:c0w:w")]
    assert (a["arrowhead"], a["arrowtail"], a["dir"]) == ("tee", "crowodot", "both")
    # orders.referrer_id is nullable -> zero-or-one at the parent
    assert edges[("t3:c2e:e", "t1:c0w:w")]["arrowhead"] == "teeodot"
    # categories.parent_id -> categories.id: a self-reference
    assert edges[("t0:c1e:e", "t0:c0w:w")]["arrowtail"] == "crowodot"


def test_unique_foreign_key_is_one_to_one(dot_edges):
    s = schema(
        table("users", col("id", nullable=False), pk=("id",)),
        table("profiles", col("id", nullable=False), col("user_id", nullable=False), pk=("id",),
              fks=(fk("user_id", "users"),), indexes=(index("ux", "user_id", unique=True),)),
        table("passports", col("user_id", nullable=False), pk=("user_id",),
              fks=(fk("user_id", "users"),)),
    )
    tails = [a["arrowtail"] for _, _, a in dot_edges(schemanb.erd(s))]
    assert tails == ["teeodot", "teeodot"]


@pytest.mark.parametrize("name", list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES))
def test_hostile_names_are_escaped_in_labels_and_links(name, rendered):
    s = schema(
        table(name, col(name, nullable=False), col("ref_id"), pk=(name,),
              fks=(fk("ref_id", name, name, schema=name),), schema=name),
        table("plain", col("id"), pk=("id",), schema="other"),
    )
    d = schemanb.erd(s, url_template="tables/{schema}.{table}.html")
    svg = rendered(d)
    assert len(svg.nodes) == 2 and len(svg.edges) == 1
    node = d.table_keys.index(TableKey(name, name))
    texts = svg.texts(f"t{node}")
    assert texts.count(name) == 2  # the header and the column
    q = urllib.parse.quote(name, safe="")
    hrefs = [h for h, _ in svg.links(f"t{node}")]
    assert f"tables/{q}.{q}.html" in hrefs
    assert f"tables/{q}.{q}.html#{q}" in hrefs
    cluster_titles = [t.text for t in svg.root.iter() if t.tag.endswith("text")]
    assert name in cluster_titles  # the schema's cluster label


@pytest.mark.parametrize("comment", list(HOSTILE_COMMENTS.values()), ids=list(HOSTILE_COMMENTS))
def test_hostile_comments_become_exact_tooltips(comment, rendered):
    s = schema(table("t", col("id", comment=comment), pk=("id",), comment=comment))
    svg = rendered(schemanb.erd(s))
    titles = [t for _, t in svg.links("t0")]
    assert titles.count(comment) == 2  # the table's and the column's tooltip


def test_url_template_links_tables_and_columns(shop_schema, rendered):
    s = shop_schema
    d = schemanb.erd(s, url_template="site/{key}.html")
    links = rendered(d).links("t1")
    assert ("site/customers.html", "customers") in links
    assert ("site/customers.html#email", "customers") in links  # tooltip inherited


def test_bad_url_template_is_a_one_line_error(shop_schema):
    with pytest.raises(RenderError, match=r"url_template 'x/\{tbl\}' is not usable .* placeholders"):
        schemanb.erd(shop_schema, url_template="x/{tbl}")


def test_keys_mode_shows_only_key_columns_and_counts_the_rest(shop_schema, rendered):
    svg = rendered(schemanb.erd(shop_schema, columns="keys"))
    texts = svg.texts("t3")  # orders: id, customer_id, referrer_id are all keys
    assert {"id", "customer_id", "referrer_id"} <= set(texts)
    texts = svg.texts("t4")  # products: title is not a key
    assert "title" not in texts and "+1 more column" in texts


def test_none_mode_draws_headers_and_node_to_node_edges(shop_schema, dot_edges):
    d = schemanb.erd(shop_schema, columns="none")
    assert all(":" not in t and ":" not in h for t, h, _ in dot_edges(d))
    assert "PORT=\"c0w\"" not in d.source


def many(n):
    return schema(*[table(f"t{i:03d}", col("id"), col("p_id"), col("x", "TEXT"), pk=("id",),
                          fks=(fk("p_id", f"t{i - 1:03d}"),) if i else ()) for i in range(n)])


def test_compact_mode_is_chosen_above_100_tables_and_said_in_the_graph():
    with pytest.warns(SchemaNBWarning, match="compact mode: 101 tables"):
        d = schemanb.erd(many(101))
    assert "compact mode: 101 tables is more than 100" in d.source
    assert ">x<" not in d.source and "+1 more column" in d.source
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        small = schemanb.erd(many(100))
    assert ">x<" in small.source and "compact" not in small.source


def test_overview_above_300_tables_simplifies_the_layout_and_renders(rendered):
    with pytest.warns(SchemaNBWarning, match="overview layout: 301 tables"):
        d = schemanb.erd(many(301))
    assert "splines=false" in d.source and "searchsize=10" in d.source
    svg = rendered(d)
    assert len(svg.nodes) == 301 and len(svg.edges) == 300


def test_collapse_m2m_draws_one_edge_for_an_association_table(dot_edges):
    s = schema(
        table("posts", col("id"), pk=("id",)),
        table("tags", col("id"), pk=("id",)),
        table("post_tags", col("post_id"), col("tag_id"), pk=("post_id", "tag_id"),
              fks=(fk("post_id", "posts"), fk("tag_id", "tags"))),
    )
    assert len(dot_edges(schemanb.erd(s))) == 2
    d = schemanb.erd(s, collapse_m2m=True)
    assert [str(k) for k in d.table_keys] == ["posts", "tags"]
    (tail, head, attrs), = dot_edges(d)
    assert (attrs["arrowhead"], attrs["arrowtail"]) == ("crowodot", "crowodot")
    assert "post_tags" in attrs["label"]


def test_implied_keys_are_dashed_and_listed(dot_edges, rendered):
    s = schema(table("customers", col("id"), pk=("id",)),
               table("orders", col("id"), col("customer_id"), pk=("id",)))
    assert dot_edges(schemanb.erd(s)) == []
    d = schemanb.erd(s, implied=True)
    (tail, head, attrs), = dot_edges(d)
    assert (tail, head, attrs["style"]) == ("t1:c1e:e", "t0:c0w:w", "dashed")
    assert [str(i.table) for i in d.implied] == ["orders"]
    assert "FK?" in rendered(d).texts("t1")
    assert "1 inferred foreign key in the schema, drawn dashed" in d.source


def test_focus_on_a_diagram_draws_only_the_neighbourhood(shop_schema, rendered):
    d = schemanb.erd(shop_schema, focus="products", depth=1)
    assert [k.name for k in d.table_keys] == ["categories", "order_items", "products"]
    svg = rendered(d)
    assert len(svg.nodes) == 3 and len(svg.edges) == 3  # incl. the categories self-reference


def test_bad_options_are_one_line_errors(shop_schema):
    with pytest.raises(RenderError, match="columns='some' is unknown"):
        schemanb.erd(shop_schema, columns="some")  # type: ignore[arg-type]
    with pytest.raises(RenderError, match="engine='xdot' is unknown"):
        schemanb.erd(shop_schema, engine="xdot")
    with pytest.raises(RenderError, match="cannot draw a str"):
        schemanb.erd("shop.db")
    # A diff is a SchemaDiff, not anything with .changes, .a and .b.
    from types import SimpleNamespace

    shaped = SimpleNamespace(a=shop_schema, b=shop_schema, changes=())
    with pytest.raises(RenderError, match="diff= needs a SchemaDiff, not a SimpleNamespace"):
        schemanb.erd(shop_schema, diff=shaped)  # type: ignore[arg-type]
    with pytest.raises(RenderError, match="cannot draw a SimpleNamespace"):
        schemanb.erd(shaped)  # type: ignore[arg-type]


def test_jupyter_display_is_svg(shop_schema):
    bundle = schemanb.erd(shop_schema)._repr_mimebundle_()
    assert bundle["image/svg+xml"].lstrip().startswith("<?xml")


def test_several_schemas_are_clustered(rendered):
    s = schema(table("a", col("id"), pk=("id",), schema="s1"),
               table("b", col("id"), col("a_id"), pk=("id",), schema="s2",
                     fks=(fk("a_id", "a", schema="s1"),)))
    d = schemanb.erd(s)
    assert "subgraph cluster_0" in d.source and "subgraph cluster_1" in d.source
    flat = schemanb.erd(s, group_by_schema=False)
    assert "cluster" not in flat.source and ">s1.a<" in flat.source


@pytest.mark.parametrize("engine", ["sfdp", "neato"])
def test_other_layout_engines_render_the_same_graph(shop_schema, rendered, engine):
    d = schemanb.erd(shop_schema, engine=engine)
    assert f"layout={engine}" in d.source and d.engine == engine
    svg = rendered(d)
    assert len(svg.nodes) == 5 and len(svg.edges) == 6
