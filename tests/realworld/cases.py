#!/usr/bin/env python3
"""Real schema pairs nobody on the team wrote: an application's schema at an older release (A)
against a newer one (B), and another migration tool's own fixtures (see SOURCES.md).

Each directory holds ``a.<dialect>.sql`` and ``b.<dialect>.sql`` (dialect ``postgresql`` or
``mariadb``), loaded as they are with the database's own client (``psql``, ``mariadb`` in its
default ``sql_mode``). The same module serves two judges:

- the project's own, ``tests/convergence/test_realworld.py`` (``make realworld``);
- the external one, ``../shared/tools/converge.py --cases tests/realworld/cases.py``, which needs
  the databases built first::

      python3 tests/realworld/cases.py          # build every rw_<pair>_<side> database (idempotent)
      python3 ../shared/tools/converge.py --cases tests/realworld/cases.py \\
          --tool '.venv/bin/schemanb diff {a} {b} --format sql' --recheck '.venv/bin/schemanb diff {a} {b}'
      python3 tests/realworld/cases.py --drop   # drop them again

Only the standard library is used, so the external judge can import it as it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: converge.py's dialect names -> the file suffix of this directory (and the project's DIALECTS).
DIALECTS = {"pg": "postgresql", "mariadb": "mariadb"}

PG_HOST = os.environ.get("RW_PG_HOST", "127.0.0.1")
PG_USER = os.environ.get("RW_PG_USER", "postgres")
MARIA_HOST = os.environ.get("RW_MARIA_HOST", "127.0.0.1")
MARIA_USER = os.environ.get("RW_MARIA_USER", "root")


@dataclass
class Case:
    id: str
    kind: str = "pair"
    sources: dict[str, tuple[Path, Path]] = field(default_factory=dict)  # converge dialect -> (a, b)
    multi_db: bool = False


def pair_dirs() -> list[Path]:
    """Every pair directory, sorted."""
    return sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def pair_file(folder: Path, side: str, kind: str) -> Path | None:
    """``folder/<side>.<kind>.sql`` (kind as the project names it: postgresql, mariadb), or ``None``."""
    path = folder / f"{side}.{kind}.sql"
    return path if path.exists() else None


def all_cases() -> list[Case]:
    cases = []
    for folder in pair_dirs():
        sources = {}
        for short, kind in DIALECTS.items():
            a, b = pair_file(folder, "a", kind), pair_file(folder, "b", kind)
            if a is not None and b is not None:
                sources[short] = (a, b)
        if sources:
            cases.append(Case(folder.name, sources=sources))
    return cases


def maria_charset(folder: Path) -> tuple[str, str]:
    """The character set and collation a pair's MariaDB databases are created with.

    ``utf8mb4`` unless the pair's ``mariadb.charset`` says otherwise (``CHARSET COLLATION``; no collation: the server's default for the set):
    an application whose old release needs the server's older default names it there.
    """
    path = folder / "mariadb.charset"
    if path.exists():
        charset, collation = path.read_text(encoding="utf-8").split()
        return charset, collation
    return "utf8mb4", ""


def db_name(case_id: str, side: str) -> str:
    return f"rw_{case_id}_{side}"[:63]


def _run(cmd: list[str], sql: str | None = None) -> None:
    result = subprocess.run(cmd, input=sql, text=True, capture_output=True, check=False)
    if result.returncode:
        raise SystemExit(f"{' '.join(cmd[:1])} failed: {result.stderr.strip()[:1500]}")


def build(dialect: str, db: str, path: Path | None, *, drop_only: bool = False,
          charset: tuple[str, str] = ("utf8mb4", "")) -> None:
    """(Re)create database ``db`` of ``dialect`` (converge.py's name) and load ``path`` into it."""
    if dialect == "pg":
        psql = ["psql", "-X", "-q", "-h", PG_HOST, "-U", PG_USER, "-v", "ON_ERROR_STOP=1"]
        _run(psql + ["-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'])
        if drop_only:
            return
        _run(psql + ["-d", "postgres", "-c", f'CREATE DATABASE "{db}"'])
        if path is not None:
            _run(psql + ["-d", db], path.read_text(encoding="utf-8"))
    else:
        my = ["mariadb", "-h", MARIA_HOST, "-u", MARIA_USER]
        _run(my + ["-e", f"DROP DATABASE IF EXISTS `{db}`"])
        if drop_only:
            return
        _run(my + ["-e", f"CREATE DATABASE `{db}` CHARACTER SET {charset[0]}" + (f" COLLATE {charset[1]}" if charset[1] else "")])
        if path is not None:
            _run(my + [db], path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    drop = "--drop" in args
    only = [a for a in args if not a.startswith("--")]
    n = 0
    for case in all_cases():
        if only and case.id not in only:
            continue
        for dialect, (a, b) in case.sources.items():
            for side, path in (("a", a), ("b", b)):
                build(dialect, db_name(case.id, side), path, drop_only=drop, charset=maria_charset(path.parent))
                n += 1
    print(f"{'dropped' if drop else 'built'} {n} real-world databases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
