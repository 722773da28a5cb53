"""SQLite triggers and view dependencies, read from ``sqlite_master`` texts.

Triggers are created with hand-written DDL (every clause SQLite has: timing
default and explicit, ``UPDATE OF``, ``WHEN``, comments and strings that look
like keywords), reflected field by field, then recreated in an empty database
from the snapshot's own DDL, which must reflect the same triggers.
"""

from __future__ import annotations

import sqlite3

import pytest

import schemanb
from schemanb.dialects import support_for
from schemanb.errors import MigrationError
from schemanb.model import TableKey, Trigger

SUPPORT = support_for("sqlite")
TABLE = 'Odd "T`'  # double quote, backtick, space, mixed case

TABLES = """
CREATE TABLE "Odd ""T`" (id INTEGER PRIMARY KEY, "Total Sum" INT, "select" TEXT);
CREATE TABLE [log] (msg TEXT);
"""
BEFORE_BODY = (
    "-- keep me; BEGIN and END in a comment\n"
    "    UPDATE \"Odd \"\"T`\" SET \"Total Sum\" = NEW.id * 2 WHERE id = NEW.id;\n"
    "    INSERT INTO log VALUES ('begin ... end;');"
)
TRIGGERS = f"""
CREATE TRIGGER "trg ""x"" One" AFTER INSERT ON "Odd ""T`"
BEGIN
    {BEFORE_BODY}
END;
create trigger upd_of update of "Total Sum", "select" on "Odd ""T`" for each row
when NEW."Total Sum" > 0 AND NEW."select" <> 'END'
begin
  insert into log values (CASE WHEN NEW.id > 1 THEN 'big' ELSE 'small' END);
end;
CREATE TRIGGER IF NOT EXISTS "del" BEFORE DELETE ON "Odd ""T`" BEGIN DELETE FROM log; END;
CREATE VIEW "v ""one"" x" AS SELECT t.id, l.msg FROM "Odd ""T`" AS t, log l WHERE t."select" = 'log';
CREATE TRIGGER instead INSTEAD OF INSERT ON "v ""one"" x" BEGIN SELECT 1; END;
"""


def _load(db, sql: str) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db.path)
    try:
        con.executescript(sql)
    finally:
        con.close()


def test_triggers_parsed_from_sqlite_master(sqlite_db):
    _load(sqlite_db, TABLES + TRIGGERS)
    snap = schemanb.inspect(sqlite_db.url)
    assert snap.triggers == (
        Trigger(
            table=TABLE, name="del", timing="BEFORE", events=("DELETE",),
            definition="DELETE FROM log;",
        ),
        Trigger(
            table=TABLE, name='trg "x" One', timing="AFTER", events=("INSERT",),
            definition=BEFORE_BODY,
        ),
        Trigger(
            table=TABLE, name="upd_of", timing="BEFORE",  # SQLite's default timing
            events=('UPDATE OF "Total Sum", "select"',),
            condition="NEW.\"Total Sum\" > 0 AND NEW.\"select\" <> 'END'",
            definition="insert into log values (CASE WHEN NEW.id > 1 THEN 'big' ELSE 'small' END);",
        ),
        Trigger(
            table='v "one" x', name="instead", timing="INSTEAD OF", events=("INSERT",),
            definition="SELECT 1;",
        ),
    )


def test_snapshot_ddl_recreates_triggers(sqlite_db, tmp_path):
    _load(sqlite_db, TABLES + TRIGGERS)
    source = schemanb.inspect(sqlite_db.url)
    target = tmp_path / "copy.sqlite"
    con = sqlite3.connect(target)
    try:
        con.executescript(TABLES)
        con.execute("""CREATE VIEW "v ""one"" x" AS SELECT t.id, l.msg FROM "Odd ""T`" AS t, log l""")
        for trigger in source.triggers:
            for sql in SUPPORT.object_ddl(trigger, create=True):
                con.execute(sql)
        con.commit()
        copy = schemanb.inspect(f"sqlite:///{target}")
        assert copy.triggers == source.triggers
        for trigger in source.triggers:
            for sql in SUPPORT.object_ddl(trigger, create=False):
                con.execute(sql)
        con.commit()
    finally:
        con.close()
    assert schemanb.inspect(f"sqlite:///{target}").triggers == ()


