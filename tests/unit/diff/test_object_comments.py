"""Comments beyond tables, columns and views (PostgreSQL): comment_changed, set in place."""

from __future__ import annotations

import dataclasses

from schemanb import model, serialize
from schemanb.diff import diff
from schemanb.diff.changes import ChangeKind, Risk
from schemanb.migrate.sql import render_sql

PG = model.SnapshotInfo(dialect="postgresql")
ID = model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER", nullable=False)
N = model.Column(name="n", type_sql="INTEGER", type_generic="INTEGER")


def _schema(comment: str | None = None, *, index_cols: tuple[str, ...] = ("n",)) -> model.Schema:
    table = model.Table(
        name="t", columns=(ID, N),
        primary_key=model.PrimaryKey(name="t_pk", columns=("id",), comment=comment),
        indexes=(model.Index(name="t_n", expressions=index_cols, comment=comment),),
    )
    routine = model.Routine(name="f", arguments="a integer DEFAULT 1", returns="integer",
                            language="sql", definition="SELECT a", comment=comment)
    return model.Schema(info=PG, tables=(table,), routines=(routine,),
                        enums=(model.Enum(name="mood", values=("a",), comment=comment),))


def test_only_comments_change_in_place_and_back() -> None:
    d = diff(_schema("old"), _schema("it's new"))
    assert {c.kind for c in d.changes} == {ChangeKind.COMMENT_CHANGED}
    assert {c.risk for c in d.changes} == {Risk.SAFE}
    sql = render_sql(d, "postgresql")
    assert "COMMENT ON INDEX t_n IS 'it''s new';" in sql
    assert "COMMENT ON CONSTRAINT t_pk ON t IS 'it''s new';" in sql
    assert "COMMENT ON FUNCTION f(a integer) IS 'it''s new';" in sql  # the default left out
    assert "COMMENT ON TYPE mood IS 'it''s new';" in sql
    assert "DROP" not in sql and "CREATE" not in sql
    assert "COMMENT ON INDEX t_n IS 'old';" in render_sql(d, "postgresql", direction="downgrade")
    removed = render_sql(diff(_schema("old"), _schema(None)), "postgresql")
    assert "COMMENT ON TYPE mood IS NULL;" in removed
    assert diff(_schema("old"), _schema(None), ignore=["comments"]).is_empty


def test_a_re_created_index_gets_its_comment_after_it_and_back_in_the_downgrade() -> None:
    d = diff(_schema("kept"), _schema("kept", index_cols=("id", "n")))
    assert [c.kind for c in d.changes] == [ChangeKind.INDEX_CHANGED]
    sql = render_sql(d, "postgresql")
    assert sql.index("CREATE INDEX t_n") < sql.index("COMMENT ON INDEX t_n IS 'kept'")
    down = render_sql(d, "postgresql", direction="downgrade")
    assert down.index("CREATE INDEX t_n ON t (n)") < down.index("COMMENT ON INDEX t_n IS 'kept'")


def test_comments_survive_a_snapshot_file_and_old_files_load_without_them() -> None:
    schema = _schema("c")
    assert serialize.loads(serialize.dumps(schema)) == schema
    data = serialize.schema_to_dict(dataclasses.replace(schema, routines=(), enums=()))
    table = data["tables"][0]
    del table["indexes"][0]["comment"], table["primary_key"]["comment"]
    old = serialize.schema_from_dict(data)
    assert old.tables[0].indexes[0].comment is None and old.tables[0].primary_key.comment is None
