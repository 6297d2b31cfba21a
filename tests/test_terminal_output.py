"""What the command line and the doctor print: no control character or escape sequence that came
from a server, lines bounded, and a quiet end when the reader closes the pipe."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from citizen_app.cli_text import printable, terminal_json
from citizen_app.doctor.cli import main as doctor
from tests.live_server import ROOT
from tests.strict_open311 import StrictOpen311

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
ESCAPES = "\x1b[2J\x1b[31m\x1b]8;;https://evil.example\x07link\x1b]8;;\x1b\\\x9b1m\x9d0;title\x9c"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (ESCAPES, "link"),
        ("a\u202eb\u2066c\u2069d\u202ae", "abcde"),  # overrides, isolates, embeddings
        ("line\nnext\r\tx", "line next  x"),  # no line a server could pass off as ours
        ("\x00\x07\x08\x7f\x85z", "z"),
        ("x\ud800y", "x\ufffdy"),
        ("صباح\u200fالخير", "صباح\u200fالخير"),  # the marks Arabic text needs stay
        ("A" * 2000, "A" * 500 + "…"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_terminal_json_is_exact_for_scripts_and_inert_for_terminals() -> None:
    value = {"name": ESCAPES + "\u202e\ud800\u0085", "ar": "طلب"}
    text = terminal_json(value)
    assert not CONTROL.search(text.replace("\n", ""))
    assert "طلب" in text
    assert json.loads(text) == value


def run(command: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "CITIZEN_APP_SITE_CONFIG": str(env_dir / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(env_dir / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(env_dir / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env, timeout=90
    )


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    with StrictOpen311() as server:
        server.services += [
            {"service_code": f"S{n}", "service_name": "خدمة " * 20} for n in range(3000)
        ]
        done = run(
            f"{sys.executable} main.py open311 services --server {server.url} | head -n 2;"
            ' echo "exit=${PIPESTATUS[0]}"',
            tmp_path,
        )
    assert done.stdout.splitlines()[:2] == ["[", "  {"]
    assert done.stdout.splitlines()[-1] in ("exit=0", "exit=141")
    assert "Traceback" not in done.stderr
    assert "BrokenPipe" not in done.stderr
    assert done.stderr == ""


def test_the_doctor_prints_no_control_character_from_a_server(qapp, capsys, tmp_path: Path) -> None:
    """The discovery document names an endpoint whose address carries escape sequences and a
    right-to-left override: the doctor names the endpoint, without them."""
    env = {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(tmp_path / "data"),
    }
    suffix = "\x1b[2J\x1b]8;;https://evil.example\x07x\u202eEVIL" + "y" * 5000
    with StrictOpen311(discovery_suffix=suffix) as server:
        root = server.url.rpartition("/open311")[0]
        Path(env["CITIZEN_APP_SITE_CONFIG"]).write_text(f'server_url = "{root}"\n', "utf-8")
        doctor(["--language", "en"], env)
        text = capsys.readouterr().out
        doctor(["--language", "en", "--json"], env)
        document = capsys.readouterr().out
    # The endpoint's address is refused as a whole (it is not the server's own origin) or
    # named without the controls: either way nothing of them reaches the terminal.
    line = next(line for line in text.splitlines() if "Open311" in line)
    assert server.url.rpartition("/open311")[0].rpartition(":")[0] in line
    assert not CONTROL.search(text.replace("\n", ""))
    assert len(line) < 2200
    check = next(c for c in json.loads(document)["checks"] if c["id"] == "open311")
    assert not CONTROL.search(check["message"])
    assert not CONTROL.search(document.replace("\n", ""))
