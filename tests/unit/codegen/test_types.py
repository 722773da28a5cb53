"""Type strings of the snapshot -> SQLAlchemy expressions that reproduce them (issue 8)."""

from __future__ import annotations

import importlib

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite

from schemanb import model
from schemanb.codegen.types import named_types, type_code
from schemanb.dialects import support_for

TYPES = {
    "postgresql": [
        sa.Integer(), sa.BigInteger(), sa.SmallInteger(), sa.String(100), sa.Text(), sa.Boolean(),
        sa.Date(), sa.DateTime(), sa.DateTime(timezone=True), sa.Numeric(10, 2), sa.Float(),
        sa.LargeBinary(), sa.Interval(), sa.CHAR(2), postgresql.JSONB(), postgresql.JSON(),
        postgresql.UUID(), postgresql.INET(), postgresql.CIDR(), postgresql.TSVECTOR(),
        postgresql.ARRAY(sa.Text()), postgresql.ARRAY(sa.Integer(), dimensions=2),
        postgresql.DOUBLE_PRECISION(), postgresql.REAL(), postgresql.TIMESTAMP(precision=3),
        postgresql.TIME(timezone=True), postgresql.MONEY(), postgresql.BYTEA(),
        postgresql.INT4RANGE(), sa.String(20, collation="C"),
    ],
    "mysql": [
        sa.Integer(), sa.Boolean(), mysql.TINYINT(), mysql.TINYINT(unsigned=True),
        mysql.INTEGER(unsigned=True), mysql.BIGINT(unsigned=True), mysql.DECIMAL(10, 2),
        mysql.ENUM("a", "it's"), mysql.SET("x", "y"), mysql.YEAR(), mysql.LONGTEXT(),
        mysql.MEDIUMTEXT(), mysql.DATETIME(fsp=6), mysql.TIMESTAMP(), mysql.JSON(),
        mysql.VARCHAR(200, collation="utf8mb4_bin"), mysql.DOUBLE(), mysql.BLOB(),
    ],
    "sqlite": [
        sa.Integer(), sa.String(70), sa.NVARCHAR(120), sa.Numeric(10, 2), sa.DateTime(),
        sa.Text(), sqlite.JSON(), sa.Float(), sa.LargeBinary(), sa.Boolean(), sa.TIMESTAMP(),
    ],
}


def _column(dialect: str, type_: sa.types.TypeEngine) -> model.Column:
    type_sql, type_generic, collation = support_for(dialect).normalize_type(type_)
    return model.Column(name="c", type_sql=type_sql, type_generic=type_generic, collation=collation)


def _evaluate(code) -> sa.types.TypeEngine:
    namespace = {name: getattr(importlib.import_module(module), name) for module, name in code.imports}
    obj = eval(code.expr, {}, namespace)  # noqa: S307 - the expression under test
    return obj() if isinstance(obj, type) else obj


@pytest.mark.parametrize(
    ("dialect", "type_"),
    [(d, t) for d, types in TYPES.items() for t in types],
    ids=[f"{d}-{t!r}" for d, types in TYPES.items() for t in types],
)
def test_expression_reproduces_the_snapshot_type(dialect, type_):
    column = _column(dialect, type_)
    code = type_code(dialect, column)
    assert code.exact, code
    again = support_for(dialect).normalize_type(_evaluate(code))
    assert again == (column.type_sql, column.type_generic, column.collation)


@pytest.mark.parametrize(
    ("dialect", "type_", "expr"),
    [
        ("postgresql", sa.String(100), "String(100)"),
        ("postgresql", sa.DateTime(timezone=True), "DateTime(timezone=True)"),
        ("postgresql", postgresql.JSONB(), "JSONB"),
        ("postgresql", postgresql.ARRAY(sa.Text()), "ARRAY(Text)"),
        ("postgresql", postgresql.TIMESTAMP(precision=3), "postgresql.TIMESTAMP(precision=3)"),
        ("mysql", sa.Boolean(), "Boolean"),
        ("mysql", mysql.INTEGER(unsigned=True), "mysql.INTEGER(unsigned=True)"),
        ("mysql", mysql.ENUM("a", "it's"), 'ENUM("a", "it\'s")'),
        ("mysql", mysql.VARCHAR(200, collation="utf8mb4_bin"), 'String(200, collation="utf8mb4_bin")'),
    ],
)
def test_readable_generic_first_dialect_type_where_generic_loses_meaning(dialect, type_, expr):
    assert type_code(dialect, _column(dialect, type_)).expr == expr


def test_postgresql_enum_is_written_with_its_values_from_the_snapshot():
    enum = model.Enum(name="Mood", values=("happy", "sad"))
    schema = model.Schema(enums=(enum,))
    column = _column("postgresql", postgresql.ENUM("happy", "sad", name="Mood"))
    code = type_code("postgresql", column, named_types(schema))
    assert code.exact and code.expr == 'ENUM("happy", "sad", name="Mood")'
    assert code.python == "str"


def test_unknown_type_falls_back_to_text_and_says_so():
    column = model.Column(name="c", type_sql="year", type_generic="year")
    code = type_code("postgresql", column)
    assert (code.expr, code.exact) == ("Text", False)


def test_python_annotations_follow_the_type():
    cases = {
        sa.Numeric(10, 2): "decimal.Decimal",
        sa.DateTime(): "datetime.datetime",
        postgresql.UUID(): "uuid.UUID",
        postgresql.ARRAY(sa.Integer(), dimensions=2): "list[list[int]]",
        postgresql.JSONB(): "Any",
    }
    for type_, annotation in cases.items():
        assert type_code("postgresql", _column("postgresql", type_)).python == annotation
