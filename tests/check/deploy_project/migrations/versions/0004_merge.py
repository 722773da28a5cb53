"""merge products and phone; index the order status

Revision ID: 0004
Revises: 0003a, 0003b
Create Date: 2024-04-01 13:00:00
"""
from alembic import op

revision = "0004"
down_revision = ("0003a", "0003b")
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_orders_status", "orders", ["status"])


def downgrade() -> None:
    op.drop_index("ix_orders_status", "orders")