def test_the_triggers_work(sqlite_db):
    """The reflected body is the one SQLite runs: recreated, it still fires."""
    _load(sqlite_db, TABLES + TRIGGERS)
    snap = schemanb.inspect(sqlite_db.url)
    con = sqlite3.connect(sqlite_db.path)
    try:
        for trigger in snap.triggers:
            for sql in (*SUPPORT.object_ddl(trigger, create=False), *SUPPORT.object_ddl(trigger, create=True)):
                con.execute(sql)
        con.execute("""INSERT INTO "Odd ""T`" (id) VALUES (21)""")
        assert con.execute("""SELECT "Total Sum" FROM "Odd ""T`" """).fetchone() == (42,)
        assert con.execute("SELECT msg FROM log").fetchall() == [("begin ... end;",)]
    finally:
        con.close()


def test_view_dependencies(sqlite_db):
    _load(sqlite_db, TABLES + """
        CREATE TABLE item (id INT, log TEXT);
        CREATE VIEW "v ""one"" x" AS SELECT t.id, l.msg FROM "Odd ""T`" AS t, [log] l WHERE t."select" = 'item';
        CREATE VIEW V2 AS SELECT x.id, (SELECT count(*) FROM Item) AS n
            FROM "v ""one"" x" x JOIN main.LOG ON 1 -- FROM item
            ;
        CREATE VIEW lone(item) AS SELECT 1 AS log;
    """)
    snap = schemanb.inspect(sqlite_db.url)
    deps = {v.name: v.depends_on for v in snap.views}
    assert deps == {
        'v "one" x': (TableKey(None, TABLE), TableKey(None, "log")),
        # Case-insensitive names, mapped to the catalog's spelling; comments and
        # strings are not references; a subquery's FROM is.
        "V2": (TableKey(None, "item"), TableKey(None, "log"), TableKey(None, 'v "one" x')),
        "lone": (),
    }


def test_no_triggers_no_change(sqlite_db):
    _load(sqlite_db, TABLES)
    snap = schemanb.inspect(sqlite_db.url)
    assert snap.triggers == () and snap.routines == () and snap.grants == ()


def test_unsupported_triggers_are_refused_clearly():
    two = Trigger(table="t", name="x", timing="BEFORE", events=("INSERT", "DELETE"), definition="SELECT 1;")
    with pytest.raises(MigrationError, match="one trigger per event"):
        SUPPORT.object_ddl(two, create=True)
    per_statement = Trigger(table="t", name="x", timing="AFTER", events=("INSERT",), orientation="STATEMENT", definition="SELECT 1;")
    with pytest.raises(MigrationError, match="FOR EACH ROW"):
        SUPPORT.object_ddl(per_statement, create=True)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (
            'CREATE TRIGGER IF NOT EXISTS main."after insert" INSTEAD OF DELETE ON "v" BEGIN SELECT 1; END',
            ("INSTEAD OF", ("DELETE",), None, "SELECT 1;"),
        ),
        (  # keywords as names: the trigger "update", a column "on"
            'CREATE TRIGGER "update" UPDATE OF "on", [when] ON t WHEN new."on" > 0 BEGIN\n'
            "  SELECT 'END'; /* END */\nEND",
            ("BEFORE", ('UPDATE OF "on", "when"',), 'new."on" > 0', "SELECT 'END'; /* END */"),
        ),
    ],
)
def test_trigger_text_parsed_by_position(sql, expected):
    trigger = SUPPORT.parse_trigger(sql, schema=None, name="x", table="t")
    assert (trigger.timing, trigger.events, trigger.condition, trigger.definition) == expected


def test_unreadable_trigger_text_is_an_error_not_a_guess():
    with pytest.raises(ValueError, match="cannot read"):
        SUPPORT.parse_trigger("CREATE TRIGGER x AFTER TRUNCATE ON t BEGIN END", schema=None, name="x", table="t")
