"""Objects beyond tables (#10) migrate and revert on real databases, in dependency order.

Each test loads A and B, runs :func:`converge.check_convergence` (upgrade,
re-inspect, expect no difference; downgrade, expect A again) and checks the
order of the statements that made it possible: a view over a column whose
type changes is dropped before the ALTER and created after (transitively for
a view over that view), a trigger function's new body replaces the old one
in place, partitions follow their parent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from converge import check_convergence, load, snapshot
from pool import _Pool, pair_for

from schemanb.diff import diff
from schemanb.migrate.sql import render_statements


@pytest.fixture
def pg_pair(tmp_path: Path, _pool: _Pool):  # type: ignore[no-untyped-def]
    return pair_for("postgresql", tmp_path, _pool)


@pytest.fixture
def maria_pair(tmp_path: Path, _pool: _Pool):  # type: ignore[no-untyped-def]
    return pair_for("mariadb", tmp_path, _pool)


@pytest.fixture
def sqlite_pair(tmp_path: Path, _pool: _Pool):  # type: ignore[no-untyped-def]
    return pair_for("sqlite", tmp_path, _pool)


def _position(statements: list[str], *needles: str) -> int:
    """Index of the first statement holding every needle (fails naming them)."""
    for i, sql in enumerate(statements):
        if all(n in sql for n in needles):
            return i
    raise AssertionError(f"no statement with {needles}:\n" + "\n".join(statements))


def _upgrade_sql(db_a, db_b) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.sql for s in render_statements(diff(snapshot(db_a), snapshot(db_b)))]


TABLE = 'CREATE TABLE "Lines" (id INTEGER PRIMARY KEY, "Qty" {type}, note TEXT);\n'
VIEWS = (
    'CREATE VIEW "big Lines" AS SELECT id, "Qty" FROM "Lines" WHERE "Qty" > 5;\n'
    'CREATE VIEW "top Lines" AS SELECT "Qty" FROM "big Lines" WHERE id < 10;\n'
)


def test_view_over_a_view_over_a_retyped_column(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    load(db_a, TABLE.format(type="INTEGER") + "INSERT INTO \"Lines\" VALUES (1, 7, 'x');\n" + VIEWS)
    load(db_b, TABLE.format(type="BIGINT") + VIEWS)
    sql = _upgrade_sql(db_a, db_b)
    alter = _position(sql, "ALTER TABLE", "Qty", "BIGINT")
    drop_top, drop_big = _position(sql, "DROP VIEW", "top Lines"), _position(sql, "DROP VIEW", "big Lines")
    create_big = _position(sql, "CREATE VIEW", "big Lines")
    create_top = _position(sql, "CREATE VIEW", "top Lines")
    assert drop_top < drop_big < alter < create_big < create_top
    d = check_convergence(db_a, db_b, keep=('SELECT "Qty" FROM "top Lines"', "7"))
    assert [c.kind.value for c in d.changes] == ["column_type_changed"]


def test_view_over_a_retyped_column_on_every_dialect(db_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = db_pair
    view = 'CREATE VIEW "big Lines" AS SELECT id, "Qty" FROM "Lines" WHERE "Qty" > 5;\n'
    load(db_a, TABLE.format(type="INTEGER").replace("TEXT", "VARCHAR(20)")
         + "INSERT INTO \"Lines\" VALUES (1, 7, 'x');\n" + view)
    load(db_b, TABLE.format(type="BIGINT").replace("TEXT", "VARCHAR(20)") + view)
    sql = _upgrade_sql(db_a, db_b)
    assert _position(sql, "DROP VIEW", "big Lines") < _position(sql, "CREATE VIEW", "big Lines")
    check_convergence(db_a, db_b, keep=('SELECT "Qty" FROM "big Lines"', "7"))


TRIGGER_TABLE = (
    'CREATE TABLE "Stock" (id INTEGER PRIMARY KEY, n INTEGER);\n'
    'CREATE FUNCTION "set N"() RETURNS trigger LANGUAGE plpgsql AS $$\n'
    "BEGIN\n  -- a comment the body must keep\n  NEW.n := {value};\n  RETURN NEW;\nEND\n$$;\n"
    'CREATE TRIGGER "Stock n" BEFORE INSERT ON "Stock" FOR EACH ROW EXECUTE FUNCTION "set N"();\n'
)


def test_trigger_function_body_changes_in_place(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    load(db_a, TRIGGER_TABLE.format(value=1))
    load(db_b, TRIGGER_TABLE.format(value=2))
    sql = _upgrade_sql(db_a, db_b)
    assert not any("DROP TRIGGER" in s for s in sql), sql
    d = check_convergence(db_a, db_b)
    assert [c.kind.value for c in d.changes] == ["routine_changed"]


HELPERS = (
    'CREATE TABLE "Stock" (id INTEGER PRIMARY KEY, n BIGINT);\n'
    "CREATE FUNCTION twice(a integer) RETURNS {ret} LANGUAGE sql AS $$ SELECT a * 2 $$;\n"
    "CREATE FUNCTION plus({args}) RETURNS integer LANGUAGE sql AS $$ SELECT a + 1 $$;\n"
    'CREATE FUNCTION "set N"() RETURNS trigger LANGUAGE plpgsql AS $$\n'
    "BEGIN NEW.n := twice(3); RETURN NEW; END\n$$;\n"
    'CREATE TRIGGER "Stock n" BEFORE INSERT ON "Stock" FOR EACH ROW EXECUTE FUNCTION "set N"();\n'
)


def test_functions_whose_result_or_arguments_change_are_recreated(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    load(db_a, HELPERS.format(ret="integer", args="a integer"))
    load(db_b, HELPERS.format(ret="bigint", args="a integer, b integer"))
    d = check_convergence(db_a, db_b)
    assert sorted(c.kind.value for c in d.changes) == [
        "routine_added", "routine_changed", "routine_dropped"]


PARTITIONED = (
    'CREATE TABLE "Events" (id INTEGER NOT NULL, at DATE NOT NULL) PARTITION BY RANGE (at);\n'
    "CREATE TABLE \"Events 2024\" PARTITION OF \"Events\" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
)


def test_partitions_follow_their_parent(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    load(db_a, "CREATE TABLE keep (id INTEGER PRIMARY KEY);\n")
    load(db_b, "CREATE TABLE keep (id INTEGER PRIMARY KEY);\n" + PARTITIONED
         + "CREATE TABLE \"Events 2025\" PARTITION OF \"Events\" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n")
    sql = _upgrade_sql(db_a, db_b)
    parent = _position(sql, "CREATE TABLE", "PARTITION BY RANGE")
    assert parent < _position(sql, "Events 2024", "PARTITION OF")
    assert parent < _position(sql, "Events 2025", "PARTITION OF")
    check_convergence(db_a, db_b)


def test_partition_added_and_dropped(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    load(db_a, PARTITIONED)
    load(db_b, PARTITIONED.replace("Events 2024", "Events 2024b").replace("2024-01-01", "2023-01-01"))
    d = check_convergence(db_a, db_b)
    assert sorted(c.kind.value for c in d.changes) == ["partition_added", "partition_dropped"]


def test_mariadb_range_partition_added(maria_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = maria_pair
    table = ('CREATE TABLE "Events" (id INTEGER NOT NULL, y INTEGER NOT NULL) '
             'PARTITION BY RANGE (y) (PARTITION p2024 VALUES LESS THAN (2025){more});\n')
    load(db_a, table.format(more=""))
    load(db_b, table.format(more=", PARTITION p2025 VALUES LESS THAN (2026)"))
    d = check_convergence(db_a, db_b)
    assert [c.kind.value for c in d.changes] == ["partition_added"]


def test_sqlite_trigger_survives_its_table_rebuild(sqlite_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = sqlite_pair
    trigger = ('CREATE TRIGGER "Stock log" AFTER INSERT ON "Stock" BEGIN '
               "INSERT INTO log (msg) VALUES ('new'); END;\n")
    base = "CREATE TABLE log (msg TEXT);\n"
    load(db_a, base + 'CREATE TABLE "Stock" (id INTEGER PRIMARY KEY, n INTEGER);\n' + trigger)
    load(db_b, base + 'CREATE TABLE "Stock" (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);\n' + trigger)
    sql = _upgrade_sql(db_a, db_b)
    assert _position(sql, "DROP TRIGGER", "Stock log") < _position(sql, "CREATE TRIGGER", "Stock log")
    check_convergence(db_a, db_b)


def test_types_domains_and_extensions(pg_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    common = 'CREATE DOMAIN "Pos Int" AS integer CONSTRAINT "pos" CHECK (VALUE > 0);\n'
    load(db_a, common + 'CREATE TABLE t (id INTEGER PRIMARY KEY, n "Pos Int");\n')
    load(db_b, common.replace("VALUE > 0", "VALUE >= 0")
         + 'CREATE EXTENSION citext;\n'
         + 'CREATE DOMAIN code_t AS citext NOT NULL;\n'
         + 'CREATE TYPE "Pair" AS (a integer, "B b" text);\n'
         + 'CREATE TABLE t (id INTEGER PRIMARY KEY, n "Pos Int", code code_t);\n')
    sql = _upgrade_sql(db_a, db_b)
    assert _position(sql, "CREATE EXTENSION") < _position(sql, "CREATE DOMAIN", "code_t")
    assert _position(sql, "CREATE DOMAIN", "code_t") < _position(sql, "ADD COLUMN", "code")
    d = check_convergence(db_a, db_b)
    assert {"extension_added", "domain_added", "domain_changed", "composite_added"} <= {
        c.kind.value for c in d.changes}


def test_grants_to_public_are_granted_and_revoked(pg_pair) -> None:  # type: ignore[no-untyped-def]
    import schemanb

    db_a, db_b = pg_pair
    table = 'CREATE TABLE "Open Data" (id INTEGER PRIMARY KEY);\n'
    load(db_a, table + 'GRANT SELECT ON "Open Data" TO PUBLIC;\n')
    load(db_b, table + 'GRANT INSERT, UPDATE ON "Open Data" TO PUBLIC;\n')

    def snap(db):  # type: ignore[no-untyped-def]
        db.engine.dispose()
        return schemanb.inspect(db.url, grants=True)

    from converge import apply

    a0, b0 = snap(db_a), snap(db_b)
    d = diff(a0, b0)
    assert sorted(c.kind.value for c in d.changes) == ["grant_added", "grant_added", "grant_dropped"]
    apply(db_a, render_statements(d))
    assert diff(snap(db_a), b0).is_empty
    apply(db_a, render_statements(d, direction="downgrade"))
    assert diff(snap(db_a), a0).is_empty
    assert not diff(a0, b0, ignore=["grants"]).changes


def test_schema_grants_follow_their_schema(pg_pair, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Privileges on schemas (``--grants``): granted after the schema is created,
    revoked before it is dropped; the SQL applied by psql gives pg_dump's privileges
    of B, and the way back (A' to A's snapshot) A's."""
    from judge import apply_sql, dump

    import schemanb

    db_a, db_b = pg_pair
    load(db_a, 'CREATE SCHEMA kept; GRANT USAGE ON SCHEMA kept TO PUBLIC;\n'
               'CREATE SCHEMA "Old One"; GRANT USAGE, CREATE ON SCHEMA "Old One" TO PUBLIC;\n')
    load(db_b, 'CREATE SCHEMA kept; GRANT CREATE ON SCHEMA kept TO PUBLIC;\n'
               'CREATE SCHEMA new; GRANT USAGE ON SCHEMA new TO PUBLIC;\n')

    def snap(db):  # type: ignore[no-untyped-def]
        db.engine.dispose()
        return schemanb.inspect(db.url, grants=True)

    a0, b0 = snap(db_a), snap(db_b)
    assert {(g.object_kind, g.object_name, g.privilege) for g in b0.grants} == {
        ("schema", "kept", "CREATE"), ("schema", "new", "USAGE")}
    want_a, want_b = dump(db_a, privileges=True), dump(db_b, privileges=True)
    d = diff(a0, b0)
    assert sorted(c.kind.value for c in d.changes) == [
        "grant_added", "grant_added", "grant_dropped", "grant_dropped", "grant_dropped",
        "schema_added", "schema_dropped"]
    for step, target, want in (("up", b0, want_b), ("back", a0, want_a)):
        script = tmp_path / f"{step}.sql"
        script.write_text(diff(snap(db_a), target).to_sql("postgresql"), encoding="utf-8")
        assert apply_sql(db_a, script) is None
        assert dump(db_a, privileges=True) == want
    assert not diff(a0, b0, ignore=["grants", "schemas"]).changes


