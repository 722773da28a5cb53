"""Risk of each change per dialect (issue 4, item 4)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, index, schema, table

from schemanb.diff import Risk, diff
from schemanb.diff.risk import narrowing


def one(dialect, before_cols, after_cols, rows=None, **kw):
    a = schema(table("t", col("id", nullable=False), *before_cols, pk=("id",),
                     row_estimate=rows, **kw), dialect=dialect)
    b = schema(table("t", col("id", nullable=False), *after_cols, pk=("id",)), dialect=dialect)
    return diff(a, b)


@pytest.mark.parametrize(("before", "after", "lossy"), [
    ("VARCHAR(255)", "VARCHAR(100)", True), ("VARCHAR(100)", "VARCHAR(255)", False),
    ("BIGINT", "INTEGER", True), ("INTEGER", "BIGINT", False),
    ("NUMERIC(10, 2)", "NUMERIC(8, 2)", True), ("NUMERIC(10, 2)", "NUMERIC(10, 1)", True),
    ("NUMERIC(10, 2)", "NUMERIC(12, 2)", False), ("TEXT", "VARCHAR(20)", True),
    ("VARCHAR(20)", "TEXT", False), ("TEXT", "INTEGER", True), ("DATETIME", "DATE", True),
])
def test_narrowing(before, after, lossy):
    assert (narrowing(before, after) is not None) is lossy


def test_drops_are_destructive():
    d = one("postgresql", [col("x")], [])
    assert [c.risk for c in d.changes] == [Risk.DESTRUCTIVE]
    a = schema(table("t", col("id")), dialect="postgresql")
    assert diff(a, schema(dialect="postgresql")).changes[0].risk is Risk.DESTRUCTIVE


def test_varchar_widen_is_safe_on_postgresql_but_int_to_bigint_locks():
    d = one("postgresql", [col("x", "VARCHAR(50)")], [col("x", "VARCHAR(80)")], rows=10)
    assert d.changes[0].risk is Risk.SAFE
    d = one("postgresql", [col("x", "INTEGER")], [col("x", "BIGINT")], rows=10)
    assert d.changes[0].risk is Risk.LOCKING
    assert any("rewrites the table" in n for n in d.changes[0].notes)
    assert "table has ~10 rows" in d.changes[0].notes


def test_mysql_varchar_widen_across_255_copies_the_table():
    d = one("mysql", [col("x", "VARCHAR(50)")], [col("x", "VARCHAR(80)")])
    assert d.changes[0].risk is Risk.SAFE
    d = one("mysql", [col("x", "VARCHAR(200)")], [col("x", "VARCHAR(300)")])
    assert d.changes[0].risk is Risk.LOCKING


def test_not_null_without_default_depends_on_rows():
    for rows, risk in ((None, Risk.REVIEW), (0, Risk.SAFE), (5, Risk.DESTRUCTIVE)):
        d = one("postgresql", [], [col("x", nullable=False)], rows=rows)
        assert d.changes[0].risk is risk, rows
    d = one("postgresql", [], [col("x", nullable=False, default="0")], rows=5)
    assert d.changes[0].risk is Risk.SAFE


def test_index_on_large_table_locks_where_the_build_blocks_writes():
    ix = (index("ix_x", "x"),)
    big = 10_000_000
    a = schema(table("t", col("x"), row_estimate=big), dialect="postgresql")
    b = schema(table("t", col("x"), indexes=ix), dialect="postgresql")
    assert diff(a, b).changes[0].risk is Risk.LOCKING
    small = dataclasses.replace(a, tables=(dataclasses.replace(a.tables[0], row_estimate=10),))
    assert diff(small, b).changes[0].risk is Risk.SAFE
    a_my = dataclasses.replace(a, info=dataclasses.replace(a.info, dialect="mysql"))
    assert diff(a_my, b).changes[0].risk is Risk.SAFE


def test_sqlite_alter_column_recreates_the_table():
    d = one("sqlite", [col("x", "VARCHAR(5)")], [col("x", "VARCHAR(5)", default="'a'")])
    assert d.changes[0].risk is Risk.LOCKING


def test_new_constraint_on_a_large_table_locks_while_rows_are_checked():
    from schemanb.model import CheckConstraint

    ck = (CheckConstraint(name="ck_x", expression="x > 0"),)
    for rows, risk in ((10, Risk.REVIEW), (5_000_000, Risk.LOCKING)):
        a = schema(table("t", col("x"), row_estimate=rows), dialect="postgresql")
        b = schema(table("t", col("x"), check_constraints=ck), dialect="postgresql")
        change = diff(a, b).changes[0]
        assert change.risk is risk
        assert f"table has ~{rows:,} rows" in change.notes
