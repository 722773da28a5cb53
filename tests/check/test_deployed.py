"""``schemanb check --alembic INI --deployed URL``: which revision, what was changed by hand.

The project in ``deploy_project`` has six revisions with a branch and a merge::

    0001 -> 0002 -> 0003a -> 0004 (merge) -> 0005
                 \\-> 0003b -/

Each test upgrades a throwaway "prod" database to some revision with Alembic,
changes it by hand, and asks :func:`schemanb.check.deployed` (or the CLI) what it sees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from dbutil import SERVER_URLS

import schemanb
from schemanb.check import deployed
from schemanb.reflect.session import parse_url

INI = str(Path(__file__).parent / "deploy_project" / "alembic.ini")
HAND_INDEX = "CREATE INDEX ix_orders_total ON orders (total)"


def deploy(db, *revisions: str) -> None:
    """``alembic upgrade REV`` on the test's prod database (the test's own setup)."""
    config = Config(INI)
    config.set_main_option(
        "sqlalchemy.url", parse_url(db.url).render_as_string(hide_password=False).replace("%", "%%")
    )
    for rev in revisions:
        command.upgrade(config, rev)


def scratch(db) -> str | None:
    return None if db.kind == "sqlite" else SERVER_URLS[db.kind]


def versions(db) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))


def test_recorded_revision_and_the_hand_made_change(db):
    deploy(db, "0004")
    db.execute(HAND_INDEX)
    before = schemanb.inspect(db.url)
    report = deployed(INI, db.url, scratch_url=scratch(db))
    assert report.problem is None
    assert [r.revision for r in report.revisions] == ["0004"]
    assert report.revisions[0].message == "merge products and phone; index the order status"
    assert report.revisions[0].date == "2024-04-01 13:00:00"
    assert [(h.change.kind.value, h.change.ref.name) for h in report.changes] == [
        ("index_added", "ix_orders_total")
    ]
    hand = report.changes[0]
    assert "DROP INDEX" in hand.undo_sql and "ix_orders_total" in hand.undo_sql
    assert "CREATE INDEX ix_orders_total" in hand.keep_sql
    text = report.to_text()
    assert "prod is at revision 0004 (merge products and phone" in text
    assert "1 change was made outside migrations" in text
    # Read-only: the live database is as it was.
    assert schemanb.diff(before, schemanb.inspect(db.url)).is_empty
    assert versions(db) == ["0004"]


def test_the_undo_sql_brings_prod_back_to_the_migrations(db):
    deploy(db, "0005")
    db.execute(HAND_INDEX, "ALTER TABLE customers ADD COLUMN nickname VARCHAR(40)")
    report = deployed(INI, db.url, scratch_url=scratch(db))
    kinds = {h.change.kind.value for h in report.changes}
    # SQLite also names its stored CREATE TABLE text (table_definition_changed).
    assert {"column_added", "index_added"} <= kinds <= {
        "column_added", "index_added", "table_definition_changed"
    }
    db.run_script(report.undo_sql)
    again = deployed(INI, db.url, scratch_url=scratch(db))
    assert again.changes == (), again.to_text()


def test_two_branch_heads_without_the_merge(db):
    deploy(db, "0003a", "0003b")
    assert versions(db) == ["0003a", "0003b"]
    report = deployed(INI, db.url, scratch_url=scratch(db))
    assert [r.revision for r in report.revisions] == ["0003a", "0003b"]
    assert report.changes == ()
    assert "0 changes were made outside migrations" in report.to_text()


def test_bisect_when_alembic_version_is_wrong(db):
    deploy(db, "0005")
    db.execute(HAND_INDEX, "UPDATE alembic_version SET version_num = '0002'")
    naive = deployed(INI, db.url, scratch_url=scratch(db))
    assert [r.revision for r in naive.revisions] == ["0002"]
    assert len(naive.changes) > 3  # all of 0003a..0005 look hand-made
    report = deployed(INI, db.url, scratch_url=scratch(db), bisect=True)
    assert [r.revision for r in report.revisions] == ["0005"]
    assert report.bisected and report.recorded == ("0002",)
    assert [h.change.ref.name for h in report.changes] == ["ix_orders_total"]
    scores = dict(report.scores)
    assert set(scores) == {"0001", "0002", "0003a", "0003b", "0004", "0005"}
    assert scores["0005"] == 1 and min(scores.values()) == 1
    assert "(alembic_version says 0002)" in report.to_text()


def test_bisect_when_alembic_version_is_missing(db):
    deploy(db, "0003b")
    db.execute(HAND_INDEX, "DROP TABLE alembic_version")
    report = deployed(INI, db.url, scratch_url=scratch(db))
    assert report.problem == (
        "prod has no alembic_version table — it was not deployed with these migrations"
    )
    assert report.revisions == ()
    found = deployed(INI, db.url, scratch_url=scratch(db), bisect=True)
    assert [r.revision for r in found.revisions] == ["0003b"]
    assert [h.change.ref.name for h in found.changes] == ["ix_orders_total"]


def test_unknown_revision_is_named(sqlite_db):
    deploy(sqlite_db, "0002")
    sqlite_db.execute("UPDATE alembic_version SET version_num = 'cafe1234'")
    report = deployed(INI, sqlite_db.url)
    assert "names cafe1234, which this project's migrations do not know" in report.problem
    assert deployed(INI, sqlite_db.url, bisect=True).revisions[0].revision == "0002"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schemanb", "check", *args],
        capture_output=True, text=True, check=False, timeout=300, env=dict(os.environ),
    )


def test_cli_exit_codes_and_text(sqlite_db):
    deploy(sqlite_db, "0005")
    ok = run_cli("--alembic", INI, "--deployed", sqlite_db.url)
    assert ok.returncode == 0, ok.stderr
    assert "prod is at revision 0005 (order lines, 2024-05-01 14:00:00); 0 changes" in ok.stdout
    sqlite_db.execute(HAND_INDEX)
    drift = run_cli("--alembic", INI, "--deployed", sqlite_db.url, "--name", "staging")
    assert drift.returncode == 1, drift.stderr
    assert "staging is at revision 0005" in drift.stdout
    assert "CREATE INDEX ix_orders_total ON orders (total);" in drift.stdout
    assert run_cli("--alembic", INI, "--deployed", sqlite_db.url, "--fail-on", "locking").returncode == 0
    sqlite_db.execute("DROP TABLE alembic_version")
    missing = run_cli("--alembic", INI, "--deployed", sqlite_db.url)
    assert missing.returncode == 2
    assert "no alembic_version table" in missing.stdout and "--bisect" in missing.stdout
    found = run_cli("--alembic", INI, "--deployed", sqlite_db.url, "--bisect", "--format", "json")
    assert found.returncode == 1, found.stderr
    assert '"revision": "0005"' in found.stdout


BAD = {
    "server_without_scratch": (
        ("--alembic", INI, "--deployed", "postgresql://u@127.0.0.1:1/prod"), "give --scratch-url"
    ),
    "scratch_of_another_dialect": (
        ("--alembic", INI, "--deployed", "postgresql://u@127.0.0.1:1/prod",
         "--scratch-url", "mysql://root@127.0.0.1/x"),
        "must run on the same kind of database",
    ),
    "deployed_without_alembic": (("--deployed", "sqlite:///x.db"), "--deployed URL needs --alembic"),
    "bisect_alone": (("--bisect", "--baseline", "x.json", "sqlite://"), "--bisect works with"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_one_line(case):
    args, needle = BAD[case]
    result = run_cli(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
