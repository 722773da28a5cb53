"""orders indexed by date

Revision ID: s003
Revises: s002
Create Date: 2024-05-21 11:15:00
"""
from alembic import op

revision = "s003"
down_revision = "s002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_orders_placed_at", "orders", ["placed_at"])


def downgrade() -> None:
    op.drop_index("ix_orders_placed_at", "orders")
