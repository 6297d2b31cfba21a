"""Database tables (SQLAlchemy 2 declarative), one module per concern. Alembic's migrations
mirror them; every table is imported here so that the metadata is whole and relationships
find each other by name."""

from municipal_server.models.accounts import ApiKey, AuthToken, OneTimeCode, User
from municipal_server.models.base import Base, UTCDateTime
from municipal_server.models.catalogue import (
    Service,
    ServiceAttribute,
    ServiceGroup,
    ServiceVersion,
)
from municipal_server.models.municipality import Holiday, Municipality, NoteTemplate
from municipal_server.models.records import AuditEntry, IdempotencyRecord, RateHit
from municipal_server.models.requests import (
    Attachment,
    FeedChange,
    Notification,
    QueueCount,
    RequestEvent,
    ServiceRequest,
    VisitFeedback,
)

__all__ = [
    "ApiKey",
    "Attachment",
    "AuditEntry",
    "AuthToken",
    "Base",
    "FeedChange",
    "Holiday",
    "IdempotencyRecord",
    "Municipality",
    "NoteTemplate",
    "Notification",
    "OneTimeCode",
    "QueueCount",
    "RateHit",
    "RequestEvent",
    "Service",
    "ServiceAttribute",
    "ServiceGroup",
    "ServiceRequest",
    "ServiceVersion",
    "UTCDateTime",
    "User",
    "VisitFeedback",
]
