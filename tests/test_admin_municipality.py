"""The municipality's profile and the note templates, administered on the real server (SQLite
and PostgreSQL): names and contact reach discovery and every process at once, the time zone
within a second (each process keeps the profile that long), request numbers at once; the
request number prefix is fixed once a request exists; a logo is checked, re-encoded and served
with an ETag; templates saved by an administrator are what clerks get; everything is audited."""

from __future__ import annotations

import io
import os
import time
from datetime import datetime
from email.message import EmailMessage

import pytest
import requests
from PIL import Image, PngImagePlugin

from tests.conftest import Account, sign_in, unique_address
from tests.helpers import new_request
from tests.live_server import LiveServer
from tests.notify_sinks import notify_env, text_of, wait_for

PROFILE = {
    "names": {"ar": "بلدية نابلس", "en": "Nablus Municipality", "fr": "Municipalité de Naplouse"},
    "contact": {"ar": "هاتف 09-2345678", "en": "Phone 09-2345678", "fr": "Tél. 09-2345678"},
    "timezone": "Asia/Hebron",
    "request_prefix": "HEB",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def two_processes(request, start_server) -> tuple[LiveServer, LiveServer]:
    """Two server processes over one new database, as behind a load balancer."""
    first = start_server(request.param)
    second = start_server(database_url=first.database_url, seed=False)
    second.api_key, second.accounts = first.api_key, first.accounts
    return first, second


def get(server: LiveServer, path: str, **kwargs) -> requests.Response:
    return requests.get(server.url + path, timeout=30, **kwargs)


def admin_of(server: LiveServer) -> Account:
    return sign_in(server, *server.accounts["admin"])


def png(size: tuple[int, int] = (300, 120), **info: str) -> bytes:
    image = Image.new("RGBA", size, (0, 100, 60, 255))
    chunks = PngImagePlugin.PngInfo()
    for key, value in info.items():
        chunks.add_text(key, value)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=chunks)
    return out.getvalue()


def put_logo(admin: Account, server: LiveServer, data: bytes, kind: str = "image/png"):
    return admin.http.put(
        f"{server.url}/api/v1/admin/municipality/logo",
        files={"file": ("logo.png", data, kind)},
        timeout=30,
    )


def test_profile_edits_reach_discovery_and_every_process(two_processes) -> None:
    first, second = two_processes
    admin = admin_of(first)
    url = f"{first.url}/api/v1/admin/municipality"
    start = admin.http.get(url, timeout=30).json()
    assert start["from_defaults"] is True and start["timezone"] == "Asia/Hebron"
    assert start["request_prefix"] == "HEB" and start["prefix_locked"] is False
    old_changeset = get(second, "/open311/discovery.json").json()["changeset"]

    saved = admin.http.put(url, json={**PROFILE, "timezone": "Europe/Paris"}, timeout=30)
    assert saved.status_code == 200, saved.text
    assert saved.json()["from_defaults"] is False

    # The other process, never restarted, shows the new names, contact and time zone.
    for language, name in PROFILE["names"].items():
        public = get(second, "/api/v1/municipality", params={"locale": language}).json()
        assert public["name"] == name
        assert public["contact"] == PROFILE["contact"][language]
        assert public["logo"] is None
    discovery = get(second, "/open311/discovery.json", params={"locale": "fr"}).json()
    assert discovery["contact"] == PROFILE["contact"]["fr"]
    assert discovery["changeset"] != old_changeset
    assert "municipality_profile" in {e["name"] for e in discovery["extensions"]}
    citizen = sign_in(second, *second.accounts["citizen"])
    number = new_request(second, citizen)
    # The other process read the profile just before the change (discovery above): it keeps
    # it at most a second (municipality.ProfileCache).
    deadline = time.monotonic() + 3
    while True:
        detail = citizen.http.get(f"{second.url}/api/v1/requests/{number}", timeout=30).json()
        offset = datetime.fromisoformat(detail["requested_datetime"]).utcoffset()
        if (offset is not None and offset.total_seconds() == 3600) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert offset is not None and offset.total_seconds() == 3600  # Paris in winter, not +02:00


def test_the_prefix_is_fixed_once_a_request_exists(two_processes) -> None:
    first, second = two_processes
    admin = admin_of(first)
    url = f"{first.url}/api/v1/admin/municipality"
    citizen = sign_in(second, *second.accounts["citizen"])
    assert get(second, "/open311/discovery.json").ok  # the second process has read the profile
    assert admin.http.put(url, json={**PROFILE, "request_prefix": "NBL"}, timeout=30).ok
    # ... and a request created there at once has the new prefix: a create reads it again
    assert new_request(second, citizen).startswith("NBL-")

    locked = admin.http.put(url, json={**PROFILE, "request_prefix": "RAM"}, timeout=30)
    assert locked.status_code == 409
    assert locked.json()["error"]["code"] == "prefix_locked"
    profile = admin.http.get(url, timeout=30).json()
    assert profile["request_prefix"] == "NBL" and profile["prefix_locked"] is True
    # The rest can still change, the prefix staying as it is.
    renamed = {**PROFILE, "request_prefix": "NBL", "contact": {"ar": "هاتف جديد"}}
    assert admin.http.put(url, json=renamed, timeout=30).status_code == 200
    assert new_request(first, citizen).startswith("NBL-")


