"""A bare SQLite path is a SOURCE everywhere (issue #20, item 3): known by its header."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import schemanb
from schemanb.sample import build_sample

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schemanb", *args], cwd=cwd, text=True, capture_output=True,
        timeout=120, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


@pytest.fixture
def shop(tmp_path):
    # Names that say nothing about the content: recognised by the header, not the suffix.
    build_sample(tmp_path / "dev.db", "dev")
    build_sample(tmp_path / "prod.data", "prod")
    return tmp_path


def test_diff_of_two_sqlite_paths_reads_both_sides(shop):
    # B is read in the forked child (cli/_fork.py): both sides must be recognised.
    result = _run("diff", "dev.db", "prod.data", "--format", "json", cwd=shop)
    assert result.returncode == 1, result.stderr
    assert "codec" not in result.stderr
    assert len(schemanb.diff(schemanb.inspect(shop / "dev.db"),
                             schemanb.inspect(str(shop / "prod.data"))).changes) == 7
    assert result.stdout.count('"kind"') >= 7


@pytest.mark.parametrize(
    "command",
    [
        ["snapshot", "dev.db", "-o", "dev.json"],
        ["erd", "dev.db", "-o", "dev.svg"],
        ["codegen", "dev.db", "-o", "models.py"],
        ["lint", "dev.db"],
        ["check", "--baseline", "base.json", "dev.db"],
    ],
    ids=lambda c: c[0],
)
def test_every_command_takes_a_sqlite_path(shop, command):
    assert _run("snapshot", "dev.db", "-o", "base.json", cwd=shop).returncode == 0
    result = _run(*command, cwd=shop)
    assert result.returncode in (0, 1), result.stderr
    assert "codec" not in result.stderr and "Traceback" not in result.stderr
    if command[0] == "check":
        assert result.returncode == 0 and result.stdout.startswith("in sync")


def test_inspect_and_the_magic_take_a_sqlite_path(shop):
    from IPython.core.interactiveshell import InteractiveShell

    from schemanb.jupyter.magics import SchemaNBMagics

    schema = schemanb.inspect(shop / "dev.db")
    assert len(schema.tables) == 14
    assert schema.info.source.startswith("sqlite:///")
    ip = InteractiveShell.instance()
    ip.register_magics(SchemaNBMagics(ip))
    assert ip.run_line_magic("schema", str(shop / "prod.data")).table("audit_log")


def test_a_file_that_is_neither_is_one_clear_line(tmp_path):
    (tmp_path / "blob.db").write_bytes(bytes(range(256)) * 8)
    result = _run("snapshot", "blob.db", "-o", "x.json", cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "blob.db: it is neither a snapshot (JSON text) nor a SQLite database" in line
    assert not (tmp_path / "x.json").exists()
