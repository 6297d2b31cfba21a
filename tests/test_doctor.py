"""`citizen-app doctor`: an IT technician runs it on a machine and learns, line by line, what
works and what does not — against the real reference server on loopback, plain and behind TLS
with test certificates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import Outbox
from citizen_app.doctor.cli import main
from tests.live_server import ROOT, free_port, in_ci
from tests.tls_server import TlsServer, make_certificates


@pytest.fixture(scope="module")
def expired_server(seeded_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    now = datetime.now(UTC)
    pem, ca_file = make_certificates(
        tmp_path_factory.mktemp("expired"),
        not_before=now - timedelta(days=60),
        not_after=now - timedelta(days=1),
    )
    server = TlsServer(seeded_database, pem, ca_file).start()
    yield server
    server.stop()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(tmp_path / "data"),
    }


def doctor(qapp, capsys, env: dict[str, str], site: str, language: str = "en"):
    Path(env["CITIZEN_APP_SITE_CONFIG"]).write_text(site, encoding="utf-8")
    code = main(["--json", "--language", language], env)
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is (code == 0)
    return code, {check["id"]: check for check in document["checks"]}


def test_a_healthy_machine_and_server(qapp, capsys, env, start_server) -> None:
    live = start_server()
    code, checks = doctor(qapp, capsys, env, f'server_url = "{live.url}"\n')
    assert code == 0
    for name in ("config", "server", "open311", "extensions", "font", "data_dir", "outbox"):
        assert checks[name]["status"] == "PASS", checks[name]
    assert "tls" not in checks  # plain http on this computer
    assert "services" in checks["open311"]["message"]
    assert checks["printer"]["status"] in ("PASS", "WARN")  # never FAIL
    assert list(checks) == [
        "config", "server", "open311", "extensions", "keyring", "font", "printer",
        "data_dir", "outbox",
    ]  # fmt: skip


def test_a_server_that_is_down(qapp, capsys, env) -> None:
    code, checks = doctor(qapp, capsys, env, f'server_url = "http://127.0.0.1:{free_port()}"\n')
    assert code == 1
    assert checks["server"]["status"] == "FAIL"
    assert checks["server"]["code"] == "refused"
    assert "refuses the connection" in checks["server"]["message"]
    assert "open311" not in checks
    assert {"keyring", "font", "printer", "data_dir", "outbox"} <= set(checks)


def test_a_password_in_the_server_address_is_never_printed(qapp, capsys, env, start_server) -> None:
    live = start_server()
    with_password = live.url.replace("http://", "http://clerk:s3cret-pw@")
    for site in (
        f'server_url = "{with_password}"\n',
        'server_url = "http://u:s3cret-pw@10.0.0.5"\n',
        'server_url = "http://u:s3cret-pw@[fe80::1"\n',  # malformed: refused, not a crash
    ):
        Path(env["CITIZEN_APP_SITE_CONFIG"]).write_text(site, encoding="utf-8")
        main(["--language", "en"], env)
        out = capsys.readouterr().out
        assert "s3cret" not in out
        assert "server" in out.lower()


def test_an_untrusted_certificate_fails_and_says_so(qapp, capsys, env, tls_server) -> None:
    code, checks = doctor(qapp, capsys, env, f'server_url = "{tls_server.url}"\n')
    assert code == 1
    assert checks["server"]["status"] == "PASS"
    assert (checks["tls"]["status"], checks["tls"]["code"]) == ("FAIL", "untrusted")
    assert "not trusted" in checks["tls"]["message"]
    assert "ca_bundle" in checks["tls"]["message"]


def test_the_ca_bundle_makes_it_trusted(qapp, capsys, env, tls_server) -> None:
    site = f'server_url = "{tls_server.url}"\nca_bundle = "{tls_server.ca_file}"\n'
    code, checks = doctor(qapp, capsys, env, site)
    assert code == 0, checks
    assert checks["tls"]["status"] == "PASS"
    assert "Trusted through ca_bundle" in checks["tls"]["message"]
    assert checks["open311"]["status"] == "PASS"
    assert checks["extensions"]["status"] == "PASS"


def test_a_wrong_host_name(qapp, capsys, env, tls_server) -> None:
    # The certificate names 127.0.0.1 only; "localhost" is the same machine by another name.
    site = (
        f'server_url = "https://localhost:{tls_server.port}"\nca_bundle = "{tls_server.ca_file}"\n'
    )
    code, checks = doctor(qapp, capsys, env, site)
    assert code == 1
    assert (checks["tls"]["status"], checks["tls"]["code"]) == ("FAIL", "wrong_host")
    assert "Wrong host name" in checks["tls"]["message"]


def test_an_expired_certificate(qapp, capsys, env, expired_server) -> None:
    site = f'server_url = "{expired_server.url}"\nca_bundle = "{expired_server.ca_file}"\n'
    code, checks = doctor(qapp, capsys, env, site)
    assert code == 1
    assert (checks["tls"]["status"], checks["tls"]["code"]) == ("FAIL", "expired")
    assert "expired" in checks["tls"]["message"]


def test_an_invalid_site_file_fails_the_config_line(qapp, capsys, env) -> None:
    code, checks = doctor(qapp, capsys, env, "idle_warning = 5\n")
    assert code == 1
    assert checks["config"]["status"] == "FAIL"
    assert "line 1" in checks["config"]["message"]


def test_outbox_counts_are_read_without_changing_the_database(qapp, capsys, env) -> None:
    db = LocalDatabase(Path(env["CITIZEN_APP_DATA_DIR"]) / "local.db")
    outbox = Outbox(db)
    for _ in range(3):
        item = outbox.add(
            server="https://x.ps",
            account="",
            service_code="water",
            service_name="Water",
            fields={},
            attributes={},
            idempotency_key="6f1c3a52-6f7e-4c57-9d0c-2e6c5b1f7a11",
            photos=[],
        )
    outbox.fail(item, "rejected")
    db.close()
    files = sorted(Path(env["CITIZEN_APP_DATA_DIR"]).iterdir())
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in files}
    _, checks = doctor(qapp, capsys, env, "")
    assert checks["outbox"]["status"] == "WARN"
    assert "Waiting to be sent: 2;" in checks["outbox"]["message"]
    assert checks["outbox"]["message"].endswith(": 1.")
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in files}
    assert after == before


def test_a_data_folder_that_cannot_be_made(qapp, capsys, env, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    env["CITIZEN_APP_DATA_DIR"] = str(blocker / "data")
    code, checks = doctor(qapp, capsys, env, "")
    assert code == 1
    assert (checks["data_dir"]["status"], checks["data_dir"]["code"]) == ("FAIL", "not_writable")


def test_arabic_lines_and_visual_order(qapp, capsys, env) -> None:
    Path(env["CITIZEN_APP_SITE_CONFIG"]).write_text(
        f'server_url = "http://127.0.0.1:{free_port()}"\n', encoding="utf-8"
    )
    assert main(["--language", "ar"], env) == 1
    out = capsys.readouterr().out
    assert "Server reachable" not in out
    lines = out.strip().splitlines()
    assert len(lines) >= 8
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in line) for line in lines)
    assert main(["--language", "ar", "--visual"], env) == 1
    visual = capsys.readouterr().out
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)


def run_doctor(env: dict[str, str], backend: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(Path(ROOT) / "main.py"), "doctor", "--json", "--language", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={
            **os.environ,
            **env,
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": backend,
            "QT_QPA_PLATFORM": "offscreen",
        },
        timeout=120,
        check=False,
    )
    return done, time.monotonic() - started


def test_no_keyring_is_a_clear_warning_and_the_doctor_completes(env) -> None:
    done, _ = run_doctor(env, "keyring.backends.fail.Keyring")
    checks = {c["id"]: c for c in json.loads(done.stdout)["checks"]}
    assert (checks["keyring"]["status"], checks["keyring"]["code"]) == ("WARN", "none")
    assert "No usable password store" in checks["keyring"]["message"]
    assert {"font", "printer", "data_dir", "outbox"} <= set(checks)


def test_a_keyring_that_never_answers_does_not_hang_the_doctor(env) -> None:
    # Stands for an unlock prompt nobody answers (tests/silent_keyring.py).
    done, took = run_doctor(env, "tests.silent_keyring.SilentKeyring")
    checks = {c["id"]: c for c in json.loads(done.stdout)["checks"]}
    assert (checks["keyring"]["status"], checks["keyring"]["code"]) == ("WARN", "timeout")
    assert "did not answer within 5 s" in checks["keyring"]["message"]
    assert took < 30


def test_a_real_secret_service_passes(env) -> None:
    """In CI this runs inside a private D-Bus session with an unlocked gnome-keyring."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        message = "no Secret Service: run the tests in a D-Bus session with gnome-keyring (.ci/run)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    done, _ = run_doctor(env, "keyring.backends.SecretService.Keyring")
    checks = {c["id"]: c for c in json.loads(done.stdout)["checks"]}
    assert checks["keyring"]["status"] == "PASS", checks["keyring"]
    assert "SecretService" in checks["keyring"]["message"]
