"""Open311 shapes of services, definitions and requests: public data only, never contacts."""

from __future__ import annotations

from typing import Any

from municipal_server.audience import public_note, public_sees
from municipal_server.config import Settings
from municipal_server.i18n import localized
from municipal_server.models import Municipality, Service, ServiceAttribute, ServiceRequest
from municipal_server.statuses import open311_status
from municipal_server.timeutil import to_w3c


def service_json(service: Service, language: str) -> dict[str, Any]:
    return {
        "service_code": service.code,
        "service_name": localized(service.names, language),
        "description": localized(service.descriptions, language),
        "metadata": bool(service.attributes),
        "type": service.type,
        "keywords": localized(service.keywords, language),
        "group": localized(service.department.names, language),
        # Extensions (documented in the discovery document).
        "group_code": service.group,
        "needs_location": service.needs_location,
        "target_days": service.target_days,
        # public: requests are open data in requests.json; private: only the citizen and
        # staff ever see them (a certificate, a permit enquiry).
        "visibility": service.visibility,
    }


def attribute_json(attribute: ServiceAttribute, language: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "variable": attribute.variable,
        "code": attribute.code,
        "datatype": attribute.datatype,
        "required": attribute.required,
        "datatype_description": localized(attribute.datatype_descriptions, language) or None,
        "order": attribute.order,
        "description": localized(attribute.descriptions, language),
    }
    if attribute.datatype in ("singlevaluelist", "multivaluelist"):
        body["values"] = [
            {"key": value["key"], "name": localized(value.get("names"), language)}
            for value in attribute.values
        ]
    return body


def definition_json(service: Service, language: str) -> dict[str, Any]:
    return {
        "service_code": service.code,
        "attributes": [attribute_json(a, language) for a in service.attributes],
    }


def _public_events(request: ServiceRequest) -> list[Any]:
    return [e for e in request.events if public_sees(e)]


def request_json(
    request: ServiceRequest,
    settings: Settings,
    language: str,
    municipality: Municipality | None,
    extensions: bool = False,
) -> dict[str, Any]:
    tz = settings.timezone
    """A public service's request as anyone may read it (callers never pass a private one)."""
    notes = [note for note in map(public_note, _public_events(request)) if note]
    body: dict[str, Any] = {
        "service_request_id": request.number,
        "status": open311_status(request.status),
        "status_notes": notes[-1] if notes else None,
        "service_name": localized(request.service.names, language),
        "service_code": request.service.code,
        "description": request.description,
        "agency_responsible": localized(municipality.names, language) if municipality else None,
        "service_notice": None,
        "requested_datetime": to_w3c(request.requested_at, tz),
        "updated_datetime": to_w3c(request.updated_at, tz),
        "expected_datetime": to_w3c(request.expected_at, tz),
        "address": request.address,
        "address_id": request.address_id,
        "zipcode": None,
        "lat": request.lat,
        "long": request.long,
        "media_url": request.media_url,
    }
    if extensions:
        body["extended_status"] = request.status
        body["notes"] = [
            {
                "datetime": to_w3c(e.at, tz),
                "type": e.kind,
                "status": e.status,
                "description": public_note(e),
            }
            for e in _public_events(request)
        ]
    return body
