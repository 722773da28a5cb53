"""Diff colouring marks exactly the changed objects (hand-made Change lists, real ``dot``)."""

from __future__ import annotations

from erd_helpers import before_after

import schemanb
from schemanb.diff import SchemaDiff
from schemanb.erd.labels import STATUS_COLOURS

GREEN, RED, AMBER = (STATUS_COLOURS[s][1] for s in ("added", "dropped", "changed"))
STATE_OF_FILL = {GREEN: "added", RED: "dropped", AMBER: "changed"}


def header_state(svg, node):
    """The state shown by a node's header fill (None when plain)."""
    fills = [f for f in svg.fills(node) if f in STATE_OF_FILL]
    header = svg.nodes[node].find("{http://www.w3.org/2000/svg}g//{http://www.w3.org/2000/svg}polygon[@fill]")
    return STATE_OF_FILL.get(header.get("fill")) if header is not None else (fills or [None])[0]


def test_every_changed_table_and_only_those_are_coloured(rendered):
    d = before_after()
    g = schemanb.erd(d.b, diff=d, depth=0)
    svg = rendered(g)
    states = {}
    for i, key in enumerate(g.table_keys):
        node_src = [line for line in g.source.splitlines() if line.strip().startswith(f"t{i} ")][0]
        head = node_src.split("<TR>")[1]
        states[key.name] = next((s for f, s in STATE_OF_FILL.items() if f in head), None)
    assert states == {"audit": "added", "legacy": "dropped", "items": "changed",
                      "orders": "changed", "users": "changed"}
    assert len(svg.nodes) == 5


def test_columns_are_coloured_and_renamed(rendered):
    d = before_after()
    g = schemanb.erd(d, depth=0)  # a diff as the first argument works too
    users = [k.name for k in g.table_keys].index("users")
    svg = rendered(g)
    texts = svg.texts(f"t{users}")
    assert "mail" in texts and " → email" in texts  # shown as mail (struck) → email
    line = [x for x in g.source.splitlines() if x.strip().startswith(f"t{users} ")][0]
    rows = line.split("<TR>")[2:]
    row_state = {r.split("PORT=")[1].split('"')[1]: next(
        (s for f, s in STATE_OF_FILL.items() if f in r), None) for r in rows}
    assert row_state == {"c0w": None, "c1w": "changed", "c2w": "changed", "c3w": "added"}


def test_dropped_foreign_key_is_a_red_edge(rendered):
    d = before_after()
    g = schemanb.erd(d, depth=1)
    svg = rendered(g)
    assert svg.edge_strokes() == [STATUS_COLOURS["dropped"][0]]


def test_default_shows_changed_tables_and_their_neighbours():
    d = before_after()
    unchanged = schemanb.erd(SchemaDiff(d.a, d.b, d.changes[-1:]))  # only a view changed
    assert unchanged.table_keys == () and "no table changed" in unchanged.source
    g = schemanb.erd(SchemaDiff(d.a, d.b, d.changes[6:7]), depth=1)  # the FK drop on orders
    assert [k.name for k in g.table_keys] == ["orders", "users"]


def test_real_diff_colours_what_it_reports(rendered):
    from builders import col, fk, schema, table

    from schemanb.diff import diff

    a = schema(table("users", col("id"), col("name", "TEXT"), pk=("id",)),
               table("orders", col("id"), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),)),
               table("gone", col("code", "TEXT"), col("note", "TEXT"), pk=("code",)))
    b = schema(table("users", col("id"), col("name", "TEXT"), col("email", "TEXT"), pk=("id",)),
               table("orders", col("id"), col("user_id"), pk=("id",), fks=(fk("user_id", "users"),)),
               table("fresh", col("id"), col("at", "DATE"), col("n", "BIGINT"), pk=("id",)))
    d = diff(a, b)
    g = schemanb.erd(d, depth=0)
    names = {k.name for k in g.table_keys}
    assert names == {c.ref.table.name for c in d.changes}
    src = g.source
    for name, state in (("fresh", "added"), ("gone", "dropped"), ("users", "changed")):
        i = [k.name for k in g.table_keys].index(name)
        line = [x for x in src.splitlines() if x.strip().startswith(f"t{i} ")][0]
        assert STATUS_COLOURS[state][1] in line.split("<TR>")[1]
    assert len(rendered(g).nodes) == len(names)
