"""Helpers for the clerk API tests: calling actions and the queue, and editing rows in place.

`edit_rows` writes to the server's database directly, because some facts a test needs (a request
opened last month, resolved after exactly ten hours) cannot be produced through the API in a
test's lifetime.
"""

from __future__ import annotations

from collections.abc import Callable

import requests
from sqlalchemy import select

from municipal_server.db import Database
from municipal_server.models import ServiceRequest
from municipal_server.statuses import TRANSITIONS
from tests.conftest import Account
from tests.live_server import LiveServer


def act(
    server: LiveServer,
    account: Account,
    number: str,
    action: str,
    body: dict,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/{action}",
        json=body,
        headers=headers or {},
        timeout=30,
    )


def queue_response(server: LiveServer, account: Account, **params: str) -> requests.Response:
    return account.http.get(f"{server.url}/api/v1/clerk/requests", params=params, timeout=30)


def queue(server: LiveServer, account: Account, **params: str) -> dict:
    response = queue_response(server, account, **params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(page: dict) -> list[str]:
    return [row["id"] for row in page["items"]]


def path_to(status: str) -> list[str]:
    """The shortest chain of allowed moves from submitted to `status`."""
    paths: dict[str, list[str]] = {"submitted": []}
    frontier = ["submitted"]
    while frontier:
        current = frontier.pop(0)
        for nxt in sorted(TRANSITIONS[current]):
            if nxt not in paths:
                paths[nxt] = [*paths[current], nxt]
                frontier.append(nxt)
    return paths[status]


def move_to(server: LiveServer, clerk: Account, number: str, status: str) -> None:
    for step in path_to(status):
        response = act(server, clerk, number, "status", {"status": step})
        assert response.status_code == 200, response.text


def edit_rows(
    server: LiveServer, numbers: list[str], edit: Callable[[ServiceRequest], None]
) -> None:
    database = Database(server.database_url)
    try:
        with database.session() as session:
            rows = session.scalars(select(ServiceRequest).where(ServiceRequest.number.in_(numbers)))
            for row in rows:
                edit(row)
            session.commit()
    finally:
        database.dispose()
