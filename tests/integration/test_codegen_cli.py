"""``schemanb codegen`` in a subprocess: files, stdout, exit codes, one-line errors (issue 8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import schemanb
from schemanb import model


def _snapshot(tmp_path: Path) -> Path:
    users = model.Table(
        name="users",
        columns=(
            model.Column(name="id", type_sql="INTEGER", type_generic="INTEGER", nullable=False,
                         autoincrement=True),
            model.Column(name="e mail", type_sql="VARCHAR(100)", type_generic="VARCHAR(100)"),
        ),
        primary_key=model.PrimaryKey(columns=("id",)),
    )
    schema = model.Schema(info=model.SnapshotInfo(dialect="sqlite"), tables=(users,))
    return schema.save(tmp_path / "snap.json")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "codegen", *args],
        capture_output=True, text=True, cwd=cwd, check=False, timeout=120,
    )


def test_writes_the_module_to_a_file(tmp_path):
    snap = _snapshot(tmp_path)
    result = _run(str(snap), "-o", "models.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "wrote models.py: 1 tables\n"
    expected = schemanb.codegen(schemanb.load(snap))
    assert (tmp_path / "models.py").read_text(encoding="utf-8") == expected
    assert 'e_mail: Mapped[str | None] = mapped_column("e mail", String(100))' in expected


def test_writes_the_module_to_stdout_and_styles_apply(tmp_path):
    snap = _snapshot(tmp_path)
    result = _run(str(snap), "--style", "tables", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == schemanb.codegen(schemanb.load(snap), style="tables")
    assert "metadata = MetaData()" in result.stdout


def test_split_writes_a_package(tmp_path):
    snap = _snapshot(tmp_path)
    result = _run(str(snap), "--split", "models", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["__init__.py", "base.py", "user.py"]
    assert "from .user import User" in (tmp_path / "models" / "__init__.py").read_text()


def test_bad_source_and_bad_style_exit_2_with_one_line(tmp_path):
    result = _run("no-such-file", "-o", "models.py", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("schemanb: error: 'no-such-file' is neither a database URL")
    assert not (tmp_path / "models.py").exists()
    result = _run(str(_snapshot(tmp_path)), "--style", "orm", cwd=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'orm'" in result.stderr
