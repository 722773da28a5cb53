"""Every ``check`` report format follows one verdict, and Markdown shows names exactly (#19 item 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import mistune
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schemanb", *args], cwd=cwd, text=True, capture_output=True,
        timeout=120, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


@pytest.fixture
def drifted(sqlite_db, tmp_path):
    """A baseline and a database with one SAFE change (a table added) and a hostile name."""
    sqlite_db.execute('CREATE TABLE "a<b&c" (id INTEGER PRIMARY KEY)')
    base = tmp_path / "base.json"
    assert _run("snapshot", sqlite_db.url, "-o", str(base), cwd=tmp_path).returncode == 0
    sqlite_db.execute('CREATE TABLE "x`y|z<&" (id INTEGER PRIMARY KEY)')
    return sqlite_db.url, base


def _reports(url: str, base: Path, tmp_path: Path, *extra: str) -> dict[str, object]:
    out = {}
    for fmt in ("text", "json", "markdown", "junit"):
        result = _run("check", "--baseline", str(base), url, "--format", fmt, *extra, cwd=tmp_path)
        assert "Traceback" not in result.stderr
        out[fmt] = result
    codes = {r.returncode for r in out.values()}  # type: ignore[attr-defined]
    assert len(codes) == 1, codes
    return out


def test_a_change_below_fail_on_passes_in_every_format(drifted, tmp_path):
    url, base = drifted
    reports = _reports(url, base, tmp_path, "--fail-on", "review")
    assert reports["text"].returncode == 0  # type: ignore[attr-defined]
    data = json.loads(reports["json"].stdout)  # type: ignore[attr-defined]
    assert data["failing"] == 0 and data["results"][0]["failing"] is False
    suite = ET.fromstring(reports["junit"].stdout)  # type: ignore[attr-defined]
    assert suite.get("failures") == "0"
    assert suite.find("testcase/failure") is None
    assert "table_added" in suite.find("testcase/system-out").text
    markdown = reports["markdown"].stdout  # type: ignore[attr-defined]
    assert "❌" not in markdown and "☑️" in markdown and "below --fail-on" in markdown
    assert reports["text"].stdout.startswith("drift ")  # type: ignore[attr-defined]
    assert "DRIFT" not in reports["text"].stdout  # type: ignore[attr-defined]


def test_a_change_at_fail_on_fails_in_every_format(drifted, tmp_path):
    url, base = drifted
    reports = _reports(url, base, tmp_path, "--fail-on", "safe")
    assert reports["text"].returncode == 1  # type: ignore[attr-defined]
    assert json.loads(reports["json"].stdout)["failing"] == 1  # type: ignore[attr-defined]
    assert ET.fromstring(reports["junit"].stdout).get("failures") == "1"  # type: ignore[attr-defined]
    assert "❌" in reports["markdown"].stdout  # type: ignore[attr-defined]
    assert reports["text"].stdout.startswith("DRIFT ")  # type: ignore[attr-defined]


def test_markdown_code_spans_show_names_exactly(drifted, tmp_path):
    url, base = drifted
    markdown = _run("check", "--baseline", str(base), url, "--format", "markdown",
                    cwd=tmp_path).stdout
    # The object column: a code span whose fence outlasts the backtick in the name;
    # the pipe escaped for the table (GitHub unescapes it inside the span).
    assert "| table_added | ``x`y\\|z<&`` | safe |" in markdown
    html = mistune.create_markdown(escape=False, plugins=["table"])(markdown)
    # mistune keeps the table's \| inside the span, where GitHub shows a bare |.
    assert "<td><code>x`y\\|z&lt;&amp;</code></td>" in html
    assert "&amp;lt;" not in html and "&amp;amp;" not in html  # nothing escaped twice
    # In the HTML <summary>, the target's characters are references, shown as written.
    summary = html[html.index("<summary>"):html.index("</summary>")]
    assert "&#95;" in summary and "_" not in summary.replace("&#95;", "")
