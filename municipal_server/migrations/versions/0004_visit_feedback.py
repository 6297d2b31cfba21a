"""kiosk visitors' anonymous satisfaction answers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_visit_feedback_day", "visit_feedback", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_feedback_day", table_name="visit_feedback")
    op.drop_table("visit_feedback")
