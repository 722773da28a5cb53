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
    """Run a case script: psycopg takes a whole script in one call; the others use their client."""
    if db.kind == "postgresql":
        with db.engine.begin() as conn:
            conn.connection.cursor().execute(sql)
        db.engine.dispose()
        return
    if db.kind == "mariadb":
        sql = "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES');\n" + sql
    db.run_script(sql)


def snapshot(db):  # type: ignore[no-untyped-def]
    db.engine.dispose()
    return schemanb.inspect(db.url)


def describe(d) -> str:  # type: ignore[no-untyped-def]
    return "; ".join(f"{c.kind.value} {c.ref} {c.before!r} -> {c.after!r}" for c in d.changes)


def scalar(db, sql: str):  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        cursor = conn.connection.cursor()
        if db.kind == "mariadb":
            cursor.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')")
        cursor.execute(sql)
        return cursor.fetchone()[0]


def check_convergence(  # type: ignore[no-untyped-def]
    db_a, db_b, *, downgrade: bool = True, renames=(), keep: tuple[str, str] | None = None
):
    """Upgrade A to B with the diff's SQL, then downgrade back; return the diff.

    ``renames`` are ``"old -> new"`` decisions to accept; ``keep`` is a query on
    the upgraded database and the value it must return (the data survived).
    """
    a0, b0 = snapshot(db_a), snapshot(db_b)
    d = diff(a0, b0)
    for pair in renames:
        d.accept_rename(pair)
    assert d.changes, "the case has no difference to migrate"
    up = render_statements(d)
    apply(db_a, up)
    if keep is not None:
        assert str(scalar(db_a, keep[0])) == keep[1], f"data lost: {keep[0]}"
    left = diff(snapshot(db_a), b0)
    assert left.is_empty, f"after upgrade: {describe(left)}\nSQL:\n" + "\n".join(s.sql for s in up)
    if downgrade:
        down = render_statements(d, direction="downgrade")
        apply(db_a, down)
        back = diff(snapshot(db_a), a0)
        assert back.is_empty, f"after downgrade: {describe(back)}\nSQL:\n" + "\n".join(s.sql for s in down)
    return d
