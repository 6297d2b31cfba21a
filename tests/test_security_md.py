"""SECURITY.md names, for each guarantee, the tests that prove it: those files must exist, and
every security test file must be named there, so the page cannot drift from the tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECURITY_TESTS = {
    "test_account_recovery.py",
    "test_contact_verification.py",
    "test_admin_staff.py",
    "test_admin_municipality.py",
    "test_abuse_limits.py",
    "test_authorization_matrix.py",
    "test_credentials.py",
    "test_keyring_matrix.py",
    "test_log_file.py",
    "test_logs.py",
    "test_open311_interop.py",
    "test_open311_parser_fuzz.py",
    "test_parse_budget.py",
    "test_openapi_fuzz.py",
    "test_rate_limits.py",
    "test_secret_canaries.py",
    "test_sign_in_abuse.py",
    "test_stored_secrets.py",
    "test_terminal_output.py",
    "test_tls_client.py",
    "test_doctor.py",
    "test_image_bombs.py",
    "test_hostile_server.py",
    "test_leaving.py",
    "test_server_switch.py",
    "test_hostile_text.py",
    "test_server_hardening.py",
    "test_upload_abuse.py",
    "test_uploads.py",
    "test_visibility.py",
}


def test_security_md_names_existing_tests_and_every_security_test() -> None:
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`tests/(test_\w+\.py)`", text))
    assert named, "SECURITY.md names no test"
    assert {n for n in named if not (ROOT / "tests" / n).is_file()} == set()
    assert SECURITY_TESTS - named == set()
    assert "private" in text.split("## What the project guarantees")[0]
