"""PostgreSQL composite types change in place where ALTER TYPE can keep the columns using them."""

from __future__ import annotations

from schemanb.dialects import support_for
from schemanb.model import CompositeType

PG = support_for("postgresql")


def _type(*attributes: tuple[str, str]) -> CompositeType:
    return CompositeType(name="Money Pair", attributes=attributes)


def test_attributes_dropped_then_added_at_the_end():
    before = _type(("amount", "NUMERIC(10, 2)"), ("note", "TEXT"))
    after = _type(("amount", "NUMERIC(10, 2)"), ("Rate", "REAL"))
    assert PG.object_change_ddl(before, after) == [
        'ALTER TYPE "Money Pair" DROP ATTRIBUTE note CASCADE',
        'ALTER TYPE "Money Pair" ADD ATTRIBUTE "Rate" REAL CASCADE',
    ]


def test_retype_or_reorder_falls_back_to_drop_and_create():
    base = _type(("a", "INTEGER"), ("b", "TEXT"))
    assert PG.object_change_ddl(base, _type(("a", "BIGINT"), ("b", "TEXT"))) is None
    assert PG.object_change_ddl(base, _type(("b", "TEXT"), ("a", "INTEGER"))) is None
    assert PG.object_change_ddl(base, _type(("a", "INTEGER"), ("x", "TEXT"), ("b", "TEXT"))) is None
