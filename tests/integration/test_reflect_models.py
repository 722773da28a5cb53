"""A models snapshot equals the snapshot of the database the models created."""

from __future__ import annotations

import sqlalchemy as sa

import schemanb


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


def test_models_snapshot_equals_created_database(db):
    md = _shop_metadata()
    md.create_all(db.engine)
    reflected = schemanb.inspect(db.url)
    from_models = schemanb.inspect(md, dialect=db.dialect)
    assert [t.name for t in reflected.tables] == ["orders", "users"]
    assert reflected == from_models
    orders = reflected.table("orders")
    assert orders.foreign_keys[0].on_delete == "CASCADE"
    assert orders.indexes[0].expressions == ("user_id", "total")
    assert reflected.table("users").column("id").autoincrement is True
