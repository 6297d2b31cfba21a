"""Saving the catalogue: departments, services, and a new version whenever questions change.

Every change is recorded in the audit log and ends with `changed()`, the one place that tells
the world the catalogue moved (discovery's `changeset`; caches of the public answers hook here).
Nothing is cached in a process: every server process reads the tables on each request, so a
change is seen by all of them at once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from municipal_server import audit
from municipal_server.catalogue.document import FORMAT, LIST_DATATYPES
from municipal_server.models import (
    Municipality,
    Service,
    ServiceAttribute,
    ServiceGroup,
    ServiceVersion,
    User,
)
from municipal_server.timeutil import utcnow


def changed(session: Session) -> None:
    """The catalogue changed in this transaction: move discovery's `changeset` forward, at
    least one second (the W3C date-time it is shown as has no fractions), so a client that
    compares it sees the change."""
    municipality = session.get(Municipality, 1)
    if municipality is None:
        return
    now = utcnow().replace(microsecond=0)
    before = municipality.changeset.replace(microsecond=0)
    municipality.changeset = max(now, before + timedelta(seconds=1))


# --- reading --------------------------------------------------------------------------------


def group_json(group: ServiceGroup) -> dict[str, Any]:
    return {"code": group.code, "names": group.names, "order": group.sort_order}


def attribute_doc(attribute: ServiceAttribute) -> dict[str, Any]:
    return {
        "code": attribute.code,
        "datatype": attribute.datatype,
        "variable": attribute.variable,
        "required": attribute.required,
        "order": attribute.order,
        "descriptions": attribute.descriptions or {},
        "datatype_descriptions": attribute.datatype_descriptions or {},
        "values": list(attribute.values or []) if attribute.datatype in LIST_DATATYPES else [],
    }


def service_json(service: Service, *, version: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": service.code,
        "group": service.group,
        "names": service.names,
        "descriptions": service.descriptions or {},
        "keywords": service.keywords or {},
        "type": service.type,
        "needs_location": service.needs_location,
        "target_days": service.target_days,
        "visibility": service.visibility,
        "active": service.active,
        "order": service.sort_order,
    }
    if version:
        body["version"] = service.version
    body["attributes"] = [attribute_doc(a) for a in service.attributes]
    return body


def groups(session: Session) -> list[ServiceGroup]:
    return list(
        session.scalars(select(ServiceGroup).order_by(ServiceGroup.sort_order, ServiceGroup.code))
    )


def export_document(session: Session, *, versions: bool = True) -> dict[str, Any]:
    """The whole catalogue, retired services included. The file written by `catalogue export`
    leaves `version` out (`versions=False`): it is the database's, not the author's."""
    services = session.scalars(
        select(Service)
        .options(selectinload(Service.attributes))
        .order_by(Service.sort_order, Service.code)
    )
    return {
        "format": FORMAT,
        "groups": [group_json(g) for g in groups(session)],
        "services": [service_json(s, version=versions) for s in services],
    }


def current_version(session: Session, service: Service) -> ServiceVersion:
    return session.scalars(
        select(ServiceVersion).where(
            ServiceVersion.service_id == service.id, ServiceVersion.version == service.version
        )
    ).one()


# --- writing --------------------------------------------------------------------------------


def save_group(session: Session, data: dict[str, Any], actor: User | None) -> str | None:
    """Create or update a department (a checked group): "created", "updated" or None (it was
    already so)."""
    group = session.scalars(
        select(ServiceGroup).where(ServiceGroup.code == data["code"])
    ).one_or_none()
    before = group_json(group) if group else None
    if group is None:
        group = ServiceGroup(code=data["code"])
        session.add(group)
    group.names = data["names"]
    group.sort_order = data["order"]
    after = group_json(group)
    if before == after:
        return None
    change = "created" if before is None else "updated"
    audit.record(
        session, actor, f"catalogue.group.{change}", f"group {data['code']}", before, after
    )
    session.flush()
    return change


def save_service(
    session: Session, data: dict[str, Any], actor: User | None
) -> tuple[str | None, Service]:
    """Create or update a service (a checked one, its group existing): "created", "updated",
    "retired" or None (it was already so), and the service.

    Its questions are replaced only when they differ from the current version's, and then they
    become a new version: the requests made with the old one keep reading it."""
    # Locked (PostgreSQL; SQLite serialises writers anyway): two administrators saving the
    # same service at once make versions n+1 and n+2, not two versions n+1.
    service = session.scalars(
        select(Service)
        .where(Service.code == data["code"])
        .options(selectinload(Service.attributes))
        .with_for_update(of=Service)
    ).one_or_none()
    before = service_json(service, version=False) if service else None
    if service is None:
        service = Service(code=data["code"], version=0)
        session.add(service)
    service.group = data["group"]
    service.names = data["names"]
    service.descriptions = data["descriptions"]
    service.keywords = data["keywords"]
    service.type = data["type"]
    service.needs_location = data["needs_location"]
    service.target_days = data["target_days"]
    service.visibility = data["visibility"]
    service.active = data["active"]
    service.sort_order = data["order"]
    questions = data["attributes"]
    if before is None or questions != before["attributes"]:
        _new_version(session, service, questions)
    after = service_json(service, version=False)
    if before == after:
        return None, service
    if before is None:
        change = "created"
    elif before["active"] and not after["active"]:
        change = "retired"
    else:
        change = "updated"
    audit.record(
        session,
        actor,
        f"catalogue.service.{change}",
        f"service {data['code']}",
        before,
        {**after, "version": service.version},
    )
    session.flush()
    return change, service


def _new_version(session: Session, service: Service, questions: list[dict[str, Any]]) -> None:
    service.attributes.clear()
    session.flush()  # the old rows go before the new ones (unique service_id, code)
    for question in questions:
        service.attributes.append(
            ServiceAttribute(
                code=question["code"],
                datatype=question["datatype"],
                variable=question["variable"],
                required=question["required"],
                order=question["order"],
                descriptions=question["descriptions"],
                datatype_descriptions=question["datatype_descriptions"],
                values=question["values"],
            )
        )
    service.version = (service.version or 0) + 1
    session.flush()
    session.add(
        ServiceVersion(
            service_id=service.id,
            version=service.version,
            attributes=questions,
            created_at=utcnow(),
        )
    )


def import_document(
    session: Session,
    document: dict[str, Any],
    actor: User | None,
    source: str,
    *,
    retire_absent: bool = True,
) -> dict[str, list[str]]:
    """Make the catalogue the (checked, canonical) document: its groups and services created
    or updated, and (`retire_absent`) services absent from it retired (never deleted: their
    requests stay). What changed is returned by kind; the caller commits (all or nothing)."""
    summary: dict[str, list[str]] = {"created": [], "updated": [], "retired": []}
    for group in document["groups"]:
        if change := save_group(session, group, actor):
            summary[change].append(f"group {group['code']}")
    listed = {data["code"] for data in document["services"]}
    for data in document["services"]:
        change, _ = save_service(session, data, actor)
        if change:
            summary[change].append(f"service {data['code']}")
    absent = session.scalars(
        select(Service)
        .where(Service.active.is_(True), Service.code.not_in(listed))
        .options(selectinload(Service.attributes))
    ).all()
    if not retire_absent:
        absent = []
    for service in absent:
        save_service(session, {**service_json(service, version=False), "active": False}, actor)
        summary["retired"].append(f"service {service.code}")
    if any(summary.values()):
        audit.record(session, actor, "catalogue.import", source, None, summary)
        changed(session)
    return summary
