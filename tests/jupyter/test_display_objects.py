"""Notebook displays of the objects beyond tables: schema sections, table parts, views,
the diff explorer's kind filter and the ``%objects`` magic (hand-made hostile snapshot)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from objects_snapshot import EVIL, objects_schema

from schemanb import display
from schemanb.diff.changes import Change, ChangeKind
from schemanb.diff.renames import Renames
from schemanb.jupyter.explorer.state import ExplorerState
from schemanb.jupyter.magics import SchemaNBMagics
from schemanb.model import ObjectKind, ObjectRef, Schema, TableKey


@dataclass
class FakeDiff:
    """A hand-made diff: the shape the displays and the explorer read."""

    a: Schema
    b: Schema
    changes: tuple[Change, ...]
    renames: Renames = Renames()


def _text(markup: str) -> str:
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_schema_html_counts_and_lists_views_triggers_routines_partitions():
    markup = objects_schema()._repr_html_()
    text = _text(markup)
    for count in ("3 views", "1 partitioned tables", "2 partitions", "2 triggers", "4 routines",
                  "1 domains", "1 types", "1 extensions", "2 grants"):
        assert count in text, count
    assert "big_orders view 2 orders, users orders & their <users>" in text
    assert "rep.totals materialized view 1 users" in text
    assert "orders RANGE placed 2" in text
    assert "orders orders_audit AFTER INSERT OR UPDATE OF user_id, placed FOR EACH ROW" in text
    assert f"{EVIL} tr {EVIL} BEFORE DELETE FOR EACH STATEMENT (disabled)" in text
    assert "total(a integer, b integer) function integer sql IMMUTABLE" in text
    assert "<script" not in markup  # the hostile names arrive escaped


def test_empty_sections_and_zero_counts_are_left_out():
    from builders import col, schema, table

    text = _text(schema(table("t", col("id")))._repr_html_())
    assert "views" not in text and "routines" not in text and "triggers" not in text


def test_table_html_shows_partitions_and_with_the_schema_triggers_and_views():
    s = objects_schema()
    orders = s.table("orders")
    alone = _text(orders._repr_html_())
    assert "2 partitions" in alone and "partitioned by RANGE (placed)" in alone
    assert "partition orders_default DEFAULT" in alone and "trigger" not in alone
    full = _text(display.render_table_html(orders, s))
    assert "1 triggers" in full and "1 views" in full
    assert "trigger orders_audit AFTER INSERT OR UPDATE OF user_id, placed FOR EACH ROW:" in full
    assert "used by views: big_orders" in full
    evil = display.render_table_html(s.table(EVIL), s)
    assert "<script" not in evil and f"trigger tr {EVIL}" in _text(evil)


def test_view_html_escapes_and_shows_dependencies():
    s = objects_schema()
    evil = next(v for v in s.views if v.name.startswith("v "))
    markup = display.render_view_html(evil, s)
    assert "<script" not in markup
    text = _text(markup)
    assert f"v {EVIL} view" in text and f"depends on: big_orders, {EVIL}" in text
    assert "used by: v " in _text(display.render_view_html(s.view_map[TableKey(None, "big_orders")], s))
    # A view shown on its own in a notebook (``_repr_html_``) is the same display, escaped.
    own = evil._repr_html_()
    assert "<script" not in own and f"v {EVIL} view" in _text(own)


def test_describe_names_the_new_objects():
    s = objects_schema()
    assert display.describe(s.routines[2]) == "function total(a integer, b integer) RETURNS integer"
    assert display.describe(s.triggers[0]).startswith("trigger orders_audit AFTER INSERT")
    assert display.describe(s.grants[1]) == "EXECUTE on routine total to app"
    assert display.describe(s.table("orders").partitioning.partitions[1]) == "partition orders_default DEFAULT"


def _object_diff():
    s = objects_schema()
    changes = (
        Change(kind=ChangeKind.ROUTINE_CHANGED, ref=ObjectRef(ObjectKind.ROUTINE, TableKey(None, "total")),
               before=s.routines[1], after=s.routines[1]),
        Change(kind=ChangeKind.TRIGGER_ADDED, ref=ObjectRef(ObjectKind.TRIGGER, TableKey(None, "orders"), "t"),
               after=s.triggers[0]),
        Change(kind=ChangeKind.PARTITION_DROPPED, ref=ObjectRef(ObjectKind.PARTITION, TableKey(None, "orders"), "p"),
               before=s.table("orders").partitioning.partitions[0]),
        Change(kind=ChangeKind.VIEW_CHANGED, ref=ObjectRef(ObjectKind.VIEW, TableKey(None, "big_orders"))),
    )
    return FakeDiff(s, s, changes)


def test_explorer_filters_by_the_new_kinds():
    state = ExplorerState(_object_diff())
    assert state.kinds_present() == (ChangeKind.VIEW_CHANGED, ChangeKind.ROUTINE_CHANGED,
                                     ChangeKind.TRIGGER_ADDED, ChangeKind.PARTITION_DROPPED)
    state.set_filters(kinds=["trigger_added", "partition_dropped"])
    assert [c.kind for c in state.visible] == [ChangeKind.TRIGGER_ADDED, ChangeKind.PARTITION_DROPPED]
    state.set_filters(kinds=[ChangeKind.ROUTINE_CHANGED])
    assert [c.ref.table.name for c in state.visible] == ["total"]


def test_diff_html_describes_the_new_objects():
    text = _text(display.render_diff_html(_object_diff()))
    assert "routine_changed total function total(a integer) RETURNS integer" in text
    assert "partition_dropped orders.p partition orders_2024 FOR VALUES" in text


@pytest.fixture
def shell():
    ip = InteractiveShell.instance()
    ip.register_magics(SchemaNBMagics(ip))
    saved = dict(ip.user_ns)
    ip.user_ns["snap"] = objects_schema()
    yield ip
    ip.user_ns.clear()
    ip.user_ns.update(saved)


@pytest.mark.parametrize(("kind", "rows"), [("views", 3), ("triggers", 2), ("routines", 4),
                                            ("partitions", 2), ("domains", 1), ("types", 2),
                                            ("extensions", 1), ("grants", 2), ("indexes", 0)])
def test_objects_magic_returns_the_frame_of_a_kind(shell, kind, rows):
    frame = shell.run_line_magic("objects", f"{kind} snap")
    assert len(frame) == rows


def test_objects_magic_names_the_kinds_on_a_typo(shell):
    with pytest.raises(UsageError, match="no kind 'routine' — use one of tables, indexes"):
        shell.run_line_magic("objects", "routine snap")
    assert shell.run_line_magic("objects", "--help") is None


def test_erd_magic_draws_views_unless_told_not_to(shell):
    with_views = shell.run_line_magic("erd", "users snap")
    assert {k.name for k in with_views.view_keys} == {"big_orders", "totals"}
    without = shell.run_line_magic("erd", "users snap --no-views")
    assert without.view_keys == () and {k.name for k in without.table_keys} == {"users", "orders"}
