"""Hostile text at the server's boundary, on SQLite and PostgreSQL: characters XML cannot carry,
bidi controls, invisible characters, NULs, UTF-7 and lookalike e-mail addresses are refused
with a 400 naming the field, never stored, never a 500; and the public XML feed parses after
every hostile request, and even over rows stored before these rules existed."""

from __future__ import annotations

import uuid
from xml.etree import ElementTree as ET

import pytest
import requests
from sqlalchemy import update

from municipal_server.db import Database
from municipal_server.models import ServiceRequest
from municipal_server.text import Kind, email_skeleton, problem
from tests.conftest import Account, register, unique_address
from tests.helpers import marker, new_request, submit
from tests.live_server import LiveServer

# One of each class of character the rules know, as (name, character).
XML_FORBIDDEN = [
    ("nul", "\x00"),
    ("soh", "\x01"),
    ("esc", "\x1b"),
    ("fffe", "\ufffe"),
    ("ffff", "\uffff"),
]
BIDI = [
    ("rlo", "\u202e"),
    ("lro", "\u202d"),
    ("rle", "\u202b"),
    ("lri", "\u2066"),
    ("pdi", "\u2069"),
]
INVISIBLE = [("zwsp", "\u200b"), ("zwnj", "\u200c"), ("rlm", "\u200f"), ("bom", "\ufeff")]
STREET_LIGHT = {
    "service_code": "street-light",
    "attribute[pole_number]": "EL-2045",
    "attribute[problem]": "dark",
}


def public_feed_parses(server: LiveServer) -> None:
    for query in ("", "?extensions=true"):
        answer = requests.get(f"{server.url}/open311/v2/requests.xml{query}", timeout=30)
        assert answer.status_code == 200
        ET.fromstring(answer.content)


def open311_error(answer: requests.Response) -> str:
    """The description of a 400 in both formats: JSON list, or XML that parses."""
    assert answer.status_code == 400, answer.text
    if answer.headers["content-type"].startswith("text/xml"):
        return ET.fromstring(answer.content).findtext("error/description") or ""
    return answer.json()[0]["description"]


# --- the rules themselves ---


def test_the_rules_by_kind() -> None:
    for _, character in XML_FORBIDDEN:
        for kind in (Kind.FREE, Kind.LINE, Kind.NAME):
            assert problem(f"a{character}b", kind).reason == "forbidden_character"
    assert problem("a\ud800b", Kind.FREE).reason == "forbidden_character"  # a lone surrogate
    assert problem("a\ud800b", Kind.SECRET).reason == "forbidden_character"
    assert problem("a\x01b", Kind.SECRET) is None  # a password is taken as typed
    # A writer keeps ZWNJ, ZWJ, marks and isolates in free text; overrides are refused.
    assert problem("تس\u200cرب \u200d \u200f\u200e \u2067نص\u2069\n\t", Kind.FREE) is None
    assert problem("a\u202eb", Kind.FREE).reason == "invisible_character"
    # A single line has no control, format or separator character at all.
    for _, character in BIDI + INVISIBLE:
        assert problem(f"0599{character}111222", Kind.LINE).reason == "invisible_character"
    for character in "\n\r\t\u2028\u2029\x85":
        assert problem(f"a{character}b", Kind.LINE).reason in ("line_break", "invisible_character")
    # A name needs a letter, in any script.
    assert problem("سارة", Kind.NAME) is None and problem("Zoë", Kind.NAME) is None
    assert problem("...", Kind.NAME).reason == "no_letter"
    assert problem("\u200b", Kind.NAME).reason == "invisible_character"


def test_lookalike_addresses_share_a_skeleton() -> None:
    latin = "paypal.citizen@example.ps"
    assert email_skeleton("pаypаl.citizen@example.ps") == email_skeleton(latin)  # Cyrillic а
    assert email_skeleton("ＰａｙＰａｌ.citizen@example.ps") == email_skeleton(latin)  # fullwidth
    assert email_skeleton("PAYPAL.CITIZEN@EXAMPLE.PS") == email_skeleton(latin)
    assert email_skeleton("ali1@example.ps") != email_skeleton("alil@example.ps")


