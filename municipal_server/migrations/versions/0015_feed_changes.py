"""feed_changes: a counter of changes to what the public feed shows

Kept by triggers on service_requests, request_events, services and municipality
(queue_triggers.feed_creating); the sum of its 16 rows names the feed's state, and a whole
page of the public list is cached under it (open311/feed_pages.py).

Revision ID: 0015f
Revises: 0014p
Create Date: 2026-12-06 11:30:00
"""

import sqlalchemy as sa
from alembic import op

from municipal_server.queue_triggers import feed_creating, feed_dropping

revision = "0015f"
down_revision = "0014p"
branch_labels = None
depends_on = None

STRIPES = 16


def upgrade() -> None:
    table = op.create_table(
        "feed_changes",
        sa.Column("stripe", sa.SmallInteger(), nullable=False, autoincrement=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("stripe"),
    )
    op.bulk_insert(table, [{"stripe": stripe, "n": 0} for stripe in range(STRIPES)])
    bind = op.get_bind()
    for statement in feed_creating(bind.dialect.name):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in feed_dropping(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_table("feed_changes")
