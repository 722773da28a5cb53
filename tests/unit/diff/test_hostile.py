"""Hostile names are ordinary input for the diff: compare, renames, ignore, outputs."""

from __future__ import annotations

import json

import pytest
from builders import col, index, schema, table
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES

from schemanb.diff import diff
from schemanb.model import CheckConstraint


@pytest.mark.parametrize("name", list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES))
def test_hostile_names_round_trip_through_every_output(name):
    a = schema(table(name, col("id", nullable=False), col(name, "VARCHAR(10)"), pk=("id",),
                     indexes=(index(f"ix {name}"[:63], name),),
                     check_constraints=(CheckConstraint(name=None, expression=f'"{name}" <> \'\''),)),
               dialect="postgresql")
    b = schema(table(name, col("id", nullable=False), col(name, "VARCHAR(20)"),
                     col(name[:60] + "_2", "INTEGER"), pk=("id",),
                     indexes=(index(f"ix {name}"[:63], name),),
                     check_constraints=(CheckConstraint(name=None, expression=f'"{name}" <> \'\''),),
                     comment=HOSTILE_COMMENTS["script"]),
               dialect="postgresql")
    d = diff(a, b)
    assert sorted((c.kind.value, c.ref.name) for c in d.changes) == sorted([
        ("column_type_changed", name), ("column_added", name[:60] + "_2"),
        ("table_comment_changed", None)])
    data = json.loads(d.to_json())
    assert {c["table"] for c in data["changes"]} == {name}
    assert d.frame["table"].tolist() == [name] * 3
    assert name in d.to_text()
    assert diff(a, b, ignore=[name]).is_empty


def test_hostile_comment_and_rename_hints(tmp_path):
    odd = HOSTILE_NAMES["double_quote"]
    a = schema(table("t", col("id"), col(odd, "TEXT")), dialect="sqlite")
    b = schema(table("t", col("id"), col(odd + "_x", "TEXT")), dialect="sqlite")
    d = diff(a, b)
    assert [c.kind.value for c in d.changes] == ["column_renamed"]
    d.reject_rename(f"t.{odd}", f"t.{odd}_x")
    path = d.save_renames(tmp_path / "r.toml")
    again = diff(a, b, renames=path)
    assert sorted(c.kind.value for c in again.changes) == ["column_added", "column_dropped"]
