"""Where MySQL 8 and MariaDB differ (#17, item 4), and MariaDB's own objects.

No MySQL 8 server runs here: MySQL 8's catalog rows are given as data, and the
SQL rendered for each flavour is checked as text. MariaDB's sequences, INVISIBLE
columns, system versioning and events are judged against a real server by the
case directories ``mariadb_*``; these tests pin the pieces.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

import schemanb
from schemanb.dialects import support_for
from schemanb.dialects.mysql import (
    MariaDBSupport,
    MySQLSupport,
    index_expressions,
    table_options,
    with_index_expressions,
)
from schemanb.dialects.mysql import mariadb as maria
from schemanb.errors import MigrationError
from schemanb.model import (
    CheckConstraint,
    Column,
    Index,
    PrimaryKey,
    Routine,
    Schema,
    Sequence,
    SnapshotInfo,
    Table,
    Trigger,
    UniqueConstraint,
    View,
)

Stat = namedtuple("Stat", "schema_name name index_name seq column_name expression part_order non_unique")


def _col(name: str, type_sql: str = "INTEGER", **kw: object) -> Column:
    return Column(name=name, type_sql=type_sql, type_generic=type_sql, **kw)  # type: ignore[arg-type]


def _schema(*tables: Table, **kw: object) -> Schema:
    return Schema(info=SnapshotInfo(dialect="mysql"), tables=tables, **kw)  # type: ignore[arg-type]


# ----------------------------------------------------------------- the flavours


def test_the_flavours_say_where_they_differ() -> None:
    mysql, maria_db = support_for("mysql"), support_for("mariadb")
    assert isinstance(mysql, MySQLSupport) and isinstance(maria_db, MariaDBSupport)
    assert (mysql.functional_index_parts, maria_db.functional_index_parts) == (True, False)
    assert (mysql.native_json, maria_db.native_json) == (True, False)
    assert (mysql.default_expressions_need_parentheses, maria_db.default_expressions_need_parentheses) == (True, False)
    assert (mysql.checks_enforced_since, maria_db.checks_enforced_since) == ("8.0.16", "10.2.1")
    assert (mysql.has_sequences, maria_db.has_sequences) == (False, True)


# ------------------------------------------------------- MySQL 8 catalog as data


def test_mysql8_functional_index_read_from_statistics_expression() -> None:
    # SQLAlchemy's parser read `KEY ix ((lower(`name`)),`id` DESC)` as plain columns.
    parsed = Table(name="t", columns=(_col("id"), _col("name", "VARCHAR(40)")),
                   indexes=(Index(name="ix", expressions=("name", "id"), is_expression=(False, False)),
                            Index(name="plain", expressions=("id",))),
                   unique_constraints=(UniqueConstraint(name="uq", columns=("name",)),))
    rows = [Stat("db", "t", "ix", 1, None, "lower(`name`)", "A", 1), Stat("db", "t", "ix", 2, "id", None, "D", 1),
            Stat("db", "t", "uq", 1, None, "upper(`name`)", "A", 0)]
    found = index_expressions(rows)
    table = with_index_expressions(parsed, found[("db", "t")], MySQLSupport().normalize_expression)
    ix = {i.name: i for i in table.indexes}
    assert ix["ix"].expressions == ("lower(name)", "id")
    assert ix["ix"].is_expression == (True, False) and ix["ix"].descending == (False, True)
    assert ix["uq"].unique and ix["uq"].expressions == ("upper(name)",) and not table.unique_constraints
    assert ix["plain"] == parsed.indexes[1]


def test_only_mysql8_reads_statistics_expression() -> None:
    assert "index_expressions" in MySQLSupport.table_fix_queries(mariadb=False)
    assert "index_expressions" not in MySQLSupport.table_fix_queries(mariadb=True)


@pytest.mark.parametrize("shown", ["(uuid())", "uuid()"])
def test_expression_defaults_read_alike(shown: str) -> None:
    # MySQL 8 shows DEFAULT (uuid()), MariaDB DEFAULT uuid(): one snapshot text.
    assert MySQLSupport().normalize_default(shown, type_sql="CHAR(36)") == "uuid()"


def test_mysql8_json_and_check_rows() -> None:
    # MySQL 8: JSON is the catalog's own type; no column-level checks, so no json_valid
    # check to fold away (json_columns and column_checks run on MariaDB only).
    assert MySQLSupport().normalize_type_sql("json") == "JSON"
    assert {"json_columns", "column_checks"} <= set(MySQLSupport.table_fix_queries(mariadb=True))
    assert not {"json_columns", "column_checks"} & set(MySQLSupport.table_fix_queries(mariadb=False))


# ---------------------------------------------------------- SQL for each flavour


def _new_table_sql(dialect: str) -> str:
    table = Table(
        name="doc",
        columns=(_col("id"), _col("name", "VARCHAR(40)", default="uuid()"), _col("payload", "JSON")),
        primary_key=PrimaryKey(columns=("id",)),
        check_constraints=(CheckConstraint(name="ck_id", expression="id > 0"),),
        indexes=(Index(name="ix_lower", expressions=("lower(name)",), is_expression=(True,)),),
    )
    return schemanb.diff(_schema(), _schema(table)).to_sql(dialect=dialect)


@pytest.mark.parametrize("dialect", ["mysql", "mariadb"])
def test_rendered_sql_for_each_flavour(dialect: str) -> None:
    sql = _new_table_sql(dialect)
    assert "DEFAULT (uuid())" in sql  # MySQL 8 needs the parentheses; MariaDB takes them
    assert "payload JSON" in sql  # MariaDB makes it LONGTEXT + json_valid, read back as JSON
    assert "CONSTRAINT ck_id CHECK (id > 0)" in sql
    assert "CREATE INDEX ix_lower ON doc ((lower(name)))" in sql  # MySQL 8's functional part


# --------------------------------------------------------------- MariaDB's own


def test_show_create_table_made_readable() -> None:
    text = ("CREATE TABLE `t` (\n  `a` int(10) unsigned INVISIBLE DEFAULT 3 COMMENT 'in`visible',\n"
            "  `b` bigint(20) NOT NULL DEFAULT nextval(`shop`.`seq`),\n"
            "  `c` bigint(20) NOT NULL DEFAULT nextval(`other`.`seq`),\n"
            "  `INVISIBLE` int(11) DEFAULT NULL,\n"
            "  `e` timestamp(6) GENERATED ALWAYS AS ROW END,\n  PRIMARY KEY (`a`),\n"
            "  PERIOD FOR SYSTEM_TIME (`s`, `e`)\n) ENGINE=InnoDB WITH SYSTEM VERSIONING")
    out = maria.readable_create_table(text, "shop").splitlines()
    assert out[1] == "  `a` int(10) unsigned DEFAULT 3 COMMENT 'in`visible',"
    assert out[2] == "  `b` bigint(20) NOT NULL DEFAULT nextval(seq),"
    assert out[3] == "  `c` bigint(20) NOT NULL DEFAULT nextval(other.seq),"
    assert out[4] == "  `INVISIBLE` int(11) DEFAULT NULL,"  # a quoted name is no keyword
    assert out[5] == "  `e` timestamp(6),"
    assert not any("PERIOD" in line for line in out)


def test_sequence_defaults_left_out_and_written_back() -> None:
    seq = maria.build_sequence(schema=None, name="s", start=10, increment=5, min_value=10,
                               max_value=maria.SEQUENCE_MAX, cache=0, cycle=False)
    assert (seq.start, seq.min_value, seq.max_value, seq.cache) == (None, 10, None, 0)
    assert maria.sequence_ddl(seq, create=True) == ["CREATE SEQUENCE `s` INCREMENT BY 5 MINVALUE 10 CACHE 0"]
    changed = maria.sequence_change_ddl(seq, Sequence(name="s", increment=5, min_value=10, cycle=True))
    assert changed == ["ALTER SEQUENCE `s` INCREMENT BY 5 MINVALUE 10 MAXVALUE 9223372036854775806 "
                       "START WITH 10 CACHE 1000 CYCLE"]
    with pytest.raises(MigrationError, match="data type"):
        maria.sequence_ddl(Sequence(name="s", data_type="INTEGER"), create=True)


def test_sequences_are_objects_not_tables_in_a_diff() -> None:
    a = _schema()
    b = _schema(Table(name="t", columns=(_col("id", default="nextval(s)"),)), sequences=(Sequence(name="s"),))
    d = schemanb.diff(a, b)
    assert sorted(c.kind.value for c in d.changes) == ["sequence_added", "table_added"]
    sql = d.to_sql(dialect="mariadb")
    assert sql.index("CREATE SEQUENCE `s`") < sql.index("CREATE TABLE t")
    assert "DEFAULT (nextval(s))" in sql


def test_invisible_column_change_writes_the_column_whole() -> None:
    before = Table(name="t", columns=(_col("id"), _col("v", comment="c", default="3")))
    after = Table(name="t", columns=(_col("id"), _col("v", comment="c", default="3",
                                                       dialect_options=((maria.INVISIBLE, "true"),))))
    d = schemanb.diff(_schema(before), _schema(after))
    assert [c.kind.value for c in d.changes] == ["column_options_changed"]
    assert "ALTER TABLE t MODIFY v INTEGER INVISIBLE COMMENT 'c' DEFAULT 3;" in d.to_sql(dialect="mariadb")
    back = schemanb.diff(_schema(after), _schema(before)).to_sql(dialect="mariadb")
    assert "ALTER TABLE t MODIFY v INTEGER COMMENT 'c' DEFAULT 3;" in back


def test_system_versioning_dropped_is_destructive_and_alters_run_keeping_history() -> None:
    versioned = Table(name="t", columns=(_col("id"),), dialect_options=((maria.SYSTEM_VERSIONING, "true"),))
    plain = Table(name="t", columns=(_col("id"),))
    d = schemanb.diff(_schema(versioned), _schema(plain))
    assert d.max_risk.value == "destructive"
    sql = d.to_sql(dialect="mariadb")
    assert "-- DESTRUCTIVE: drops the system-versioning history of t" in sql
    assert "ALTER TABLE `t` DROP SYSTEM VERSIONING" in sql
    grown = Table(name="t", columns=(_col("id"), _col("n")), dialect_options=versioned.dialect_options)
    sql = schemanb.diff(_schema(versioned), _schema(grown)).to_sql(dialect="mariadb")
    assert sql.index("SET @@system_versioning_alter_history = KEEP") < sql.index("ADD COLUMN n")
    created = schemanb.diff(_schema(), _schema(versioned)).to_sql(dialect="mariadb")
    assert created.index("CREATE TABLE t") < created.index("ALTER TABLE `t` ADD SYSTEM VERSIONING")


def test_table_options_mark_a_versioned_table() -> None:
    defaults = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_general_ci"}
    assert table_options("InnoDB", "utf8mb4", "utf8mb4_general_ci", "", defaults, versioned=True) == (
        (maria.SYSTEM_VERSIONING, "true"),)
    versioned = Table(name="t", dialect_options=((maria.SYSTEM_VERSIONING, "true"), ("mysql_engine", "Aria")))
    assert MySQLSupport().table_kwargs(versioned) == {"mysql_engine": "Aria", "mariadb_engine": "Aria"}


def test_event_written_back_as_the_server_shows_it() -> None:
    text = "CREATE EVENT `e` ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM t"
    event = Routine(name="e", kind="event", definition="DELETE FROM t", create_sql=text,
                    options=(("header", maria.event_header(text)),))
    assert MySQLSupport().object_ddl(event, create=True) == [text]
    assert MySQLSupport().object_ddl(event, create=False) == ["DROP EVENT `e`"]
    moved = Routine(name="e", kind="event", definition="DELETE FROM u", create_sql=text,
                    options=event.options)
    assert MySQLSupport().object_ddl(moved, create=True) == [maria.event_header(text) + " DO DELETE FROM u"]
    with pytest.raises(MigrationError, match="no schedule"):
        MySQLSupport().object_ddl(Routine(name="e", kind="event", definition="DO 1"), create=True)


def test_versioned_alters_keep_history_first_in_both_directions_of_a_revision() -> None:
    versioned = Table(name="t", columns=(_col("id"),), dialect_options=((maria.SYSTEM_VERSIONING, "true"),))
    grown = Table(name="t", columns=(_col("id"), _col("n")), dialect_options=versioned.dialect_options)
    revision = schemanb.diff(_schema(versioned), _schema(grown)).to_alembic(dialect="mariadb")
    upgrade, downgrade = revision.split("def downgrade")
    setting = "op.execute('SET @@system_versioning_alter_history = KEEP')"
    assert upgrade.index(setting) < upgrade.index("op.add_column")
    assert downgrade.index(setting) < downgrade.index("op.drop_column")


LATIN1 = (("character_set_client", "latin1"), ("collation_connection", "latin1_swedish_ci"))


def test_objects_created_under_their_client_character_set() -> None:
    """A routine, trigger or event created under ``SET NAMES latin1`` is re-created under
    it (and the session's own given back), around the sql_mode, as mariadb-dump does;
    a change of it alone re-creates the object, in SQL and in an Alembic revision."""
    trigger = Trigger(table="t", name="tr", timing="BEFORE", events=("INSERT",),
                      definition="SET NEW.a = 1", options=LATIN1 + (("sql_mode", "ANSI_QUOTES"),))
    ddl = MySQLSupport().object_ddl(trigger, create=True)
    assert ddl[0] == "SET @schemanb_cs_client = @@character_set_client, @schemanb_col_connection = @@collation_connection"
    assert ddl[1] == "SET character_set_client = 'latin1', collation_connection = 'latin1_swedish_ci'"
    assert ddl[2:4] == ["SET @schemanb_sql_mode = @@sql_mode", "SET sql_mode = 'ANSI_QUOTES'"]
    assert ddl[4].startswith("CREATE TRIGGER")
    assert ddl[-1] == "SET character_set_client = @schemanb_cs_client, collation_connection = @schemanb_col_connection"
    assert MySQLSupport().object_ddl(trigger, create=False) == ["DROP TRIGGER tr"]

    plain = Routine(name="p", kind="procedure", definition="SELECT 1")
    assert not any(s.startswith("SET") for s in MySQLSupport().object_ddl(plain, create=True))
    latin1 = Routine(name="p", kind="procedure", definition="SELECT 1", options=LATIN1)
    d = schemanb.diff(_schema(routines=(plain,)), _schema(routines=(latin1,)))
    assert d.changes, "a routine created under another character set is a change"
    sql = d.to_sql(dialect="mariadb")
    assert sql.index("DROP PROCEDURE") < sql.index("SET character_set_client = 'latin1'") < sql.index(
        "CREATE PROCEDURE") < sql.index("SET character_set_client = @schemanb_cs_client")
    back = schemanb.diff(_schema(routines=(latin1,)), _schema(routines=(plain,))).to_sql(dialect="mariadb")
    assert "CREATE PROCEDURE" in back and "SET character_set_client" not in back
    revision = d.to_alembic(dialect="mariadb")
    upgrade, downgrade = revision.split("def downgrade")
    assert upgrade.index("op.execute(\"SET character_set_client = 'latin1'") < upgrade.index("CREATE PROCEDURE")
    assert "SET character_set_client = 'latin1'" not in downgrade

    event = Routine(name="e", kind="event", definition="DELETE FROM t", options=(
        ("header", "CREATE EVENT `e` ON SCHEDULE EVERY 1 DAY"), ("character_set_client", "utf8mb4; DROP")))
    with pytest.raises(MigrationError, match="not a character set or collation name"):
        MySQLSupport().object_ddl(event, create=True)


def test_view_created_under_its_client_character_set_both_ways() -> None:
    """A view created under latin1 is created under it, and its drop is undone under it."""
    plain = View(name="v", definition="select 1 AS `a`")
    latin1 = View(name="v", definition="select 1 AS `a`", options=LATIN1)
    d = schemanb.diff(_schema(views=(plain,)), _schema(views=(latin1,)))
    assert [c.kind.value for c in d.changes] == ["view_changed"]
    sql = d.to_sql(dialect="mariadb")
    assert sql.index("DROP VIEW") < sql.index("SET character_set_client = 'latin1'") < sql.index(
        "CREATE VIEW") < sql.index("SET character_set_client = @schemanb_cs_client")
    upgrade, downgrade = d.to_alembic(dialect="mariadb").split("def downgrade")
    assert upgrade.index("SET character_set_client = 'latin1'") < upgrade.index("CREATE VIEW")
    assert "SET character_set_client" not in downgrade
    dropped = schemanb.diff(_schema(views=(latin1,)), _schema()).to_alembic(dialect="mariadb")
    up, down = dropped.split("def downgrade")
    assert "SET character_set_client" not in up
    assert down.index("SET character_set_client = 'latin1'") < down.index("CREATE VIEW") < down.index(
        "SET character_set_client = @schemanb_cs_client")


def test_a_numbered_unique_name_is_generated_only_after_its_predecessors() -> None:
    """MariaDB names an unnamed key after its first column, then ``c_2``, ``c_3``:
    ``token_3`` alone on its table was chosen (zabbix), beside ``token`` and
    ``token_2`` it may be the server's."""
    support = support_for("mariadb")
    assert not support.is_generated_name("unique", "t", ("token",), "token_3", {"token_3"})
    assert not support.is_generated_name("unique", "t", ("token",), "token_3", {"token", "token_3"})
    assert support.is_generated_name("unique", "t", ("token",), "token_3", {"token", "token_2", "token_3"})
    assert support.is_generated_name("unique", "t", ("token",), "token", {"token"})
