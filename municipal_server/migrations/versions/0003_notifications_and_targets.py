"""notifications outbox, notification choices, escalation and "is it fixed?" columns

Users choose their channels (e-mail on where there is an address, SMS off); requests remember
when they were escalated and when their citizen was asked whether the result is good; the
outbox holds every e-mail and SMS until it is sent.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("notify_email", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("notify_sms", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(sa.text("UPDATE users SET notify_email = (email IS NOT NULL)"))
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("fixed_asked_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("fixed_answer", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("fixed_answered_at", sa.DateTime(), nullable=True))
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["request_id"], ["service_requests.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe_key"),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index("ix_notifications_due", ["state", "next_attempt_at"], unique=False)
        batch_op.create_index("ix_notifications_user_id", ["user_id"], unique=False)
        batch_op.create_index("ix_notifications_request_id", ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_table("notifications")
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.drop_column("fixed_answered_at")
        batch_op.drop_column("fixed_answer")
        batch_op.drop_column("fixed_asked_at")
        batch_op.drop_column("escalated_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("notify_sms")
        batch_op.drop_column("notify_email")
