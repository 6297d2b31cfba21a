"""departments as a table, and versions of each service's questions

- service_groups: one row per department (Open311 group) with its names in ar/en/fr and its
  order, filled from the group/group_names each service carried; services.group refers to it
  and services.group_names goes.
- service_versions: a service's questions (attributes) as they were at one version; every
  existing service gets version 1 (its questions of today) and every existing request points
  at it, so editing the questions later never changes how an old request reads.

Revision ID: 0011c
Revises: 0010v
Create Date: 2026-12-09 08:00:00
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011c"
down_revision = "0010v"
branch_labels = None
depends_on = None

_services = sa.table(
    "services",
    sa.column("id", sa.Integer()),
    sa.column("group", sa.String()),
    sa.column("group_names", sa.JSON()),
    sa.column("sort_order", sa.Integer()),
    sa.column("version", sa.Integer()),
)
_attributes = sa.table(
    "service_attributes",
    sa.column("service_id", sa.Integer()),
    sa.column("code", sa.String()),
    sa.column("datatype", sa.String()),
    sa.column("variable", sa.Boolean()),
    sa.column("required", sa.Boolean()),
    sa.column("order", sa.Integer()),
    sa.column("descriptions", sa.JSON()),
    sa.column("datatype_descriptions", sa.JSON()),
    sa.column("values", sa.JSON()),
)
_groups = sa.table(
    "service_groups",
    sa.column("code", sa.String()),
    sa.column("names", sa.JSON()),
    sa.column("sort_order", sa.Integer()),
)
_versions = sa.table(
    "service_versions",
    sa.column("id", sa.Integer()),
    sa.column("service_id", sa.Integer()),
    sa.column("version", sa.Integer()),
    sa.column("attributes", sa.JSON()),
    sa.column("created_at", sa.DateTime()),
)


def _attribute_document(row) -> dict:
    """One question as municipal_server.catalogue writes it (kept here: a migration must not
    change when the application's code does)."""
    listed = row.datatype in ("singlevaluelist", "multivaluelist")
    return {
        "code": row.code,
        "datatype": row.datatype,
        "variable": bool(row.variable),
        "required": bool(row.required),
        "order": row.order,
        "descriptions": row.descriptions or {},
        "datatype_descriptions": row.datatype_descriptions or {},
        "values": (row.values or []) if listed else [],
    }


def upgrade() -> None:
    op.create_table(
        "service_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "service_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_id", "version"),
    )
    connection = op.get_bind()
    # A department's names and order: those of its first service in the catalogue's order.
    rows = connection.execute(
        sa.select(_services.c.id, _services.c.group, _services.c.group_names).order_by(
            _services.c.sort_order, _services.c.id
        )
    ).all()
    groups: dict[str, dict] = {}
    for row in rows:
        if row.group not in groups:
            groups[row.group] = {
                "code": row.group,
                "names": row.group_names or {},
                "sort_order": len(groups),
            }
    if groups:
        connection.execute(_groups.insert(), list(groups.values()))

    now = datetime.now(UTC).replace(tzinfo=None)
    questions: dict[int, list[dict]] = {row.id: [] for row in rows}
    for row in connection.execute(
        sa.select(_attributes).order_by(_attributes.c.service_id, _attributes.c.order)
    ).all():
        questions[row.service_id].append(_attribute_document(row))
    if questions:
        connection.execute(
            _versions.insert(),
            [
                {"service_id": sid, "version": 1, "attributes": attrs, "created_at": now}
                for sid, attrs in questions.items()
            ],
        )

    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.drop_column("group_names")
        batch_op.create_foreign_key(
            "fk_services_group_service_groups", "service_groups", ["group"], ["code"]
        )

    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service_version_id", sa.Integer(), nullable=True))
    op.execute(
        sa.text(
            "UPDATE service_requests SET service_version_id = (SELECT service_versions.id"
            " FROM service_versions WHERE service_versions.service_id ="
            " service_requests.service_id AND service_versions.version = 1)"
        )
    )
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.alter_column("service_version_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            "fk_service_requests_version_service_versions",
            "service_versions",
            ["service_version_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.drop_constraint("fk_service_requests_version_service_versions", type_="foreignkey")
        batch_op.drop_column("service_version_id")
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_constraint("fk_services_group_service_groups", type_="foreignkey")
        batch_op.add_column(
            sa.Column("group_names", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.drop_column("version")
    connection = op.get_bind()
    for row in connection.execute(sa.select(_groups.c.code, _groups.c.names)).all():
        connection.execute(
            _services.update().where(_services.c.group == row.code).values(group_names=row.names)
        )
    op.drop_table("service_versions")
    op.drop_table("service_groups")
