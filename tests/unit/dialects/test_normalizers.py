"""The dialects' pure normalisers: the knowledge that makes models and databases agree."""

from __future__ import annotations

import doctest

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import mysql as my
from sqlalchemy.dialects import postgresql as pg

from schemanb.dialects import ddl, mysql, normalise, postgresql, sqlite, support_for, tokens

PG = support_for("postgresql")
MY = support_for("mysql")
SL = support_for("sqlite")


@pytest.mark.parametrize("module", [normalise, ddl, tokens, postgresql, mysql, sqlite])
def test_doctests(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("support", "default", "type_sql", "expected"),
    [
        (PG, "'abc'::character varying", "VARCHAR(20)", "'abc'"),
        (PG, "(0)::numeric", "NUMERIC(10, 2)", "0"),
        (PG, "'0.00'::numeric", "NUMERIC(10, 2)", "0"),
        (PG, "now()", "TIMESTAMP WITH TIME ZONE", "CURRENT_TIMESTAMP"),
        (PG, "'{}'::jsonb", "JSONB", "'{}'"),
        (PG, "nextval('t_id_seq'::regclass)", "INTEGER", "nextval('t_id_seq'::regclass)"),
        (PG, "lower('ABC'::text)", "TEXT", "lower('ABC')"),
        (MY, "'1'", "TINYINT(1)", "true"),
        (MY, "NULL", "VARCHAR(20)", None),
        (MY, "current_timestamp()", "TIMESTAMP", "CURRENT_TIMESTAMP"),
        (MY, "'10.50'", "DECIMAL(10, 2)", "10.5"),
        (SL, "0", "BOOLEAN", "false"),
        (SL, "(1 + 2)", "INTEGER", "1 + 2"),
        (SL, None, "INTEGER", None),
    ],
)
def test_normalize_default(support, default, type_sql, expected):
    """What the diff compares: the stored default in the dialect's compare form."""
    stored = support.normalize_default(default, type_sql=type_sql)
    assert support.normalize_default_cached(default, type_sql) == stored
    assert (None if stored is None else support.compare_default(stored, type_sql)) == expected


@pytest.mark.parametrize("default", ["'{}'::text[]", "now()", "(0)::numeric", "'draft'::doc_status"])
def test_pg_stores_the_server_default_as_deparsed(default):
    assert PG.normalize_default(f" {default} ", type_sql="TEXT") == default


@pytest.mark.parametrize(
    ("support", "type_", "expected"),
    [
        (PG, sa.String(50), ("VARCHAR(50)", "VARCHAR(50)", None)),
        (PG, sa.Float(), ("DOUBLE PRECISION", "FLOAT", None)),
        (PG, pg.DOUBLE_PRECISION(), ("DOUBLE PRECISION", "FLOAT", None)),
        (PG, sa.DateTime(timezone=True), ("TIMESTAMP WITH TIME ZONE", "DATETIME WITH TIME ZONE", None)),
        (PG, pg.ENUM("a", "b", name="MyEnum"), ("MyEnum", "VARCHAR(1)", None)),
        (PG, pg.ARRAY(sa.Integer), ("INTEGER[]", "INTEGER[]", None)),
        (PG, sa.Uuid(), ("UUID", "UUID", None)),
        (PG, sa.String(20, collation="C"), ("VARCHAR(20)", "VARCHAR(20)", "C")),
        (MY, sa.Boolean(), ("TINYINT(1)", "BOOLEAN", None)),
        (MY, my.INTEGER(display_width=11), ("INTEGER", "INTEGER", None)),
        (MY, my.ENUM("a", "B"), ("ENUM('a','B')", "VARCHAR(1)", None)),
        (MY, sa.Numeric(10, 2), ("DECIMAL(10, 2)", "NUMERIC(10, 2)", None)),
        (SL, sa.Uuid(), ("CHAR(32)", "CHAR(32)", None)),
        (SL, sa.types.NullType(), ("UNKNOWN", "UNKNOWN", None)),
    ],
)
def test_normalize_type(support, type_, expected):
    assert support.normalize_type(type_) == expected
    assert support.normalize_type_cached(type_) == expected


def test_type_signature_tells_types_apart():
    sig = normalise.type_signature
    assert sig(sa.String(50)) == sig(sa.String(50))
    assert sig(sa.String(50)) != sig(sa.String(50, collation="C"))
    assert sig(pg.ARRAY(sa.Integer)) != sig(pg.ARRAY(sa.Text))
    assert sig(sa.Integer()) != sig(sa.BigInteger())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("((a > 0))", "a > 0"),
        ("(a)::text <> ''::text", "a <> ''"),
        ("a != 'x != y'", "a <> 'x != y'"),
        ("lower((name)::text)", "lower(name)"),
        ("(b > 3) AND (c < 2)", "(b > 3) AND (c < 2)"),
    ],
)
def test_pg_normalize_expression(text, expected):
    assert PG.compare_expression(PG.normalize_expression(text) or "") == expected


