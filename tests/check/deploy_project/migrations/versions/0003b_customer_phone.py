"""customers get a phone (branch b)

Revision ID: 0003b
Revises: 0002
Create Date: 2024-03-02 12:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0003b"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("phone", sa.String(30)))


def downgrade() -> None:
    op.drop_column("customers", "phone")
