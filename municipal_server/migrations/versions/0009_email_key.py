"""e-mail skeletons, and search text without invisible characters

`users.email_key` is the address's confusables skeleton (municipal_server.text.email_skeleton),
unique, so that two addresses a person cannot tell apart cannot both have an account.
Existing search text loses the zero-width characters and bidi controls that the clerk's
search now ignores on both sides.

Revision ID: 0006_email_key
Revises: 0008c
Create Date: 2026-12-06 06:00:00
"""

import logging

import sqlalchemy as sa
from alembic import op

from municipal_server.text import INVISIBLE, email_skeleton

revision = "0006_email_key"
down_revision = "0008c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email_key", sa.String(length=512), nullable=True))
    connection = op.get_bind()
    users = sa.table(
        "users", sa.column("id", sa.Integer), sa.column("email"), sa.column("email_key")
    )
    seen: set[str] = set()
    rows = connection.execute(
        sa.select(users.c.id, users.c.email).where(users.c.email.is_not(None)).order_by(users.c.id)
    )
    for user_id, email in rows.all():
        key = email_skeleton(email)
        if key in seen:
            # An older account whose address looks like another's keeps working (sign-in by
            # its exact address); only new lookalikes are refused.
            logging.getLogger("alembic").warning("user %s: e-mail skeleton already taken", user_id)
            continue
        seen.add(key)
        connection.execute(users.update().where(users.c.id == user_id).values(email_key=key))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index("ix_users_email_key", ["email_key"], unique=True)
    # The invisible characters, one REPLACE each, in SQL: no row is loaded.
    folded = sa.column("search_text")
    for character in _invisible_characters():
        folded = sa.func.replace(folded, character, "")
    requests = sa.table("service_requests", sa.column("search_text"))
    connection.execute(requests.update().values(search_text=folded))


def _invisible_characters() -> list[str]:
    return [chr(c) for c in range(0x10000) if INVISIBLE.fullmatch(chr(c))]


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index("ix_users_email_key")
        batch_op.drop_column("email_key")
