"""A password with an unencoded ``@`` never shows in an error (issue #19, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET_PARTS = ("Sx3cr3t", "Pzass", "cr3t@P")


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
@pytest.mark.parametrize(
    "command",
    [["snapshot", "{url}", "-o", "out.json"], ["diff", "{url}", "{url}"], ["erd", "{url}", "-o", "erd.svg"],
     ["demo", "--url", "{url}", "-o", "demo"]],
    ids=["snapshot", "diff", "erd", "demo"],
)
def test_cli_errors_hide_every_part_of_the_password(tmp_path, scheme, command):
    url = f"{scheme}://u:Sx3cr3t@Pzass@127.0.0.1:1/db"
    args = [a.format(url=url) for a in command]
    result = subprocess.run(
        [sys.executable, "-m", "schemanb", *args], cwd=tmp_path, text=True,
        capture_output=True, timeout=60, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert result.returncode == 2
    output = result.stdout + result.stderr
    for part in SECRET_PARTS:
        assert part not in output
    (line,) = result.stderr.strip().splitlines()
    assert f"{scheme}://***@127.0.0.1:1/db" in line
    assert "percent-encoded as %40" in line
    assert not (tmp_path / "out.json").exists()