def test_a_profile_with_mistakes_is_refused_and_the_field_named(start_server) -> None:
    server = start_server()
    admin = admin_of(server)
    url = f"{server.url}/api/v1/admin/municipality"
    for change, field, reason in (
        ({"timezone": "Asia/Nowhere"}, "timezone", "unknown_timezone"),
        ({"timezone": "../../../etc/passwd"}, "timezone", "unknown_timezone"),
        ({"timezone": "asia/hebron"}, "timezone", "unknown_timezone"),
        ({"request_prefix": "heb"}, "request_prefix", "format"),
        ({"request_prefix": "H"}, "request_prefix", "format"),
        ({"request_prefix": "9AB"}, "request_prefix", "format"),
        ({"names": {"en": "Only English"}}, "names.ar", "required"),
        ({"names": {"ar": "بلدية", "de": "Gemeinde"}}, "names.de", "language"),
        ({"contact": {"ar": "هاتف\n02"}}, "contact.ar", "line_break"),
    ):
        refused = admin.http.put(url, json={**PROFILE, **change}, timeout=30)
        assert refused.status_code == 400, change
        params = refused.json()["error"]["params"]
        assert (params["field"], params["reason"]) == (field, reason)
    for change in ({"names": {"ar": "بلدية\u202e"}}, {"contact": {"ar": "هاتف \u202e20"}}):
        bidi = admin.http.put(url, json={**PROFILE, **change}, timeout=30)
        assert bidi.status_code == 400, change
    assert admin.http.get(url, timeout=30).json()["from_defaults"] is True  # nothing saved
    # A phone number isolated (LRI … PDI), as the demo's contact line has it, is kept.
    isolated = {"ar": "هاتف \u206602-2228121\u2069"}
    kept = admin.http.put(url, json={**PROFILE, "contact": isolated}, timeout=30)
    assert kept.status_code == 200 and kept.json()["contact"]["ar"] == isolated["ar"]


