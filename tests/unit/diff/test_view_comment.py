"""A view whose only change is its comment: view_comment_changed, set in place."""

from __future__ import annotations

from schemanb import model
from schemanb.diff import diff
from schemanb.diff.changes import ChangeKind
from schemanb.migrate.sql import render_sql

PG = model.SnapshotInfo(dialect="postgresql")


def _view(comment: str | None, definition: str = "SELECT 1 AS x") -> model.View:
    return model.View(name="v", definition=definition, comment=comment)


def test_only_the_comment_is_a_comment_change_and_migrates_in_place() -> None:
    d = diff(model.Schema(info=PG, views=(_view("old"),)), model.Schema(info=PG, views=(_view("it's new"),)))
    assert [c.kind for c in d.changes] == [ChangeKind.VIEW_COMMENT_CHANGED]
    assert render_sql(d, "postgresql") == "COMMENT ON VIEW v IS 'it''s new';\n"
    assert render_sql(d, "postgresql", direction="downgrade") == "COMMENT ON VIEW v IS 'old';\n"


def test_a_body_change_with_a_comment_change_is_a_view_change_that_keeps_the_comment() -> None:
    d = diff(model.Schema(info=PG, views=(_view(None),)),
             model.Schema(info=PG, views=(_view("c", "SELECT 2 AS x"),)))
    assert [c.kind for c in d.changes] == [ChangeKind.VIEW_CHANGED]
    sql = render_sql(d, "postgresql")
    assert sql.index("CREATE VIEW v") < sql.index("COMMENT ON VIEW v IS 'c'")
