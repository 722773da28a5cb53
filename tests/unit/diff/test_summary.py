"""Outputs: frame, stat text, JSON (issue 4, item 5)."""

from __future__ import annotations

import json

from builders import col, schema, table

from schemanb.diff import diff
from schemanb.diff.summary import FRAME_COLUMNS


def pair():
    a = schema(table("users", col("id"), col("email", "VARCHAR(255)")), table("gone", col("x")),
               dialect="postgresql")
    b = schema(table("users", col("id"), col("email", "VARCHAR(100)"), col("age")),
               dialect="postgresql")
    return diff(a, b)


def test_frame_has_one_row_per_change():
    frame = pair().frame
    assert tuple(frame.columns) == FRAME_COLUMNS
    rows = frame.to_dict("records")
    assert {"table": "users", "object": "email", "kind": "column_type_changed",
            "before": "VARCHAR(255)", "after": "VARCHAR(100)", "risk": "destructive",
            "score": None} in rows
    assert len(rows) == 3


def test_stat_summary_lists_tables_and_totals():
    text = pair().summary()
    lines = text.splitlines()
    assert lines[0].startswith(" gone ") and "(destructive)" in lines[0]
    assert lines[1].startswith(" users") and "+~" in lines[1]
    assert lines[-1] == (" 2 objects changed, 1 added, 1 dropped, 0 renamed, 1 modified "
                         "(2 destructive, 1 safe)")


def test_json_has_kind_table_object_before_after_risk():
    data = json.loads(pair().to_json())
    assert data["equal"] is False and data["counts"]["destructive"] == 2
    entry = next(c for c in data["changes"] if c["kind"] == "column_type_changed")
    assert {k: entry[k] for k in ("table", "object", "before", "after", "risk")} == {
        "table": "users", "object": "email", "before": "VARCHAR(255)",
        "after": "VARCHAR(100)", "risk": "destructive"}


def test_empty_diff_outputs():
    s = schema(table("t", col("id")))
    d = diff(s, s)
    assert d.summary() == "no differences\n" and d.frame.empty and not d
    assert repr(d) == "<SchemaDiff: no differences>"


def test_a_changed_view_reads_as_a_unified_diff_of_its_definitions():
    """to_text() printed both definitions whole on one 1,000-character line."""
    from schemanb.model import View

    columns = ", ".join(f"o.col_{i:02d} AS c{i:02d}" for i in range(60))
    old = f"SELECT {columns} FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.paid"
    new = old.replace("WHERE o.paid", "WHERE o.paid AND NOT o.cancelled").replace(
        "o.col_30 AS c30", "o.col_30 AS c30_renamed")
    a = schema(table("orders", col("id")), views=(View(name="v", definition=old),))
    b = schema(table("orders", col("id")), views=(View(name="v", definition=new),))
    text = diff(a, b).to_text()
    assert max(len(line) for line in text.splitlines()) <= 120
    lines = [line.strip() for line in text.splitlines()]
    assert "--- before" in lines and "+++ after" in lines
    assert "-WHERE o.paid" in lines and "+WHERE o.paid AND NOT o.cancelled" in lines
    assert "-o.col_30 AS c30," in lines and "+o.col_30 AS c30_renamed," in lines
    assert "+o.col_29 AS c29," not in lines  # unchanged lines are context, not changes
