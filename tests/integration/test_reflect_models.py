"""A models snapshot equals the snapshot of the database the models created.

``inspect(metadata, dialect=...) == inspect(url)`` after ``metadata.create_all()``
on each dialect, for a model set that uses every common type, server defaults,
identity, computed columns, comments, every kind of constraint and index, and
the hostile names of ``tests/hostile.py``. Differences that cannot be reconciled
are listed in :data:`UNRECONCILABLE` with the reason.
"""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa
from hostile import HOSTILE_COMMENTS, HOSTILE_NAMES
from sqlalchemy.dialects import postgresql as pg

import schemanb
from schemanb.dialects import support_for


def _shop_metadata() -> sa.MetaData:
    md = sa.MetaData()
    sa.Table(
        "users",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(100), nullable=False, unique=True),
        sa.Column("active", sa.Boolean, server_default=sa.true()),
        sa.Column("created", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    sa.Table(
        "orders",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE")),
        sa.Column("total", sa.Numeric(10, 2), server_default="0"),
        sa.CheckConstraint("total >= 0"),
        sa.Index("ix_orders_user_total", "user_id", "total"),
    )
    return md


def rich_metadata(dialect: str) -> sa.MetaData:
    """Every common type, default, constraint and index kind ``dialect`` supports."""
    support = support_for(dialect)
    md = sa.MetaData()
    comment = HOSTILE_COMMENTS["quotes"] if support.supports_comments else None
    id_args: list[object] = [sa.Identity(start=100, increment=5)] if support.supports_identity else []
    sa.Table(
        "region",
        md,
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("country", sa.String(2), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False, server_default="unknown"),
        comment=HOSTILE_COMMENTS["script"] if support.supports_comments else None,
    )
    sa.Table(
        "everything",
        md,
        sa.Column("id", sa.BigInteger if support.supports_identity else sa.Integer, *id_args, primary_key=True),
        sa.Column("s", sa.String(50), server_default="it's", comment=comment),
        sa.Column("txt", sa.Text),
        sa.Column("i", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("big", sa.BigInteger, server_default="12"),
        sa.Column("small", sa.SmallInteger),
        sa.Column("num", sa.Numeric(10, 2), server_default="0.00"),
        sa.Column("num_plain", sa.Numeric(12, 0)),
        sa.Column("f", sa.Float),
        sa.Column("flag", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("flag2", sa.Boolean, server_default=sa.true()),
        sa.Column("d", sa.Date),
        sa.Column("dt", sa.DateTime),
        sa.Column("dt_tz", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("tm", sa.Time),
        sa.Column("blob", sa.LargeBinary),
        sa.Column("js", sa.JSON),
        sa.Column("status", sa.Enum("new", "Paid", "shipped", name="order_status"), server_default="new"),
        sa.Column("uid", sa.Uuid),
        sa.Column("expr_default", sa.Integer, server_default=sa.text("(1 + 2)")),
        sa.Column("region_code", sa.String(8)),
        sa.Column("region_country", sa.String(2)),
        sa.Column("parent_id", sa.ForeignKey("everything.id", ondelete="SET NULL")),
        sa.Column("doubled", sa.Integer, sa.Computed("i * 2", persisted=dialect != "sqlite")),
        sa.ForeignKeyConstraint(
            ["region_code", "region_country"],
            ["region.code", "region.country"],
            name="fk_everything_region",
            onupdate="CASCADE",
        ),
        sa.UniqueConstraint("s", "i", name="uq_everything_s_i"),
        sa.CheckConstraint("i >= 0", name="ck_everything_i"),
        sa.Index("ix_everything_d", "d"),
        sa.Index("ix_everything_big_small", "big", "small", unique=True),
        comment="everything" if support.supports_comments else None,
    )
    everything = md.tables["everything"]
    if support.supports_partial_indexes:
        sa.Index(
            "ix_everything_partial",
            everything.c.num,
            postgresql_where=everything.c.i > 10,
            sqlite_where=everything.c.i > 10,
        )
    if dialect == "postgresql":
        sa.Table(
            "pg_only",
            md,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("tags", pg.ARRAY(sa.Text)),
            sa.Column("doc", pg.JSONB, server_default=sa.text("'{}'::jsonb")),
            sa.Column("uid", pg.UUID, server_default=sa.text("gen_random_uuid()")),
            sa.Column("created", sa.DateTime(timezone=True), server_default=sa.text("now()")),
            sa.Column("name", sa.String(40)),
            sa.Index("ix_pg_gin", "doc", postgresql_using="gin"),
            sa.Index("ix_pg_hash", "name", postgresql_using="hash"),
        )
        sa.Index("ix_pg_lower", sa.func.lower(md.tables["pg_only"].c.name))
        sa.Sequence("standalone_seq", start=5, increment=2, metadata=md)
    for key, name in HOSTILE_NAMES.items():
        sa.Table(
            name,
            md,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(name, sa.String(80), server_default=name, comment=HOSTILE_COMMENTS["unicode"] if support.supports_comments else None),
            # Named: MariaDB's generated name (<table>_ibfk_1) would pass 64 characters.
            sa.Column("everything_id", sa.ForeignKey("everything.id", name=f"fk_{key}")),
            sa.Index(f"ix_{key}", name),
            sa.UniqueConstraint("everything_id", name=f"uq_{key}"),
            sa.CheckConstraint(sa.column(name, sa.String) != "", name=f"ck_{key}"),
        )
    return md


#: Differences the database makes that no normaliser can undo, by dialect.
UNRECONCILABLE: dict[str, str] = {}


def _column_diffs(a: schemanb.Schema, b: schemanb.Schema) -> list[str]:
    """Readable differences, for a failing assertion."""
    out = []
    for ta in a.tables:
        tb = b.table_map.get(ta.key)
        if tb is None:
            out.append(f"{ta.key} missing")
            continue
        for f in dataclasses.fields(ta):
            va, vb = getattr(ta, f.name), getattr(tb, f.name)
            if va != vb and f.name == "columns":
                out += [f"{ta.key}.{x.name}: {x} != {y}" for x, y in zip(va, vb) if x != y]
            elif va != vb and f.compare:
                out.append(f"{ta.key}.{f.name}: {va} != {vb}")
    for f in ("views", "enums", "sequences"):
        if getattr(a, f) != getattr(b, f):
            out.append(f"{f}: {getattr(a, f)} != {getattr(b, f)}")
    return out


def _default(db, column):  # type: ignore[no-untyped-def]
    """A column default as the diff compares it (PostgreSQL keeps the server's casts)."""
    return support_for(db.dialect).compare_default(column.default, column.type_sql)


def test_models_snapshot_equals_created_database(db):
    md = _shop_metadata()
    md.create_all(db.engine)
    reflected = schemanb.inspect(db.url)
    from_models = schemanb.inspect(md, dialect=db.dialect)
    assert [t.name for t in reflected.tables] == ["orders", "users"]
    # Equal as schemanb compares: PostgreSQL's snapshot keeps the server's own text
    # ('x'::character varying), the models' the text they were given.
    assert not schemanb.diff(from_models, reflected)
    if db.kind != "postgresql":
        assert reflected == from_models
    orders = reflected.table("orders")
    assert orders.foreign_keys[0].on_delete == "CASCADE"
    assert orders.indexes[0].expressions == ("user_id", "total")
    assert reflected.table("users").column("id").autoincrement is True


def test_rich_models_equal_created_database(db):
    # "mariadb" compiles the models as SQLAlchemy does for a MariaDB server
    # (Uuid -> UUID there, CHAR(32) on MySQL).
    dialect = "mariadb" if db.kind == "mariadb" else db.dialect
    md = rich_metadata(dialect)
    md.create_all(db.engine)
    reflected = schemanb.inspect(db.url)
    from_models = schemanb.inspect(md, dialect=dialect)
    assert len(reflected.tables) == len(md.tables)
    assert not schemanb.diff(from_models, reflected)
    if db.kind != "postgresql":  # PostgreSQL keeps the server's text (casts): equal as compared
        diffs = _column_diffs(from_models, reflected)
        assert diffs == [], "\n".join(diffs)
        assert reflected == from_models


def test_rich_models_spot_values(db):
    """A few exact normalised values, so equality cannot pass by both sides being empty."""
    dialect = "mariadb" if db.kind == "mariadb" else db.dialect
    md = rich_metadata(dialect)
    md.create_all(db.engine)
    snap = schemanb.inspect(db.url)
    every = snap.table("everything")
    assert every.column("s").type_sql == "VARCHAR(50)"
    assert _default(db, every.column("s")) == "'it''s'"
    assert every.column("flag").type_generic == "BOOLEAN"
    assert _default(db, every.column("flag")) == "false"
    assert _default(db, every.column("num")) == "0"
    assert every.column("doubled").computed is not None
    assert every.column("doubled").computed.expression.replace(" ", "") == "i*2"
    fk = next(f for f in every.foreign_keys if f.name == "fk_everything_region")
    assert fk.columns == ("region_code", "region_country")
    assert fk.on_update == "CASCADE"
    assert [c.name for c in every.check_constraints] == ["ck_everything_i"]
    if db.dialect == "postgresql":
        assert every.column("id").identity == schemanb.model.Identity(start=100, increment=5)
        assert every.column("dt_tz").type_sql == "TIMESTAMP WITH TIME ZONE"
        assert every.column("status").type_sql == "order_status"
        assert [(e.name, e.values) for e in snap.enums] == [
            ("order_status", ("new", "Paid", "shipped"))
        ]
        assert [(s.name, s.start, s.increment) for s in snap.sequences] == [
            ("standalone_seq", 5, 2)
        ]
        pg_only = snap.table("pg_only")
        assert {i.name: i.method for i in pg_only.indexes} == {
            "ix_pg_gin": "gin", "ix_pg_hash": "hash", "ix_pg_lower": None,
        }
        assert pg_only.column("tags").type_sql == "TEXT[]"
    if db.dialect == "mysql":
        assert every.column("flag").type_sql == "TINYINT(1)"
        assert every.column("js").type_sql == "JSON"
    if db.dialect in ("postgresql", "sqlite"):
        partial = next(i for i in every.indexes if i.name == "ix_everything_partial")
        assert partial.where == "i > 10"
