"""Exclude patterns for erd, docs and diff (#20 item 9): ``!pattern`` and ``--exclude``,
for tables and columns, and a warning when a selection is empty."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "schemanb", *args], capture_output=True,
                          text=True, check=False)


def make_db(path: Path, *, extra: str = "") -> Path:
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, password_hash TEXT, updated_at TEXT);"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INT REFERENCES users (id), updated_at TEXT);"
        "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT);"
        "CREATE TABLE audit_users (id INTEGER PRIMARY KEY, who TEXT);" + extra
    )
    con.close()
    return path


def test_erd_tables_with_a_negated_pattern(tmp_path):
    db = make_db(tmp_path / "a.db")
    out = tmp_path / "er.dot"
    result = run("erd", str(db), "-o", str(out), "--tables", "!audit_*")
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and ": 2 tables" in result.stdout, result.stdout
    dot = out.read_text()
    assert "orders" in dot and "audit_log" not in dot


def test_erd_exclude_tables_and_columns(tmp_path):
    db = make_db(tmp_path / "a.db")
    out = tmp_path / "er.dot"
    result = run("erd", str(db), "-o", str(out), "--columns", "all",
                 "--exclude", "audit_log", "--exclude", "*.updated_at")
    assert result.returncode == 0, result.stderr
    assert ": 3 tables" in result.stdout, result.stdout
    dot = out.read_text()
    assert "audit_users" in dot and "audit_log" not in dot
    assert "updated_at" not in dot and "password_hash" in dot


def test_an_empty_selection_warns_in_one_line(tmp_path):
    db = make_db(tmp_path / "a.db")
    out = tmp_path / "er.dot"
    result = run("erd", str(db), "-o", str(out), "--tables", "nothing_like_this*")
    lines = result.stderr.strip().splitlines()
    assert lines and lines[0].startswith("schemanb: warning: the selection 'nothing_like_this*' "
                                         "leaves none of the 4 tables and views"), result.stderr


def test_an_exclusion_that_matches_nothing_warns(tmp_path):
    db = make_db(tmp_path / "a.db")
    out = tmp_path / "er.dot"
    result = run("erd", str(db), "-o", str(out), "--exclude", "adit_*")
    assert result.returncode == 0
    assert "schemanb: warning: excluding 'adit_*' matched no table, view or column" in result.stderr


def test_docs_markdown_exclude(tmp_path):
    db = make_db(tmp_path / "a.db")
    out = tmp_path / "docs"
    result = run("docs", str(db), "-o", str(out), "--format", "markdown",
                 "--tables", "!audit_*", "--exclude", "users.password_hash")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (out / "tables").iterdir())
    assert not any("audit" in n for n in names) and len(names) == 2, names
    users = next(p for p in (out / "tables").iterdir() if "users" in p.name).read_text()
    assert "password_hash" not in users and "updated_at" in users


def test_diff_leaves_excluded_tables_and_columns_out(tmp_path):
    a = make_db(tmp_path / "a.db")
    b = make_db(tmp_path / "b.db", extra="ALTER TABLE audit_log ADD COLUMN extra TEXT;"
                "ALTER TABLE users ADD COLUMN secret TEXT;"
                "CREATE TABLE orders_new (id INTEGER PRIMARY KEY);")
    result = run("diff", str(a), str(b), "--format", "json")
    assert result.returncode == 1
    assert len(json.loads(result.stdout)["changes"]) == 3
    result = run("diff", str(a), str(b), "--format", "json", "--tables", "!audit_*",
                 "--exclude", "users.secret", "--exclude", "orders_*")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["changes"] == []
