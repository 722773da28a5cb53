"""The drift explorer's state as an object: filters, pages, selection, rename decisions."""

from __future__ import annotations

import pytest
from builders import col, index, schema, table

import schemanb
from schemanb.diff.changes import ChangeKind, Risk
from schemanb.jupyter.explorer.state import ExplorerState


def _pair():
    """users gets a renamed column, a new index and loses a column; orders widens a type."""
    a = schema(
        table("users", col("id", nullable=False), col("fullname", "VARCHAR(100)"),
              col("legacy", "TEXT"), pk=("id",)),
        table("orders", col("id", nullable=False), col("note", "VARCHAR(20)"), pk=("id",)),
        dialect="postgresql",
    )
    b = schema(
        table("users", col("id", nullable=False), col("full_name", "VARCHAR(100)"), pk=("id",),
              indexes=(index("ix_users_full_name", "full_name"),)),
        table("orders", col("id", nullable=False), col("note", "VARCHAR(200)"), pk=("id",)),
        dialect="postgresql",
    )
    return schemanb.diff(a, b)


@pytest.fixture
def state():
    return ExplorerState(_pair(), dialect="postgresql")


def test_lists_every_change_grouped_by_table(state):
    listed = [(c.table, c.kind) for c in state.visible]
    assert sorted(listed) == sorted((c.table, c.kind) for c in state.diff.changes)
    tables = [c.table for c in state.visible]
    assert tables == sorted(tables, key=tables.index)  # each table's changes are contiguous
    assert [t for t, _ in state.page_groups()] == list(dict.fromkeys(tables))


def test_toggling_a_rename_changes_the_listed_changes_and_the_sql(state):
    (choice,) = state.renames()
    assert (choice.old, choice.new, choice.accepted) == ("users.fullname", "users.full_name", True)
    accepted_sql = state.sql()
    assert "RENAME fullname TO full_name" in accepted_sql
    assert ChangeKind.COLUMN_RENAMED in state.kinds_present()

    state.decide_rename(choice.old, choice.new, accept=False)

    assert state.renames()[0].accepted is False
    rejected_sql = state.sql()
    assert "RENAME fullname" not in rejected_sql
    assert "DROP COLUMN fullname" in rejected_sql and "ADD COLUMN full_name" in rejected_sql
    assert ChangeKind.COLUMN_RENAMED not in state.kinds_present()
    assert {ChangeKind.COLUMN_ADDED, ChangeKind.COLUMN_DROPPED} <= set(state.kinds_present())

    state.decide_rename(choice.old, choice.new, accept=True)
    assert state.sql() == accepted_sql


def test_filters_change_what_is_listed(state):
    everything = len(state.visible)
    state.set_filters(kinds=[ChangeKind.COLUMN_DROPPED])
    assert [(c.kind, str(c.ref)) for c in state.visible] == [(ChangeKind.COLUMN_DROPPED, "users.legacy")]
    state.set_filters(kinds=[], risks=[Risk.DESTRUCTIVE])
    assert state.visible and all(c.risk is Risk.DESTRUCTIVE for c in state.visible)
    state.set_filters(risks=[], search="ORD")
    assert state.visible and {c.table for c in state.visible} == {"orders"}
    state.set_filters(search="no such table")
    assert state.visible == () and state.page_count == 1
    state.set_filters(search="")
    assert len(state.visible) == everything


def test_selection_shows_the_sql_of_that_change_alone(state):
    dropped = next(c for c in state.visible if c.kind is ChangeKind.COLUMN_DROPPED)
    state.select(dropped)
    sql = state.selected_sql()
    assert "DROP COLUMN legacy" in sql
    assert "orders" not in sql
    state.set_filters(search="orders")  # the selection is filtered out: nothing selected
    assert state.selected is None and state.selected_sql() == ""


def test_selecting_a_foreign_change_is_refused(state):
    other = schemanb.diff(schema(dialect="postgresql"), schema(table("x", col("id"))))
    with pytest.raises(ValueError, match="not a change of this diff"):
        state.select(other.changes[0])


def test_save_sql_and_alembic_revision(state, tmp_path):
    sql_path = state.save_sql(tmp_path / "out" / "migration.sql")
    assert sql_path.read_text() == state.sql()
    rev = state.write_alembic(tmp_path / "rev.py").read_text()
    assert "def upgrade()" in rev and "def downgrade()" in rev
    compile(rev, "rev.py", "exec")


def test_a_thousand_changes_paginate():
    a = schema(table("base", col("id")), dialect="sqlite")
    b = schema(table("base", col("id")), *(table(f"t{i:04d}", col("id")) for i in range(1000)),
               dialect="sqlite")
    state = ExplorerState(schemanb.diff(a, b), page_size=50)
    assert len(state.visible) == 1000
    assert state.page_count == 20
    assert [c.table for c in state.page_changes][:2] == ["t0000", "t0001"]
    state.set_page(19)
    assert len(state.page_changes) == 50 and state.page_changes[-1].table == "t0999"
    state.set_page(99)
    assert state.page == 19
    state.set_filters(search="t09")
    assert state.page == 0 and len(state.visible) == 100 and state.page_count == 2


def test_a_row_is_risk_kind_object_and_before_after(state):
    rows = {(r.kind, r.object): r for r in state.page_rows()}
    widened = rows["column_type_changed", "orders.note"]
    assert (widened.risk, widened.before, widened.after) == ("safe", "VARCHAR(20) NULL", "VARCHAR(200) NULL")
    renamed = rows["column_renamed", "users.full_name"]
    assert (renamed.before, renamed.after) == ("fullname", "full_name")
    index_row = rows["index_added", "users.ix_users_full_name"]
    assert (index_row.before, index_row.after) == ("—", "INDEX (full_name)")
    assert state.page_span() == (1, len(state.visible))