# --- Open311: every field, every class ---

SINGLE_LINE_FIELDS = [
    "address_string",
    "email",
    "phone",
    "first_name",
    "last_name",
    "device_id",
    "account_id",
    "address_id",
    "media_url",
    "service_code",
    "attribute[pole_number]",
]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(("kind", "character"), XML_FORBIDDEN, ids=[n for n, _ in XML_FORBIDDEN])
def test_characters_xml_forbids_are_refused_in_every_field(
    server: LiveServer, fmt: str, kind: str, character: str
) -> None:
    for field in [*SINGLE_LINE_FIELDS, "description", "attribute[details]", "api_key"]:
        base = {"media_url": "https://example.ps/a.jpg", **STREET_LIGHT}
        value = f"{base.get(field, 'نص')}{character}x"
        answer = submit(server, fmt=fmt, **{**base, field: value})
        assert open311_error(answer).startswith(f"{field}: U+"), (field, answer.text)
    public_feed_parses(server)


@pytest.mark.parametrize(
    ("kind", "character"), BIDI + INVISIBLE, ids=[n for n, _ in BIDI + INVISIBLE]
)
def test_bidi_and_invisible_characters_are_refused_in_single_line_fields(
    server: LiveServer, kind: str, character: str
) -> None:
    for field in SINGLE_LINE_FIELDS:
        base = {"media_url": "https://example.ps/a.jpg", **STREET_LIGHT}
        value = f"{character}{base.get(field, '0599111222')}"
        description = open311_error(submit(server, **{**base, field: value}))
        assert description.startswith(f"{field}: U+"), (field, description)
        assert "invisible or direction-changing" in description
    public_feed_parses(server)


def test_free_text_keeps_what_a_writer_needs(server: LiveServer, clerk: Account) -> None:
    words = f"{marker()} تس\u200cرب المياه \u200f(ZWJ: \u200d) رقم \u2066HEB-1\u2069\nسطر ثانٍ"
    number = new_request(
        server, **{**STREET_LIGHT, "description": words, "attribute[details]": words}
    )
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["description"] == words and detail["attributes"]["details"] == words
    refused = submit(server, **{**STREET_LIGHT, "description": "ok \u202e sdrawkcab"})
    assert open311_error(refused).startswith("description: U+202E")


def test_an_invisible_character_in_an_attribute_code_gives_a_parsable_xml_error(
    server: LiveServer,
) -> None:
    answer = submit(server, fmt="xml", **{"attribute[x\x01]": "1"})
    assert open311_error(answer).startswith("attribute[x<U+0001>]: U+0001")


def test_a_multipart_form_in_utf7_is_refused(server: LiveServer) -> None:
    """UTF-7 can spell a lone surrogate ("+2AA-"), which no database or answer can carry."""
    fields = {"api_key": server.api_key, **STREET_LIGHT, "description": "+2AA-"}
    boundary = uuid.uuid4().hex
    body = (
        b"".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        )
        + f"--{boundary}--\r\n".encode()
    )
    for fmt in ("json", "xml"):
        answer = requests.post(
            f"{server.url}/open311/v2/requests.{fmt}",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}; charset=utf-7"},
            timeout=30,
        )
        assert answer.status_code == 415, answer.text
        assert "UTF-8" in answer.text
        if fmt == "xml":
            ET.fromstring(answer.content)


# --- NULs and impossible dates: 4xx, never 500 ---


