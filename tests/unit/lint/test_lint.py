"""lint(): the DataFrame, rule selection and configuration."""

from __future__ import annotations

import pytest
from builders import col, schema, table

import schemanb
from schemanb.lint import LintConfigError, find, load_lint_config

BAD = schema(table("Log", col("id"), col("phone1"), col("phone2")))


def test_lint_returns_frame_with_documented_columns_sorted_by_severity() -> None:
    frame = schemanb.lint(BAD)
    assert list(frame.columns) == ["rule", "severity", "object", "message"]
    assert "no_primary_key" in set(frame["rule"])
    order = {"error": 0, "warning": 1, "info": 2}
    assert list(frame["severity"].map(order)) == sorted(frame["severity"].map(order))


def test_rules_selects_and_config_changes_severity() -> None:
    frame = schemanb.lint(BAD, rules=["no_primary_key"], config={"no_primary_key": {"severity": "info"}})
    assert frame.values.tolist() == [["no_primary_key", "info", "Log", "table has no primary key"]]


def test_config_disables_a_rule() -> None:
    rules = {f.rule for f in find(BAD, config={"no_primary_key": {"enabled": False}})}
    assert "no_primary_key" not in rules and "incrementing_columns" in rules


def test_option_changes_behaviour() -> None:
    s = schema(table("a", col("code", "TEXT")), table("b", col("code", "INTEGER")))
    assert find(s, rules="inconsistent_column_type")
    cfg = {"inconsistent_column_type": {"ignore": ["CODE"]}}
    assert find(s, rules="inconsistent_column_type", config=cfg) == []


@pytest.mark.parametrize(
    ("rules", "config", "needle"),
    [
        (["no_such_rule"], None, "unknown lint rule 'no_such_rule'"),
        (None, {"fk_cycle": {"severity": "fatal"}}, "severity 'fatal'"),
        (None, {"fk_cycle": {"colour": 1}}, "unknown option(s) colour"),
    ],
)
def test_bad_configuration_is_one_clear_error(rules, config, needle) -> None:
    with pytest.raises(LintConfigError, match=None) as info:
        find(BAD, rules=rules, config=config)
    assert needle in str(info.value) and "\n" not in str(info.value)


def test_lint_config_reads_toml(tmp_path) -> None:
    path = tmp_path / "lint.toml"
    path.write_text('[lint.no_primary_key]\nseverity = "warning"\n', encoding="utf-8")
    cfg = load_lint_config(str(path))
    assert [f.severity for f in find(BAD, rules=["no_primary_key"], config=cfg)] == ["warning"]
