"""The server's answers as a browser, a cache and an administrator see them: security headers,
nothing personal cached, discovery from the configured public URL (never the Host header),
no /docs from a CDN, api_key accepted in the query string and never logged, a full disk
answered 507 with Retry-After, and settings that stop the server when they are wrong."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import psycopg
import pytest
import requests
from sqlalchemy.exc import OperationalError

from municipal_server.config import Settings, SettingsError
from municipal_server.failures import storage_full
from tests.conftest import Account, unique_address
from tests.helpers import submit
from tests.live_server import ROOT, LiveServer, in_ci

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def test_every_answer_carries_the_security_headers(server: LiveServer, citizen_a: Account) -> None:
    answers = [
        requests.get(f"{server.url}/open311/v2/services.xml", timeout=30),
        requests.get(f"{server.url}/open311/v2/nothing-here.json", timeout=30),
        requests.get(f"{server.url}/openapi.json", timeout=30),
        citizen_a.http.get(f"{server.url}/api/v1/me", timeout=30),
        requests.get(f"{server.url}/api/v1/me", timeout=30),  # a 401
    ]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers.get(name) == value, (answer.url, name)
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_nothing_personal_is_cached(server: LiveServer, citizen_a: Account) -> None:
    token = requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": citizen_a.login, "password": citizen_a.password},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    created = submit(server, service_code="bulky-waste", **{"attribute[items][]": "furniture"})
    batch_token = created.json()[0]["token"]
    personal = [
        token,
        citizen_a.http.get(f"{server.url}/api/v1/me", timeout=30),
        citizen_a.http.get(f"{server.url}/api/v1/me/requests", timeout=30),
        requests.get(f"{server.url}/api/v1/me", timeout=30),
        created,
        requests.get(f"{server.url}/open311/v2/tokens/{batch_token}.json", timeout=30),
    ]
    for answer in personal:
        assert "no-store" in answer.headers["cache-control"], answer.url
    public = requests.get(f"{server.url}/open311/v2/services.json", timeout=30)
    assert "no-store" not in public.headers.get("cache-control", "")


def test_api_docs_are_off_and_load_nothing_from_a_cdn(server: LiveServer) -> None:
    for path in ("/docs", "/redoc"):
        assert requests.get(server.url + path, timeout=30).status_code == 404
    assert requests.get(f"{server.url}/openapi.json", timeout=30).status_code == 200


HOSTILE = {"Host": "attacker.example", "X-Forwarded-Host": "attacker.example"}


def test_discovery_names_the_path_only_without_a_public_url(server: LiveServer) -> None:
    """Without MUNICIPAL_PUBLIC_URL: the endpoint's path, which a client resolves against the
    address it used (a proxy's, a port forward's); never the Host header."""
    plain = requests.get(f"{server.url}/open311/discovery.json", headers=HOSTILE, timeout=30)
    assert plain.json()["endpoints"][0]["url"] == "/open311/v2"


def test_discovery_names_the_configured_public_url_never_the_host_header(start_server) -> None:
    hostile = HOSTILE
    configured = start_server(
        env={"MUNICIPAL_PUBLIC_URL": "https://eservices.hebron.ps/"}, seed=False
    )
    for fmt in ("json", "xml"):
        answer = requests.get(
            f"{configured.url}/open311/discovery.{fmt}", headers=hostile, timeout=30
        )
        assert "attacker" not in answer.text
        if fmt == "json":
            url = answer.json()["endpoints"][0]["url"]
        else:
            url = ET.fromstring(answer.content).findtext("endpoints/endpoint/url")
        assert url == "https://eservices.hebron.ps/open311/v2"


def test_self_hosted_docs_when_asked_for(start_server, tmp_path: Path) -> None:
    assets = tmp_path / "swagger"
    assets.mkdir()
    (assets / "swagger-ui-bundle.js").write_text("window.SwaggerUIBundle = function () {};")
    (assets / "swagger-ui.css").write_text("body {}")
    live = start_server(
        env={"MUNICIPAL_DOCS": "true", "MUNICIPAL_DOCS_ASSETS": str(assets)}, seed=False
    )
    page = requests.get(f"{live.url}/docs", timeout=30)
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text and "cdn." not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = requests.get(f"{live.url}/docs-assets/swagger-ui-bundle.js", timeout=30)
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text


def test_api_key_in_the_query_string_is_accepted_and_never_logged(
    database_factory, tmp_path: Path
) -> None:
    log = tmp_path / "server.log"
    live = LiveServer(database_factory("sqlite"), log_path=str(log), log_level="debug")
    live.seed()
    live.start()
    try:
        form = {
            "service_code": "water-leak",
            "address_string": "شارع عين سارة",
            "attribute[where]": "street",
        }
        for fmt in ("json", "xml"):
            answer = requests.post(
                f"{live.url}/open311/v2/requests.{fmt}",
                params={"api_key": live.api_key},
                data=form,
                timeout=30,
            )
            assert answer.status_code == 200, answer.text
        wrong = requests.post(
            f"{live.url}/open311/v2/requests.json",
            params={"api_key": "wrong"},
            data=form,
            timeout=30,
        )
        assert wrong.status_code == 403
    finally:
        live.stop()
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /open311/v2/requests.json" in text
    assert live.api_key not in text and "api_key" not in text


# --- a full disk ---


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs; needs root, which CI has)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        if in_ci():
            pytest.fail(f"cannot mount a tmpfs: {mounted.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_is_507_with_retry_after(tiny_disk: Path) -> None:
    live = LiveServer(f"sqlite:///{tiny_disk / 'municipal.db'}")
    live.seed()
    live.start()
    try:
        full = None
        for attempt in range(2000):
            answer = submit(
                live,
                fmt="json" if attempt % 2 else "xml",
                headers={"X-Forwarded-For": unique_address()},
                description="تسرب " * 790 + uuid.uuid4().hex,
            )
            if answer.status_code != 200:
                full = answer
                break
        assert full is not None, "the disk never filled"
        assert full.status_code == 507, full.text
        assert int(full.headers["retry-after"]) > 0
        if full.headers["content-type"].startswith("text/xml"):
            assert ET.fromstring(full.content).findtext("error/code") == "507"
        else:
            assert full.json()[0]["code"] == 507
        # The other format says the same, and reading still works.
        again = submit(
            live,
            fmt="xml" if full.headers["content-type"].startswith("application/json") else "json",
            headers={"X-Forwarded-For": unique_address()},
            description="تسرب " * 800,
        )
        assert again.status_code == 507 and "retry-after" in again.headers
        reading = requests.get(f"{live.url}/open311/v2/services.json", timeout=30)
        assert reading.status_code == 200
    finally:
        live.stop()


def test_full_disks_are_recognised_on_every_backend() -> None:
    assert storage_full(OSError(28, "No space left on device"))
    assert storage_full(OperationalError("INSERT", {}, psycopg.errors.DiskFull()))
    assert not storage_full(OperationalError("INSERT", {}, psycopg.errors.UniqueViolation()))
    assert not storage_full(OSError(13, "Permission denied"))


# --- settings ---


def serve(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`municipal-server serve` with `env`: it must stop at once (or would run forever)."""
    return subprocess.run(
        [
            sys.executable,
            *("-m", "municipal_server", "--database-url", f"sqlite:///{tmp_path / 'm.db'}"),
            *("serve", "--port", "1"),
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "named", "accepted"),
    [
        ({"MUNICIPAL_LOGIN_WINDOW": "15m"}, "MUNICIPAL_LOGIN_WINDOW='15m'", "whole number"),
        ({"MUNICIPAL_SMTP_SECURITY": "tls"}, "MUNICIPAL_SMTP_SECURITY='tls'", "starttls, ssl"),
        ({"MUNICIPAL_SMTP_PORT": "99999"}, "MUNICIPAL_SMTP_PORT", "1 to 65535"),
        ({"MUNICIPAL_NOTIFY_WORKER": "maybe"}, "MUNICIPAL_NOTIFY_WORKER", "true or false"),
        ({"MUNICIPAL_PUBLIC_URL": "eservices.hebron.ps"}, "MUNICIPAL_PUBLIC_URL", "https://"),
        ({"MUNICIPAL_TRUSTED_PROXIES": "10.0.0.300"}, "MUNICIPAL_TRUSTED_PROXIES", "10.0.0.1"),
        (
            {"MUNICIPAL_SMTP_SECURITY": "none", "MUNICIPAL_SMTP_PASSWORD": "s3cret-canary"},
            "MUNICIPAL_SMTP_SECURITY=none",
            "starttls or ssl",
        ),
        ({"MUNICIPAL_DOCS": "true"}, "MUNICIPAL_DOCS_ASSETS", "CDN"),
    ],
)
def test_a_wrong_setting_stops_the_server_and_names_the_variable(
    env: dict[str, str], named: str, accepted: str, tmp_path: Path
) -> None:
    result = serve(env, tmp_path)
    assert result.returncode == 2, result.stderr
    assert named in result.stderr and accepted in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "s3cret-canary" not in result.stderr
    assert not (tmp_path / "m.db").exists()  # stopped before touching the database