@pytest.mark.parametrize(
    "path",
    [
        "/open311/v2/services/a%00b.json",
        "/open311/v2/services/a%00b.xml",
        "/open311/v2/tokens/a%00b.json",
        "/open311/v2/requests/a%00b.json",
        "/open311/v2/requests.json?service_code=a%00b",
        "/open311/v2/requests.xml?service_request_id=a%00b",
        "/open311/v2/requests.json?status=open%00",
        "/open311/v2/services.json?jurisdiction_id=a%00b",
        "/open311/v2/requests.json?end_date=0001-01-02T00:00:00Z",
        "/open311/v2/requests.json?end_date=9999-12-31T23:59:59-01:00",
        "/open311/v2/requests.xml?start_date=0001-01-01T00:00:00%2B05:00",
        "/open311/v2/requests.json?updated_after=0001-01-01T00:00:00%2B05:00",
        "/open311/v2/requests.json?updated_after=9999-12-31T23:59:59-01:00",
    ],
)
def test_public_routes_answer_4xx_to_nul_and_out_of_range_dates(
    server: LiveServer, path: str
) -> None:
    answer = requests.get(server.url + path, timeout=30)
    assert answer.status_code in (400, 404), answer.text
    if ".xml" in path:
        ET.fromstring(answer.content)
    else:
        assert answer.json()[0]["code"] == answer.status_code


def test_api_routes_answer_4xx_to_nul(server: LiveServer, clerk: Account) -> None:
    for path in (
        "/api/v1/requests/a%00b",
        "/api/v1/clerk/requests?q=a%00b",
        "/api/v1/clerk/requests?service=a%00b",
        "/api/v1/clerk/requests?from=0001-01-01T00:00:00%2B05:00",
        "/api/v1/me/requests?updated_after=9999-12-31T23:59:59-01:00",
    ):
        answer = clerk.http.get(server.url + path, timeout=30)
        assert answer.status_code in (400, 404), (path, answer.text)
        assert answer.json()["error"]["code"] in ("invalid_field", "not_found")


def test_a_datetime_attribute_at_the_edge_of_the_calendar_is_400(server: LiveServer) -> None:
    for moment in ("0001-01-01", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-01:00"):
        answer = submit(server, **{**STREET_LIGHT, "attribute[noticed_at]": moment})
        assert open311_error(answer).startswith("attribute[noticed_at]: out of range"), moment


def test_a_nul_in_a_post_or_a_registration_is_400(server: LiveServer) -> None:
    answer = submit(server, **{**STREET_LIGHT, "description": "a\x00b"})
    assert open311_error(answer).startswith("description: U+0000")
    for field, value in (
        ("name", "س\x00"),
        ("email", f"n{uuid.uuid4().hex[:8]}\x00@example.ps"),
        ("phone", "0599\x00111222"),
        ("national_id", "1\x00"),
    ):
        body = {"name": "سارة", "password": "correct horse battery", "phone": None, field: value}
        if field != "email":
            body["email"] = f"n{uuid.uuid4().hex[:8]}@example.ps"
        answer = requests.post(
            f"{server.url}/api/v1/auth/register",
            json=body,
            headers={"X-Forwarded-For": unique_address()},
            timeout=30,
        )
        assert answer.status_code == 400, (field, answer.text)
        error = answer.json()["error"]
        assert error["code"] == "invalid_field" and error["params"]["field"] == field
        assert error["params"]["character"] == "U+0000"
    signed = requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": "a\x00@example.ps", "password": "x"},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert signed.status_code == 400


# --- accounts: names, lookalikes ---


def _register(server: LiveServer, **body: str | None) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/register",
        json={"password": "correct horse battery", **body},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )


def test_an_invisible_name_and_a_bidi_phone_do_not_register(server: LiveServer) -> None:
    email = f"n{uuid.uuid4().hex[:8]}@example.ps"
    for name, reason in (("\u200b", "invisible_character"), ("...", "no_letter")):
        answer = _register(server, name=name, email=email)
        assert answer.status_code == 400
        assert answer.json()["error"]["params"] == {"field": "name", "reason": reason} | (
            {"character": "U+200B"} if reason == "invisible_character" else {}
        )
    answer = _register(server, name="سارة", phone="\u202e2221119950")
    assert answer.status_code == 400
    assert answer.json()["error"]["params"]["field"] == "phone"


