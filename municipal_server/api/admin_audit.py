"""The audit log, read by administrators: newest first, searchable by who, what and which."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import func, or_, select

from municipal_server.api.schemas import errors
from municipal_server.deps import AdminUser, SessionDep
from municipal_server.models import AuditEntry

router = APIRouter(prefix="/admin/audit", tags=["administration"])


class AuditItem(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditPage(BaseModel):
    items: list[AuditItem]
    total: int
    page: int
    page_size: int


@router.get("", response_model=AuditPage, responses=errors(401, 403, 422))
def audit_log(
    admin: AdminUser,
    session: SessionDep,
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> AuditPage:
    """Entries whose actor, action or target contains `q` (case-insensitive)."""
    query = select(AuditEntry)
    words = q.strip()
    if words:
        pattern = f"%{words.lower()}%"
        query = query.where(
            or_(
                func.lower(AuditEntry.actor_name).like(pattern),
                func.lower(AuditEntry.action).like(pattern),
                func.lower(AuditEntry.target).like(pattern),
            )
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    items = [
        AuditItem(
            id=row.id,
            at=row.at,
            actor=row.actor_name,
            action=row.action,
            target=row.target,
            before=row.before,
            after=row.after,
        )
        for row in rows
    ]
    return AuditPage(items=items, total=total, page=page, page_size=page_size)
