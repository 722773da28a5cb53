"""SchemaDiff as an object: state, subsets, errors, delegation (issue 4, items 1 and 5)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import col, schema, table

import schemanb
from schemanb.diff import ChangeKind, Risk, SchemaDiff, diff
from schemanb.errors import DiffError


def pair():
    a = schema(table("users", col("id"), col("email", "VARCHAR(255)")), table("gone", col("x")),
               dialect="sqlite")
    b = schema(table("users", col("id"), col("email", "VARCHAR(100)"), col("age")),
               dialect="sqlite")
    return diff(a, b)


def test_public_names_are_the_function_and_the_class():
    assert schemanb.diff is diff and schemanb.SchemaDiff is SchemaDiff
    d = pair()
    assert isinstance(d, SchemaDiff) and d.a.tables and d.b.tables


def test_state_helpers():
    d = pair()
    assert len(d) == 3 and bool(d) and not d.is_empty
    assert d.max_risk is Risk.DESTRUCTIVE and d.is_destructive
    assert [c.ref.name for c in d.of_kind("column_added")] == ["age"]
    assert [c.kind for c in d.of_kind(ChangeKind.TABLE_DROPPED)] == [ChangeKind.TABLE_DROPPED]
    assert repr(d) == "<SchemaDiff: 3 changes, max risk destructive>"


def test_a_subset_of_changes_renders_alone():
    d = pair()
    part = dataclasses.replace(d, changes=d.of_kind("column_added"), candidates=())
    assert [c.kind.value for c in part.changes] == ["column_added"]
    assert len(d.changes) == 3
    pytest.importorskip("schemanb.migrate.sql")
    sql = part.to_sql("sqlite")
    assert "age" in sql and "gone" not in sql


def test_diff_needs_snapshots():
    with pytest.raises(DiffError, match="compares two Schema snapshots, not a str"):
        diff("sqlite://", schema())


def test_to_sql_of_the_whole_diff_names_every_change():
    pytest.importorskip("schemanb.migrate.sql")
    sql = pair().to_sql()
    assert "DROP TABLE gone" in sql and "age" in sql
