"""Doctor: the municipality's server — reachable, its TLS certificate, Open311, /api/v1.

The TLS check shakes hands the way the app does (the same trust: `ca_bundle`, else the list
requests ships) but with the ssl module directly, so that it can tell an untrusted
certificate from a wrong host name or an expired one, which requests reports all alike.
"""

from __future__ import annotations

import http.client
import os
import socket
import ssl
import sys
from dataclasses import replace
from urllib.parse import urlsplit

import requests.certs
from PySide6.QtCore import QCoreApplication

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import ApiError, ParseError, Rejected, ServerError
from citizen_app.api.http import fetch, shown
from citizen_app.core import server_address
from citizen_app.core.settings import Settings, data_dir
from citizen_app.demo_server import answers, read_state
from citizen_app.doctor import FAIL, PASS, WARN, Check

TIMEOUT = 8.0
# OpenSSL's verify codes (X509_V_ERR_*) that say more than "not trusted".
EXPIRED, NOT_YET_VALID, HOST_MISMATCH = 10, 9, 62


def check_server(settings: Settings) -> list[Check]:
    reach = QCoreApplication.translate("Doctor", "Server reachable")
    url = server_address.normalise(settings.server_url) if settings.server_url else ""
    if not url:
        return _demo(settings)
    refused = server_address.problem(url, settings.allow_plain_http)
    if refused is not None:
        message = QCoreApplication.translate(
            "Doctor", "%1 is refused: plain http:// to another computer, or not a web address."
        ).replace("%1", shown(url))
        return [Check("server", FAIL, reach, message, refused.value)]
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
    checks = [_reachable(host, port, settings.proxy)]
    if checks[-1].status == FAIL:
        return checks
    if parts.scheme == "https":
        checks.append(_tls(host, port, settings.ca_bundle, settings.proxy))
        if checks[-1].status == FAIL:
            return checks
    return checks + _open311(url, settings)


def _demo(settings: Settings) -> list[Check]:
    """No server configured: the demo municipality, if a running app says it started one."""
    reach = QCoreApplication.translate("Doctor", "Server reachable")
    state = read_state(data_dir(settings))
    if state is None or not _alive(state.get("app_pid")):
        message = QCoreApplication.translate(
            "Doctor", "No server configured: the app starts the demo municipality on this computer."
        )
        return [Check("server", WARN, reach, message, "demo")]
    url, app_pid = state["url"], str(state.get("app_pid"))
    parts = urlsplit(url)
    reached = _reachable(parts.hostname or "", parts.port or 80, "")
    # A hung server still accepts connections: it must answer, and quickly.
    if reached.status == FAIL or not answers(url, 5):
        message = (
            QCoreApplication.translate(
                "Doctor",
                "The demo municipality that the running app (process %1) started at %2 does "
                "not answer. The app starts it again by itself; if this lasts, close the app "
                "and open it again.",
            )
            .replace("%1", app_pid)
            .replace("%2", url)
        )
        return [Check("server", FAIL, reach, message, "demo_down")]
    message = (
        QCoreApplication.translate(
            "Doctor",
            "The demo municipality answers at %1 (started by the running app, process %2).",
        )
        .replace("%1", url)
        .replace("%2", app_pid)
    )
    demo = replace(settings, server_url=url, ca_bundle="", proxy="")
    return [Check("server", PASS, reach, message, "demo"), *_open311(url, demo)]


