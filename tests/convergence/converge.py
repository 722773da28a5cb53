"""The convergence check: apply a diff's SQL, re-inspect, expect nothing left; then downgrade.

``apply`` executes the statements one by one with the database's engine: the
statement boundaries come from :func:`schemanb.migrate.sql.render_statements`,
never from splitting text on ``;``.
"""

from __future__ import annotations

import schemanb
from schemanb.diff import diff
from schemanb.migrate.sql import render_statements


def apply(db, statements) -> None:  # type: ignore[no-untyped-def]
    """Run every statement on ``db`` (one transaction; DDL autocommits on MariaDB).

    The DBAPI cursor gets no parameters, so ``%`` in a name is not a placeholder
    (as with psql or the mariadb client).
    """
    with db.engine.begin() as conn:
        cursor = conn.connection.cursor()
        for st in statements:
            cursor.execute(st.sql)


def load(db, sql: str) -> None:  # type: ignore[no-untyped-def]
    if db.kind == "mariadb":
        sql = "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES');\n" + sql
    db.run_script(sql)


def snapshot(db):  # type: ignore[no-untyped-def]
    db.engine.dispose()
    return schemanb.inspect(db.url)


def describe(d) -> str:  # type: ignore[no-untyped-def]
    return "; ".join(f"{c.kind.value} {c.ref} {c.before!r} -> {c.after!r}" for c in d.changes)


def check_convergence(db_a, db_b, *, downgrade: bool = True):  # type: ignore[no-untyped-def]
    """Upgrade A to B with the diff's SQL, then downgrade back; return the diff."""
    a0, b0 = snapshot(db_a), snapshot(db_b)
    d = diff(a0, b0)
    assert d.changes, "the case has no difference to migrate"
    up = render_statements(d)
    apply(db_a, up)
    left = diff(snapshot(db_a), b0)
    assert left.is_empty, f"after upgrade: {describe(left)}\nSQL:\n" + "\n".join(s.sql for s in up)
    if downgrade:
        down = render_statements(d, direction="downgrade")
        apply(db_a, down)
        back = diff(snapshot(db_a), a0)
        assert back.is_empty, f"after downgrade: {describe(back)}\nSQL:\n" + "\n".join(s.sql for s in down)
    return d