def test_a_lookalike_email_cannot_register_twice(server: LiveServer) -> None:
    local = f"paypal{uuid.uuid4().hex[:6]}"
    assert _register(server, name="سارة", email=f"{local}@example.ps").status_code == 201
    for lookalike in (
        f"{local.replace('a', 'а')}@example.ps",  # Cyrillic а
        f"{local.upper()}@EXAMPLE.PS",
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in local) + "@example.ps",
    ):
        answer = _register(server, name="منتحل", email=lookalike)
        assert answer.status_code == 409, (lookalike, answer.text)


def test_a_name_change_is_checked_too(server: LiveServer) -> None:
    account = register(server)
    answer = account.http.patch(
        f"{server.url}/api/v1/me", json={"name": "\u2066\u2069"}, timeout=30
    )
    assert answer.status_code == 400 and answer.json()["error"]["params"]["field"] == "name"


def test_comments_and_notes_refuse_what_xml_forbids(
    server: LiveServer, citizen_a: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a)
    comment = citizen_a.http.post(
        f"{server.url}/api/v1/requests/{number}/comments", json={"text": "a\x01b"}, timeout=30
    )
    assert comment.status_code == 400 and comment.json()["error"]["params"]["field"] == "text"
    kept = citizen_a.http.post(
        f"{server.url}/api/v1/requests/{number}/comments", json={"text": "تس\u200cرب"}, timeout=30
    )
    assert kept.status_code == 201
    for path, body, field in (
        ("notes", {"note": "\uffff"}, "note"),
        ("status", {"status": "received", "note": "\x0b"}, "note"),
        ("duplicate", {"of": "HEB\u200b-2026-000001"}, "of"),
    ):
        answer = clerk.http.post(
            f"{server.url}/api/v1/clerk/requests/{number}/{path}", json=body, timeout=30
        )
        assert answer.status_code == 400, (path, answer.text)
        assert answer.json()["error"]["params"]["field"] == field
    public_feed_parses(server)


# --- the clerk's search ---


def test_search_folds_zero_width_characters(server: LiveServer, clerk: Account) -> None:
    word = marker()
    number = new_request(server, description=f"{word} تس\u200cرب مياه")
    for q in (f"{word} تسرب", f"{word} تس\u200cرب"):
        found = clerk.http.get(f"{server.url}/api/v1/clerk/requests", params={"q": q}, timeout=30)
        assert [r["id"] for r in found.json()["items"]] == [number], q


def test_a_number_search_puts_the_request_before_decoys(server: LiveServer, clerk: Account) -> None:
    real = new_request(server)
    arabic_digits = real.translate({ord(str(d)): chr(0x0660 + d) for d in range(10)})
    decoy = new_request(server, description=f"انظر {arabic_digits} {real}")
    for q in (real, real.lower(), arabic_digits, f" {real} "):
        found = clerk.http.get(f"{server.url}/api/v1/clerk/requests", params={"q": q}, timeout=30)
        numbers = [r["id"] for r in found.json()["items"]]
        assert numbers[:2] == [real, decoy], q


# --- output: rows stored before the rules ---


def test_the_public_feed_parses_over_old_rows_holding_controls(server: LiveServer) -> None:
    number = new_request(server, description="سيُكتب فوقه")
    database = Database(server.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(ServiceRequest)
                .where(ServiceRequest.number == number)
                .values(description="قديم\x01\x1b\x08", address="عنوان\x0c")
            )
            session.commit()
    finally:
        database.dispose()
    for query in (f"requests/{number}.xml", "requests.xml", "requests.xml?extensions=true"):
        answer = requests.get(f"{server.url}/open311/v2/{query}", timeout=30)
        feed = ET.fromstring(answer.content)
        mine = [r for r in feed.iter("request") if r.findtext("service_request_id") == number]
        assert mine[0].findtext("description") == "قديم\ufffd\ufffd\ufffd"
    as_json = requests.get(f"{server.url}/open311/v2/requests/{number}.json", timeout=30).json()
    assert as_json[0]["description"] == "قديم\x01\x1b\x08"  # JSON escapes them: nothing lost
