"""OpenAPI links: which answer gives the value another operation needs.

A request is created through Open311 and then read, commented, rated, reopened, given photos
and processed by clerks under /api/v1 with its number; a photo's id comes back from its upload.
Declaring that lets generic clients and test tools (schemathesis's stateful runs) follow a
request through its life instead of guessing numbers.
"""

from __future__ import annotations

from typing import Any

CREATED_NUMBER = "$response.body#/0/service_request_id"
# (method, path, status) of the producer -> [(method, path of the consumer, parameter, value)]
LINKS: dict[tuple[str, str, str], list[tuple[str, str, str, str]]] = {
    ("post", "/open311/v2/requests.{fmt}", "200"): [
        ("get", "/api/v1/requests/{number}", "number", CREATED_NUMBER),
        ("get", "/open311/v2/requests/{service_request_id}.{fmt}", "service_request_id",
         CREATED_NUMBER),
        *(
            ("post", f"/api/v1/requests/{{number}}/{action}", "number", CREATED_NUMBER)
            for action in ("attachments", "comments", "rating", "reopen")
        ),
        ("get", "/api/v1/clerk/requests/{number}/transitions", "number", CREATED_NUMBER),
        *(
            ("post", f"/api/v1/clerk/requests/{{number}}/{action}", "number", CREATED_NUMBER)
            for action in ("status", "notes", "assign", "duplicate", "expected")
        ),
    ],
    ("post", "/api/v1/requests/{number}/attachments", "201"): [
        ("get", "/api/v1/attachments/{attachment_id}", "attachment_id", "$response.body#/id"),
    ],
    ("get", "/api/v1/me/requests", "200"): [
        ("get", "/api/v1/requests/{number}", "number", "$response.body#/items/0/number"),
    ],
}  # fmt: skip


def add_links(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the links above to a generated OpenAPI document (idempotent)."""
    paths = schema.get("paths", {})
    for (method, path, status), targets in LINKS.items():
        response = paths.get(path, {}).get(method, {}).get("responses", {}).get(status)
        if response is None:
            continue
        links = response.setdefault("links", {})
        for target_method, target_path, parameter, value in targets:
            operation = paths.get(target_path, {}).get(target_method)
            if operation is None:
                continue
            links[operation["operationId"]] = {
                "operationId": operation["operationId"],
                "parameters": {parameter: value},
            }
    return schema