def _alive(pid: object) -> bool:
    """Whether the process still runs (Windows: assumed, os.kill would end it there)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _reachable(host: str, port: int, proxy: str) -> Check:
    title = QCoreApplication.translate("Doctor", "Server reachable")
    target = f"{host}:{port}"
    if proxy:
        proxy_parts = urlsplit(proxy)
        host, port = proxy_parts.hostname or "", proxy_parts.port or 80
    try:
        socket.create_connection((host, port), timeout=TIMEOUT).close()
    except socket.gaierror:
        message = QCoreApplication.translate(
            "Doctor", "The name %1 is not found (DNS). Check the address and the network."
        ).replace("%1", host)
        return Check("server", FAIL, title, message, "dns")
    except ConnectionRefusedError:
        message = QCoreApplication.translate(
            "Doctor", "%1 refuses the connection: nothing listens on that port."
        ).replace("%1", f"{host}:{port}")
        return Check("server", FAIL, title, message, "refused")
    except TimeoutError:
        message = QCoreApplication.translate(
            "Doctor", "%1 does not answer (a firewall, or no route to it)."
        ).replace("%1", f"{host}:{port}")
        return Check("server", FAIL, title, message, "timeout")
    except OSError as error:
        message = (
            QCoreApplication.translate("Doctor", "Cannot connect to %1: %2.")
            .replace("%1", f"{host}:{port}")
            .replace("%2", error.strerror or type(error).__name__)
        )
        return Check("server", FAIL, title, message, "unreachable")
    if proxy:
        message = (
            QCoreApplication.translate("Doctor", "The proxy %1 answers (for %2).")
            .replace("%1", f"{host}:{port}")
            .replace("%2", target)
        )
    else:
        message = QCoreApplication.translate("Doctor", "%1 answers.").replace("%1", target)
    return Check("server", PASS, title, message, "ok")


def _tls(host: str, port: int, ca_bundle: str, proxy: str) -> Check:
    title = QCoreApplication.translate("Doctor", "TLS certificate")
    context = ssl.create_default_context(cafile=ca_bundle or requests.certs.where())
    if proxy:
        proxy_parts = urlsplit(proxy)
        connection = http.client.HTTPSConnection(
            proxy_parts.hostname, proxy_parts.port or 80, context=context, timeout=TIMEOUT
        )
        connection.set_tunnel(host, port)
    else:
        connection = http.client.HTTPSConnection(host, port, context=context, timeout=TIMEOUT)
    try:
        connection.connect()
        certificate = connection.sock.getpeercert()
    except ssl.SSLCertVerificationError as error:
        return _verify_failed(title, host, error)
    except (ssl.SSLError, OSError) as error:
        message = QCoreApplication.translate(
            "Doctor", "The TLS handshake failed (%1): is it really an https:// server?"
        ).replace("%1", getattr(error, "reason", None) or str(error))
        return Check("tls", FAIL, title, message, "handshake")
    finally:
        connection.close()
    issuer = dict(pair[0] for pair in certificate.get("issuer", ()))
    message = (
        QCoreApplication.translate("Doctor", "Valid for %1 until %2, issued by %3.")
        .replace("%1", host)
        .replace("%2", certificate.get("notAfter", "?"))
        .replace("%3", issuer.get("organizationName") or issuer.get("commonName") or "?")
    )
    if ca_bundle:
        message += " " + QCoreApplication.translate(
            "Doctor", "Trusted through ca_bundle %1."
        ).replace("%1", ca_bundle)
    return Check("tls", PASS, title, message, "ok")


def _verify_failed(title: str, host: str, error: ssl.SSLCertVerificationError) -> Check:
    if error.verify_code == EXPIRED:
        message = QCoreApplication.translate(
            "Doctor", "The server's certificate has expired. The municipality must renew it."
        )
        return Check("tls", FAIL, title, message, "expired")
    if error.verify_code == NOT_YET_VALID:
        message = QCoreApplication.translate(
            "Doctor", "The certificate is not valid yet: check this computer's date and time."
        )
        return Check("tls", FAIL, title, message, "not_yet_valid")
    if error.verify_code == HOST_MISMATCH:
        message = QCoreApplication.translate(
            "Doctor", "Wrong host name: the certificate is not made out to %1."
        ).replace("%1", host)
        return Check("tls", FAIL, title, message, "wrong_host")
    message = QCoreApplication.translate(
        "Doctor",
        "The certificate is not trusted (%1). If the municipality uses its own certificate "
        "authority, set ca_bundle to its PEM file.",
    ).replace("%1", error.verify_message or "")
    return Check("tls", FAIL, title, message, "untrusted")


def _open311(url: str, settings: Settings) -> list[Check]:
    title = QCoreApplication.translate("Doctor", "Open311 service")
    client = Open311Client(
        url,
        jurisdiction=settings.jurisdiction or None,
        language=settings.language,
        ca_bundle=settings.ca_bundle,
        proxy=settings.proxy,
        deadline=20.0,
    )
    try:
        endpoint = client.endpoint()
        services = client.services()
    except (Rejected, ParseError):
        message = QCoreApplication.translate(
            "Doctor", "No Open311 discovery or service list answers at %1."
        ).replace("%1", shown(url))
        return [Check("open311", FAIL, title, message, "not_open311")]
    except ServerError as error:
        message = QCoreApplication.translate("Doctor", "The server fails (HTTP %1).").replace(
            "%1", str(error.status)
        )
        return [Check("open311", FAIL, title, message, "server_error")]
    except ApiError:
        message = QCoreApplication.translate("Doctor", "No answer from %1.")
        message = message.replace("%1", shown(url))
        return [Check("open311", FAIL, title, message, "no_answer")]
    message = (
        QCoreApplication.translate("Doctor", "Endpoint %1 (%2): %3 services.")
        .replace("%1", shown(endpoint.url))
        .replace("%2", ", ".join(endpoint.formats))
        .replace("%3", str(len(services)))
    )
    checks = [Check("open311", PASS, title, message, "ok")]
    return [*checks, _extensions(client, endpoint.extensions_url)]


def _extensions(client: Open311Client, base: str | None) -> Check:
    title = QCoreApplication.translate("Doctor", "Extensions (/api/v1)")
    if not base:
        message = QCoreApplication.translate(
            "Doctor",
            "Not offered: a plain Open311 server. The app works without accounts and follows "
            "the requests made from this computer.",
        )
        return Check("extensions", WARN, title, message, "absent")
    try:
        answer = fetch(client.session, "GET", f"{base}/me", deadline=20.0)
    except ApiError:
        answer = None
    if answer is None or answer.status not in (200, 401):
        message = QCoreApplication.translate(
            "Doctor", "Announced at %1 but not answering as expected."
        ).replace("%1", shown(base))
        return Check("extensions", FAIL, title, message, "broken")
    message = QCoreApplication.translate(
        "Doctor", "Available at %1: accounts, following requests, photos."
    ).replace("%1", shown(base))
    return Check("extensions", PASS, title, message, "ok")