def test_a_logo_is_checked_cleaned_and_served_with_an_etag(two_processes) -> None:
    first, second = two_processes
    admin = admin_of(first)
    saved = put_logo(admin, first, png((1024, 400), Author="secret-author"))
    assert saved.status_code == 200, saved.text
    logo_url = saved.json()["logo"]
    assert logo_url.startswith("/api/v1/municipality/logo?v=")
    assert get(second, "/api/v1/municipality").json()["logo"] == logo_url

    served = get(second, logo_url)
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    assert b"secret-author" not in served.content  # a new file made from the pixels
    image = Image.open(io.BytesIO(served.content))
    assert image.format == "PNG" and max(image.size) == 512
    etag = served.headers["etag"]
    again = get(second, logo_url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.content

    # A JPEG is accepted and stored as PNG too.
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(out, "JPEG")
    assert put_logo(admin, first, out.getvalue(), "image/jpeg").status_code == 200
    assert get(second, "/api/v1/municipality/logo").headers["etag"] != etag

    removed = admin.http.delete(f"{first.url}/api/v1/admin/municipality/logo", timeout=30)
    assert removed.status_code == 200 and removed.json()["logo"] is None
    assert get(second, "/api/v1/municipality/logo").status_code == 404


def test_a_logo_too_large_corrupt_or_of_another_kind_is_refused(start_server) -> None:
    server = start_server()
    admin = admin_of(server)
    noise = io.BytesIO()
    Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(noise, "PNG")
    assert len(noise.getvalue()) > 1024 * 1024
    webp = io.BytesIO()
    Image.new("RGB", (32, 32)).save(webp, "WEBP")
    bomb = io.BytesIO()
    Image.new("1", (4000, 4000)).save(bomb, "PNG")  # a small file of 16 megapixels
    for data, status, code in (
        (noise.getvalue(), 413, "too_large"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, 415, "unsupported_media_type"),
        (png()[:300], 422, "invalid_image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", 415, "unsupported_media_type"),
        (webp.getvalue(), 415, "unsupported_media_type"),
        (bomb.getvalue(), 413, "image_too_large"),
    ):
        refused = put_logo(admin, server, data)
        assert refused.status_code == status, (status, refused.text)
        assert refused.json()["error"]["code"] == code
        if status == 415:
            assert refused.json()["error"]["params"]["allowed"] == ["image/png", "image/jpeg"]
    assert get(server, "/api/v1/municipality").json()["logo"] is None


def test_note_templates_saved_by_an_administrator_are_what_every_clerk_gets(
    start_server,
) -> None:
    server = start_server()
    admin = admin_of(server)
    clerk = sign_in(server, *server.accounts["clerk"])
    clerk_url = f"{server.url}/api/v1/clerk/note-templates"
    built_in = clerk.http.get(clerk_url, timeout=30).json()
    assert built_in["customised"] == []
    assert built_in["templates"]["received"]["ar"].startswith("وصل طلبك")
    assert set(built_in["templates"]) >= {"received", "resolved", "rejected"}

    texts = {"ar": "استلمنا طلبكم وسنتابعه.", "en": "We have your request.", "fr": "Reçue."}
    admin_url = f"{server.url}/api/v1/admin/note-templates"
    saved = admin.http.put(admin_url, json={"templates": {"received": texts}}, timeout=30)
    assert saved.status_code == 200, saved.text
    got = clerk.http.get(clerk_url, timeout=30).json()
    assert got["templates"]["received"] == texts and got["customised"] == ["received"]
    assert got["templates"]["resolved"] == built_in["templates"]["resolved"]  # untouched

    # Back to the built-in texts: no longer customised.
    back = {"received": built_in["templates"]["received"]}
    assert (
        admin.http.put(admin_url, json={"templates": back}, timeout=30).json()["customised"] == []
    )
    for body, field in (
        ({"templates": {"lost": {"ar": "x"}}}, "templates.lost"),
        ({"templates": {"received": {"de": "x"}}}, "templates.received.de"),
    ):
        refused = admin.http.put(admin_url, json=body, timeout=30)
        assert refused.status_code == 400 and refused.json()["error"]["params"]["field"] == field
    supervisor = sign_in(server, *server.accounts["supervisor"])
    assert supervisor.http.put(admin_url, json={"templates": {}}, timeout=30).status_code == 403


def test_every_change_is_in_the_audit_log(start_server) -> None:
    server = start_server()
    admin = admin_of(server)
    base = f"{server.url}/api/v1/admin"
    admin.http.put(f"{base}/municipality", json=PROFILE, timeout=30).raise_for_status()
    put_logo(admin, server, png()).raise_for_status()
    admin.http.delete(f"{base}/municipality/logo", timeout=30).raise_for_status()
    admin.http.put(
        f"{base}/note-templates", json={"templates": {"closed": {"ar": "أُغلق."}}}, timeout=30
    ).raise_for_status()
    items = admin.http.get(f"{base}/audit", timeout=30).json()["items"]
    actions = [i["action"] for i in items]
    assert actions.count("municipality.logo") == 2
    update = next(i for i in items if i["action"] == "municipality.update")
    assert update["after"]["names"] == PROFILE["names"]
    assert update["before"]["names"] != PROFILE["names"]
    assert update["actor"]
    templates = next(i for i in items if i["action"] == "note_templates.update")
    assert templates["after"]["closed"]["ar"] == "أُغلق." and "closed" in templates["target"]


def test_e_mails_carry_the_logo_once_there_is_one(start_server, sinks) -> None:
    """The plain text stays as it was; with a logo an HTML alternative shows it above the same
    text, the picture travelling inside the message (no address for a mail reader to fetch)."""
    smtp, sms = sinks
    server = start_server(env=notify_env(smtp, sms))
    admin = admin_of(server)
    citizen_login = server.accounts["citizen"][0]

    def reset_mail() -> EmailMessage:
        before = len(smtp.to(citizen_login))
        asked = requests.post(
            f"{server.url}/api/v1/auth/password-reset",
            json={"login": citizen_login},
            headers={"X-Forwarded-For": unique_address()},
            timeout=30,
        )
        assert asked.status_code in (200, 202, 204), asked.text
        wait_for(lambda: len(smtp.to(citizen_login)) > before)
        return smtp.to(citizen_login)[-1]

    without = reset_mail()
    assert not without.is_multipart()
    put_logo(admin, server, png(Author="secret-author")).raise_for_status()
    mail = reset_mail()
    assert mail.get_content_type() == "multipart/alternative"
    text = text_of(mail)
    assert text.split("\n")[1:] == text_of(without).split("\n")[1:]  # but the new code
    html_part = mail.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    [logo] = [p for p in mail.walk() if p.get_content_type() == "image/png"]
    cid = logo["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html and 'dir="rtl"' in html
    assert text.split("\n")[0] in html  # the same words (the code among them)
    assert logo.get_content() == get(server, "/api/v1/municipality/logo").content
