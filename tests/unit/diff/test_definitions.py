"""SQLite's stored CREATE texts in the snapshot and the diff (issue #18): what counts as a change."""

from __future__ import annotations

import pytest

from schemanb import diff
from schemanb.model import Column, Index, Schema, SnapshotInfo, Table
from schemanb.serialize import dumps, loads

SQLITE = SnapshotInfo(dialect="sqlite")


def schema(sql: str, *, columns: tuple[str, ...] = ("id", "a"), index: str | None = None) -> Schema:
    cols = tuple(Column(name=c, type_sql="INTEGER", type_generic="INTEGER") for c in columns)
    indexes = (Index(name="ix", expressions=("a",), create_sql=index),) if index else ()
    return Schema(info=SQLITE, tables=(Table(name="t", columns=cols, create_sql=sql, indexes=indexes),))


def kinds(a: Schema, b: Schema) -> list[str]:
    return [c.kind.value for c in diff(a, b).changes]


BASE = "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT)"


@pytest.mark.parametrize("other", [
    'create table "T" ( "id" integer primary key , [a] int ) -- a comment',
    "CREATE TABLE t(id INTEGER PRIMARY KEY,a INT)",
    "CREATE TABLE IF NOT EXISTS main.t (id /* x */ INTEGER PRIMARY KEY, a INT);",
])
def test_quoting_spacing_comments_and_keyword_case_are_no_change(other: str) -> None:
    assert kinds(schema(BASE), schema(other)) == []


@pytest.mark.parametrize("other", [
    "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT) STRICT",
    "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT) WITHOUT ROWID",
    "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a INT)",
    "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)",
    "CREATE TABLE t (id INTEGER, a INT, CONSTRAINT pk PRIMARY KEY (id))",
    "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT CONSTRAINT fk REFERENCES p (id))",
])
def test_a_difference_in_meaning_is_a_definition_change(other: str) -> None:
    change = diff(schema(BASE), schema(other)).changes
    assert [c.kind.value for c in change] == ["table_definition_changed"]
    assert change[0].risk.value == "locking"  # SQLite rebuilds the table


def test_a_column_added_last_is_explained_by_add_column_but_not_in_the_middle() -> None:
    last = schema("CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT)", columns=("id", "a", "b"))
    middle = schema("CREATE TABLE t (id INTEGER PRIMARY KEY, b INT, a INT)", columns=("id", "b", "a"))
    assert kinds(schema(BASE), last) == ["column_added"]
    assert kinds(schema(BASE), middle) == ["column_added", "table_definition_changed"]


def test_a_desc_index_column_is_an_index_change() -> None:
    a = schema(BASE, index="CREATE INDEX ix ON t (a)")
    b = schema(BASE, index='CREATE INDEX "ix" ON "t" (a DESC)')
    assert kinds(a, b) == ["index_changed"]
    assert kinds(a, schema(BASE, index="create index IX on T ( A )")) == []


def test_a_side_without_text_compares_as_before() -> None:
    assert kinds(schema(BASE), schema(None)) == []  # type: ignore[arg-type]


def test_texts_round_trip_through_the_snapshot_file_and_do_not_count_in_equality() -> None:
    s = schema(BASE + " STRICT", index="CREATE INDEX ix ON t (a DESC)")
    back = loads(dumps(s))
    assert back.tables[0].create_sql == BASE + " STRICT"
    assert back.tables[0].indexes[0].create_sql == "CREATE INDEX ix ON t (a DESC)"
    assert back == s == schema(BASE, index="CREATE INDEX ix ON t (a)")
    assert '"create_sql"' not in dumps(schema(None))  # type: ignore[arg-type]
