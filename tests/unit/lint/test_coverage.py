"""Comment coverage as a metric (tbls' coverage): totals, a frame per table and column."""

from __future__ import annotations

from builders import col, schema, table

from schemanb import model
from schemanb.lint.coverage import (
    COLUMN_COVERAGE_COLUMNS,
    TABLE_COVERAGE_COLUMNS,
    comment_coverage,
    coverage_frames,
)


def documented() -> model.Schema:
    users = table("users", col("id", comment="key"), col("email", comment="login"), comment="people")
    orders = table("orders", col("id"), col("total", comment="sum"), col("note"))
    view = model.View(name="big", definition="SELECT 1", columns=(col("id"),), comment="big ones")
    return schema(users, orders, views=(view,))


def test_totals_count_each_table_view_and_column_once():
    cov = comment_coverage(documented())
    # users 3/3, orders 1/4, view big 1/2 -> 5 of 9
    assert (cov.covered, cov.total) == (5, 9)
    assert round(cov.percent, 1) == 55.6
    assert cov.summary() == "comment coverage 55.6% (5 of 9 tables, views and columns)"
    assert [(t.table, t.kind, t.covered, t.total) for t in cov.tables] == [
        ("orders", "table", 1, 4), ("users", "table", 3, 3), ("big", "view", 1, 2),
    ]


def test_an_empty_schema_is_fully_covered():
    assert comment_coverage(schema()).percent == 100.0


def test_frames_per_table_and_per_column():
    frames = coverage_frames(documented())
    tables, columns = frames["tables"], frames["columns"]
    assert tuple(tables.columns) == TABLE_COVERAGE_COLUMNS
    assert tuple(columns.columns) == COLUMN_COVERAGE_COLUMNS
    assert list(tables["coverage"]) == [25.0, 100.0, 50.0]
    assert len(columns) == 6 and columns["commented"].sum() == 3
    assert list(columns[columns.table == "orders"]["commented"]) == [False, True, False]
