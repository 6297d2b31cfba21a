"""the municipality's profile (time zone, request number prefix, logo) and note templates

Until an administrator saves them, the time zone and the prefix stay NULL and the server's
MUNICIPAL_TIMEZONE and MUNICIPAL_REQUEST_PREFIX apply (the first-run defaults). Note templates
without a row use the built-in texts.

Revision ID: 0012m
Revises: 0010v
Create Date: 2026-12-06 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012m"
down_revision = "0011c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("request_prefix", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("logo_sha256", sa.String(length=64), nullable=True))
    op.create_table(
        "note_templates",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("status"),
    )


def downgrade() -> None:
    op.drop_table("note_templates")
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_column("logo_sha256")
        batch_op.drop_column("logo")
        batch_op.drop_column("request_prefix")
        batch_op.drop_column("timezone")
