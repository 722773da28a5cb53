"""The explorer's widgets are bound to its state: controls change the state, views follow it."""

from __future__ import annotations

import html

from builders import col, schema, table
from hostile import HOSTILE_NAMES

import schemanb
from schemanb.diff.changes import Risk
from schemanb.jupyter.explorer.view import DriftExplorer


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _buttons(explorer):
    return [w for w in _walk(explorer) if "schemanb-change" in getattr(w, "_dom_classes", ())]


def _diff():
    a = schema(table("users", col("id"), col("fullname", "VARCHAR(100)"), col("legacy")),
               dialect="postgresql")
    b = schema(table("users", col("id"), col("full_name", "VARCHAR(100)")),
               table("audit", col("id")), dialect="postgresql")
    return schemanb.diff(a, b)


def test_header_counts_and_one_button_per_listed_change():
    explorer = DriftExplorer(_diff())
    n = len(explorer.diff.changes)
    assert f'<span class="schemanb-count">{n} changes</span>' in explorer._header.value
    assert len(_buttons(explorer)) == n


def test_clicking_a_change_shows_its_before_after_and_sql():
    explorer = DriftExplorer(_diff())
    dropped = next(b for b in _buttons(explorer) if b.description.startswith("column_dropped"))
    dropped.click()
    assert explorer.state.selected.ref.name == "legacy"
    assert "DROP COLUMN legacy" in explorer._detail.value


def test_filter_controls_drive_the_list():
    explorer = DriftExplorer(_diff())
    explorer._search.value = "aud"
    assert [b.description for b in _buttons(explorer)] == ["table_added: audit"]
    explorer._search.value = ""
    explorer._kind.value = "column_renamed"
    assert [b.description for b in _buttons(explorer)] == ["column_renamed: full_name"]


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
    explorer._tabs.selected_index = 2
    svg = explorer._diagram.value
    assert svg.lstrip().startswith(("<?xml", "<svg", "<!--"))
    assert "audit" in svg and "users" in svg


def test_refresh_shows_filters_set_on_the_state_from_code():
    explorer = DriftExplorer(_diff())
    explorer.state.set_filters(risks=["destructive"], search="users")
    explorer.refresh()
    assert (explorer._risk.value, explorer._search.value) == ("destructive", "users")
    assert explorer.state.filters.risks == {Risk.DESTRUCTIVE}  # the controls did not reset it
    assert [b.description for b in _buttons(explorer)] == ["column_dropped: legacy"]


def test_kind_choices_follow_a_rename_decision():
    explorer = DriftExplorer(_diff())
    assert "column_renamed" in [v for _, v in explorer._kind.options]
    explorer.state.decide_rename("users.fullname", "users.full_name", accept=False)
    explorer.refresh()
    values = [v for _, v in explorer._kind.options]
    assert "column_renamed" not in values and "column_added" in values
