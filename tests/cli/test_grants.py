"""``--grants`` on snapshot and diff, and ``--ignore grants,owners`` (issue #10), on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "schemanb", *args],
        cwd=cwd, env=env, text=True, capture_output=True, timeout=120, check=False,
    )


def test_grants_are_read_only_when_asked_and_ignored_by_kind(pg_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pg_db.execute('CREATE TABLE "Open Data" (id INTEGER PRIMARY KEY)')
    plain = _run("snapshot", pg_db.url, "-o", "plain.json", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    pg_db.execute('GRANT SELECT ON "Open Data" TO PUBLIC')
    with_grants = _run("snapshot", pg_db.url, "--grants", "-o", "grants.json", cwd=tmp_path)
    assert with_grants.returncode == 0, with_grants.stderr
    grants = json.loads((tmp_path / "grants.json").read_text())["grants"]
    assert any(g["object_name"] == "Open Data" and g["privilege"] == "SELECT" for g in grants)
    assert not json.loads((tmp_path / "plain.json").read_text()).get("grants")

    found = _run("diff", "plain.json", "grants.json", "--format", "json", cwd=tmp_path)
    assert found.returncode == 1, found.stderr
    kinds = [c["kind"] for c in json.loads(found.stdout)["changes"]]
    assert kinds and set(kinds) == {"grant_added"}
    ignored = _run("diff", "plain.json", "grants.json", "--ignore", "grants,owners", cwd=tmp_path)
    assert ignored.returncode == 0, ignored.stdout + ignored.stderr

    live = _run("diff", "plain.json", pg_db.url, "--grants", "--format", "sql",
                "--dialect", "postgresql", cwd=tmp_path)
    assert live.returncode == 1, live.stderr
    assert 'GRANT SELECT ON "Open Data" TO PUBLIC' in live.stdout.replace("TABLE ", "")
