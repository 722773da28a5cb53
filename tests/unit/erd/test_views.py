"""Views, partitioned tables and the new change kinds in ER diagrams (real ``dot``)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table
from erd_helpers import T
from objects_snapshot import EVIL, objects_schema

import schemanb
from schemanb.diff import SchemaDiff
from schemanb.diff.changes import Change, ChangeKind
from schemanb.erd.marks import KIND_EFFECT, diff_marks, merged_schema
from schemanb.model import Grant, ObjectKind, ObjectRef, Routine, TableKey


def test_views_are_distinct_nodes_with_their_columns(rendered):
    d = schemanb.erd(objects_schema())
    assert [k.name for k in d.table_keys] == [EVIL, "orders", "users"]
    assert [str(k) for k in d.view_keys] == ["big_orders", f"v {EVIL}", "rep.totals"]
    svg = rendered(d)
    assert set(svg.nodes) == {"t0", "t1", "t2", "v0", "v1", "v2"}
    assert svg.texts("v0")[:4] == ["«view»", "big_orders", "id", "INTEGER"]
    assert svg.texts("v2")[:2] == ["«materialized view»", "totals"]
    # the hostile view name and its column arrive as text, not markup
    assert svg.texts("v1")[1:3] == [f"v {EVIL}", EVIL]
    assert "<script" not in svg.text
    # purple header, dashed border: different from every table node
    assert "#e9dcf5" in svg.fills("v0") and "#e9dcf5" not in svg.fills("t1")
    v0 = svg.nodes["v0"]
    assert any(p.get("stroke-dasharray") for p in v0.iter() if p.tag.endswith(("polygon", "path")))


def test_dependency_edges_are_dashed_and_column_level_where_known(dot_edges):
    edges = [(t, h, a) for t, h, a in dot_edges(schemanb.erd(objects_schema())) if h.startswith("v")]
    assert all(a["style"] == "dashed" for _, _, a in edges)
    pairs = {(t, h) for t, h, _ in edges}
    # big_orders reads orders.id, orders.user_id, users.email, users.id: one edge per column port
    assert {("t1:c0e:e", "v0:h:w"), ("t1:c1e:e", "v0:h:w"), ("t2:c1e:e", "v0:h:w"),
            ("t2:c0e:e", "v0:h:w")} <= pairs
    # no column dependencies recorded: table-level edges (a view on a view, and a table)
    assert {("v0", "v1:h:w"), ("t0", "v1:h:w"), ("t2", "v2:h:w")} <= pairs
    assert len(edges) == 7


def test_column_edge_falls_back_to_the_node_when_the_column_is_hidden(dot_edges):
    edges = dot_edges(schemanb.erd(objects_schema(), columns="none"))
    view_edges = sorted((t, h) for t, h, _ in edges if h.startswith("v"))
    assert ("t1", "v0:h:w") in view_edges and ("t2", "v0:h:w") in view_edges
    assert len(view_edges) == 5  # one per (table, view) pair once no column is shown


def test_views_false_draws_tables_only(rendered, dot_edges):
    d = schemanb.erd(objects_schema(), views=False)
    assert d.view_keys == () and len(d.table_keys) == 3
    assert not [e for e in dot_edges(d) if "v" in e[1]]
    assert set(rendered(d).nodes) == {"t0", "t1", "t2"}


def test_focus_and_depth_follow_view_dependencies():
    s = objects_schema()
    near = schemanb.erd(s, focus="users", depth=1)
    assert {k.name for k in near.table_keys} == {"users", "orders"}
    assert {k.name for k in near.view_keys} == {"big_orders", "totals"}
    # a view can be the focus; two hops reach the table behind the view it reads
    far = schemanb.erd(s, focus=f"v {EVIL}", depth=2)
    assert {k.name for k in far.view_keys} == {f"v {EVIL}", "big_orders"}
    assert {k.name for k in far.table_keys} == {EVIL, "orders", "users"}
    assert [k.name for k in schemanb.erd(s, tables="big_*").view_keys] == ["big_orders"]
    assert schemanb.erd(s, tables="big_*").table_keys == ()


def test_partitioned_table_is_one_node_with_strategy_key_and_count(rendered):
    d = schemanb.erd(objects_schema())
    texts = rendered(d).texts("t1")
    assert texts[:2] == ["orders", "partitioned by RANGE (placed) · 2 partitions"]
    assert not any("orders_2024" in t for n in rendered(d).nodes for t in rendered(d).texts(n))


def test_view_links_use_the_url_template(rendered):
    d = schemanb.erd(objects_schema(), url_template="p/{table}.html")
    hrefs = [h for h, _ in rendered(d).links("v0")]
    assert "p/big_orders.html" in hrefs and "p/big_orders.html#email" in hrefs


# ------------------------------------------------------------------------ diff marks


def _change(kind, ref, before=None, after=None):
    return Change(kind=kind, ref=ref, before=before, after=after)


def test_every_new_kind_marks_something_or_is_noted():
    new = [k for k in ChangeKind if k.name.split("_")[0] in (
        "DOMAIN", "COMPOSITE", "ROUTINE", "TRIGGER", "EXTENSION", "PARTITION", "PARTITIONING", "GRANT")]
    assert new and all(KIND_EFFECT[k][0] in ("part", "grant", "other") for k in new)
    assert all(KIND_EFFECT[k][0] == "view" for k in ChangeKind if k.name.startswith("VIEW_"))


def test_view_states_dropped_views_drawn_from_a_and_other_objects_noted(rendered):
    s = objects_schema()
    a = s
    b = dataclasses.replace(s, views=tuple(v for v in s.views if v.name != "totals"))
    audit = s.routines[0]
    changes = (
        _change(ChangeKind.VIEW_DROPPED, ObjectRef(ObjectKind.VIEW, TableKey("rep", "totals"))),
        _change(ChangeKind.VIEW_CHANGED, ObjectRef(ObjectKind.VIEW, T("big_orders"))),
        _change(ChangeKind.TRIGGER_ADDED, ObjectRef(ObjectKind.TRIGGER, T("orders"), "t2")),
        _change(ChangeKind.PARTITION_ADDED, ObjectRef(ObjectKind.PARTITION, T("orders"), "p")),
        _change(ChangeKind.ROUTINE_CHANGED, ObjectRef(ObjectKind.ROUTINE, T("audit")), audit, audit),
        _change(ChangeKind.DOMAIN_DROPPED, ObjectRef(ObjectKind.DOMAIN, T("email"))),
        _change(ChangeKind.GRANT_ADDED, ObjectRef(ObjectKind.GRANT, T("total")),
                after=Grant(object_name="total", grantee="x", privilege="EXECUTE", object_kind="routine")),
        _change(ChangeKind.GRANT_DROPPED, ObjectRef(ObjectKind.GRANT, T("users")),
                before=Grant(object_name="users", grantee="x", privilege="SELECT")),
    )
    d = SchemaDiff(a, b, changes)
    m = diff_marks(d)
    assert m.tables == {TableKey("rep", "totals"): "dropped", T("big_orders"): "changed",
                        T("orders"): "changed", T("users"): "changed"}
    assert m.other == {"routine": 1, "domain": 1, "grant": 1}
    assert [v.name for v in merged_schema(d, m).views] == ["big_orders", f"v {EVIL}", "totals"]
    g = schemanb.erd(d)
    assert "also changed (not drawn): 1 domain, 1 grant, 1 routine" in g.notes
    assert {k.name for k in g.view_keys} >= {"totals", "big_orders"}
    svg = rendered(g)
    totals = g.view_keys.index(TableKey("rep", "totals"))
    assert "#ffcdd2" in svg.fills(f"v{totals}")  # dropped: red


def test_a_diff_of_only_undrawn_objects_draws_nothing_but_says_what_changed():
    s = schema(table("t", col("id"), pk=("id",)))
    r = Routine(name="f")
    d = SchemaDiff(s, s, (_change(ChangeKind.ROUTINE_ADDED, ObjectRef(ObjectKind.ROUTINE, T("f")), after=r),))
    g = schemanb.erd(d)
    assert g.table_keys == () and "no table changed" in g.notes
    assert "also changed (not drawn): 1 routine" in g.notes


@pytest.mark.parametrize("kind", [ChangeKind.TRIGGER_CHANGED, ChangeKind.PARTITIONING_CHANGED,
                                  ChangeKind.PARTITION_DROPPED])
def test_table_parts_mark_their_table_changed(kind):
    s = objects_schema()
    d = SchemaDiff(s, s, (_change(kind, ObjectRef(ObjectKind.TRIGGER, T("orders"), "x")),))
    assert diff_marks(d).tables == {T("orders"): "changed"}
    assert T("orders") in schemanb.erd(d).table_keys
