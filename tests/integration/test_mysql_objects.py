"""MariaDB objects beyond tables: triggers, routines, partitions, view dependencies, grants.

Each kind is created with hand-written DDL (the independent truth) and
reflected field by field; then the snapshot's own DDL (``object_ddl``,
``partition_table_kwargs``, ``partition_ddl``) recreates it in an empty
database, which must reflect the same objects. Names are hostile: spaces,
quotes, backticks, mixed case, reserved words.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

import schemanb
from schemanb.dialects import support_for
from schemanb.errors import MigrationError
from schemanb.model import Grant, Partition, Partitioning, Routine, TableKey, Trigger

SUPPORT = support_for("mariadb")
TABLE = 'Odd `T"'  # backtick, double quote, space, mixed case
LOG = "select"  # a reserved word


def run(db, *statements: str) -> None:  # type: ignore[no-untyped-def]
    """Execute each statement with the DBAPI cursor (no parameters: ``%`` is literal)."""
    with db.engine.begin() as conn:
        cursor = conn.connection.cursor()
        for sql in statements:
            cursor.execute(sql)
    db.engine.dispose()


def bq(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


TABLES = [
    f"CREATE TABLE {bq(TABLE)} (id INT PRIMARY KEY, {bq('Total Sum')} INT, n VARCHAR(10))",
    f"CREATE TABLE {bq(LOG)} (msg TEXT)",
]
TRIGGER_BODY = (
    "BEGIN\n"
    "  -- double it; keep the comment\n"
    f"  SET NEW.{bq('Total Sum')} = NEW.id * 2;\n"
    "END"
)
TRIGGERS = [
    f"CREATE TRIGGER {bq('trg `x` One')} BEFORE INSERT ON {bq(TABLE)} FOR EACH ROW\n{TRIGGER_BODY}",
    f"CREATE TRIGGER {bq('after upd')} AFTER UPDATE ON {bq(TABLE)} FOR EACH ROW "
    f"INSERT INTO {bq(LOG)} VALUES ('it''s updated')",
    f"CREATE TRIGGER gone AFTER DELETE ON {bq(TABLE)} FOR EACH ROW DELETE FROM {bq(LOG)}",
]
FUNCTION_BODY = "BEGIN\n  -- a comment; with a semicolon\n  RETURN a + CHAR_LENGTH(`b b`);\nEND"
ROUTINES = [
    f"CREATE FUNCTION {bq('Add Up')}(a INT, `b b` VARCHAR(10)) RETURNS DECIMAL(10,2) "
    f"DETERMINISTIC NO SQL COMMENT 'it''s a sum'\n{FUNCTION_BODY}",
    f"CREATE PROCEDURE {bq('proc`q')}(IN a BIGINT, OUT `Out` INT, INOUT c TEXT) "
    "READS SQL DATA SQL SECURITY INVOKER\nBEGIN\n  SELECT a INTO `Out`;\nEND",
    "CREATE FUNCTION f0() RETURNS INT UNSIGNED RETURN 1",
]
PARTITIONED = [
    "CREATE TABLE pr (id INT NOT NULL, d DATE) PARTITION BY RANGE (id) "
    "(PARTITION p0 VALUES LESS THAN (10), PARTITION `p 1` VALUES LESS THAN MAXVALUE)",
    "CREATE TABLE pl (id INT NOT NULL) PARTITION BY LIST (id) "
    "(PARTITION a VALUES IN (1,2), PARTITION `B b` VALUES IN (3))",
    "CREATE TABLE ph (id INT NOT NULL) PARTITION BY HASH (id) PARTITIONS 3",
    "CREATE TABLE pk (id INT NOT NULL PRIMARY KEY) PARTITION BY KEY (id) (PARTITION x, PARTITION y)",
    "CREATE TABLE prc (a INT NOT NULL, b VARCHAR(5) NOT NULL) PARTITION BY RANGE COLUMNS (a, b) "
    "(PARTITION x VALUES LESS THAN (5, 'm'), PARTITION y VALUES LESS THAN (MAXVALUE, MAXVALUE))",
]


def test_triggers_reflected_verbatim(mariadb_db):
    run(mariadb_db, *TABLES, *TRIGGERS)
    snap = schemanb.inspect(mariadb_db.url)
    assert snap.triggers == (
        Trigger(
            table=TABLE, name="after upd", timing="AFTER", events=("UPDATE",),
            definition=f"INSERT INTO {bq(LOG)} VALUES ('it''s updated')",
        ),
        Trigger(
            table=TABLE, name="gone", timing="AFTER", events=("DELETE",),
            definition=f"DELETE FROM {bq(LOG)}",
        ),
        Trigger(
            table=TABLE, name="trg `x` One", timing="BEFORE", events=("INSERT",),
            definition=TRIGGER_BODY,
        ),
    )


def test_routines_reflected_with_canonical_arguments(mariadb_db):
    run(mariadb_db, *ROUTINES)
    snap = schemanb.inspect(mariadb_db.url)
    assert snap.routines == (
        Routine(
            name="Add Up", kind="function", arguments="`a` INT, `b b` VARCHAR(10)",
            returns="DECIMAL(10,2)", language="SQL", definition=FUNCTION_BODY,
            options=(
                ("deterministic", "true"), ("sql_data_access", "NO SQL"),
                ("security", "DEFINER"), ("comment", "it's a sum"),
            ),
        ),
        Routine(
            name="f0", kind="function", arguments="", returns="INT UNSIGNED", language="SQL",
            definition="RETURN 1",
            options=(
                ("deterministic", "false"), ("sql_data_access", "CONTAINS SQL"),
                ("security", "DEFINER"),
            ),
        ),
        Routine(
            name="proc`q", kind="procedure", arguments="`a` BIGINT, OUT `Out` INT, INOUT `c` TEXT",
            returns=None, language="SQL", definition="BEGIN\n  SELECT a INTO `Out`;\nEND",
            options=(
                ("deterministic", "false"), ("sql_data_access", "READS SQL DATA"),
                ("security", "INVOKER"),
            ),
        ),
    )


def test_partitioning_reflected(mariadb_db):
    run(mariadb_db, *PARTITIONED, "CREATE TABLE plain (id INT)")
    snap = schemanb.inspect(mariadb_db.url)
    got = {t.name: t.partitioning for t in snap.tables}
    assert got == {
        "plain": None,
        "pr": Partitioning(strategy="RANGE", key="`id`", partitions=(
            Partition(name="p0", bound="VALUES LESS THAN (10)"),
            Partition(name="p 1", bound="VALUES LESS THAN MAXVALUE"),
        )),
        "pl": Partitioning(strategy="LIST", key="`id`", partitions=(
            Partition(name="a", bound="VALUES IN (1,2)"),
            Partition(name="B b", bound="VALUES IN (3)"),
        )),
        "ph": Partitioning(strategy="HASH", key="`id`", partitions=(
            Partition(name="p0"), Partition(name="p1"), Partition(name="p2"),
        ), count_only=True),  # declared PARTITIONS 3, not as a list
        "pk": Partitioning(strategy="KEY", key="`id`", partitions=(
            Partition(name="x"), Partition(name="y"),
        )),
        "prc": Partitioning(strategy="RANGE COLUMNS", key="`a`,`b`", partitions=(
            Partition(name="x", bound="VALUES LESS THAN (5,'m')"),
            Partition(name="y", bound="VALUES LESS THAN (MAXVALUE,MAXVALUE)"),
        )),
    }


def test_view_dependencies_from_the_stored_text(mariadb_db):
    run(mariadb_db,
        *TABLES,
        f"CREATE VIEW {bq('v `one`')} AS SELECT t.id, l.msg FROM {bq(TABLE)} t "
        f"JOIN {bq(LOG)} l ON l.msg = 'x'",
        # A string that looks like a qualified name is not a dependency.
        f"CREATE VIEW v2 AS SELECT id, '`{mariadb_db.name}`.`select`' AS s FROM {bq('v `one`')}",
        "CREATE VIEW lone AS SELECT 1 AS one",
    )
    snap = schemanb.inspect(mariadb_db.url)
    deps = {v.name: v.depends_on for v in snap.views}
    assert deps == {
        "v `one`": (TableKey(None, TABLE), TableKey(None, LOG)),
        "v2": (TableKey(None, "v `one`"),),
        "lone": (),
    }


@pytest.fixture
def grantee(mariadb_db):
    """A throwaway account with a quote in its name (accounts are server-wide)."""
    user = f"o'h {uuid.uuid4().hex[:8]}"
    quoted = "'" + user.replace("'", "''") + "'@'%'"
    run(mariadb_db, f"CREATE USER {quoted}")
    try:
        yield quoted
    finally:
        run(mariadb_db, f"DROP USER IF EXISTS {quoted}")


def test_grants_only_when_asked(mariadb_db, grantee):
    run(mariadb_db,
        *TABLES,
        f"GRANT SELECT, INSERT ON {bq(TABLE)} TO {grantee} WITH GRANT OPTION",
        f"GRANT UPDATE ON {bq(LOG)} TO {grantee}",
    )
    assert schemanb.inspect(mariadb_db.url).grants == ()
    snap = schemanb.inspect(mariadb_db.url, grants=True)
    assert snap.grants == (
        Grant(object_name=TABLE, grantee=grantee, privilege="INSERT", grantable=True),
        Grant(object_name=TABLE, grantee=grantee, privilege="SELECT", grantable=True),
        Grant(object_name=LOG, grantee=grantee, privilege="UPDATE", grantable=False),
    )
    # Revoked with the snapshot's own DDL, they are gone.
    run(mariadb_db, *(sql for g in snap.grants for sql in SUPPORT.object_ddl(g, create=False)))
    left = schemanb.inspect(mariadb_db.url, grants=True).grants
    assert [g.privilege for g in left] == []


@pytest.fixture
def empty_mariadb(tmp_path):
    from dbutil import ThrowawayDB, server_unavailable

    if server_unavailable("mariadb"):
        pytest.skip("mariadb unavailable")
    db = ThrowawayDB.create("mariadb", tmp_path)
    try:
        yield db
    finally:
        db.drop()


def test_snapshot_ddl_recreates_triggers_routines_and_grants(mariadb_db, empty_mariadb, grantee):
    run(mariadb_db, *TABLES, *TRIGGERS, *ROUTINES, f"GRANT DELETE ON {bq(LOG)} TO {grantee}")
    source = schemanb.inspect(mariadb_db.url, grants=True)
    assert source.triggers and source.routines and source.grants
    run(empty_mariadb, *TABLES)
    objects = (*source.triggers, *source.routines, *source.grants)
    run(empty_mariadb, *(sql for obj in objects for sql in SUPPORT.object_ddl(obj, create=True)))
    copy = schemanb.inspect(empty_mariadb.url, grants=True)
    assert (copy.triggers, copy.routines, copy.grants) == (
        source.triggers, source.routines, source.grants,
    )
    # ... and their DROP statements remove them again.
    run(empty_mariadb, *(sql for obj in objects for sql in SUPPORT.object_ddl(obj, create=False)))
    gone = schemanb.inspect(empty_mariadb.url, grants=True)
    assert (gone.triggers, gone.routines, gone.grants) == ((), (), ())


def test_partitioned_create_table_and_partition_ddl(mariadb_db, empty_mariadb):
    run(mariadb_db, *PARTITIONED)
    source = schemanb.inspect(mariadb_db.url)
    metadata = sa.MetaData()
    for table in source.tables:
        kwargs = SUPPORT.partition_table_kwargs(table)
        assert kwargs["mariadb_partition_by"].startswith(table.partitioning.strategy)
        sa.Table(
            table.name, metadata,
            *(sa.Column(c.name, sa.Integer) for c in table.columns),
            **kwargs,
        )
    # The columns come from the source's DDL text; only PARTITION BY is under test.
    ddl = {
        t.name: str(sa.schema.CreateTable(metadata.tables[t.name]).compile(
            dialect=SUPPORT.sqlalchemy_dialect())).split(")PARTITION BY ", 1)[1]
        for t in source.tables
    }
    run(empty_mariadb, *(
        sql.split(" PARTITION BY ", 1)[0] + " PARTITION BY " + ddl[name]
        for sql, name in zip(PARTITIONED, ["pr", "pl", "ph", "pk", "prc"], strict=True)
    ))
    copy = schemanb.inspect(empty_mariadb.url)
    assert {t.name: t.partitioning for t in copy.tables} == {
        t.name: t.partitioning for t in source.tables
    }

    pl = copy.table("pl")
    added = Partition(name="new `one`", bound="VALUES IN (7, 8)")
    ph = copy.table("ph")
    statements = [
        *SUPPORT.partition_ddl(pl, added, create=True),
        *SUPPORT.partition_ddl(pl, pl.partitioning.partitions[0], create=False),
        *SUPPORT.partition_ddl(ph, ph.partitioning.partitions[-1], create=False),
        *SUPPORT.partition_ddl(ph, Partition(name="p9"), create=True),
    ]
    run(empty_mariadb, *statements)
    after = schemanb.inspect(empty_mariadb.url)
    assert after.table("pl").partitioning.partitions == (
        Partition(name="B b", bound="VALUES IN (3)"),
        Partition(name="new `one`", bound="VALUES IN (7,8)"),
    )
    assert [p.name for p in after.table("ph").partitioning.partitions] == ["p0", "p1", "p9"]
    with pytest.raises(MigrationError, match="not the last one"):
        SUPPORT.partition_ddl(ph, ph.partitioning.partitions[0], create=False)


def test_unsupported_objects_are_refused_clearly():
    two_events = Trigger(table="t", name="x", timing="BEFORE", events=("INSERT", "UPDATE"), definition="SET @a = 1")
    with pytest.raises(MigrationError, match="one trigger per event"):
        SUPPORT.object_ddl(two_events, create=True)
    statement = Trigger(table="t", name="x", timing="AFTER", events=("INSERT",), orientation="STATEMENT", definition="SET @a = 1")
    with pytest.raises(MigrationError, match="FOR EACH ROW"):
        SUPPORT.object_ddl(statement, create=True)
    plpgsql = Routine(name="f", returns="INT", language="plpgsql", definition="BEGIN END")
    with pytest.raises(MigrationError, match="only SQL routines"):
        SUPPORT.object_ddl(plpgsql, create=True)
    with pytest.raises(MigrationError, match="no body in the snapshot"):
        SUPPORT.object_ddl(Routine(name="f", returns="INT", language="SQL"), create=True)
    with pytest.raises(MigrationError, match="'user'@'host'"):
        SUPPORT.object_ddl(Grant(object_name="t", grantee="bob; DROP TABLE t", privilege="SELECT"), create=True)
    with pytest.raises(MigrationError, match="not a privilege name"):
        SUPPORT.object_ddl(Grant(object_name="t", grantee="'bob'", privilege="SELECT ON x TO y; --"), create=True)


def test_database_without_objects_is_unchanged(mariadb_db):
    run(mariadb_db, *TABLES, f"CREATE VIEW v AS SELECT id FROM {bq(TABLE)}")
    snap = schemanb.inspect(mariadb_db.url, grants=True)
    assert (snap.triggers, snap.routines, snap.grants) == ((), (), ())
    assert all(t.partitioning is None for t in snap.tables)
    assert snap.notes == ()


def _statements(db) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    engine = sa.create_engine(db.url)
    sa.event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *rest: seen.append(sql))
    try:
        snap = schemanb.inspect(engine)
    finally:
        engine.dispose()
    assert snap.views and snap.routines and snap.triggers
    return [s.replace(db.name, "DB") for s in seen]


def _many(n: int) -> list[str]:
    return [
        "CREATE TABLE t (id INT PRIMARY KEY)",
        "CREATE TABLE log (id INT)",
        *(f"CREATE VIEW v{i} AS SELECT id FROM t" for i in range(n)),
        *(f"CREATE FUNCTION f{i}(a INT) RETURNS INT DETERMINISTIC RETURN a + {i}" for i in range(n)),
        *(f"CREATE TRIGGER tr{i} AFTER INSERT ON t FOR EACH ROW INSERT INTO log VALUES ({i})" for i in range(n)),
    ]


def test_statement_count_does_not_grow_with_objects(mariadb_db, empty_mariadb):
    """200 views, routines and triggers cost the same catalog queries as 2 of each,
    but for one ``SHOW CREATE TRIGGER`` per trigger: the server keeps a trigger's
    written header nowhere else, and ``mariadb-dump`` shows it (#17).

    The views' columns come from one ``information_schema.columns`` query, not
    the Inspector's ``SHOW CREATE TABLE`` and ``DESCRIBE`` per view.
    """
    run(mariadb_db, *_many(2))
    run(empty_mariadb, *_many(200))
    small, large = _statements(mariadb_db), _statements(empty_mariadb)
    per_trigger = [s for s in large if s.startswith("SHOW CREATE TRIGGER")]
    assert len(per_trigger) == 200
    assert [s for s in large if s not in per_trigger] == [s for s in small if not s.startswith("SHOW CREATE TRIGGER")]
    assert not any(s.startswith(("SHOW CREATE TABLE `DB`.`v", "DESCRIBE")) for s in large)
