"""request revisions for the public feed's cache, queue counts kept by the database

- service_requests.revision: bumped by the database whenever the request's row or one of its
  history lines changes (triggers), so a rendered Open311 answer can be cached under
  (id, revision) by every server process and is never served stale (open311/feed_cache.py).
- queue_counts: the number of numbered requests per (service, assignee, status, stripe), kept
  by triggers on service_requests (the stripe, id % 16, spreads concurrent creates over rows),
  so that the clerk's queue counts without scanning a million rows (api/clerk_queue.py).
  Triggers, not application code: bulk loads, SQL run by hand and every route keep them
  exact alike.
- ix_requests_requested_id (requested_at, id) replaces ix_requests_requested: the public list
  and the queue order by both, newest first, and read a page straight off this index;
  ix_requests_user_requested (user_id, requested_at, id) does the same for a citizen's own;
  duplicate_of_id is indexed (deleting a request otherwise scanned the table for duplicates).

Revision ID: 0014p
Revises: 0010v
Create Date: 2026-12-06 08:00:00
"""

import sqlalchemy as sa
from alembic import op

from municipal_server.queue_triggers import create_triggers, drop_triggers, recount

revision = "0014p"
down_revision = "0013v2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index("ix_requests_requested_id", ["requested_at", "id"], unique=False)
        batch_op.create_index(
            "ix_requests_user_requested", ["user_id", "requested_at", "id"], unique=False
        )
        batch_op.drop_index("ix_requests_requested")
        batch_op.create_index(
            "ix_service_requests_duplicate_of_id", ["duplicate_of_id"], unique=False
        )
    op.create_table(
        "queue_counts",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("stripe", sa.SmallInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("service_id", "assignee_id", "status", "stripe"),
    )
    recount(op.get_bind())
    create_triggers(op.get_bind())


def downgrade() -> None:
    drop_triggers(op.get_bind())
    op.drop_table("queue_counts")
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_requested", ["requested_at"], unique=False)
        batch_op.drop_index("ix_service_requests_duplicate_of_id")
        batch_op.drop_index("ix_requests_user_requested")
        batch_op.drop_index("ix_requests_requested_id")
        batch_op.drop_column("revision")
