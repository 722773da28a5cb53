"""``schemanb diff A B`` in a subprocess: exit codes, formats, renames file, errors (issue 4)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import schemanb

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "diff", *args],
        cwd=cwd, env=env, text=True, capture_output=True, timeout=120, check=False,
    )


def _sqlite(path: Path, sql: str) -> str:
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    return f"sqlite:///{path}"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a = _sqlite(tmp_path / "a.db", "CREATE TABLE users (id INTEGER PRIMARY KEY, "
                "name VARCHAR(50), email VARCHAR(255)); CREATE TABLE gone (x INTEGER);")
    b = _sqlite(tmp_path / "b.db", "CREATE TABLE users (id INTEGER PRIMARY KEY, "
                "full_name VARCHAR(50), email VARCHAR(255), age INTEGER);")
    return a, b


def test_equal_schemas_exit_0(pair, tmp_path):
    result = _run(pair[0], pair[0], cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "no differences\n", "")


def test_different_schemas_exit_1_with_text(pair, tmp_path):
    result = _run(*pair, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "> [review] column renamed full_name: name -> full_name" in result.stdout
    assert "- [destructive] table dropped" in result.stdout
    assert result.stdout.rstrip().endswith(
        "2 objects changed, 1 added, 1 dropped, 1 renamed, 0 modified "
        "(1 destructive, 1 review, 1 safe)")


def test_fail_on_destructive_exits_3(pair, tmp_path):
    assert _run(*pair, "--fail-on", "destructive", cwd=tmp_path).returncode == 3
    assert _run(*pair, "--fail-on", "destructive", "--ignore", "gone",
                cwd=tmp_path).returncode == 1


def test_json_format_and_snapshot_file_source(pair, tmp_path):
    snap = schemanb.inspect(pair[0]).save(tmp_path / "a.json")
    result = _run(str(snap), pair[1], "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    kinds = sorted((c["kind"], c["table"], c["object"]) for c in data["changes"])
    assert kinds == [("column_added", "users", "age"),
                     ("column_renamed", "users", "full_name"), ("table_dropped", "gone", "")]
    assert data["rename_candidates"][0]["old"] == "users.name"


def test_renames_file_rejects_and_save_renames_writes_it(pair, tmp_path):
    hints = tmp_path / "renames.json"
    hints.write_text(json.dumps({"renames": {"reject": ["users.name -> users.full_name"]}}))
    result = _run(*pair, "--renames", str(hints), "--format", "json",
                  "--save-renames", str(tmp_path / "out.toml"), cwd=tmp_path)
    kinds = sorted(c["kind"] for c in json.loads(result.stdout)["changes"])
    # full_name is B's second column: adding it in place would put it last, so the
    # stored CREATE TABLE text differs too and the table is rebuilt in B's order.
    assert kinds == ["column_added", "column_added", "column_dropped", "table_definition_changed",
                     "table_dropped"]
    assert 'reject = ["users.name -> users.full_name"]' in (tmp_path / "out.toml").read_text()


def test_output_file_is_written(pair, tmp_path):
    out = tmp_path / "stat.txt"
    result = _run(*pair, "--format", "stat", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert out.read_text().splitlines()[0].startswith(" gone ")


@pytest.mark.parametrize(("args", "message"), [
    (("nope.json",), "nope.json"),
    (("--schema-map", "broken"), "--schema-map 'broken' is not OLD=NEW"),
])
def test_errors_exit_2_with_one_line(pair, tmp_path, args, message):
    argv = (*args, pair[1]) if args[0] == "nope.json" else (*pair, *args)
    result = _run(*argv, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_renames_file_exits_2(pair, tmp_path):
    bad = tmp_path / "r.json"
    bad.write_text("{")
    result = _run(*pair, "--renames", str(bad), cwd=tmp_path)
    assert result.returncode == 2 and "is not valid json" in result.stderr


def test_password_is_masked_in_errors(tmp_path):
    result = _run("postgresql://u:s3cret@127.0.0.1:1/x", "postgresql://u:s3cret@127.0.0.1:1/y",
                  "--connect-timeout", "2", cwd=tmp_path)
    assert result.returncode == 2
    assert "s3cret" not in result.stderr + result.stdout


@pytest.mark.parametrize("failing", ["a", "b"])
def test_either_side_failing_is_one_masked_line(pair, tmp_path, failing):
    # B is inspected in a forked process: its error must come back as A's would.
    bad = "postgresql://u:s3cret@127.0.0.1:1/side_" + failing
    argv = (bad, pair[1]) if failing == "a" else (pair[0], bad)
    result = _run(*argv, "--connect-timeout", "2", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "side_" + failing in result.stderr
    assert "s3cret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_sql_format_applied_to_a_makes_it_equal_b(pair, tmp_path):
    result = _run(*pair, "--format", "sql", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "full_name" in result.stdout and "DROP TABLE gone" in result.stdout
    con = sqlite3.connect(pair[0].removeprefix("sqlite:///"))
    con.executescript(result.stdout)
    con.close()
    again = _run(*pair, cwd=tmp_path)
    assert (again.returncode, again.stdout) == (0, "no differences\n")


def test_alembic_dir_writes_a_revision_chained_to_the_head(pair, tmp_path):
    pytest.importorskip("schemanb.migrate.revision")
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "abc123_first.py").write_text(
        'revision = "abc123"\ndown_revision = None\n', encoding="utf-8")
    result = _run(*pair, "--format", "alembic", "--alembic-dir", str(versions), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (written,) = [p for p in versions.glob("*.py") if p.name != "abc123_first.py"]
    text = written.read_text()
    rev_id = written.name.split("_", 1)[0]
    assert f"wrote {written}" in result.stderr
    assert "abc123" in text and rev_id in text
    compile(text, str(written), "exec")


def test_alembic_dir_without_versions_folder_is_one_line_error(pair, tmp_path):
    pytest.importorskip("schemanb.migrate.revision")
    result = _run(*pair, "--format", "alembic", "--alembic-dir", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "has no versions/ folder" in result.stderr


def test_stale_rename_hint_is_one_warning_line(pair, tmp_path):
    hints = tmp_path / "renames.json"
    hints.write_text(json.dumps({"renames": {"accept": ["users.nope -> users.age"]}}))
    result = _run(*pair, "--renames", str(hints), "--format", "stat", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("schemanb: warning: renames hint users.nope -> users.age skipped")


def test_postgresql_is_read_whole_and_the_text_says_which_schemas(pg_db, tmp_path):
    """No --schema: every user schema of a PostgreSQL database, named at the end of the
    text; --schema narrows; a snapshot of fewer schemas shows what the other side adds."""
    pg_db.run_script("CREATE TABLE t (id int); CREATE SCHEMA sales; CREATE TABLE sales.o (id int);")
    pg_db.engine.dispose()
    whole = _run(pg_db.url, pg_db.url, cwd=tmp_path)
    assert (whole.returncode, whole.stdout) == (0, "no differences\nschemas read: public, sales\n")
    narrow = _run(pg_db.url, pg_db.url, "--schema", "public", cwd=tmp_path)
    assert narrow.stdout == "no differences\nschemas read: public\n"
    schemanb.inspect(pg_db.url, schemas="public").save(tmp_path / "public.json")
    grown = _run(str(tmp_path / "public.json"), pg_db.url, cwd=tmp_path)
    assert grown.returncode == 1, grown.stderr
    assert "schema added: SCHEMA sales" in grown.stdout and "sales.o:" in grown.stdout
    assert grown.stdout.endswith("schemas read: A public; B public, sales\n")
    as_json = json.loads(_run(pg_db.url, pg_db.url, "--format", "json", cwd=tmp_path).stdout)
    assert as_json["schemas_read"] == {"a": ["public", "sales"], "b": ["public", "sales"]}
