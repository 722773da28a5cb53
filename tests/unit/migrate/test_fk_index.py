"""ops_fk_index: a kept FK whose last supporting index goes is dropped before it and added after the new one."""

from __future__ import annotations

from builders import col, fk, index, schema, table

from schemanb import model
from schemanb.diff import diff
from schemanb.migrate.sql import render_statements


def _sql(a: model.Schema, b: model.Schema, dialect: str, direction: str = "upgrade") -> list[str]:
    return [s.sql for s in render_statements(diff(a, b), dialect, direction)]  # type: ignore[arg-type]


def _at(sql: list[str], *words: str) -> int:
    """The position of the one statement holding all ``words``."""
    found = [i for i, s in enumerate(sql) if all(w in s for w in words)]
    assert len(found) == 1, (words, sql)
    return found[0]


P = table("p", col("id", nullable=False), pk=("id",))


def _member(pk: tuple[str, ...], *indexes: model.Index) -> model.Table:
    return table("m", col("p_id", nullable=False), col("slot", nullable=False), pk=pk,
                 fks=(fk("p_id", "p", name="fk_m_p"),), indexes=indexes)


def test_primary_key_widened_drops_and_re_adds_the_fk_around_it() -> None:
    a, b = schema(P, _member(("p_id",))), schema(P, _member(("p_id", "slot")))
    sql = _sql(a, b, "mariadb")
    drop_fk, drop_pk = _at(sql, "DROP FOREIGN KEY fk_m_p"), _at(sql, "DROP PRIMARY KEY")
    add_pk, add_fk = _at(sql, "ADD PRIMARY KEY"), _at(sql, "ADD CONSTRAINT fk_m_p")
    assert drop_fk < drop_pk < add_pk < add_fk


def test_renamed_supporting_index_drops_and_re_adds_the_fk_both_ways() -> None:
    a = schema(P, _member(("slot",), index("ix_old", "p_id")))
    b = schema(P, _member(("slot",), index("ix_new", "p_id")))
    for direction, old, new in (("upgrade", "ix_old", "ix_new"), ("downgrade", "ix_new", "ix_old")):
        sql = _sql(a, b, "mariadb", direction)
        drop_fk, drop_ix = _at(sql, "DROP FOREIGN KEY fk_m_p"), _at(sql, "DROP INDEX", old)
        add_ix, add_fk = _at(sql, "CREATE INDEX", new), _at(sql, "ADD CONSTRAINT fk_m_p")
        assert drop_fk < drop_ix and add_ix < add_fk, direction


def test_referenced_side_index_dropped_re_adds_the_fk() -> None:
    def side(ix: model.Index) -> model.Schema:
        p = table("p", col("id", nullable=False), col("code"), pk=("id",), indexes=(ix,))
        t = table("t", col("id", nullable=False), col("code"), pk=("id",),
                  fks=(fk("code", "p", "code", name="fk_t_p"),), indexes=(index("ix_t", "code"),))
        return schema(p, t)

    sql = _sql(side(index("uq_old", "code", unique=True)), side(index("uq_new", "code", "id", unique=True)), "mariadb")
    assert _at(sql, "DROP FOREIGN KEY fk_t_p") < _at(sql, "DROP INDEX uq_old")
    assert _at(sql, "uq_new") < _at(sql, "ADD CONSTRAINT fk_t_p")


def test_fk_left_alone_when_another_index_still_supports_it() -> None:
    a = schema(P, _member(("p_id",), index("ix_p", "p_id")))
    b = schema(P, _member(("p_id", "slot"), index("ix_p", "p_id")))
    assert not [s for s in _sql(a, b, "mariadb") if "fk_m_p" in s]


def test_fk_left_alone_where_the_dialect_needs_no_supporting_index() -> None:
    a, b = schema(P, _member(("p_id",))), schema(P, _member(("p_id", "slot")))
    assert not [s for s in _sql(a, b, "postgresql") if "fk_m_p" in s]


def test_a_table_losing_every_column_gets_its_new_ones_first() -> None:
    a = schema(table("g", col("id", nullable=False), col("size"), pk=("id",)))
    b = schema(table("g", col("name", "VARCHAR(64)", nullable=False), col("body", "TEXT"), pk=("name",)))
    for dialect in ("mariadb", "postgresql"):
        sql = _sql(a, b, dialect)
        adds = [_at(sql, "ADD COLUMN", c) for c in ("name", "body")]
        drops = [_at(sql, "DROP COLUMN", c) for c in ("id", "size")]
        assert max(adds) < min(drops), dialect
