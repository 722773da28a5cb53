"""Hypothesis strategies: small random schemas and random edits of them.

A schema is a plain spec (``{table: TableSpec}``) turned into a SQLAlchemy
``MetaData`` by :func:`to_metadata` -- written here with SQLAlchemy directly,
not with :mod:`schemanb.migrate`, so the code under test does not build its own
fixtures. Names mix plain words with the hostile names of ``tests/hostile.py``.

With ``pg=True`` (the PostgreSQL property judged by ``pg_dump``) the schemas may
also hold an enum type (``MOOD`` columns, arrays of it too) whose values the
edits remove, reorder or add, and table and column comments that the edits set,
change or remove.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import sqlalchemy as sa
from hostile import HOSTILE_NAMES
from hypothesis import strategies as st

NAMES = ["alpha", "beta", "gamma", "delta", "Kappa", "select", "with space", HOSTILE_NAMES["unicode"],
         HOSTILE_NAMES["double_quote"], HOSTILE_NAMES["long63"][:40]]
TYPES = ["INTEGER", "BIGINT", "VARCHAR(20)", "VARCHAR(60)", "TEXT", "NUMERIC(10, 2)", "DATE"]
DEFAULTS = {"INTEGER": "7", "BIGINT": "0", "VARCHAR(20)": "'x'", "VARCHAR(60)": "'it''s'",
            "TEXT": "'t'", "NUMERIC(10, 2)": "1.5", "DATE": None, "MOOD": None, "MOOD[]": None}
#: The enum's possible values (``pg=True``), and the types only PostgreSQL schemas use.
MOOD_VALUES = ["sad", "ok", "it's fine", "happy"]
PG_TYPES = ["MOOD", "MOOD[]"]
COMMENTS = [None, "a comment", "it's <b>new</b>"]


@dataclass(frozen=True)
class ColSpec:
    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColSpec, ...]
    index_on: tuple[str, ...] = ()
    unique_index: bool = False
    fk_to: str | None = None
    check: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class SchemaSpec:
    tables: tuple[TableSpec, ...] = field(default=())
    #: The values of enum type ``mood`` (``pg=True``), in order.
    mood: tuple[str, ...] = ()

    def table(self, name: str) -> TableSpec:
        return next(t for t in self.tables if t.name == name)


def _type(spec: str, mood: tuple[str, ...] = ()) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    if spec.startswith("MOOD"):
        from sqlalchemy.dialects import postgresql

        enum = postgresql.ENUM(*mood, name="mood")
        return postgresql.ARRAY(enum) if spec.endswith("[]") else enum
    if spec.startswith("VARCHAR"):
        return sa.String(int(spec[8:-1]))
    if spec.startswith("NUMERIC"):
        return sa.Numeric(10, 2)
    return {"INTEGER": sa.Integer(), "BIGINT": sa.BigInteger(), "TEXT": sa.Text(), "DATE": sa.Date()}[spec]


def to_metadata(schema: SchemaSpec) -> sa.MetaData:
    meta = sa.MetaData()
    for t in schema.tables:
        cols = [sa.Column("id", sa.Integer, primary_key=True, autoincrement=False)]
        cols += [
            sa.Column(c.name, _type(c.type, schema.mood), nullable=c.nullable,
                      server_default=sa.text(c.default) if c.default else None, comment=c.comment)
            for c in t.columns
        ]
        args: list[object] = []
        if t.fk_to:
            cols.append(sa.Column("ref_id", sa.Integer))
            args.append(sa.ForeignKeyConstraint(["ref_id"], [meta.tables[t.fk_to].c.id]))
        if t.check:
            args.append(sa.CheckConstraint("id > 0", name="ck_" + t.name[:20].replace('"', "")))
        table = sa.Table(t.name, meta, *cols, *args, comment=t.comment)
        if t.index_on:
            sa.Index("ix_" + t.name[:20], *[table.c[c] for c in t.index_on], unique=t.unique_index)
    return meta


# ------------------------------------------------------------------- strategies


@st.composite
def columns(draw: st.DrawFn, pg: bool = False) -> tuple[ColSpec, ...]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    out = []
    for n in names:
        type_ = draw(st.sampled_from(TYPES + PG_TYPES if pg else TYPES))
        default = DEFAULTS[type_] if draw(st.booleans()) else None
        comment = draw(st.sampled_from(COMMENTS)) if pg else None
        out.append(ColSpec(n, type_, nullable=draw(st.booleans()) or default is not None, default=default,
                           comment=comment))
    return tuple(out)


def _moods(draw: st.DrawFn) -> tuple[str, ...]:
    return tuple(draw(st.lists(st.sampled_from(MOOD_VALUES), min_size=1, max_size=4, unique=True)))


@st.composite
def schemas(draw: st.DrawFn, pg: bool = False) -> SchemaSpec:
    names = draw(st.lists(st.sampled_from(["t_one", "T Two", "three", "four"]), min_size=1, max_size=3, unique=True))
    tables = []
    for i, n in enumerate(names):
        cols = draw(columns(pg))
        index_on = (cols[0].name,) if draw(st.booleans()) else ()
        fk_to = names[i - 1] if i and draw(st.booleans()) else None
        comment = draw(st.sampled_from(COMMENTS)) if pg else None
        tables.append(TableSpec(n, cols, index_on, draw(st.booleans()), fk_to, draw(st.booleans()), comment))
    return SchemaSpec(tuple(tables), mood=_moods(draw) if pg else ())


EDITS = ["add_table", "drop_table", "add_column", "drop_column", "retype", "nullable", "default",
         "index", "fk", "check"]
#: The edits only PostgreSQL schemas get (``pg=True``).
PG_EDITS = ["enum_values", "comment"]


@st.composite
def edited(draw: st.DrawFn, schema: SchemaSpec, pg: bool = False) -> SchemaSpec:
    """``schema`` after one to three random edits."""
    for _ in range(draw(st.integers(1, 3))):
        schema = _edit(draw, schema, draw(st.sampled_from(EDITS + PG_EDITS if pg else EDITS)), pg)
    return schema


def _edit(draw: st.DrawFn, s: SchemaSpec, kind: str, pg: bool = False) -> SchemaSpec:  # noqa: C901
    if kind == "add_table":
        name = draw(st.sampled_from(["added", "Added Too"]))
        if any(t.name == name for t in s.tables):
            return s
        fk_to = draw(st.sampled_from([None, *[t.name for t in s.tables]]))
        return replace(s, tables=(*s.tables, TableSpec(name, draw(columns(pg)), fk_to=fk_to)))
    if kind == "enum_values":
        return replace(s, mood=_moods(draw))
    if not s.tables:
        return s
    t = draw(st.sampled_from(s.tables))
    referenced = any(o.fk_to == t.name for o in s.tables)
    if kind == "drop_table":
        if referenced or len(s.tables) == 1:
            return s
        return replace(s, tables=tuple(o for o in s.tables if o is not t))
    new = t
    if kind == "add_column":
        free = [n for n in NAMES if n not in {c.name for c in t.columns}]
        if free:
            type_ = draw(st.sampled_from(TYPES + PG_TYPES if pg else TYPES))
            new = replace(t, columns=(*t.columns, ColSpec(draw(st.sampled_from(free)), type_)))
    elif kind == "drop_column" and len(t.columns) > 1:
        victim = draw(st.sampled_from(t.columns))
        if victim.name not in t.index_on:
            new = replace(t, columns=tuple(c for c in t.columns if c is not victim))
    elif kind in ("retype", "nullable", "default"):
        i = draw(st.integers(0, len(t.columns) - 1))
        c = t.columns[i]
        if kind == "retype" and c.type in PG_TYPES:
            pass  # an enum (array) converts to few types: no guessing here
        elif kind == "retype":
            type_ = draw(st.sampled_from(TYPES))
            c = replace(c, type=type_, default=DEFAULTS[type_] if c.default else None,
                        nullable=c.nullable or not DEFAULTS[type_])
        elif kind == "nullable":
            c = replace(c, nullable=not c.nullable)
        else:
            c = replace(c, default=None if c.default else DEFAULTS[c.type])
        new = replace(t, columns=(*t.columns[:i], c, *t.columns[i + 1:]))
    elif kind == "index":
        new = replace(t, index_on=() if t.index_on else (t.columns[-1].name,), unique_index=draw(st.booleans()))
    elif kind == "fk" and not t.fk_to:
        others = [o.name for o in s.tables[: s.tables.index(t)]]  # earlier tables: no cycles
        if others:
            new = replace(t, fk_to=draw(st.sampled_from(others)))
    elif kind == "check":
        new = replace(t, check=not t.check)
    elif kind == "comment":
        i = draw(st.integers(-1, len(t.columns) - 1))  # -1: the table's own
        text = draw(st.sampled_from(COMMENTS))
        if i < 0:
            new = replace(t, comment=text)
        else:
            c = replace(t.columns[i], comment=text)
            new = replace(t, columns=(*t.columns[:i], c, *t.columns[i + 1:]))
    return replace(s, tables=tuple(new if o is t else o for o in s.tables))
