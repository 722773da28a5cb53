"""The independent judge (judge.py) over every case directory and every sample, by SQL and by Alembic.

One test per (pair, dialect, path): the migration is produced by the CLI in a
subprocess, applied by the database's own client (or by ``alembic upgrade
head``), and A' is compared with B by the database's own dump; then the way
back, judged against A's original dump. Pairs:

- every directory of ``tests/cases/`` on each dialect it has SQL for. A case
  holds ``a.sql`` and ``b.sql`` (identifiers in double quotes; MariaDB loads
  them with ``ANSI_QUOTES``), optional ``a.<dialect>.sql``/``b.<dialect>.sql``
  overrides (one whose first line is ``-- skip: why`` leaves the dialect out),
  a one-line README, optional ``down.<dialect>`` saying ``irreversible`` (the
  downgrade must be refused), ``renames`` (``old -> new`` decisions to accept)
  and ``keep.sql``, a query whose first line ``-- expect: VALUE`` says what it
  returns after the upgrade (the rows survived), and ``roles.<dialect>``, the
  server-wide roles the case's SQL creates (policies, grants): dropped after
  the test, once the pair is emptied, since roles outlive the databases;
- every public sample of ``../shared/sample-schemas`` and the shop
  (``schemanb/sample/dev.*.sql``): empty -> sample and sample -> empty;
- the shop's dev -> prod drift (what ``schemanb demo`` shows).

What fails today is listed in :data:`XFAIL`, one line each, ``strict``: a fix
makes its entry XPASS, which fails the suite until the entry is removed.
Set ``SCHEMANB_JUDGE_LOG=FILE`` to get one JSON line per run with every step's
outcome (what the table was made from).
"""

from __future__ import annotations

import json
import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from converge import load
from dbutil import DIALECTS, ThrowawayDB, sample_schemas_dir, server_unavailable
from judge import (
    Options,
    Outcome,
    Run,
    alembic_skeleton,
    judge_alembic,
    judge_sql,
    require_clients,
    verdict,
)
from pool import _empty, _Pool, pair_for

from schemanb import Schema
from schemanb.diff import diff
from schemanb.errors import MigrationError
from schemanb.migrate.sql import render_statements
from schemanb.sample import build_sample

CASES = Path(__file__).parent.parent / "cases"
PATHS = ("sql", "alembic")

#: (file under sample-schemas, or "shop"), per dialect, and the --schema it needs.
SAMPLES: dict[str, dict[str, str]] = {
    "chinook": {"postgresql": "chinook/postgres.sql", "mariadb": "chinook/mysql.sql", "sqlite": "chinook/sqlite.sql"},
    "sakila": {"postgresql": "sakila/postgres.sql", "mariadb": "sakila/mysql.sql", "sqlite": "sakila/sqlite.sql"},
    "pagila": {"postgresql": "pagila/postgres.sql"},
    "adventureworks": {"postgresql": "adventureworks/postgres.sql"},
    "shop": {kind: "shop" for kind in DIALECTS},
}
#: None needed: a PostgreSQL database is read whole by default (adventureworks: six schemas).
SAMPLE_SCHEMAS: dict[str, tuple[str, ...]] = {}

#: What fails today: "pair/dialect/path" -> one line (what fails, where). Remove an
#: entry when its fix lands (strict: a passing entry fails the suite).
XFAIL: dict[str, str] = {
}


def _case_sql(case: Path, side: str, kind: str) -> str | None:
    for name in (f"{side}.{kind}.sql", f"{side}.sql"):
        path = case / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            return None if text.startswith("-- skip:") else text
    return None


def _param(pair: str, kind: str, path: str) -> pytest.ParameterSet:
    key = f"{pair}/{kind}/{path}"
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
    return pytest.param(pair, kind, path, id=key, marks=marks)


