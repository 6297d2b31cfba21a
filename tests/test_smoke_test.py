"""`citizen-app --smoke-test` (what CI and IT staff use to check an installed app) and the
app's behaviour when frozen with no server configured, run as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live_server import ROOT, LiveServer

# Runs the app as PyInstaller's bundle does: sys.frozen set, sys._MEIPASS the data folder.
FROZEN = (
    "import sys; sys.frozen = True; sys._MEIPASS = sys.argv.pop(1); "
    "from citizen_app.app import main; sys.exit(main())"
)


def run_app(tmp_path: Path, *args: str, code: str | None = None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": ROOT,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "settings.toml"),
    }
    command = [sys.executable, "-c", code] if code else [sys.executable, "main.py"]
    return subprocess.run(
        [*command, *args, "--data-dir", str(tmp_path / "data"), "--language", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_the_smoke_test_passes_when_the_catalogue_comes_from_the_server(
    tmp_path: Path, server: LiveServer
) -> None:
    result = run_app(tmp_path, "--server", server.url, "--smoke-test", "30")
    assert result.returncode == 0, result.stderr
    assert f"services from {server.url}" in result.stdout
    assert "'Municipal e-services' shown (left-to-right; " in result.stdout
    assert "citizen_app_en.qm; Noto Naskh Arabic UI" in result.stdout


def test_the_smoke_test_fails_when_the_server_does_not_answer(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--server", "http://127.0.0.1:9", "--smoke-test", "30")
    assert result.returncode == 1
    assert "smoke test failed" in result.stderr


def test_frozen_without_a_server_the_app_says_what_to_do_and_starts_no_server(
    tmp_path: Path,
) -> None:
    result = run_app(tmp_path, ROOT, "--smoke-test", "20", code=FROZEN)
    assert result.returncode == 1
    assert "No municipality server is set up on this computer" in result.stderr
    assert str(tmp_path / "site.toml") in result.stderr
    assert not (tmp_path / "data" / "demo-server.db").exists()


def test_resources_are_found_beside_the_package_or_in_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citizen_app.resources import resource_path

    assert (resource_path("resources", "fonts") / "OFL.txt").is_file()
    assert (resource_path("resources", "icons") / "citizen-app.png").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("translations") == tmp_path / "translations"
