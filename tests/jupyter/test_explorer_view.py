"""The explorer's widgets are bound to its state: controls change the state, views follow it."""

from __future__ import annotations

import html

from builders import col, index, schema, table
from hostile import HOSTILE_NAMES

import schemanb
from schemanb.diff.changes import Risk
from schemanb.jupyter.explorer.view import DriftExplorer


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _rows(explorer):
    """The labels of the list's rows, with the no-break padding as plain spaces."""
    return [" ".join(label.split()) for label, _ in explorer._list.options]


def _diff():
    a = schema(table("users", col("id"), col("fullname", "VARCHAR(100)"), col("legacy")),
               dialect="postgresql")
    b = schema(table("users", col("id"), col("full_name", "VARCHAR(100)")),
               table("audit", col("id")), dialect="postgresql")
    return schemanb.diff(a, b)


def test_header_counts_and_one_row_per_listed_change():
    explorer = DriftExplorer(_diff())
    n = len(explorer.diff.changes)
    assert f'<span class="schemanb-count">{n:,} changes</span>' in explorer._header.value
    assert len(_rows(explorer)) == n
    assert "schemanb-changes" in explorer._list._dom_classes


def test_a_row_shows_risk_kind_object_and_before_after():
    explorer = DriftExplorer(_diff())
    assert "destructive column_dropped users.legacy INTEGER NULL → —" in _rows(explorer)
    assert "review column_renamed users.full_name fullname → full_name" in _rows(explorer)


def test_the_list_never_shows_more_than_a_screenful_and_pages_the_rest():
    a = schema(*(table(f"t{i:03d}", col("id")) for i in range(120)), dialect="postgresql")
    b = schema(*(table(f"t{i:03d}", col("id", "BIGINT"), col("x")) for i in range(120)),
               dialect="postgresql")
    explorer = DriftExplorer(schemanb.diff(a, b))
    assert len(_rows(explorer)) == 50 and explorer._list.rows == 18
    assert explorer._page.value == "page 1 of 5 · 1–50 of 240"
    explorer._next.click()
    assert explorer._page.value == "page 2 of 5 · 51–100 of 240"
    assert _rows(explorer)[0].split()[2] == "t025.id"
    # a risk-coloured bar per row, in a style scoped to this explorer's list
    assert f".{explorer._uid} option:nth-child(1)" in explorer._style.value


def test_selecting_a_row_shows_its_before_after_and_sql():
    explorer = DriftExplorer(_diff())
    explorer._list.value = next(i for label, i in explorer._list.options if "column_dropped" in label)
    assert explorer.state.selected.ref.name == "legacy"
    assert "DROP COLUMN legacy" in explorer._detail.value


def test_filter_controls_drive_the_list():
    explorer = DriftExplorer(_diff())
    explorer._search.value = "aud"
    assert [r.split()[1] for r in _rows(explorer)] == ["table_added"]
    explorer._search.value = "legacy"  # an object's name, not only a table's
    assert [r.split()[2] for r in _rows(explorer)] == ["users.legacy"]
    explorer._search.value = ""
    explorer._kind.value = "column_renamed"
    assert [r.split()[2] for r in _rows(explorer)] == ["users.full_name"]
    explorer._search.value = "nothing-like-this"
    assert _rows(explorer) == [] and "no changes match" in explorer._empty.value


def test_rename_toggle_regenerates_the_sql():
    explorer = DriftExplorer(_diff())
    assert "RENAME fullname TO full_name" in explorer._sql.value
    toggle = next(w for w in _walk(explorer) if "schemanb-rename" in getattr(w, "_dom_classes", ()))
    toggle.value = "reject"
    assert "RENAME fullname" not in explorer._sql.value
    assert "DROP COLUMN fullname" in explorer._sql.value


def test_save_button_writes_the_file(tmp_path):
    explorer = DriftExplorer(_diff())
    explorer._path.value = str(tmp_path / "fix.sql")
    explorer._save.click()
    assert (tmp_path / "fix.sql").read_text() == explorer.state.sql()
    assert "wrote" in explorer._status.value


def test_hostile_table_names_are_escaped_in_html_widgets():
    evil = HOSTILE_NAMES["markup"]
    a = schema(table("t", col("id")), dialect="postgresql")
    b = schema(table("t", col("id")), table(evil, col("id")), dialect="postgresql")
    explorer = DriftExplorer(schemanb.diff(a, b))
    markup = [w.value for w in _walk(explorer) if type(w).__name__ == "HTML"]
    assert not any("<script>" in m for m in markup)
    assert any(html.escape(evil) in m for m in markup)