def case_params(kinds: tuple[str, ...]) -> Iterator[pytest.ParameterSet]:
    """Every case directory on each of ``kinds`` that it has both sides for, by both paths."""
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for kind in kinds:
            if _case_sql(folder, "a", kind) is not None and _case_sql(folder, "b", kind) is not None:
                for path in PATHS:
                    yield _param(folder.name, kind, path)


def _sample_params() -> Iterator[pytest.ParameterSet]:
    for sample, files in SAMPLES.items():
        for kind in files:
            for direction in ("up", "down"):
                for path in PATHS:
                    yield _param(f"{sample}_{direction}", kind, path)
    for path in PATHS:
        for kind in DIALECTS:
            yield _param("shop_dev_prod", kind, path)


#: The dumps and snapshots of the pair the previous test loaded (its other path).
_REFERENCES: dict[object, tuple[list[str], list[str], Schema, Schema]] = {}


@pytest.fixture(scope="session")
def skeleton(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ``alembic init`` project per session; each run copies it."""
    return alembic_skeleton(tmp_path_factory.mktemp("alembic"))


def _finish(request: pytest.FixtureRequest, outcomes: list[Outcome]) -> None:
    log = os.environ.get("SCHEMANB_JUDGE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": request.node.callspec.id, "outcomes": [
                [o.step, o.status, o.headline(), o.detail[:1500]] for o in outcomes]}) + "\n")
    failure = verdict(outcomes)
    if failure:
        pytest.fail(failure, pytrace=False)


def _judge(run: Run, path: str, skeleton: Path) -> list[Outcome]:
    return judge_sql(run) if path == "sql" else judge_alembic(run, skeleton)


#: The PostgreSQL cases run from test_judge_postgresql.py: pytest-xdist gives each
#: file whole to one process, and the judge is the longest file by far.
_HERE = tuple(kind for kind in DIALECTS if kind != "postgresql")


@pytest.mark.parametrize(("case", "kind", "path"), list(case_params(_HERE)))
def test_case(case: str, kind: str, path: str, request: pytest.FixtureRequest, tmp_path: Path,
              _pool: _Pool, skeleton: Path) -> None:
    check_case(case, kind, path, request, tmp_path, _pool, skeleton)


def check_case(case: str, kind: str, path: str, request: pytest.FixtureRequest, tmp_path: Path,
               _pool: _Pool, skeleton: Path) -> None:
    """Case directory ``case`` loaded as A and B on ``kind``, migrated by ``path`` and judged."""
    require_clients(kind)
    db_a, db_b = pair_for(kind, tmp_path, _pool)
    folder = CASES / case
    load(db_a, _case_sql(folder, "a", kind))
    load(db_b, _case_sql(folder, "b", kind))
    renames = (folder / "renames").read_text(encoding="utf-8").splitlines() if (folder / "renames").exists() else []
    keep = None
    if (folder / "keep.sql").exists():
        text = (folder / "keep.sql").read_text(encoding="utf-8")
        keep = (text, text.splitlines()[0].split("expect:", 1)[1].strip())
    marker = folder / f"down.{kind}"
    irreversible = marker.exists() and "irreversible" in marker.read_text(encoding="utf-8")
    opts = Options(renames=tuple(r for r in renames if r.strip()), keep=keep, way_back=not irreversible)
    roles = folder / f"roles.{kind}"
    try:
        run = Run(db_a, db_b, tmp_path, opts)
        run.prepare(_REFERENCES, (case, kind))
        if irreversible and path == "sql":  # no way back: the downgrade is refused, naming the object
            with pytest.raises(MigrationError, match="cannot reverse"):
                render_statements(diff(run.a_snap, run.b_snap), direction="downgrade")  # type: ignore[arg-type]
        _finish(request, _judge(run, path, skeleton))
    finally:
        if roles.exists():
            _drop_roles(db_a, db_b, roles.read_text(encoding="utf-8").split())


def _drop_roles(db_a: ThrowawayDB, db_b: ThrowawayDB, roles: list[str]) -> None:
    """Empty the pair (what names the roles goes), then drop the case's roles."""
    for db in (db_a, db_b):
        _empty(db)
    for role in roles:
        try:
            db_a.execute(f'DROP ROLE IF EXISTS "{role}"')
        except Exception as err:  # noqa: BLE001 - another database still names it: leave it
            warnings.warn(f"role {role} kept: {str(err).splitlines()[0]}", stacklevel=1)


def _fresh(kind: str, tmp_path: Path) -> ThrowawayDB:
    reason = server_unavailable(kind)
    if reason:
        if os.environ.get("SCHEMANB_REQUIRE_SERVERS") == "1":
            pytest.fail(f"{kind} is required (SCHEMANB_REQUIRE_SERVERS=1) but {reason}")
        pytest.skip(f"{kind} unavailable: {reason}")
    db = ThrowawayDB.create(kind, tmp_path)
    if db.path is not None:
        db.path.touch()  # an empty SQLite database is an empty file (the sqlite3 shell would make one)
    return db


def _load_sample(db: ThrowawayDB, sample: str, variant: str = "dev") -> None:
    if sample == "shop":
        build_sample(db.url, variant)  # type: ignore[arg-type]
    else:
        db.run_script((sample_schemas_dir() / SAMPLES[sample][db.kind]).read_text(encoding="utf-8"))
    db.engine.dispose()


@pytest.mark.parametrize(("pair", "kind", "path"), list(_sample_params()))
def test_sample_round_trip(pair: str, kind: str, path: str, request: pytest.FixtureRequest,
                           tmp_path: Path, skeleton: Path) -> None:
    """Empty -> sample and sample -> empty (and the shop's dev -> prod), judged both ways."""
    require_clients(kind)
    sample, _, direction = pair.partition("_")
    if sample != "shop" and not (sample_schemas_dir() / SAMPLES[sample][kind]).exists():
        pytest.skip(f"sample schema {sample_schemas_dir() / SAMPLES[sample][kind]} is not there")
    db_a, db_b = _fresh(kind, tmp_path), _fresh(kind, tmp_path)
    try:
        if direction == "dev_prod":
            _load_sample(db_a, sample, "dev")
            _load_sample(db_b, sample, "prod")
        else:
            _load_sample(db_b if direction == "up" else db_a, sample)
        run = Run(db_a, db_b, tmp_path, Options(schemas=SAMPLE_SCHEMAS.get(sample, ())))
        run.prepare(_REFERENCES, (pair, kind))
        outcomes = _judge(run, path, skeleton)
    finally:
        db_a.drop()
        db_b.drop()
    _finish(request, outcomes)


def test_judge_sees_what_schemanb_does_not(sqlite_db: ThrowawayDB) -> None:
    """The SQLite dump tells apart what the two DDL texts differ in, even where the PRAGMAs agree."""
    require_clients("sqlite")
    from judge import sqlite_dump

    sqlite_db.execute('CREATE TABLE "T" (a INTEGER CHECK (a > 0))')
    before = sqlite_dump(sqlite_db.path)  # type: ignore[arg-type]
    sqlite_db.execute('DROP TABLE "T"', 'CREATE TABLE t (A integer  CHECK (a > 1))')
    after = sqlite_dump(sqlite_db.path)  # type: ignore[arg-type]
    assert before != after
    sqlite_db.execute("DROP TABLE t", 'CREATE TABLE "t" ( "a" INTEGER check (a > 0) -- same\n)')
    assert sqlite_dump(sqlite_db.path) == before  # type: ignore[arg-type]


def test_missing_client_skips_with_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("SCHEMANB_REQUIRE_SERVERS", raising=False)
    with pytest.raises(pytest.skip.Exception, match="the sqlite3 client is not installed"):
        require_clients("sqlite")
    monkeypatch.setenv("SCHEMANB_REQUIRE_SERVERS", "1")
    with pytest.raises(pytest.fail.Exception, match="the psql client is not installed"):
        require_clients("postgresql")
