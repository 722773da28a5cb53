"""The pytest helper: its failure message is the readable diff, not only the stat line."""

from __future__ import annotations

import pytest
from builders import col, schema, table

from schemanb.testing import SchemaMismatch, assert_schema_matches

EXPECTED = schema(
    table("users", col("id", nullable=False), col("email", "VARCHAR(100)"), col("legacy", "TEXT"),
          pk=("id",)),
    table("orders", col("id", nullable=False), pk=("id",)),
    dialect="postgresql",
)
ACTUAL = schema(
    table("users", col("id", nullable=False), col("email", "VARCHAR(20)"), pk=("id",)),
    table("orders", col("id", nullable=False), col("note", "TEXT"), pk=("id",)),
    dialect="postgresql",
)


def test_the_message_names_every_change_with_table_column_before_after_and_risk():
    with pytest.raises(SchemaMismatch) as raised:
        assert_schema_matches(EXPECTED, ACTUAL)
    message = str(raised.value)
    assert message.startswith("schema does not match (3 changes, expected -> actual):\n")
    lines = message.splitlines()
    assert "users:" in lines and "orders:" in lines
    assert any("[destructive] column dropped legacy" in line for line in lines)
    assert any("column type changed email" in line and "VARCHAR(100)" in line
               and "-> " in line and "VARCHAR(20)" in line for line in lines)
    assert any("[safe] column added note" in line for line in lines)
    assert len(raised.value.diff.changes) == 3


def test_equal_schemas_pass():
    assert_schema_matches(EXPECTED, EXPECTED)
