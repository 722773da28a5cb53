"""SQLite migrations reproduce B exactly, judged by SQLite itself (issue #18, items 3 and 4).

Every ``tests/cases/sqlite_*`` case is built with the ``sqlite3`` shell, the SQL
that ``schemanb diff A B --format sql`` prints is applied with ``sqlite3 -bail``,
and A' is compared with B by (a) every object's ``sqlite_master.sql``
tokenised here -- whitespace, comments, identifier quoting and the case of
words folded, nothing else: column order and every word count -- and (b) the
pragmas of every table and index. schemanb must have seen the difference
before, and must say "equal" after; the rows survive (``keep.sql``). The same
is done from B back to A.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SQLITE3 = shutil.which("sqlite3")
pytestmark = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 command-line shell is not installed")

CASES = Path(__file__).parent.parent / "cases"
SQLITE_CASES = sorted(p.name for p in CASES.glob("sqlite_*") if (p / "b.sqlite.sql").exists())

_TOKEN = re.compile(
    r"""(?P<ws>\s+)|(?P<comment>--[^\n]*|/\*.*?\*/)|(?P<str>'(?:[^']|'')*')
      |(?P<qid>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])|(?P<word>[\w$]+)|(?P<op>.)""",
    re.S | re.X,
)


def tokens(sql: str) -> list[str]:
    out = []
    for m in _TOKEN.finditer(sql):
        kind, text = m.lastgroup, m.group()
        if kind in ("ws", "comment"):
            continue
        if kind == "qid":
            inner = text[1:-1]
            text = inner if text[0] == "[" else inner.replace(text[0] * 2, text[0])
        out.append(text if kind == "str" else text.lower())
    return out


def stored(path: Path) -> list[str]:
    """Every object's tokenised text, in order of type and name; sqlite_* internals left out."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()
    return [f"{t} {n.lower()}: {' '.join(tokens(s))}" for t, n, s in rows]


def pragmas(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        out: list[tuple[object, ...]] = []
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )]
        for r in con.execute("PRAGMA table_list"):
            if r[1] in tables:
                out.append(("table_list", r[1], r[2], r[4], r[5]))
        for t in sorted(tables):
            out += [("xinfo", t, *r) for r in con.execute("SELECT * FROM pragma_table_xinfo(?)", (t,))]
            out += [("fk", t, *r) for r in con.execute("SELECT * FROM pragma_foreign_key_list(?)", (t,))]
            for ix in con.execute("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)", (t,)):
                name = ix[0] if ix[2] == "c" else f"<{ix[2]}>"
                out.append(("index", t, name, *ix[1:]))
                out += [("ixinfo", t, name, *r) for r in con.execute("SELECT * FROM pragma_index_xinfo(?)", (ix[0],))]
        return sorted(out, key=repr)
    finally:
        con.close()


def shell(path: Path, sql: str) -> str:
    r = subprocess.run([SQLITE3, "-bail", str(path)], input=sql, capture_output=True, text=True)
    assert r.returncode == 0 and not r.stderr, f"sqlite3 -bail failed: {r.stderr}\nSQL:\n{sql}"
    return r.stdout


def schemanb(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "schemanb", *args], capture_output=True, text=True)


def migrate(a: Path, b: Path) -> str:
    """Apply what ``schemanb diff A B --format sql`` prints to A, with the sqlite3 shell."""
    url_a, url_b = f"sqlite:///{a}", f"sqlite:///{b}"
    assert schemanb("diff", url_a, url_b).returncode == 1, "schemanb saw no difference (a blind spot)"
    out = schemanb("diff", url_a, url_b, "--format", "sql")
    assert out.returncode in (0, 1) and "Traceback" not in out.stderr, out.stderr
    shell(a, out.stdout)
    return out.stdout


def assert_same(a: Path, b: Path, sql: str) -> None:
    assert stored(a) == stored(b), f"stored texts differ after:\n{sql}"
    assert pragmas(a) == pragmas(b), f"pragmas differ after:\n{sql}"
    after = schemanb("diff", f"sqlite:///{a}", f"sqlite:///{b}")
    assert after.returncode == 0, f"schemanb still sees: {after.stdout}"


@pytest.mark.parametrize("case", SQLITE_CASES)
def test_case_reproduces_b(case: str, tmp_path: Path) -> None:
    folder = CASES / case
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shell(a, (folder / "a.sqlite.sql").read_text(encoding="utf-8"))
    shell(b, (folder / "b.sqlite.sql").read_text(encoding="utf-8"))
    assert stored(a) != stored(b), "the case's two sides are the same"
    back = tmp_path / "b_copy.db"
    shutil.copyfile(b, back)
    sql = migrate(a, b)
    assert_same(a, b, sql)
    keep = folder / "keep.sql"
    if keep.exists():
        text = keep.read_text(encoding="utf-8")
        expected = text.splitlines()[0].split("expect:", 1)[1].strip()
        assert shell(a, text).strip() == expected, f"rows lost or changed:\n{sql}"
    # and back: B's copy migrated to a fresh A
    fresh_a = tmp_path / "a_fresh.db"
    shell(fresh_a, (folder / "a.sqlite.sql").read_text(encoding="utf-8"))
    sql = migrate(back, fresh_a)
    assert_same(back, fresh_a, sql)


def test_rebuilt_table_text_names_the_table(tmp_path: Path) -> None:
    """After the rebuild's RENAME, SQLite stores the text under the table's own name
    (quoted), never the temporary one -- and nothing else of it changes."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shell(a, "CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);")
    shell(b, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INT /* kept */) STRICT;")
    migrate(a, b)
    con = sqlite3.connect(a)
    (text,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 't'").fetchone()
    con.close()
    assert text == 'CREATE TABLE "t" (id INTEGER PRIMARY KEY AUTOINCREMENT, n INT /* kept */) STRICT'