def test_settings_are_normalised_where_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUNICIPAL_SMTP_SECURITY", " StartTLS ")
    monkeypatch.setenv("MUNICIPAL_SMTP_PASSWORD", "secret")
    monkeypatch.setenv("MUNICIPAL_SMTP_PORT", "")  # empty: the default
    monkeypatch.setenv("MUNICIPAL_PUBLIC_URL", "https://eservices.hebron.ps/")
    settings = Settings.from_env()
    assert settings.smtp_security == "starttls" and settings.smtp_port == 587
    assert settings.public_url == "https://eservices.hebron.ps"
    assert "secret" not in repr(settings)
    monkeypatch.setenv("MUNICIPAL_SMTP_SECURITY", "plain")
    with pytest.raises(SettingsError, match="MUNICIPAL_SMTP_SECURITY"):
        Settings.from_env()


def test_the_docs_assets_setting_needs_both_files(tmp_path: Path) -> None:
    (tmp_path / "swagger-ui-bundle.js").write_text("")
    with pytest.raises(ValueError, match=r"swagger-ui\.css"):
        Settings(docs=True, docs_assets=str(tmp_path))
    shutil.copy(tmp_path / "swagger-ui-bundle.js", tmp_path / "swagger-ui.css")
    assert Settings(docs=True, docs_assets=str(tmp_path)).docs