def test_pg_stores_expressions_as_deparsed_less_outer_parentheses():
    text = "NOT (''::text = ANY ((permissions)::text[]))"
    assert PG.normalize_expression(f"({text})") == text


def test_mysql_expression_unquotes_names():
    assert MY.normalize_expression("(`qty` >= 0)") == "qty >= 0"
    # a name holding a backtick keeps its quotes: bare, its backtick would open a quoted name
    assert MY.normalize_expression("`a``b` > 1") == "`a``b` > 1"


@pytest.mark.parametrize(
    ("kind", "table", "columns", "name", "generated"),
    [
        ("primary_key", "orders", ("id",), "orders_pkey", True),
        ("foreign_key", "orders", ("user_id",), "orders_user_id_fkey", True),
        ("foreign_key", "orders", ("user_id",), "orders_user_id_fkey1", True),
        ("foreign_key", "orders", ("user_id",), "fk_orders_user", False),
        ("unique", "orders", ("a", "b"), "orders_a_b_key", True),
        ("check", "orders", ("total",), "orders_total_check", True),
        ("check", "orders", ("total",), "ck_total", False),
        ("primary_key", "x" * 70, ("id",), "x" * 58 + "_pkey", True),
    ],
)
def test_pg_generated_names(kind, table, columns, name, generated):
    assert PG.is_generated_name(kind, table, columns, name) is generated


@pytest.mark.parametrize(
    ("kind", "table", "columns", "name", "generated"),
    [
        ("foreign_key", "orders", ("user_id",), "orders_ibfk_1", True),
        ("foreign_key", "orders", ("user_id",), "fk_user", False),
        ("check", "orders", ("total",), "CONSTRAINT_1", True),
        ("unique", "orders", ("code",), "code", True),
        ("unique", "orders", ("code",), "uq_code", False),
        ("primary_key", "orders", ("id",), "PRIMARY", True),
    ],
)
def test_mysql_generated_names(kind, table, columns, name, generated):
    assert MY.is_generated_name(kind, table, columns, name) is generated


def test_pg_sequence_defaults_are_left_out():
    build = PG.build_sequence
    plain = build(schema=None, name="s", data_type="bigint", start=1, increment=1,
                  min_value=1, max_value=2**63 - 1, cycle=False)
    assert (plain.data_type, plain.start, plain.increment, plain.min_value, plain.max_value) == (None,) * 5
    down = build(schema=None, name="d", data_type="integer", start=-1, increment=-1,
                 min_value=-(2**31), max_value=-1, cycle=True)
    assert (down.data_type, down.start, down.increment, down.min_value, down.max_value, down.cycle) == (
        "INTEGER", None, -1, None, None, True
    )


def test_sqlite_parse_index_and_view():
    ix = SL.parse_index("ix", 'CREATE UNIQUE INDEX "ix" ON "t" ("a b", lower("c"), d DESC) WHERE d > 0')
    assert ix is not None
    assert (ix.expressions, ix.is_expression, ix.unique, ix.where) == (
        ("a b", 'lower("c")', "d"), (False, True, False), True, "d > 0"
    )
    assert SL.parse_index("x", "not an index") is None
    assert SL.normalize_view_definition('CREATE VIEW IF NOT EXISTS "a AS b" (x) AS\n SELECT 1;') == "SELECT 1"


def test_view_definitions_keep_the_server_layout_and_literals():
    text = " SELECT t.id,\n    t.name\n   FROM t\n  WHERE t.b <> 'two  spaces'::text;"
    assert PG.normalize_view_definition(text) == text.strip().rstrip(";")
    literal = "select `t`.`id` AS `id` from `t` where `t`.`b` <> 'two  spaces   and\na line'"
    assert MY.normalize_view_definition(f" {literal};") == literal
    assert mysql._unqualify("select `db`.`t`.`id` from `db`.`t`", "db") == "select `t`.`id` from `t`"


def test_fk_actions():
    assert PG.normalize_fk_action("no action") is None
    assert PG.normalize_fk_action("cascade") == "CASCADE"
    assert PG.normalize_fk_action(None) is None


def test_registry():
    assert support_for("mariadb").sqlalchemy_name == "mariadb"
    assert support_for("mariadb").name == "mysql"
    assert type(support_for("nosuch")).__name__ == "DialectSupport"
    assert support_for("postgresql") is PG


@pytest.mark.parametrize(
    "default",
    ["('now'::text)::date", "'now'::timestamp without time zone", "('today'::text)::date"],
)
def test_pg_special_datetime_defaults_keep_their_cast(default):
    """'now'::date is evaluated per insert; a bare 'now' would become a constant at DDL time."""
    assert postgresql.PostgreSQLSupport().normalize_default(default, type_sql="DATE") == default
