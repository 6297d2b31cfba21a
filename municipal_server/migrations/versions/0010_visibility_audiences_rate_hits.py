"""service visibility, note audiences, and limits kept in one table with their own windows

- services.visibility: "public" (open data in Open311) or "private" (only the citizen and
  staff). Existing services without a location (certificates, enquiries: a transaction, not an
  issue in the street) become private; the rest stay public. An administrator can change it.
- request_events.audience replaces the boolean `public`: "staff", "citizen" or "public". An
  internal line stays staff-only; what a citizen wrote (comments, ratings, reopen reasons and
  answers to "is it fixed?", which were published before) becomes "citizen"; the rest stays
  public.
- rate_hits replaces login_failures: each row keeps its own expiry, so a limit with a long
  window (registration: an hour) is no longer pruned with the sign-in window (15 minutes).

Revision ID: 0010v
Revises: 0006_email_key
Create Date: 2026-12-08 06:00:00
"""

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision = "0010v"
down_revision = "0006_email_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("visibility", sa.String(length=10), nullable=False, server_default="public")
        )
    op.execute(sa.text("UPDATE services SET visibility = 'private' WHERE NOT needs_location"))

    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("audience", sa.String(length=10), nullable=False, server_default="public")
        )
    op.execute(sa.text("UPDATE request_events SET audience = 'staff' WHERE NOT public"))
    op.execute(
        sa.text(
            "UPDATE request_events SET audience = 'citizen' WHERE public AND ("
            " kind IN ('comment', 'rating', 'attachment')"
            " OR (note IS NOT NULL AND actor_id IS NOT NULL AND actor_id = ("
            "   SELECT user_id FROM service_requests"
            "   WHERE service_requests.id = request_events.request_id)))"
        )
    )
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.drop_column("public")

    op.create_table(
        "rate_hits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rate_hits", schema=None) as batch_op:
        batch_op.create_index("ix_rate_hits_key_at", ["key", "at"], unique=False)
        batch_op.create_index("ix_rate_hits_expires", ["expires_at"], unique=False)
    # Kept an hour, the longest window a row of the old table could belong to (registration).
    rows = sa.table("login_failures", sa.column("key", sa.String()), sa.column("at", sa.DateTime()))
    connection = op.get_bind()
    hits = sa.table(
        "rate_hits",
        sa.column("key", sa.String()),
        sa.column("at", sa.DateTime()),
        sa.column("expires_at", sa.DateTime()),
    )
    old = connection.execute(sa.select(rows.c.key, rows.c.at)).all()
    if old:
        connection.execute(
            hits.insert(),
            [{"key": k, "at": at, "expires_at": at + timedelta(hours=1)} for k, at in old],
        )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index("ix_login_failures_key_at")
    op.drop_table("login_failures")


def downgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index("ix_login_failures_key_at", ["key", "at"], unique=False)
    op.execute(sa.text("INSERT INTO login_failures (key, at) SELECT key, at FROM rate_hits"))
    op.drop_table("rate_hits")
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.execute(sa.text("UPDATE request_events SET public = (audience <> 'staff')"))
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.drop_column("audience")
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_column("visibility")
