"""OS errors on outputs are user errors (issue #20, item 4): one line, exit 2, nothing left."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import schemanb

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "schemanb", *args], cwd=cwd, text=True,
        capture_output=True, timeout=120, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


@pytest.fixture
def work(tmp_path):
    conn = __import__("sqlite3").connect(tmp_path / "a.db")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    conn.close()
    schemanb.inspect(tmp_path / "a.db").save(tmp_path / "a.json")
    (tmp_path / "somedir").mkdir()
    (tmp_path / "afile").write_text("keep me\n")
    return tmp_path


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


CASES = {
    "diff -o a folder": (["diff", "a.json", "a.db", "-o", "somedir"],
                         "cannot write somedir: it is a folder — name a file"),
    "docs -o a file": (["docs", "a.json", "-o", "afile"],
                       "cannot write into afile: it is a file, not a folder"),
    "codegen --split onto a file": (["codegen", "a.json", "--split", "afile"],
                                    "cannot write into afile: it is a file, not a folder"),
    "snapshot under a file": (["snapshot", "a.db", "-o", "afile/x.json"],
                              "cannot write afile/x.json: afile is a file, not a folder"),
    "erd under a file": (["erd", "a.json", "-o", "afile/sub/e.svg"],
                         "afile is a file, not a folder — choose another path"),
    "demo -o a file": (["demo", "-o", "afile"], "cannot write into afile: it is a file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_output_path_that_cannot_be_written_is_one_line(work, case):
    args, message = CASES[case]
    before = _files(work)
    result = _run(*args, cwd=work)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("schemanb: error: ") and message in line, line
    assert "internal error" not in line
    assert _files(work) == before
    assert (work / "afile").read_text() == "keep me\n"


@pytest.mark.parametrize("version", [0, -3])
def test_a_format_version_below_one_is_one_line(work, version):
    data = json.loads((work / "a.json").read_text())
    data["format_version"] = version
    (work / "bad.json").write_text(json.dumps(data))
    result = _run("snapshot", "bad.json", "-o", "out.json", cwd=work)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert f"bad.json: format_version {version} is not a snapshot format" in line
    assert "write it again with schemanb snapshot" in line
    assert not (work / "out.json").exists()


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_a_folder_without_write_permission(tmp_path):
    """Root ignores permission bits; without CAP_DAC_OVERRIDE the kernel enforces them.

    The command runs as root with DAC_OVERRIDE and DAC_READ_SEARCH dropped from
    its capability bounding set (setpriv), so writing into a 0555 folder fails
    with a real EACCES, as for an ordinary user.
    """
    work = tmp_path / "w"
    work.mkdir()
    conn = __import__("sqlite3").connect(work / "a.db")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    conn.close()
    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    drop = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")
    try:
        for args in (["snapshot", "a.db", "-o", "locked/x.json"], ["docs", "a.db", "-o", "locked/site"]):
            result = _run(*args, cwd=work, prefix=drop)
            assert result.returncode == 2, result.stderr
            (line,) = result.stderr.strip().splitlines()
            assert "no permission to write in locked — choose a folder you may write to" in line
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
