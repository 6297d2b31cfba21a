"""staff accounts: one-time passwords and last sign-in

An administrator creates staff accounts and resets their passwords in the app; the password
they are given must be changed at the next sign-in. The list of staff shows when each last
signed in.

Revision ID: 0006s
Revises: 0005
Create Date: 2026-12-06 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006s"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE … ADD COLUMN (not a batch): SQLite would otherwise copy the users
    # table, which its foreign keys (tokens, requests) forbid once accounts exist.
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("users", sa.Column("last_sign_in_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_sign_in_at")
        batch_op.drop_column("must_change_password")
