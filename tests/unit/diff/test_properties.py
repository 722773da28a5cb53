"""Property tests of the diff on random schemas and random edits (hypothesis, in memory).

* a schema diffed with itself and with its JSON reload is empty;
* after one random edit the diff is not empty, names only the edited table, and
  the edit reversed is found the other way round;
* the diff is deterministic.
"""

from __future__ import annotations

import dataclasses

from builders import col, fk, schema, table
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemanb.diff import diff
from schemanb.model import CheckConstraint, Index, PrimaryKey
from schemanb.serialize import dumps, loads

TYPES = ["INTEGER", "BIGINT", "TEXT", "VARCHAR(20)", "VARCHAR(200)", "NUMERIC(10, 2)",
         "BOOLEAN", "DATE"]
WORDS = ["id", "name", "email", "total", "status", "created_at", "price", "qty", "note",
         "city", "code", "kind", "owner", "rank", "Mixed Case", 'q"uote', "select", "ünï"]


@st.composite
def schemas(draw):  # type: ignore[no-untyped-def]
    n = draw(st.integers(1, 5))
    names = draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n, unique=True))
    tables = []
    for i, tname in enumerate(names):
        cols = draw(st.lists(st.sampled_from(WORDS[1:]), min_size=1, max_size=6, unique=True))
        columns = [col("id", nullable=False)] + [
            col(c, draw(st.sampled_from(TYPES)), nullable=draw(st.booleans())) for c in cols
        ]
        fks = ()
        if i and draw(st.booleans()):
            parent = names[draw(st.integers(0, i - 1))]
            columns.append(col("parent_id"))
            fks = (fk("parent_id", parent),)
        indexes = (Index(name=f"ix_{tname}_{cols[0]}", expressions=(cols[0],),
                         is_expression=(False,)),) if draw(st.booleans()) else ()
        checks = (CheckConstraint(name=None, expression=f"{cols[0]} IS NOT NULL"),) if draw(
            st.booleans()) else ()
        tables.append(table(tname, *columns, pk=("id",), fks=fks, indexes=indexes,
                            check_constraints=checks))
    return schema(*tables, dialect=draw(st.sampled_from(["sqlite", "postgresql", "mysql"])))


def _replace_table(s, new):  # type: ignore[no-untyped-def]
    return dataclasses.replace(s, tables=tuple(new if t.key == new.key else t for t in s.tables))


EDITS = ["type", "nullable", "default", "drop_column", "add_column", "index", "check", "pk",
         "comment"]


def apply_edit(s, t, kind, data):  # type: ignore[no-untyped-def]
    c = t.columns[-1]
    cols = list(t.columns)
    if kind == "type":
        new_type = "TEXT" if c.type_sql != "TEXT" else "INTEGER"
        cols[-1] = dataclasses.replace(c, type_sql=new_type, type_generic=new_type)
    elif kind == "nullable":
        cols[-1] = dataclasses.replace(c, nullable=not c.nullable)
    elif kind == "default":
        cols[-1] = dataclasses.replace(c, default="'x'" if c.default != "'x'" else None)
    elif kind == "drop_column":
        if c.name in t.fk_columns or len(cols) < 2 or any(c.name in ix.expressions
                                                           for ix in t.indexes):
            return None
        cols.pop()
    elif kind == "add_column":
        cols.append(col("zz_added_" + str(len(cols)), "TIMESTAMP"))
    elif kind == "index":
        return dataclasses.replace(t, indexes=t.indexes + (Index(
            name="ix_new", expressions=("id",), is_expression=(False,), unique=True),))
    elif kind == "check":
        return dataclasses.replace(t, check_constraints=t.check_constraints + (
            CheckConstraint(name="ck_new", expression="id > 0"),))
    elif kind == "pk":
        return dataclasses.replace(t, primary_key=PrimaryKey(columns=("id", c.name))
                                   if c.name != "id" else None)
    elif kind == "comment":
        return dataclasses.replace(t, comment="changed" if t.comment != "changed" else None)
    return dataclasses.replace(t, columns=tuple(cols))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas())
def test_schema_against_itself_and_reload_is_empty(s):
    assert diff(s, s).is_empty
    assert diff(s, loads(dumps(s))).is_empty


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schemas(), st.data())
def test_one_edit_is_found_on_that_table_both_ways(s, data):
    t = data.draw(st.sampled_from(s.tables))
    kind = data.draw(st.sampled_from(EDITS))
    edited = apply_edit(s, t, kind, data)
    if edited is None or edited == t:
        return
    b = _replace_table(s, edited)
    forward, backward = diff(s, b), diff(b, s)
    assert forward.changes and backward.changes, kind
    assert {c.table for c in forward.changes} == {str(t.key)}
    assert {c.table for c in backward.changes} == {str(t.key)}
    again = diff(s, b)
    assert again.changes == forward.changes
