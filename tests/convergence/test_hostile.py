"""Hostile identifiers through every kind of migration step, on every dialect.

Database A holds one table per hostile name; B adds, to each, a column, an
index and a CHECK constraint named after it, plus a new table referring to the
first -- all created by SQLAlchemy (which quotes), migrated by schemanb (which
must quote too), then downgraded.
"""

from __future__ import annotations

import sqlalchemy as sa
from converge import check_convergence
from hostile import HOSTILE_NAMES

NAMES = list(HOSTILE_NAMES.values())


def _constraint_name(text: str, kind: str) -> str:
    # SQLAlchemy's SQLite reflection leaves "" doubled in CHECK names and loses
    # such foreign key names; schemanb reads them from the table's text.
    return text[:60]


def _metadata(extended: bool, kind: str) -> sa.MetaData:
    meta = sa.MetaData()
    first = None
    for i, name in enumerate(NAMES):
        cols = [sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                sa.Column("plain", sa.String(20))]
        if extended:
            cols.append(sa.Column(name, sa.Integer))
        table = sa.Table(name, meta, *cols)
        if extended:
            sa.Index(f"ix{i} {name}"[:60], table.c[name])
            table.append_constraint(sa.CheckConstraint(table.c[name] >= 0, name=_constraint_name(f"ck{i} {name}", kind)))
        first = first if first is not None else table
    if extended:
        sa.Table(f"n {NAMES[0]}", meta,
                 sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                 sa.Column("ref", sa.Integer, sa.ForeignKey(first.c.id, name=_constraint_name(f"fk {NAMES[1]}", kind))),
                 sa.Index("ix ref", "ref"))
    return meta


def test_hostile_names_migrate_and_revert(db_pair) -> None:  # type: ignore[no-untyped-def]
    db_a, db_b = db_pair
    _metadata(extended=False, kind=db_a.kind).create_all(db_a.engine)
    _metadata(extended=True, kind=db_a.kind).create_all(db_b.engine)
    d = check_convergence(db_a, db_b)
    kinds = {c.kind.value for c in d.changes}
    assert {"column_added", "index_added", "check_added", "table_added"} <= kinds
