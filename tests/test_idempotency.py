"""Exactly-once creation with Idempotency-Key, across threads and server processes."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.conftest import Account, require_postgres
from tests.helpers import marker, submit
from tests.live_server import LiveServer
from tests.open311_client import errors_of


def count_with(server: LiveServer, clerk: Account, word: str) -> int:
    response = clerk.http.get(f"{server.url}/api/v1/clerk/requests", params={"q": word}, timeout=30)
    assert response.ok, response.text
    return response.json()["total"]


def test_a_replay_returns_the_first_answer_and_creates_nothing(
    server: LiveServer, clerk: Account
) -> None:
    word, key = marker(), str(uuid.uuid4())
    first = submit(server, headers={"Idempotency-Key": key}, description=word)
    again = submit(server, headers={"Idempotency-Key": key}, description=word)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert count_with(server, clerk, word) == 1
    xml_first = submit(server, fmt="xml", headers={"Idempotency-Key": key}, description=word)
    assert xml_first.status_code == 200  # another format is another resource
    assert count_with(server, clerk, word) == 2


def test_the_same_key_with_another_body_is_refused(server: LiveServer, clerk: Account) -> None:
    word, key = marker(), str(uuid.uuid4())
    assert submit(server, headers={"Idempotency-Key": key}, description=word).ok
    other = submit(server, headers={"Idempotency-Key": key}, description=word + " تعديل")
    assert other.status_code == 422
    assert count_with(server, clerk, word) == 1


def test_a_refused_request_does_not_use_up_its_key(server: LiveServer) -> None:
    key = str(uuid.uuid4())
    bad = submit(server, headers={"Idempotency-Key": key}, **{"attribute[where]": "moon"})
    assert bad.status_code == 400
    good = submit(server, headers={"Idempotency-Key": key})
    assert good.status_code == 200


def test_fifty_parallel_duplicates_create_one_request(server: LiveServer, clerk: Account) -> None:
    word, key = marker(), str(uuid.uuid4())

    def send(_: int) -> requests.Response:
        return submit(server, headers={"Idempotency-Key": key}, description=word)

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(send, range(50)))
    assert {a.status_code for a in answers} == {200}
    assert len({a.json()[0]["service_request_id"] for a in answers}) == 1
    assert count_with(server, clerk, word) == 1


def test_two_server_processes_on_one_postgresql_create_one_request(start_server) -> None:
    require_postgres()
    first = start_server("postgresql")
    second = start_server(database_url=first.database_url, seed=False)
    second.api_key = first.api_key
    word, key = marker(), str(uuid.uuid4())

    def send(n: int) -> requests.Response:
        target = first if n % 2 else second
        return submit(target, headers={"Idempotency-Key": key}, description=word)

    with ThreadPoolExecutor(max_workers=40) as pool:
        answers = list(pool.map(send, range(80)))
    assert {a.status_code for a in answers} == {200}
    assert len({a.json()[0]["service_request_id"] for a in answers}) == 1
    listed = requests.get(f"{first.url}/open311/v2/requests.json", timeout=30).json()
    assert sum(word in r["description"] for r in listed) == 1


def test_api_v1_creates_honour_the_key(server: LiveServer, citizen_a: Account) -> None:
    number = submit(server, citizen_a).json()[0]["service_request_id"]
    key = str(uuid.uuid4())
    url = f"{server.url}/api/v1/requests/{number}/comments"
    one = citizen_a.http.post(
        url, json={"text": "هل من جديد؟"}, headers={"Idempotency-Key": key}, timeout=30
    )
    two = citizen_a.http.post(
        url, json={"text": "هل من جديد؟"}, headers={"Idempotency-Key": key}, timeout=30
    )
    assert one.status_code == two.status_code == 201
    detail = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert [e["kind"] for e in detail["events"]].count("comment") == 1
    clash = citizen_a.http.post(
        url, json={"text": "نص آخر"}, headers={"Idempotency-Key": key}, timeout=30
    )
    assert clash.status_code == 422
    assert clash.json()["error"]["code"] == "idempotency_key_reused"


def test_keys_belong_to_their_caller(
    server: LiveServer, clerk: Account, citizen_a: Account, citizen_b: Account
) -> None:
    """One key used by two citizens (or a citizen and the anonymous app) is three requests."""
    word, key = marker(), str(uuid.uuid4())
    headers = {"Idempotency-Key": key}
    numbers = {
        submit(server, who, headers=headers, description=word).json()[0]["service_request_id"]
        for who in (citizen_a, citizen_b, None)
    }
    assert len(numbers) == 3
    assert count_with(server, clerk, word) == 3
    again = submit(server, citizen_b, headers=headers, description=word)
    assert again.json()[0]["service_request_id"] in numbers


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_key_errors_in_the_open311_shape(server: LiveServer, fmt: str) -> None:
    key = str(uuid.uuid4())
    assert submit(server, fmt=fmt, headers={"Idempotency-Key": key}).ok
    clash = submit(server, fmt=fmt, headers={"Idempotency-Key": key}, description="أخرى")
    assert clash.status_code == 422
    assert errors_of(clash, fmt)[0][0] == "422"
    too_long = submit(server, fmt=fmt, headers={"Idempotency-Key": "k" * 201})
    assert too_long.status_code == 400
    assert "Idempotency-Key" in errors_of(too_long, fmt)[0][1]


def test_the_replay_of_a_batch_request_returns_the_same_token(server: LiveServer) -> None:
    key = str(uuid.uuid4())
    form = {"service_code": "bulky-waste", "attribute[items][]": "furniture"}
    first = submit(server, headers={"Idempotency-Key": key}, **form)
    again = submit(server, headers={"Idempotency-Key": key}, **form)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json() and first.json()[0]["token"]
