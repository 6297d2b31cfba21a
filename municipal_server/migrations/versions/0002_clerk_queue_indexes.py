"""indexes for the clerk's queue and statistics

The queue filters overdue requests and sorts by expected date; the statistics select requests
resolved in a period; the per-status counts of numbered requests can then be read from an
index alone. All would scan the whole table on a large municipality without these.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 00:15:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_expected", ["expected_at"], unique=False)
        batch_op.create_index("ix_requests_resolved", ["resolved_at"], unique=False)
        batch_op.create_index("ix_requests_status_number", ["status", "number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_requests_status_number")
        batch_op.drop_index("ix_requests_resolved")
        batch_op.drop_index("ix_requests_expected")
