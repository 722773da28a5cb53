"""``schemanb lint SOURCE``: output formats and exit codes, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "schemanb", "lint", *args],
                          capture_output=True, text=True, check=False)


def make_db(tmp_path) -> str:
    path = tmp_path / "shop.db"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE t (id INT, phone1 TEXT, phone2 TEXT);"
                      "CREATE TABLE ok (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
    con.close()
    return f"sqlite:///{path}"


def test_lint_prints_findings_and_exits_1_on_errors(tmp_path) -> None:
    url = make_db(tmp_path)
    result = run(url)
    assert result.returncode == 1, result.stderr
    assert "error    no_primary_key             t: table has no primary key" in result.stdout
    assert "incrementing_columns" in result.stdout


def test_lint_json_and_fail_on(tmp_path) -> None:
    url = make_db(tmp_path)
    result = run(url, "--format", "json", "--rule", "single_column_table", "--fail-on", "info")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    result = run(url, "--format", "json", "--rule", "incrementing_columns", "--fail-on", "warning")
    assert result.returncode == 1
    assert [r["object"] for r in json.loads(result.stdout)] == ["t.phone1"]


def test_lint_unknown_rule_is_one_line_exit_2(tmp_path) -> None:
    result = run(make_db(tmp_path), "--rule", "nope")
    assert result.returncode == 2
    assert result.stderr.startswith("schemanb: error: unknown lint rule 'nope'")
    assert result.stderr.count("\n") == 1


def test_lint_markdown_and_junit_reports(tmp_path) -> None:
    from xml.etree import ElementTree as ET

    url = make_db(tmp_path)
    md = run(url, "--format", "markdown", "--rule", "no_primary_key")
    assert md.returncode == 1
    assert "| error | no_primary_key | `t` | table has no primary key |" in md.stdout
    out = tmp_path / "lint.xml"
    junit = run(url, "--format", "junit", "-o", str(out))
    assert junit.returncode == 1 and junit.stdout == ""
    suite = ET.parse(out).getroot()
    failed = {case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None}
    assert {"no_primary_key", "incrementing_columns"} <= failed
    assert "t: table has no primary key" in suite.find("testcase[@name='no_primary_key']/failure").text


def test_list_rules_needs_no_source() -> None:
    result = run("--list-rules")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) >= 22
    assert any(line.startswith("too_many_columns") for line in lines)


def test_a_missing_source_is_one_line() -> None:
    result = run()
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "SOURCE" in result.stderr


def make_commented_db(tmp_path) -> str:
    path = tmp_path / "doc.db"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
    con.close()
    meta = tmp_path / "meta.toml"
    meta.write_text('[tables.t]\ncomment = "things"\n[tables.t.columns]\nid = "key"\n')
    return f"sqlite:///{path}"


def test_min_coverage_fails_below_and_passes_above(tmp_path) -> None:
    url = make_commented_db(tmp_path)  # 2 of 3 documented with the metadata, 0 without
    meta = str(tmp_path / "meta.toml")
    low = run(url, "--rule", "no_primary_key", "--min-coverage", "80", "--metadata", meta)
    assert low.returncode == 1, low.stdout + low.stderr
    assert "comment coverage 66.7% (2 of 3 tables, views and columns) is below --min-coverage 80" in low.stderr
    ok = run(url, "--rule", "no_primary_key", "--min-coverage", "60", "--metadata", meta)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "comment coverage 66.7%" in ok.stderr
    bare = run(url, "--rule", "no_primary_key", "--min-coverage", "1")
    assert bare.returncode == 1 and "comment coverage 0.0%" in bare.stderr


def test_coverage_report_per_table(tmp_path) -> None:
    url = make_commented_db(tmp_path)
    result = run(url, "--coverage", "--metadata", str(tmp_path / "meta.toml"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["table", "covered", "total", "coverage"]
    assert result.stdout.splitlines()[1].split() == ["t", "2", "3", "66.7%"]
    assert "comment coverage 66.7%" in result.stdout
