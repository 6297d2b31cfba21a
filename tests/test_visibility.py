"""Who reads what: a private service's requests never reach the public, a citizen's own words
after the first description are never public, and a clerk's note goes to the audience chosen
where it is typed (staff only, the citizen, everyone) — on SQLite and PostgreSQL."""

from __future__ import annotations

import requests

from tests.clerk_api import act, move_to
from tests.conftest import Account, register
from tests.helpers import marker, new_request, submit, xml
from tests.live_server import LiveServer


def public(server: LiveServer, path: str, **params: str) -> requests.Response:
    return requests.get(f"{server.url}/open311/v2/{path}", params=params, timeout=30)


def everything_public_about(server: LiveServer, number: str) -> str:
    """Every public answer that could show the request, as one text."""
    answers = [
        public(server, f"requests/{number}.json", extensions="true"),
        public(server, f"requests/{number}.xml", extensions="true"),
        public(server, "requests.json", extensions="true"),
        public(server, "requests.xml", extensions="true"),
        public(server, "requests.json", service_request_id=number, extensions="true"),
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
    return "\n".join(a.content.decode("utf-8") for a in answers)


def detail(server: LiveServer, account: Account, number: str) -> dict:
    response = account.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_private_service_request_is_never_public(server: LiveServer, clerk: Account) -> None:
    citizen = register(server)
    secret = marker()
    number = new_request(
        server,
        citizen,
        service_code="residence-certificate",
        description=f"شهادة سكن {secret}",
        address_string=f"حي الشيخ {secret}",
        **{"attribute[copies]": "2"},
    )
    # The catalogue says which services are private.
    services = {s["service_code"]: s for s in public(server, "services.json").json()}
    assert services["residence-certificate"]["visibility"] == "private"
    assert services["pothole"]["visibility"] == "public"
    # By number: 404 in both formats, exactly as for a number that does not exist.
    for fmt in ("json", "xml"):
        found = public(server, f"requests/{number}.{fmt}")
        missing = public(server, f"requests/HEB-1999-999999.{fmt}")
        assert found.status_code == missing.status_code == 404
        assert found.content.replace(number.encode(), b"N") == missing.content.replace(
            b"HEB-1999-999999", b"N"
        )
    # In no list, whatever the filters.
    for params in (
        {},
        {"service_request_id": number},
        {"service_code": "residence-certificate"},
        {"status": "open"},
        {"extensions": "true"},
    ):
        for fmt in ("json", "xml"):
            listed = public(server, f"requests.{fmt}", **params)
            assert listed.status_code == 200
            assert number not in listed.text and secret not in listed.text, params
    assert xml(public(server, "requests.xml", service_request_id=number)).findall("request") == []
    # Also once the clerk has answered it with a note for everyone.
    move_to(server, clerk, number, "resolved")
    assert act(server, clerk, number, "notes", {"note": secret, "audience": "public"}).ok
    assert secret not in public(server, "requests.json", extensions="true").text
    assert public(server, f"requests/{number}.json").status_code == 404
    # Its citizen and the staff still see everything.
    mine = detail(server, citizen, number)
    assert mine["visibility"] == "private" and secret in mine["description"]
    assert detail(server, clerk, number)["address"] == f"حي الشيخ {secret}"
    # Another citizen does not.
    stranger = register(server)
    url = f"{server.url}/api/v1/requests/{number}"
    assert stranger.http.get(url, timeout=30).status_code == 404


def test_a_citizens_later_words_never_reach_the_public(server: LiveServer, clerk: Account) -> None:
    citizen = register(server)
    number = new_request(server, citizen)
    base = f"{server.url}/api/v1/requests/{number}"
    comment, reason, answer, rating = (f"{w} {marker()} 0599111222" for w in "ABCD")
    assert citizen.http.post(base + "/comments", json={"text": comment}, timeout=30).ok
    move_to(server, clerk, number, "resolved")
    assert citizen.http.post(base + "/reopen", json={"reason": reason}, timeout=30).ok
    move_to(server, clerk, number, "resolved")
    answered = citizen.http.post(
        base + "/fixed", json={"fixed": True, "reason": answer}, timeout=30
    )
    assert answered.status_code == 201, answered.text
    rated = citizen.http.post(base + "/rating", json={"stars": 2, "comment": rating}, timeout=30)
    assert rated.status_code == 201, rated.text

    seen = everything_public_about(server, number)
    for words in (comment, reason, answer, rating):
        assert words not in seen
    assert "0599111222" not in seen
    # The public still learns that it was reopened and closed (the status is public).
    notes = public(server, f"requests/{number}.json", extensions="true").json()[0]["notes"]
    assert [n["status"] for n in notes if n["status"] in ("received", "closed")][-2:] == [
        "received",
        "closed",
    ]
    assert public(server, f"requests/{number}.json").json()[0]["status_notes"] is None
    # The citizen and the staff read them, marked for the citizen.
    for reader in (citizen, clerk):
        events = detail(server, reader, number)["events"]
        by_note = {e["note"]: e["audience"] for e in events if e["note"]}
        assert {by_note[w] for w in (comment, reason, answer, rating)} == {"citizen"}


def test_a_clerks_note_goes_to_the_audience_chosen(server: LiveServer, clerk: Account) -> None:
    citizen = register(server)
    number = new_request(server, citizen)
    staff_note, citizen_note, public_note, staff_status = (f"{w} {marker()}" for w in "ABCD")
    for note, audience in (
        (staff_note, "staff"),
        (citizen_note, "citizen"),
        (public_note, "public"),
    ):
        response = act(server, clerk, number, "notes", {"note": note, "audience": audience})
        assert response.status_code == 200, response.text
    # A status change with a staff-only note: the change is public, the note is not.
    changed = act(
        server,
        clerk,
        number,
        "status",
        {"status": "received", "note": staff_status, "audience": "staff"},
    )
    assert changed.status_code == 200, changed.text
    # Without an audience, a note is for staff only (as before audiences existed).
    default = act(server, clerk, number, "notes", {"note": "بدون جمهور"}).json()["events"][-1]
    assert default["audience"] == "staff"
    wrong = act(server, clerk, number, "notes", {"note": "x", "audience": "world"})
    assert wrong.status_code == 422

    seen = everything_public_about(server, number)
    assert public_note in seen
    assert staff_note not in seen and citizen_note not in seen and staff_status not in seen
    only = public(server, f"requests/{number}.json").json()[0]
    assert only["status_notes"] == public_note

    mine = detail(server, citizen, number)["events"]
    notes = [e["note"] for e in mine if e["note"]]
    assert citizen_note in notes and public_note in notes
    assert staff_note not in notes and staff_status not in notes
    received = next(e for e in mine if e["status"] == "received")
    assert received["note"] is None and received["audience"] == "staff"

    staff = {e["note"]: e for e in detail(server, clerk, number)["events"] if e["note"]}
    assert {n: staff[n]["audience"] for n in (staff_note, citizen_note, public_note)} == {
        staff_note: "staff",
        citizen_note: "citizen",
        public_note: "public",
    }
    assert staff[public_note]["public"] and not staff[citizen_note]["public"]


def test_an_anonymous_private_request_is_private_too(server: LiveServer) -> None:
    response = submit(
        server,
        service_code="permit-enquiry",
        **{
            "attribute[basin]": "12",
            "attribute[parcel]": "7",
            "attribute[question]": "هل يسمح بطابق ثالث؟",
        },
    )
    assert response.status_code == 200, response.text
    number = response.json()[0]["service_request_id"]
    assert public(server, f"requests/{number}.xml").status_code == 404
    assert "طابق ثالث" not in public(server, "requests.json").text