def test_default_schema_grants_beyond_initdb(pg_pair, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``public``'s privileges beyond what initdb granted (pagila: ``GRANT ALL ON
    SCHEMA public TO PUBLIC``) are grants of the default schema: read with
    ``--grants``, migrated both ways, judged by pg_dump with privileges; initdb's
    own USAGE is not one."""
    from judge import apply_sql, dump

    import schemanb

    db_a, db_b = pg_pair
    load(db_b, "GRANT ALL ON SCHEMA public TO PUBLIC;\n")

    def snap(db):  # type: ignore[no-untyped-def]
        db.engine.dispose()
        return schemanb.inspect(db.url, grants=True)

    a0, b0 = snap(db_a), snap(db_b)
    # (The pool may have re-created public: then initdb's USAGE is an ordinary grant.)
    assert ("schema", "public", "PUBLIC", "CREATE") not in {
        (g.object_kind, g.object_name, g.grantee, g.privilege) for g in a0.grants}
    assert ("schema", "public", "PUBLIC", "CREATE") in {
        (g.object_kind, g.object_name, g.grantee, g.privilege) for g in b0.grants}
    want_a, want_b = dump(db_a, privileges=True), dump(db_b, privileges=True)
    assert want_a != want_b
    for step, target, want in (("up", b0, want_b), ("back", a0, want_a)):
        script = tmp_path / f"{step}.sql"
        script.write_text(diff(snap(db_a), target).to_sql("postgresql"), encoding="utf-8")
        assert apply_sql(db_a, script) is None
        assert dump(db_a, privileges=True) == want


def test_mariadb_grants_are_granted_and_revoked(maria_pair) -> None:  # type: ignore[no-untyped-def]
    """Table privileges of a throwaway account with a quote in its name converge both ways."""
    import uuid

    from converge import apply

    import schemanb

    db_a, db_b = maria_pair
    user = "'" + f"o''h {uuid.uuid4().hex[:8]}" + "'@'localhost'"
    db_a.execute(f"CREATE USER {user}")
    try:
        table = 'CREATE TABLE "Open Data" (id INTEGER PRIMARY KEY);\n'
        load(db_a, table + f'GRANT SELECT ON "Open Data" TO {user};\n')
        load(db_b, table + f'GRANT INSERT, UPDATE ON "Open Data" TO {user};\n')

        def snap(db):  # type: ignore[no-untyped-def]
            db.engine.dispose()
            return schemanb.inspect(db.url, grants=True)

        a0, b0 = snap(db_a), snap(db_b)
        d = diff(a0, b0)
        assert sorted(c.kind.value for c in d.changes) == ["grant_added", "grant_added", "grant_dropped"]
        apply(db_a, render_statements(d))
        assert diff(snap(db_a), b0).is_empty
        apply(db_a, render_statements(d, direction="downgrade"))
        assert diff(snap(db_a), a0).is_empty
    finally:
        db_a.execute(f"DROP USER IF EXISTS {user}")


MARIA_TRIGGER = (
    'CREATE TABLE "Stock" (id INTEGER PRIMARY KEY, n INTEGER);\n'
    'CREATE TABLE log (msg VARCHAR(40));\n'
)


def test_mariadb_triggers_and_routines(maria_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = maria_pair
    load(db_a, MARIA_TRIGGER
         + 'CREATE FUNCTION "twice"(a INTEGER) RETURNS INTEGER DETERMINISTIC RETURN a * 2;\n'
         + 'CREATE TRIGGER "Stock log" AFTER INSERT ON "Stock" FOR EACH ROW '
         + "INSERT INTO log (msg) VALUES ('one');\n")
    load(db_b, MARIA_TRIGGER
         + 'CREATE FUNCTION "twice"(a INTEGER) RETURNS INTEGER DETERMINISTIC RETURN a + a;\n'
         + 'CREATE PROCEDURE "Reset Log"() DELETE FROM log;\n'
         + 'CREATE TRIGGER "Stock log" AFTER INSERT ON "Stock" FOR EACH ROW '
         + "INSERT INTO log (msg) VALUES ('two');\n")
    d = check_convergence(db_a, db_b)
    assert sorted(c.kind.value for c in d.changes) == [
        "routine_added", "routine_changed", "trigger_changed"]


def test_sqlite_trigger_added_and_changed(sqlite_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = sqlite_pair
    base = 'CREATE TABLE log (msg TEXT);\nCREATE TABLE "Stock" (id INTEGER PRIMARY KEY);\n'
    trigger = ('CREATE TRIGGER "{name}" AFTER {event} ON "Stock" BEGIN '
               "INSERT INTO log (msg) VALUES ('{msg}'); END;\n")
    load(db_a, base + trigger.format(name="on add", event="INSERT", msg="a"))
    load(db_b, base + trigger.format(name="on add", event="INSERT", msg="b")
         + trigger.format(name="on del", event="DELETE", msg="gone"))
    d = check_convergence(db_a, db_b)
    assert sorted(c.kind.value for c in d.changes) == ["trigger_added", "trigger_changed"]


@pytest.mark.parametrize("name", ['dq"name', "sq'name", "with space", "MixedCase", "pct%name"])
def test_hostile_names_of_triggers_routines_and_dependent_views(pg_pair, name: str) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = pg_pair
    q = '"' + name.replace('"', '""') + '"'
    view = '"v ' + name.replace('"', '""') + '"'

    def script(value: int, qty: str) -> str:
        return (
            f"CREATE TABLE {q} (id INTEGER PRIMARY KEY, {q} {qty});\n"
            f"CREATE VIEW {view} AS SELECT {q} FROM {q};\n"
            f"CREATE FUNCTION {q}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN NEW.{q} := {value}; RETURN NEW; END\n$$;\n"
            f"CREATE TRIGGER {q} BEFORE INSERT ON {q} FOR EACH ROW EXECUTE FUNCTION {q}();\n"
        )

    load(db_a, script(1, "INTEGER"))
    load(db_b, script(2, "BIGINT"))
    d = check_convergence(db_a, db_b)
    assert sorted(c.kind.value for c in d.changes) == ["column_type_changed", "routine_changed"]
