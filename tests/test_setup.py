"""The README's promises: its Python example runs, `make demo`/`make test` set up once and
pass the test switches through, the venv script repairs a broken venv, the guide links every area.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    (code,) = re.findall(r"```python\n(.*?)```", README, re.S)
    assert len([line for line in code.splitlines() if line.strip()]) <= 13
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "14 tables, 2 views, 89 columns" in printed
    assert "ALTER TABLE addresses RENAME postal_code TO zip_code" in printed
    assert "audit_log" in printed
    assert len(namespace["drift"]) == 7
    assert (tmp_path / "shop.json").exists()


def test_readme_names_the_two_commands_and_links_existing_pages():
    assert "make demo" in README and "make test" in README
    for link in re.findall(r"\]\((docs/[^)]+)\)", README):
        page, _, anchor = link.partition("#")
        assert (ROOT / page).exists(), link
        if anchor:  # a heading of that page, as GitHub makes its anchor
            headings = re.findall(r"^#+ (.+)$", (ROOT / page).read_text(), re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}
            assert anchor in slugs, link


def test_user_guide_links_every_area():
    index = (ROOT / "docs" / "index.md").read_text()
    linked = set(re.findall(r"\]\(([\w-]+)\.md\)", index))
    assert linked >= {
        "install", "inspect", "snapshot-format", "diff", "migrate", "erd", "codegen",
        "jupyter", "site", "lint", "check", "cli", "architecture",
    }


def _fake_venv(tmp_path: Path) -> Path:
    """A venv whose python only reports its arguments and the test switch, with fresh stamps."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text('#!/bin/sh\necho "python $* REQUIRE=${SCHEMANB_REQUIRE_SERVERS:-unset}"\n')
    python.chmod(0o755)
    for tool in ("ruff", "mypy"):  # make test lints first; these only say they ran
        (venv / "bin" / tool).write_text(f'#!/bin/sh\necho "{tool} $*"\n')
        (venv / "bin" / tool).chmod(0o755)
    for stamp in (".schemanb-venv", ".schemanb-run", ".schemanb-dev"):
        (venv / stamp).touch()
    return venv


#: What an outer `make test` hands down and the nested makes here must not inherit.
_MAKE_STATE = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ARGS", "SCHEMANB_REQUIRE_SERVERS")


def _make(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in _MAKE_STATE}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args],
        text=True, capture_output=True, timeout=120, check=False, env={**clean, **(env or {})},
    )


@needs_make
def test_second_run_skips_the_installation(tmp_path):
    venv = _fake_venv(tmp_path)
    planned = _make("-n", "test", f"VENV={venv}").stdout
    assert "pip install" not in planned
    assert f"{venv}/bin/python -m pytest" in planned
    (venv / ".schemanb-dev").unlink()
    replanned = _make("-n", "test", f"VENV={venv}").stdout
    assert "-e '.[postgres,mysql,dev]'" in replanned
    assert "-e '.[postgres,mysql]'" not in replanned  # the run stamp is still fresh


@needs_make
def test_make_test_passes_the_server_switch_and_pytest_args(tmp_path):
    if subprocess.run(["bash", str(ROOT / "scripts/setup-system.sh"), "--browser"],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("system packages for the tests are missing here")
    venv = _fake_venv(tmp_path)
    from_command_line = _make("test", f"VENV={venv}", "SCHEMANB_REQUIRE_SERVERS=1", "PYTEST_ARGS=-x -k sample")
    assert "python -m pytest -n 2 --dist loadfile -x -k sample REQUIRE=1" in from_command_line.stdout
    assert "mypy --strict schemanb" in from_command_line.stdout  # lint runs before the tests
    from_environment = _make("test", f"VENV={venv}", env={"SCHEMANB_REQUIRE_SERVERS": "1"})
    assert "python -m pytest -n 2 --dist loadfile REQUIRE=1" in from_environment.stdout
    assert "python -m pytest -n 2 --dist loadfile REQUIRE=unset" in _make("test", f"VENV={venv}").stdout
    one_process = _make("test", f"VENV={venv}", "TEST_JOBS=0").stdout
    assert "python -m pytest REQUIRE=unset" in one_process  # TEST_JOBS=0: no xdist


def test_make_venv_repairs_a_venv_without_pip_and_then_does_nothing(tmp_path):
    venv = tmp_path / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    script = str(ROOT / "scripts" / "make-venv.sh")
    first = subprocess.run(["bash", script, sys.executable, str(venv)], text=True,
                           capture_output=True, check=False, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "creating the virtualenv" in first.stdout
    assert subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "--version"],
                          capture_output=True, check=False).returncode == 0
    second = subprocess.run(["bash", script, sys.executable, str(venv)], text=True,
                            capture_output=True, check=False)
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")


def test_make_venv_never_removes_something_that_is_not_a_venv(tmp_path):
    precious = tmp_path / "data"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    result = subprocess.run(["bash", str(ROOT / "scripts" / "make-venv.sh"), sys.executable,
                             str(precious)], text=True, capture_output=True, check=False)
    assert result.returncode == 1
    assert "is not a virtualenv" in result.stderr
    assert (precious / "keep.txt").read_text() == "mine"


def test_setup_system_names_the_sqlite3_shell_when_it_is_missing(tmp_path):
    """As a non-root user with every tool but sqlite3, the script asks for the Debian package."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dot", "chromium", "psql", "mariadb", "npm"):
        (bin_dir / tool).write_text("#!/bin/sh\n")
        (bin_dir / tool).chmod(0o755)
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "id").chmod(0o755)
    mermaid = tmp_path / "mermaid"  # the Mermaid bundle already fetched (setup-mermaid.sh is then a no-op)
    mermaid.mkdir()
    (mermaid / "mermaid.min.js").write_text("/* mermaid */\n")
    for tool in ("bash", "dirname"):  # what the script itself runs, without the rest of /usr/bin
        (bin_dir / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    env = {"PATH": f"{bin_dir}:/nonexistent", "HOME": str(tmp_path),
           "SCHEMANB_MERMAID_DIR": str(mermaid)}
    bash = shutil.which("bash") or "/bin/bash"
    result = subprocess.run([bash, str(ROOT / "scripts/setup-system.sh"), "--browser"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 1
    assert re.search(r"sudo apt-get install .*\bsqlite3\b", result.stderr), result.stderr
    (bin_dir / "sqlite3").write_text("#!/bin/sh\n")
    (bin_dir / "sqlite3").chmod(0o755)
    again = subprocess.run([bash, str(ROOT / "scripts/setup-system.sh"), "--browser"],
                           capture_output=True, text=True, env=env, check=False)
    assert again.returncode == 0, again.stderr