def test_diagram_of_the_page_is_drawn_when_its_tab_shows():
    explorer = DriftExplorer(_diff())
    assert explorer._diagram.value == ""  # not drawn while hidden
    explorer._tabs.selected_index = 3
    svg = explorer._diagram.value
    assert svg.lstrip().startswith(("<?xml", "<svg", "<!--"))
    assert "audit" in svg and "users" in svg


def test_refresh_shows_filters_set_on_the_state_from_code():
    explorer = DriftExplorer(_diff())
    explorer.state.set_filters(risks=["destructive"], search="users")
    explorer.refresh()
    assert (explorer._risk.value, explorer._search.value) == ("destructive", "users")
    assert explorer.state.filters.risks == {Risk.DESTRUCTIVE}  # the controls did not reset it
    assert [r.split()[1] for r in _rows(explorer)] == ["column_dropped"]


def test_kind_choices_follow_a_rename_decision():
    explorer = DriftExplorer(_diff())
    assert "column_renamed" in [v for _, v in explorer._kind.options]
    explorer.state.decide_rename("users.fullname", "users.full_name", accept=False)
    explorer.refresh()
    values = [v for _, v in explorer._kind.options]
    assert "column_renamed" not in values and "column_added" in values


def test_counts_of_a_thousand_and_more_carry_a_thousands_separator():
    a = schema(*(table(f"t{i:04d}", col("id")) for i in range(1000)), dialect="postgresql")
    b = schema(*(table(f"t{i:04d}", col("id"), col("x")) for i in range(1000)),
               dialect="postgresql")
    explorer = DriftExplorer(schemanb.diff(a, b))
    header = explorer._header.value
    assert '<span class="schemanb-count">1,000 changes</span> in 1,000 tables' in header
    assert '<span class="schemanb-visible">1,000 shown</span>' in header
    assert "</span> 1,000" in header  # the risk badge's count
    assert explorer._page.value == "page 1 of 20 · 1–50 of 1,000"


def _index_diff():
    a = schema(table("orders", col("id", nullable=False), col("total"), pk=("id",)),
               dialect="postgresql")
    b = schema(table("orders", col("id", nullable=False), col("total"), col("channel", nullable=False),
                     pk=("id",), indexes=(index("ix_orders_total", "total"),)),
               dialect="postgresql")
    return schemanb.diff(a, b)


def test_safe_sql_tab_shows_the_safe_plan_beside_the_plain_sql():
    explorer = DriftExplorer(_index_diff())
    assert "CONCURRENTLY" not in explorer._sql.value  # the plain SQL
    assert explorer._safe_sql.value == ""  # not rendered while its tab is hidden
    explorer._tabs.selected_index = 1
    assert explorer._tabs.get_title(1) == "Safe SQL"
    safe = explorer._safe_sql.value
    assert safe == explorer.diff.to_sql(safe=True)
    assert "CREATE INDEX CONCURRENTLY ix_orders_total" in safe and "SET lock_timeout" in safe
    assert "TODO: BACKFILL" in safe and "NOT VALID" in safe
    assert "PostgreSQL" in explorer._safe_intro.value
    assert "select a change" in explorer._safe_selected.value
    row = next(i for i, c in enumerate(explorer.state.page_changes) if c.kind.value == "index_added")
    explorer._list.value = row
    selected = html.unescape(explorer._safe_selected.value)
    assert "CREATE INDEX CONCURRENTLY ix_orders_total" in selected and "channel" not in selected


def test_safe_sql_and_revision_are_written_from_the_tab(tmp_path):
    explorer = DriftExplorer(_index_diff())
    explorer._tabs.selected_index = 1
    explorer._safe_path.value = str(tmp_path / "safe.sql")
    explorer._safe_save.click()
    assert "CONCURRENTLY" in (tmp_path / "safe.sql").read_text(encoding="utf-8")
    explorer._safe_rev_path.value = str(tmp_path / "rev.py")
    explorer._safe_alembic.click()
    revision = (tmp_path / "rev.py").read_text(encoding="utf-8")
    assert "postgresql_concurrently=True" in revision and "autocommit_block()" in revision
    assert "wrote" in explorer._status.value
