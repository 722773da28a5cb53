"""The demo's drift: the sample's dev schema migrated to prod (and back) on every dialect.

This is the realistic case -- views over changed tables, checks, partial
indexes, comments, FKs -- and what ``schemanb demo`` shows. The same migration
is applied twice: as offline SQL, then as the Alembic revision file run by
Alembic itself.
"""

from __future__ import annotations

from alembic.migration import MigrationContext
from alembic.operations import Operations
from converge import check_convergence, describe, snapshot

from schemanb.diff import diff
from schemanb.migrate.revision import render_revision
from schemanb.sample import build_sample


def _run_revision(db, text: str, fn: str) -> None:  # type: ignore[no-untyped-def]
    namespace: dict[str, object] = {}
    exec(compile(text, "revision.py", "exec"), namespace)  # noqa: S102 - the file under test
    with db.engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        namespace[fn]()  # type: ignore[operator]
    db.engine.dispose()


def test_sample_dev_migrates_to_prod_and_back(db_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = db_pair
    build_sample(db_a.url, "dev")
    build_sample(db_b.url, "prod")
    d = check_convergence(db_a, db_b)
    assert len(d.changes) >= 7
    text = render_revision(d, message="dev to prod")
    _run_revision(db_a, text, "upgrade")
    left = diff(snapshot(db_a), d.b)
    assert left.is_empty, "revision upgrade: " + describe(left)
    _run_revision(db_a, text, "downgrade")
    back = diff(snapshot(db_a), d.a)
    assert back.is_empty, "revision downgrade: " + describe(back)
