"""verified e-mail addresses and phone numbers

- users.email_verified_at / phone_verified_at: when the person proved the address by a code.
- users.pending_email / pending_phone: a new address waiting for its code while the verified
  one stays in use.

Existing accounts: addresses of staff (created by an administrator or the command line, so the
municipality itself vouches for them) count as verified now; citizens' addresses do not, even
those that already received notifications. A delivered message proves that a mailbox exists,
not that the person who typed the address owns it, and unproved addresses are exactly how
someone else's e-mail ended up receiving a stranger's request updates. Citizens are asked to
confirm their address in the app (My account) and get notifications again once they have.

Revision ID: 0013v2
Revises: 0010v
Create Date: 2026-12-09 06:00:00
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013v2"
down_revision = "0012m"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email_verified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("phone_verified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("pending_email", sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column("pending_phone", sa.String(length=32), nullable=True))
    users = sa.table(
        "users",
        sa.column("role", sa.String),
        sa.column("email", sa.String),
        sa.column("phone", sa.String),
        sa.column("email_verified_at", sa.DateTime),
        sa.column("phone_verified_at", sa.DateTime),
    )
    now = datetime.now(UTC).replace(tzinfo=None)  # stored as naive UTC (models.UTCDateTime)
    staff = users.c.role != "citizen"
    op.execute(
        users.update().where(staff, users.c.email.is_not(None)).values(email_verified_at=now)
    )
    op.execute(
        users.update().where(staff, users.c.phone.is_not(None)).values(phone_verified_at=now)
    )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("pending_phone")
        batch_op.drop_column("pending_email")
        batch_op.drop_column("phone_verified_at")
        batch_op.drop_column("email_verified_at")
