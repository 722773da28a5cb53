"""The independent judge over real schema pairs nobody on the team wrote (``tests/realworld/``).

Each directory of ``tests/realworld/`` holds an application's schema at an older
release (``a.<dialect>.sql``) and at a newer one (``b.<dialect>.sql``), or another
migration tool's own fixture pair; ``SOURCES.md`` there says where each came from.
The files are loaded as they are, with the database's own client in its default
mode (MariaDB without ``ANSI_QUOTES``), into fresh databases, and judged by
``judge.py`` exactly as ``test_judge.py`` judges ``tests/cases/``: the printed
SQL (or the Alembic revision) applied by the client, A' compared with B by the
database's own dump, schemanb asked too, then the way back.

``make test`` runs the upgrade A -> B by SQL only, without the way back, and
leaves out the :data:`HEAVY` pairs (the suite stays fast); the full set -- every
pair, SQL and Alembic, A -> B and B -> A (``PAIR_down``), each with its way back
-- runs with ``SCHEMANB_REALWORLD=full`` (``make realworld``). What fails today
is in :data:`XFAIL`, strict, one line each (an entry may fail only in the full
run: its way back).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbutil import DIALECTS, ThrowawayDB, server_unavailable
from judge import Options, Outcome, Run, alembic_skeleton, judge_alembic, judge_sql, require_clients
from test_judge import _REFERENCES, _finish

REALWORLD = Path(__file__).parent.parent / "realworld"
sys.path.insert(0, str(REALWORLD))

from cases import maria_charset, pair_dirs, pair_file  # noqa: E402

#: ``SCHEMANB_REALWORLD=full``: both paths and both directions (``make realworld``).
FULL = os.environ.get("SCHEMANB_REALWORLD", "") == "full"

#: Pairs only the full run takes: loading them alone takes longer than the rest together.
HEAVY = frozenset({"zabbix"})

#: What fails today: "pair[_down]/dialect/path" -> one line (what fails, where). Remove an
#: entry when its fix lands (strict: a passing entry fails the run).
XFAIL: dict[str, str] = {
    "zabbix/postgresql/sql": "apply error: column \"dbversionid\" of relation \"dbversion\" contains null values "
                             "(B adds a NOT NULL column without default to a table that has a row)",
    "zabbix/postgresql/alembic": "apply error: as zabbix/postgresql/sql (dbversion.dbversionid NOT NULL, no default)",
    "zabbix_down/postgresql/alembic": "way back: as zabbix/postgresql/sql (dbversion.dbversionid NOT NULL, no "
                                      "default); the upgrade's retype and BIGINT -> BIGSERIAL are written now",
}


#: What fails only on the way back, which only the full run takes.
XFAIL_WAY_BACK: dict[str, str] = {
    "migra_everything/postgresql/alembic": "apply error: NotImplementedError: cannot reverse adding value 'c' "
                                           "to type unused_enum (the downgrade of ALTER TYPE ... ADD VALUE)",
    "zabbix_down/postgresql/sql": "apply error: as zabbix/postgresql/sql (dbversion.dbversionid "
                                  "NOT NULL, no default); the upgrade (BIGINT -> BIGSERIAL) converges",
}


def _xfail(key: str) -> str | None:
    return XFAIL.get(key) or (XFAIL_WAY_BACK.get(key) if FULL else None)


def _params() -> Iterator[pytest.ParameterSet]:
    directions = ("up", "down") if FULL else ("up",)
    paths = ("sql", "alembic") if FULL else ("sql",)
    for folder in pair_dirs():
        if folder.name in HEAVY and not FULL:
            continue
        for kind in DIALECTS:
            if pair_file(folder, "a", kind) is None or pair_file(folder, "b", kind) is None:
                continue
            for direction in directions:
                for path in paths:
                    pair = folder.name if direction == "up" else f"{folder.name}_down"
                    key = f"{pair}/{kind}/{path}"
                    reason = _xfail(key)
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    yield pytest.param(folder.name, direction, kind, path, id=key, marks=marks)


@pytest.fixture(scope="module")
def skeleton(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ``alembic init`` project for the module (each Alembic run copies it)."""
    return alembic_skeleton(tmp_path_factory.mktemp("alembic"))


def _fresh(kind: str, tmp_path: Path, folder: Path) -> ThrowawayDB:
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db = ThrowawayDB.create(kind, tmp_path)
    if kind == "mariadb":  # the pair's own character set (an old release may need utf8mb3)
        charset, collation = maria_charset(folder)
        db.execute(f"ALTER DATABASE `{db.name}` CHARACTER SET {charset}" + (f" COLLATE {collation}" if collation else ""))
        db.engine.dispose()
    return db


@pytest.mark.parametrize(("pair", "direction", "kind", "path"), list(_params()))
def test_realworld(pair: str, direction: str, kind: str, path: str, request: pytest.FixtureRequest,
                   tmp_path: Path) -> None:
    """A real application's older schema to its newer one (or back), judged by the dumps."""
    require_clients(kind)
    folder = REALWORLD / pair
    first, second = ("a", "b") if direction == "up" else ("b", "a")
    db_a, db_b = _fresh(kind, tmp_path, folder), _fresh(kind, tmp_path, folder)
    try:
        for db, side in ((db_a, first), (db_b, second)):
            source = pair_file(folder, side, kind)
            assert source is not None
            db.run_script(source.read_text(encoding="utf-8"))
            db.engine.dispose()
        run = Run(db_a, db_b, tmp_path, Options(way_back=FULL))
        run.prepare(_REFERENCES, ("realworld", pair, direction, kind))
        outcomes: list[Outcome] = (judge_sql(run) if path == "sql"
                                   else judge_alembic(run, request.getfixturevalue("skeleton")))
    finally:
        db_a.drop()
        db_b.drop()
    _finish(request, outcomes)


def test_every_pair_has_its_source() -> None:
    """SOURCES.md names every pair directory (where it came from, its licence)."""
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    missing = [f.name for f in pair_dirs() if f"`{f.name}`" not in sources]
    assert not missing, f"pairs without an entry in tests/realworld/SOURCES.md: {missing}"
