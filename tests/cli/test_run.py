"""The ``schemanb`` executable (cli.run): main's exit code, flushed output, atexit handlers run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from schemanb import model

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import atexit, sys
from schemanb import cli
atexit.register(lambda: print("atexit handler ran", file=sys.stderr))
sys.argv = ["schemanb", *sys.argv[1:]]
cli.run()
print("not reached", file=sys.stderr)
"""


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=120, check=False)


def _table(name: str, ncols: int) -> model.Table:
    cols = tuple(model.Column(name=f"c{i}", type_sql="INTEGER", type_generic="INTEGER")
                 for i in range(ncols))
    return model.Table(name=name, columns=cols)


def test_exit_code_flushed_output_and_atexit(tmp_path):
    # Enough changes that the JSON on a pipe outgrows any stdout buffer.
    model.Schema(tables=(_table("t", 1),)).save(tmp_path / "a.json")
    wide = tuple(_table(f"t{i}", 40) for i in range(60))
    model.Schema(tables=(_table("t", 1), *wide)).save(tmp_path / "b.json")
    result = _run("diff", "a.json", "b.json", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert len(json.loads(result.stdout)["changes"]) == 60
    assert "atexit handler ran" in result.stderr
    assert "not reached" not in result.stderr


def test_errors_keep_their_exit_code(tmp_path):
    result = _run("diff", "missing.json", "also-missing.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("schemanb: error:") == 1
    assert "atexit handler ran" in result.stderr


def test_warnings_are_one_masked_line_each(monkeypatch, capsys):
    import warnings

    from schemanb import cli
    from schemanb.cli import snapshot

    def noisy(args):  # type: ignore[no-untyped-def]
        warnings.warn("reading postgresql://u:s3cret@db/x was slow\nmore detail", UserWarning, stacklevel=1)
        return 0

    monkeypatch.setattr(snapshot, "cmd_snapshot", noisy)
    assert cli.main(["snapshot", "whatever.json"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("schemanb: warning: reading postgresql://u:") and err.count("\n") == 1
    assert "s3cret" not in err and "noisy" not in err  # no source line either
