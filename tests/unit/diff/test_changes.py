"""ChangeKind.scope: where a change happens, one table instead of tests on value prefixes."""

from __future__ import annotations

from schemanb.diff.changes import ChangeKind


def test_scope_of_every_kind():
    table_level = {k for k in ChangeKind if k.scope == "table"}
    assert table_level == {
        k for k in ChangeKind
        if k.value.startswith(("column_", "primary_key_", "foreign_key_", "unique_", "check_"))
    } | {ChangeKind.TABLE_DEFINITION_CHANGED}  # SQLite's stored text: re-created by a rebuild
    assert {k for k in ChangeKind if k.scope == "index"} == {
        ChangeKind.INDEX_ADDED, ChangeKind.INDEX_DROPPED, ChangeKind.INDEX_CHANGED}
    assert ChangeKind.TABLE_ADDED.scope == ChangeKind.TABLE_COMMENT_CHANGED.scope == "schema"
    assert ChangeKind.VIEW_CHANGED.scope == ChangeKind.GRANT_ADDED.scope == "schema"
