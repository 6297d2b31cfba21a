"""The client against a server that lies and misbehaves (tests/hostile_server.py): it sends
nothing where the one URL rule forbids, and gives up at its deadline however a server drips.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.calls import CallGroup
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import Rejected, ServerError, TransportError
from citizen_app.api.http import Cancelled, fetch, new_session
from citizen_app.api.models import Endpoint
from citizen_app.api.tiles import TileServer
from citizen_app.api.url_policy import Refusal, UrlRefused, check_url
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from tests.hostile_server import HostileServer
from tests.tls_server import make_certificates

DEADLINE = 3.0


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificates(tmp_path_factory.mktemp("hostile-tls"))


@pytest.fixture(params=["http", "https"])
def hostile(request, certificates) -> Iterator[HostileServer]:
    server = HostileServer(certificates[0] if request.param == "https" else None)
    yield server
    server.stop()


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """Another server, to count what reaches it (nothing should)."""
    server = HostileServer()
    yield server
    server.stop()


def client_for(server: HostileServer, certificates, **options) -> Open311Client:
    ca = str(certificates[1]) if server.url.startswith("https") else ""
    return Open311Client(server.url, ca_bundle=ca, **options)


# --- the one URL rule -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base", "allow", "expected"),
    [
        ("https://h.example.ps/x", None, False, "https://h.example.ps/x"),
        ("http://127.0.0.1:8000/x", None, False, "http://127.0.0.1:8000/x"),
        ("http://[::1]:8000/x", None, False, "http://[::1]:8000/x"),
        ("http://h.example.ps/x", None, False, Refusal.PLAIN_HTTP),
        ("http://h.example.ps/x", None, True, "http://h.example.ps/x"),
        ("ftp://h.example.ps/x", None, False, Refusal.NOT_WEB),
        ("file:///etc/passwd", None, False, Refusal.NOT_WEB),
        ("https:///x", None, False, Refusal.NOT_WEB),
        ("https://h.example.ps:99999/", None, False, Refusal.NOT_WEB),
        ("https://h.example.ps/\nx", None, False, Refusal.NOT_WEB),
        # Joined with a URL library, never glued: "…:8443" + "2/x" is not port 84432.
        ("2/x", "https://h.example.ps:8443", False, "https://h.example.ps:8443/2/x"),
        (
            "/uploads/a.jpg",
            "https://h.example.ps/city",
            False,
            "https://h.example.ps/uploads/a.jpg",
        ),
        ("//evil.example/x", "https://h.example.ps", False, Refusal.OTHER_ORIGIN),
        ("https://evil.example/x", "https://h.example.ps", False, Refusal.OTHER_ORIGIN),
        ("https://h.example.ps:444/x", "https://h.example.ps", False, Refusal.OTHER_ORIGIN),
        ("https://H.EXAMPLE.PS:443/x", "https://h.example.ps", False, "https://H.EXAMPLE.PS:443/x"),
        # The same host over plain http: a downgrade, another origin.
        ("http://h.example.ps/open311/v2", "https://h.example.ps", True, Refusal.OTHER_ORIGIN),
        ("x", "http://h.example.ps", False, Refusal.PLAIN_HTTP),
    ],
)
def test_the_url_rule(url: str, base: str | None, allow: bool, expected) -> None:
    if isinstance(expected, Refusal):
        with pytest.raises(UrlRefused) as refused:
            check_url(url, base=base, allow_plain_http=allow)
        assert refused.value.reason is expected
    else:
        assert check_url(url, base=base, allow_plain_http=allow) == expected


def test_a_discovery_pointing_to_plain_http_elsewhere_is_refused_and_nothing_is_sent(
    qtbot, certificates, elsewhere: HostileServer
) -> None:
    """Connected over verified TLS, a discovery document names http:// on another host: the
    app says so in the citizen's language and sends nothing there: no catalogue read, no
    token, no API key, no contact details."""
    tls = HostileServer(certificates[0])
    try:
        # "localhost" is another host than 127.0.0.1 for the origin rule, as a real one is.
        tls.discovery_endpoint = f"http://localhost:{elsewhere.port}/open311/v2"
        client = Open311Client(tls.url, ca_bundle=str(certificates[1]), api_key="SITE-KEY")
        with pytest.raises(UrlRefused) as refused:
            client.endpoint()
        assert refused.value.reason is Refusal.OTHER_ORIGIN
        with pytest.raises(UrlRefused):
            client.submit("pothole", {"email": "x@example.ps"}, {}, "key-1")

        apply_language("ar")
        window = MainWindow(
            Open311Client(tls.url, ca_bundle=str(certificates[1]), api_key="SITE-KEY"),
            store=CredentialStore(memory_only=True),
            db=LocalDatabase(Path(":memory:")),
        )
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: "ولم يُرسَل إليه شيء" in window.message.text(), timeout=15000)
        assert f"localhost:{elsewhere.port}" in window.message.text()
        assert window.catalogue.group_count() == 0
        assert elsewhere.heard == []
        assert set(tls.paths()) == {"/open311/discovery.json"}
    finally:
        tls.stop()


def test_a_relative_attachment_url_never_leaves_the_origin_with_the_token(
    hostile: HostileServer, certificates, elsewhere: HostileServer
) -> None:
    client = client_for(hostile, certificates)
    client._endpoint = Endpoint(
        url=hostile.url + "/open311/v2", formats=("json",), extensions_url=hostile.url + "/api/v1"
    )
    client.access_token = "secret-access-token"
    extensions = Extensions(client)
    extensions.photo("2/x")  # glued as text, this was port <port>2
    extensions.photo("/uploads/a.jpg")
    assert [h.path for h in hostile.heard] == ["/2/x", "/uploads/a.jpg"]
    assert {h.headers["authorization"] for h in hostile.heard} == {"Bearer secret-access-token"}
    for url in (
        f"//localhost:{elsewhere.port}/x",
        f"http://localhost:{elsewhere.port}/x",
        f"https://localhost:{elsewhere.port}/x",
    ):
        with pytest.raises(UrlRefused):
            extensions.photo(url)
    assert elsewhere.heard == []


def test_a_redirect_to_plain_http_on_another_computer_is_not_followed(
    hostile: HostileServer, certificates
) -> None:
    client = client_for(hostile, certificates, deadline=DEADLINE)
    started = time.monotonic()
    # Nothing listens at 10.0.0.1 here: the refusal comes before any attempt to connect.
    with pytest.raises(Rejected) as refused:
        client.send("GET", "/go/http://10.0.0.1/open311/v2/services.json")
    assert refused.value.code == "redirect_refused"
    assert time.monotonic() - started < 1
    with pytest.raises(UrlRefused):
        client.send("GET", "http://10.0.0.1/open311/v2/services.json")


def test_map_tiles_follow_the_same_rule() -> None:
    started = time.monotonic()
    with pytest.raises(UrlRefused):
        TileServer("http://10.0.0.1/{z}/{x}/{y}.png").get(1, 0, 0)
    assert time.monotonic() - started < 0.5  # refused before any attempt to connect


# --- deadlines ------------------------------------------------------------------------------


@pytest.mark.parametrize("route", ["/drip-headers", "/drip-body", "/silent"])
def test_a_dripping_or_silent_server_is_given_up_at_the_deadline(
    hostile: HostileServer, certificates, route: str
) -> None:
    client = client_for(hostile, certificates, deadline=DEADLINE)
    started = time.monotonic()
    with pytest.raises(TransportError) as failed:
        client.send("GET", route)
    elapsed = time.monotonic() - started
    assert DEADLINE - 2 <= elapsed <= DEADLINE + 2, elapsed
    assert not isinstance(failed.value, Cancelled)
    assert "deadline" in str(failed.value)


def test_retry_after_is_waited_for_only_within_the_deadline(hostile, certificates) -> None:
    """A 1 s deadline against Retry-After: 4 took 8 s (two retries, each waiting 4 s)."""
    client = client_for(hostile, certificates, deadline=1.0)
    started = time.monotonic()
    with pytest.raises(ServerError) as busy:
        client._call("GET", f"{hostile.url}/busy", "json")
    assert time.monotonic() - started < 1.5
    assert busy.value.status == 503 and busy.value.retry_after == 4
    assert hostile.paths() == ["/busy"]
    # A wait that fits in the deadline is made: the GET is tried again.
    hostile.busy_seconds = 1
    patient = client_for(hostile, certificates, deadline=DEADLINE + 2)
    with pytest.raises(ServerError):
        patient._call("GET", f"{hostile.url}/busy", "json")
    assert hostile.paths().count("/busy") == 4  # 1 + 2 retries, each after Retry-After: 1


def test_a_cancelled_group_stops_its_calls_at_once_and_only_them(hostile, certificates) -> None:
    import threading

    session = new_session(ca_bundle=str(certificates[1]))
    mine, other = CallGroup(), CallGroup()
    outcomes: dict[str, BaseException | None] = {}

    def call(name: str, group: CallGroup) -> None:
        try:
            fetch(session, "GET", f"{hostile.url}/silent", deadline=DEADLINE, groups=(group,))
            outcomes[name] = None
        except TransportError as error:
            outcomes[name] = error
            outcomes[name + " at"] = time.monotonic()  # type: ignore[assignment]

    threads = [
        threading.Thread(target=call, args=("mine", mine)),
        threading.Thread(target=call, args=("other", other)),
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 5
    while hostile.open_connections < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    cancelled_at = time.monotonic()
    mine.cancel()
    threads[0].join(timeout=2)
    assert isinstance(outcomes["mine"], Cancelled)
    assert outcomes["mine at"] - cancelled_at < 0.5  # type: ignore[operator]
    assert "other" not in outcomes  # still waiting for its own deadline
    threads[1].join(timeout=DEADLINE + 2)
    assert not isinstance(outcomes["other"], Cancelled)
