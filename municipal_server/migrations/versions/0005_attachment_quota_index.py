"""index for the per-citizen upload quota

Each upload sums the sizes of the citizen's photos of the last 24 hours; without this index
that reads the whole attachments table, photo data included on SQLite.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 06:00:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attachments_uploader_time", ["uploader_id", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_uploader_time")
