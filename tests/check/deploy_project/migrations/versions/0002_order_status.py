"""orders get a status

Revision ID: 0002
Revises: 0001
Create Date: 2024-02-01 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("status", sa.String(20), nullable=False, server_default="new"))


def downgrade() -> None:
    op.drop_column("orders", "status")
