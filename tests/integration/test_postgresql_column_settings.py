"""PostgreSQL per-column settings (synapse's ``SET (n_distinct=-0.02)``): read from the
bulk columns query, kept through a snapshot file, compared as a safe
``column_options_changed``, and migrated by ``ALTER COLUMN`` statements that leave
the server as the target."""

from __future__ import annotations

import schemanb
from schemanb.diff import ChangeKind, Risk, diff
from schemanb.serialize import dumps, loads

_TABLE = "CREATE TABLE \"State Groups\" (id int PRIMARY KEY, \"Group\" bigint, body text, amount numeric)"


def _snapshot(db):  # type: ignore[no-untyped-def]
    db.engine.dispose()
    return schemanb.inspect(db.url)


def test_settings_read_kept_compared_and_migrated(pg_db):
    pg_db.execute(_TABLE)
    plain = _snapshot(pg_db)
    assert all(c.dialect_options == () for c in plain.table("State Groups").columns)
    pg_db.execute(
        'ALTER TABLE "State Groups" ALTER COLUMN "Group" SET (n_distinct=-0.02, n_distinct_inherited=-0.5)',
        'ALTER TABLE "State Groups" ALTER COLUMN "Group" SET STATISTICS 750',
        'ALTER TABLE "State Groups" ALTER COLUMN body SET STORAGE EXTERNAL',
        'ALTER TABLE "State Groups" ALTER COLUMN amount SET STORAGE EXTENDED',
        'ALTER TABLE "State Groups" ALTER COLUMN id SET STORAGE PLAIN',  # the type's own: not a setting
    )
    tuned = _snapshot(pg_db)
    columns = tuned.table("State Groups").column_map
    assert dict(columns["Group"].dialect_options) == {
        "postgresql_attribute_options": "n_distinct=-0.02, n_distinct_inherited=-0.5",
        "postgresql_statistics": "750",
    }
    assert columns["body"].dialect_options == (("postgresql_storage", "EXTERNAL"),)
    assert columns["amount"].dialect_options == (("postgresql_storage", "EXTENDED"),)
    assert columns["id"].dialect_options == ()
    assert loads(dumps(tuned)) == tuned

    d = diff(tuned, plain)
    assert {str(c.ref) for c in d.changes} == {'State Groups.Group', "State Groups.body", "State Groups.amount"}
    assert {c.kind for c in d.changes} == {ChangeKind.COLUMN_OPTIONS_CHANGED}
    assert d.max_risk is Risk.SAFE
    sql = d.to_sql()
    assert 'ALTER TABLE ONLY "State Groups" ALTER COLUMN "Group" RESET (n_distinct, n_distinct_inherited)' in sql
    assert 'ALTER COLUMN "Group" SET STATISTICS -1' in sql
    assert "ALTER COLUMN body SET STORAGE EXTENDED" in sql
    assert "ALTER COLUMN amount SET STORAGE MAIN" in sql  # numeric's own storage
    pg_db.run_script(sql)
    assert _snapshot(pg_db) == plain

    back = diff(plain, tuned).to_sql()
    pg_db.run_script(back)
    assert _snapshot(pg_db) == tuned
