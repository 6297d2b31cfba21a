"""OpenAPI response declarations for the Open311 routes.

The routes answer with hand-rendered JSON or XML (the standard's shapes, not Pydantic models),
so FastAPI cannot infer their responses. Declaring them here lets client authors and the
schemathesis fuzzer see what each status means, in both media types. Declaring "4XX" also
stops FastAPI from advertising its own 422 body, which Open311 paths never send (validation
problems are answered as a 400 error list).
"""

from __future__ import annotations

from typing import Any

_TEXT = {"type": ["string", "null"]}
_NUMBER = {"type": ["number", "null"]}
_XML = {"schema": {"type": "string", "description": "the same document as XML (UTF-8)"}}

ERROR_LIST = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["code", "description"],
        "properties": {"code": {"type": "integer"}, "description": {"type": "string"}},
    },
}


def _object(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required)}


DISCOVERY = _object(
    {
        "changeset": {"type": "string"},
        "contact": {"type": "string"},
        "key_service": {"type": "string"},
        "jurisdiction_id": {"type": "string"},
        "endpoints": {
            "type": "array",
            "items": _object(
                {
                    "specification": {"type": "string"},
                    "url": {"type": "string"},
                    "changeset": {"type": "string"},
                    "type": {"type": "string", "enum": ["production", "test"]},
                    "formats": {"type": "array", "items": {"type": "string"}},
                },
                ("specification", "url", "changeset", "type", "formats"),
            ),
        },
        "extensions": {
            "type": "array",
            "items": _object({"name": {"type": "string"}, "description": {"type": "string"}}),
        },
    },
    ("changeset", "contact", "key_service", "endpoints"),
)

SERVICES = {
    "type": "array",
    "items": _object(
        {
            "service_code": {"type": "string"},
            "service_name": {"type": "string"},
            "description": {"type": "string"},
            "metadata": {"type": "boolean"},
            "type": {"type": "string", "enum": ["realtime", "batch", "blackbox"]},
            "keywords": {"type": "string"},
            "group": {"type": "string"},
            "group_code": {"type": "string"},
            "needs_location": {"type": "boolean"},
            "target_days": {"type": "integer"},
            "visibility": {"type": "string", "enum": ["public", "private"]},
        },
        ("service_code", "service_name", "description", "metadata", "type"),
    ),
}

DEFINITION = _object(
    {
        "service_code": {"type": "string"},
        "attributes": {
            "type": "array",
            "items": _object(
                {
                    "variable": {"type": "boolean"},
                    "code": {"type": "string"},
                    "datatype": {
                        "type": "string",
                        "enum": [
                            "string",
                            "number",
                            "datetime",
                            "text",
                            "singlevaluelist",
                            "multivaluelist",
                        ],
                    },
                    "required": {"type": "boolean"},
                    "datatype_description": _TEXT,
                    "order": {"type": "integer"},
                    "description": {"type": "string"},
                    "values": {
                        "type": "array",
                        "items": _object({"key": {"type": "string"}, "name": {"type": "string"}}),
                    },
                },
                ("variable", "code", "datatype", "required", "order", "description"),
            ),
        },
    },
    ("service_code", "attributes"),
)

CREATED = {
    "type": "array",
    "items": _object(
        {
            "service_request_id": _TEXT,
            "token": _TEXT,
            "service_notice": _TEXT,
            "account_id": _TEXT,
            # Extension: when the work is expected, for the submitter's receipt (a private
            # service's request cannot be looked up publicly afterwards).
            "expected_datetime": _TEXT,
        }
    ),
}

TOKEN = {
    "type": "array",
    "items": _object({"service_request_id": _TEXT, "token": {"type": "string"}}, ("token",)),
}

REQUESTS = {
    "type": "array",
    "items": _object(
        {
            "service_request_id": {"type": "string"},
            "status": {"type": "string", "enum": ["open", "closed"]},
            "status_notes": _TEXT,
            "service_name": {"type": "string"},
            "service_code": {"type": "string"},
            "description": {"type": "string"},
            "agency_responsible": _TEXT,
            "service_notice": _TEXT,
            "requested_datetime": {"type": "string"},
            "updated_datetime": {"type": "string"},
            "expected_datetime": _TEXT,
            "address": _TEXT,
            "address_id": _TEXT,
            "zipcode": _TEXT,
            "lat": _NUMBER,
            "long": _NUMBER,
            "media_url": _TEXT,
            "extended_status": {"type": "string"},
            "notes": {
                "type": "array",
                "items": _object(
                    {
                        "datetime": {"type": "string"},
                        "type": {"type": "string"},
                        "status": _TEXT,
                        "description": _TEXT,
                    }
                ),
            },
        },
        ("service_request_id", "status", "service_code", "requested_datetime"),
    ),
}


def _both(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}, "text/xml": _XML}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": _both(ERROR_LIST)}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Open311 error list: missing or invalid parameter"),
    404: _error("Open311 error list: unknown resource, service or jurisdiction"),
    "4XX": _error("Open311 error list: any other client error"),
}


def responses(
    description: str, schema: dict[str, Any], **extra: str
) -> dict[int | str, dict[str, Any]]:
    """A route's responses: 200 in JSON and XML, the standard errors, and `extra` statuses.

    `extra` maps "s401"-style names to descriptions of further error statuses.
    """
    declared: dict[int | str, dict[str, Any]] = {
        200: {"description": description, "content": _both(schema)},
        **ERRORS,
    }
    for name, text in extra.items():
        declared[int(name.removeprefix("s"))] = _error(text)
    return declared
