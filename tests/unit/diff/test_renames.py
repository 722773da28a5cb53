"""Rename candidates: scores, threshold, accept/reject, hints (issue 4, item 3)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from builders import col, schema, table

from schemanb.diff import DEFAULT_THRESHOLD, diff, renames
from schemanb.errors import DiffError


def users(*cols):
    return schema(table("users", col("id", nullable=False), *cols, pk=("id",)), dialect="sqlite")


def test_rename_proposed_when_type_compatible():
    d = diff(users(col("name", "VARCHAR(50)")), users(col("full_name", "VARCHAR(50)")))
    assert [c.kind.value for c in d.changes] == ["column_renamed"]
    assert d.changes[0].score >= DEFAULT_THRESHOLD
    assert [c.score for c in d.candidates] == [d.changes[0].score]


def test_no_rename_for_unrelated_names_or_incompatible_types():
    d = diff(users(col("name", "VARCHAR(50)")), users(col("balance", "VARCHAR(50)")))
    assert sorted(c.kind.value for c in d.changes) == ["column_added", "column_dropped"]
    d = diff(users(col("name", "VARCHAR(50)")), users(col("name_at", "TIMESTAMP")))
    assert sorted(c.kind.value for c in d.changes) == ["column_added", "column_dropped"]


def test_scores_are_deterministic_and_bounded():
    a = col("email", "VARCHAR(255)")
    b = col("email_address", "VARCHAR(255)")
    t = users(a).table("users")
    u = users(b).table("users")
    s1 = renames.score_column(a, b, table_a=t, table_b=u, pos_a=1.0, pos_b=1.0)
    s2 = renames.score_column(a, b, table_a=t, table_b=u, pos_a=1.0, pos_b=1.0)
    assert s1 == s2 and 0.7 <= s1 <= 1.0
    assert renames.score_name("abc", "abc") == 1.0


def test_reject_then_accept_rename_switches_changes_and_returns_the_diff():
    a, b = users(col("name", "VARCHAR(50)")), users(col("full_name", "VARCHAR(50)"))
    d = diff(a, b)
    assert d.reject_rename("users.name", "users.full_name") is d
    assert sorted(c.kind.value for c in d.changes) == ["column_added", "column_dropped"]
    assert "rejected" in d.candidates[0].notes[0]
    d.accept_rename("name", "full_name")
    assert [c.kind.value for c in d.changes] == ["column_renamed"]


def test_accept_rename_below_threshold_and_by_change_object():
    a, b = users(col("name", "VARCHAR(50)")), users(col("label", "VARCHAR(50)"))
    d = diff(a, b)
    assert not d.candidates
    d.accept_rename("users.name", "users.label")
    assert [c.kind.value for c in d.changes] == ["column_renamed"]
    d.reject_rename(d.changes[0])
    assert sorted(c.kind.value for c in d.changes) == ["column_added", "column_dropped"]


def test_accept_rename_of_unknown_objects_is_a_one_line_error():
    d = diff(users(col("name")), users(col("label")))
    with pytest.raises(DiffError, match="no table or column 'users.nope'"):
        d.accept_rename("users.nope", "users.label")
    with pytest.raises(DiffError, match="a rename needs a dropped column"):
        d.accept_rename("users.name", "users.id")


def test_table_rename_with_column_rename_inside():
    a = schema(table("users", col("id", nullable=False), col("name", "VARCHAR(50)"),
                     col("email", "VARCHAR(255)"), pk=("id",)), dialect="sqlite")
    b = schema(table("members", col("id", nullable=False), col("full_name", "VARCHAR(50)"),
                     col("email", "VARCHAR(255)"), pk=("id",)), dialect="sqlite")
    d = diff(a, b)
    assert [(c.kind.value, str(c.ref)) for c in d.changes] == [
        ("table_renamed", "members"), ("column_renamed", "members.full_name")]
    d.reject_rename("users", "members")
    assert sorted(c.kind.value for c in d.changes) == ["table_added", "table_dropped"]


def test_hints_file_json_and_toml_round_trip(tmp_path):
    a, b = users(col("name", "VARCHAR(50)")), users(col("full_name", "VARCHAR(50)"))
    d = diff(a, b)
    d.reject_rename("users.name", "users.full_name")
    for suffix in (".json", ".toml"):
        path = tmp_path / f"renames{suffix}"
        d.save_renames(path)
        again = diff(a, b, renames=path)
        assert sorted(c.kind.value for c in again.changes) == ["column_added", "column_dropped"]
    data = json.loads((tmp_path / "renames.json").read_text())
    assert data == {"renames": {"accept": [], "reject": ["users.name -> users.full_name"]}}


def test_hints_accept_a_low_score_pair(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"renames": {"accept": [["users.name", "users.label"]]}}))
    d = diff(users(col("name")), users(col("label")), renames=path)
    assert [c.kind.value for c in d.changes] == ["column_renamed"]


def test_bad_hints_file_names_the_problem(tmp_path):
    path = tmp_path / "r.json"
    path.write_text("{not json")
    with pytest.raises(DiffError, match="is not valid json"):
        diff(users(), users(), renames=path)
    path.write_text(json.dumps({"accept": []}))
    with pytest.raises(DiffError, match="has no 'renames' table"):
        diff(users(), users(), renames=path)


def test_stale_hint_warns_and_is_skipped():
    from schemanb.errors import SchemaNBWarning

    with pytest.warns(SchemaNBWarning, match="skipped"):
        d = diff(users(col("a")), users(col("a")), renames=[("users.x", "users.y", True)])
    assert d.is_empty


def test_greedy_assignment_prefers_best_pairs():
    chosen = renames.assign(
        [(0.9, ("t.a", "t.x")), (0.95, ("t.a", "t.y")), (0.8, ("t.b", "t.y"))], threshold=0.7
    )
    assert [pair for _, pair, _ in chosen] == [("t.a", "t.y")]
    assert dataclasses.is_dataclass(renames.Candidate)


def test_one_rename_record_holds_tables_columns_and_decisions(tmp_path):
    """SchemaDiff.renames is the record everything reads; the notes are only text for people."""
    a = schema(table("users", col("id", nullable=False), col("name", "VARCHAR(50)"),
                     col("email", "VARCHAR(255)"), pk=("id",)), dialect="sqlite")
    b = schema(table("members", col("id", nullable=False), col("full_name", "VARCHAR(50)"),
                     col("email", "VARCHAR(255)"), pk=("id",)), dialect="sqlite")
    d = diff(a, b)
    record = d.renames
    assert [(c.kind, c.old, c.new, c.accepted) for c in record.candidates] == [
        ("table", "users", "members", True), ("column", "users.name", "members.full_name", True)]
    assert {str(k): str(v) for k, v in record.old_tables().items()} == {"members": "users"}
    assert {(str(k), new): old for (k, new), old in record.old_columns().items()} == {
        ("members", "full_name"): "name"}
    assert record.decision(("users.name", "members.full_name")) is True
    # Notes carry no state: blank them and every reader still sees the decisions.
    blank = dataclasses.replace(d, candidates=tuple(dataclasses.replace(c, notes=()) for c in d.candidates))
    assert [c["accepted"] for c in blank.to_dict()["rename_candidates"]] == [True, True]
    blank.save_renames(tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text())["renames"]["accept"] == [
        "users -> members", "users.name -> members.full_name"]
    d.reject_rename("users.name", "members.full_name")
    assert d.renames.decision(("users.name", "members.full_name")) is False
    assert d.renames.old_columns() == {}
