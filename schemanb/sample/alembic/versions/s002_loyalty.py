"""customers get a loyalty tier

Revision ID: s002
Revises: s001
Create Date: 2024-03-04 14:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "s002"
down_revision = "s001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("loyalty_tier", sa.String(20)))


def downgrade() -> None:
    op.drop_column("customers", "loyalty_tier")
