"""the shop: the sample's dev schema

Revision ID: s001
Revises:
Create Date: 2024-01-15 09:30:00
"""
from alembic import op

from schemanb.sample import sql_text, statements

revision = "s001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in statements(sql_text("dev", op.get_bind().dialect.name)):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the sample's first revision is not reversible")
