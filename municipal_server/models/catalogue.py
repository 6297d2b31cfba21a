"""The service catalogue: departments, services, their versions and questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from municipal_server.models.base import Base, UTCDateTime


class ServiceGroup(Base):
    """A department of the municipality (an Open311 group): its services and its staff."""

    __tablename__ = "service_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Service(Base):
    __tablename__ = "services"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON)
    keywords: Mapped[dict[str, str]] = mapped_column(JSON)
    # The department's code (ServiceGroup.code).
    group: Mapped[str] = mapped_column(ForeignKey("service_groups.code"))
    type: Mapped[str] = mapped_column(String(10), default="realtime")  # realtime | batch
    needs_location: Mapped[bool] = mapped_column(Boolean, default=True)
    target_days: Mapped[int] = mapped_column(Integer, default=7)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "public": an issue in the street (its requests are open data in the Open311 feed);
    # "private": a transaction (a certificate, a permit enquiry) only its citizen and staff see.
    visibility: Mapped[str] = mapped_column(String(10), default="public")
    # The number of the current ServiceVersion (its questions as service_attributes hold them).
    version: Mapped[int] = mapped_column(Integer, default=1)
    department: Mapped[ServiceGroup] = relationship(lazy="joined")
    attributes: Mapped[list[ServiceAttribute]] = relationship(
        order_by="ServiceAttribute.order", cascade="all, delete-orphan"
    )


class ServiceVersion(Base):
    """A service's questions as they were at one version: a request made with it is read with
    these labels for ever, whatever the service's questions become."""

    __tablename__ = "service_versions"
    __table_args__ = (UniqueConstraint("service_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    version: Mapped[int] = mapped_column(Integer)
    # The attributes as the catalogue document writes them (municipal_server.catalogue).
    attributes: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ServiceAttribute(Base):
    __tablename__ = "service_attributes"
    __table_args__ = (UniqueConstraint("service_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    code: Mapped[str] = mapped_column(String(50))
    datatype: Mapped[str] = mapped_column(String(20))
    variable: Mapped[bool] = mapped_column(Boolean, default=True)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    order: Mapped[int] = mapped_column(Integer)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON)
    datatype_descriptions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # [{"key": "k", "names": {"ar": ..., "en": ..., "fr": ...}}]
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
