"""A SQLite database in WAL mode in a read-only place is read (issue #19, item 9).

Tests run as root, which ignores permission bits; the command runs with
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from its bounding set
(setpriv), so the kernel enforces the folder's 0555 as for an ordinary user.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DROP = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv"
)


def _snapshot(source: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DROP, sys.executable, "-m", "schemanb", "snapshot", source], cwd=cwd, text=True,
        capture_output=True, timeout=120, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


@pytest.fixture
def locked(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    con = sqlite3.connect(folder / "w.db")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()  # the last connection checkpoints and removes -wal and -shm
    assert sorted(p.name for p in folder.iterdir()) == ["w.db"]
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("form", ["path", "url"])
def test_a_wal_database_in_a_read_only_folder_is_read(locked, form):
    path = locked / "w.db"
    source = str(path) if form == "path" else f"sqlite:///{path}"
    result = _snapshot(source, locked.parent)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [t["name"] for t in data["tables"]] == ["t"]
    assert data["info"]["database"] == str(path)
    assert data["info"]["source"] == f"sqlite:///{path}"
    assert sorted(p.name for p in locked.iterdir()) == ["w.db"]  # nothing written beside it


def test_changes_left_in_the_wal_file_are_named(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    keeper = sqlite3.connect(folder / "w.db")
    keeper.execute("PRAGMA journal_mode = WAL")
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    keeper.commit()
    keeper.execute("CREATE TABLE later (id INTEGER PRIMARY KEY)")
    keeper.commit()
    folder.chmod(0o555)
    try:
        result = _snapshot(str(folder / "w.db"), tmp_path)
        assert result.returncode == 0, result.stderr
        (warning,) = result.stderr.strip().splitlines()
        assert warning.startswith("schemanb: warning: ")
        assert "w.db-wal" in warning and "not read" in warning
    finally:
        folder.chmod(0o755)
        keeper.close()
