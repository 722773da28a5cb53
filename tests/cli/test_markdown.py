"""``schemanb docs --format markdown [--check]`` and ``schemanb diff --format markdown`` in a
subprocess: files, byte-identical runs, the CI check's exit codes, the PR comment (issue 22)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from schemanb.markdown import GENERATED_MARK
from schemanb.sample import build_sample

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "schemanb", *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=300, check=False)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def shop(tmp_path: Path) -> str:
    return build_sample(str(tmp_path / "shop.db"))


def test_docs_markdown_twice_byte_identical_and_check_both_ways(shop: str, tmp_path: Path):
    first = run("docs", shop, "--format", "markdown", "-o", "dbdoc", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "wrote dbdoc/README.md: 18 files, 18 updated" in first.stdout
    files = tree(tmp_path / "dbdoc")
    assert {"README.md", "lint.md", "tables/orders.md", "views/order_totals.md"} <= set(files)
    assert all(b.startswith(GENERATED_MARK.encode()) for b in files.values())
    # the same schema from another path (CI's checkout): the same bytes
    other = tmp_path / "elsewhere"
    other.mkdir()
    copy = build_sample(str(other / "shop.db"))
    again = run("docs", copy, "--format", "markdown", "-o", str(other / "dbdoc"), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert tree(other / "dbdoc") == files

    ok = run("docs", shop, "--format", "markdown", "--check", "-o", "dbdoc", cwd=tmp_path)
    assert (ok.returncode, ok.stdout.strip()) == (0, "dbdoc/: 18 files up to date")

    con = sqlite3.connect(shop.removeprefix("sqlite:///"))
    con.executescript("ALTER TABLE orders ADD COLUMN gift_note TEXT; DROP VIEW product_stock;"
                      "CREATE TABLE audit (id INTEGER PRIMARY KEY);")
    con.close()
    stale = run("docs", shop, "--format", "markdown", "--check", "-o", "dbdoc/", cwd=tmp_path)
    assert stale.returncode == 1, stale.stderr
    assert "dbdoc/tables/orders.md: out of date" in stale.stderr
    assert "dbdoc/tables/audit.md: missing" in stale.stderr
    assert "dbdoc/views/product_stock.md: stale" in stale.stderr
    assert "+| 10 | `gift_note` | `TEXT` | yes |" in stale.stdout  # the diff, as tbls diff
    assert tree(tmp_path / "dbdoc") == files  # --check writes nothing
    update = run("docs", shop, "--format", "markdown", "-o", "dbdoc", cwd=tmp_path)
    assert update.returncode == 0 and "1 removed" in update.stdout
    assert run("docs", shop, "--format", "markdown", "--check", "-o", "dbdoc",
               cwd=tmp_path).returncode == 0


def test_docs_markdown_options_are_one_line_errors(shop: str, tmp_path: Path):
    html_check = run("docs", shop, "--check", "-o", "site", cwd=tmp_path)
    assert html_check.returncode == 2
    assert "--check is for --format markdown" in html_check.stderr
    assert "Traceback" not in html_check.stderr
    baseline = run("docs", shop, "--format", "markdown", "--baseline", shop, "-o", "d",
                   cwd=tmp_path)
    assert baseline.returncode == 2 and "diff A B --format markdown" in baseline.stderr


def test_docs_markdown_metadata_and_row_estimates(shop: str, tmp_path: Path):
    meta = tmp_path / "meta.toml"
    meta.write_text('[tables.orders]\ncomment = "One row per *checkout* <b>"\n'
                    '[[groups]]\nname = "Sales"\ntables = ["orders"]\n')
    done = run("docs", shop, "--format", "markdown", "--metadata", str(meta), "--row-estimates",
               "-o", "d", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    readme = (tmp_path / "d" / "README.md").read_text()
    assert "One row per \\*checkout\\* &lt;b&gt;" in readme and "### Sales" in readme
    assert "rows (estimate)" in readme


def test_diff_markdown_pull_request_comment(tmp_path: Path):
    dev = build_sample(str(tmp_path / "dev.db"))
    prod = build_sample(str(tmp_path / "prod.db"), "prod")
    done = run("diff", dev, prod, "--format", "markdown", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # different, as the other formats
    text = done.stdout
    assert text.startswith("## Schema changes\n") and "| risk | changes | objects |" in text
    assert text.count("<details>") == text.count("</details>") >= 3
    assert "<summary>Migration SQL</summary>" in text and "```sql\n" in text
    same = run("diff", dev, dev, "--format", "markdown", cwd=tmp_path)
    assert (same.returncode, same.stdout) == (0, "## Schema changes\n\nNo differences.\n")
