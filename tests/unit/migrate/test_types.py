"""build_type: snapshot type text -> SQLAlchemy type, proven by compiling it back."""

from __future__ import annotations

import pytest
from builders import col

from schemanb.dialects import support_for
from schemanb.errors import MigrationError
from schemanb.migrate.types import VerbatimType, build_type

SPELLINGS = {
    "postgresql": ["INTEGER", "VARCHAR(50)", "NUMERIC(10, 2)", "TIMESTAMP WITH TIME ZONE",
                   "TIME WITHOUT TIME ZONE", "DOUBLE PRECISION", "JSONB", "UUID", "BYTEA", "INTERVAL"],
    "mysql": ["INTEGER", "VARCHAR(50)", "DECIMAL(10, 2)", "TINYINT(1)", "TINYINT UNSIGNED",
              "DOUBLE", "MEDIUMTEXT", "DATETIME", "ENUM('A','B')"],
    "sqlite": ["INTEGER", "VARCHAR(50)", "NUMERIC(10, 2)", "TIMESTAMP", "BOOLEAN", "BLOB"],
}


@pytest.mark.parametrize(("dialect", "spelling"), [(d, s) for d, ss in SPELLINGS.items() for s in ss])
def test_type_compiles_back_to_its_spelling(dialect: str, spelling: str) -> None:
    support = support_for(dialect)
    type_ = build_type(col("c", spelling), dialect)
    assert not VerbatimType.is_verbatim(type_), f"{spelling} fell back to verbatim"
    assert support.normalize_type_sql(type_.compile(dialect=support.sqlalchemy_dialect())) == spelling


def test_unknown_type_falls_back_to_verbatim() -> None:
    type_ = build_type(col("c", "INTEGER[]"), "postgresql")
    assert VerbatimType.is_verbatim(type_)
    assert type_.compile(dialect=support_for("postgresql").sqlalchemy_dialect()) == "INTEGER[]"


def test_collation_is_carried_and_quoted() -> None:
    type_ = build_type(col("c", "TEXT", collation="C"), "postgresql")
    assert type_.compile(dialect=support_for("postgresql").sqlalchemy_dialect()) == 'TEXT COLLATE "C"'


def test_type_text_that_could_inject_sql_is_refused() -> None:
    with pytest.raises(MigrationError, match="cannot have"):
        build_type(col("c", 'x"; DROP TABLE t; --'), "postgresql")
    with pytest.raises(MigrationError, match="cannot have"):
        build_type(col("c", "INTEGER; DROP TABLE x"), "mysql")
    with pytest.raises(MigrationError, match="cannot have"):
        build_type(col("c", '"a\\"" ; DROP TABLE t; --"'), "mysql")
    # PostgreSQL quotes a user type's name: the whole text is one (odd) identifier.
    pg = support_for("postgresql").sqlalchemy_dialect()
    assert build_type(col("c", "INTEGER; DROP TABLE x"), "postgresql").compile(dialect=pg) == (
        '"INTEGER; DROP TABLE x"')


def test_user_type_names_that_are_not_plain_ascii_are_kept() -> None:
    pg = support_for("postgresql").sqlalchemy_dialect()
    for spelling in ('"état"', '"état"[]', '"a<b"', '"50%;x"', 'public."x ""y"""'):
        assert build_type(col("c", spelling), "postgresql").compile(dialect=pg) == spelling
