"""`citizen-app config check`: an IT technician learns what is wrong in a site file, on which
line, in Arabic, English or French, and the exit code says whether it is usable."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import trustme

from citizen_app.config_check import main
from citizen_app.core.pin import hash_pin
from citizen_app.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
    }


def check(
    qapp, capsys, env: dict[str, str], text: str, *extra: str, language: str = "en"
) -> tuple[int, str]:
    path = Path(env["CITIZEN_APP_SITE_CONFIG"])
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--language", language, *extra], env)
    return code, capsys.readouterr().out


def test_a_valid_file_passes_with_a_short_summary_and_no_secret(
    qapp, capsys, env: dict[str, str]
) -> None:
    code, out = check(
        qapp,
        capsys,
        env,
        'server_url = "https://eservices.example.ps"\napi_key = "SECRET-KEY"\n'
        f'admin_pin_hash = "{hash_pin("1234", 100_000)}"\nlanguages = ["ar", "en"]\n'
        'language = "en"\nkiosk = true\nidle_timeout = 90\nidle_warning = 20\n'
        'proxy = "http://proxy.example.ps:3128"\n'
        'map_tile_url = "https://tile.example.ps/{z}/{x}/{y}.png"\n',
    )
    assert code == 0
    assert "OK: the file is valid" in out
    assert "server_url = https://eservices.example.ps" in out
    assert "languages = ar, en" in out
    assert "SECRET-KEY" not in out
    assert "pbkdf2" not in out


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ('server_url = "https://x.ps"\nlanguage = \n', 2, "This is not valid TOML"),
        (
            "kiosk = true\nidle_timout = 60\n",
            2,
            "Unknown setting 'idle_timout'. Did you mean 'idle_timeout'?",
        ),
        ('kiosk = "yes"\n', 1, "'kiosk' should be true or false."),
        ('idle_timeout = "90"\n', 1, "'idle_timeout' should be a whole number."),
        ('languages = "ar"\n', 1, "'languages' should be a list of language codes"),
        ("idle_warning = 10\n", 1, "'idle_warning' is 10 but must be at least 20."),
        ("idle_timeout = 20\n", 1, "'idle_timeout' is 20 but must be at least 30."),
        ("idle_timeout = 40\nidle_warning = 40\n", 2, "must be shorter than 'idle_timeout'"),
        ('server_url = "ftp://files.example.ps"\n', 1, "must start with one of: https, http"),
        ('server_url = "https://"\n', 1, "not a web address with a host name"),
        ('proxy = "socks5://proxy:1080"\n', 1, "must start with one of: http, https"),
        ('map_tile_url = "https://t.example/{z}/{x}.png"\n', 1, "must contain {z}, {x} and {y}"),
        ('server_url = "http://10.0.0.5:8311"\n', 1, "uses plain http:// to another computer"),
        ('\nmap_tile_url = "http://tiles.ps/{z}/{x}/{y}.png"\n', 2, "plain http://"),
        ('ca_bundle = "/nonexistent/ca.pem"\n', 1, "but there is no such file"),
        ('admin_pin_hash = "1234"\n', 1, "'admin_pin_hash' is not a PIN hash made by the app"),
        ('admin_pin_hash = "pbkdf2-sha256$600000$zz$00"\n', 1, "is not a PIN hash"),
        ('languages = ["ar", "en"]\nlanguage = "fr"\n', 2, "not among the languages offered"),
        ('languages = ["ar", "de"]\n', 1, "must list one or more of ar, en, fr (not: de)"),
        ('language = "de"\n', 1, "'language' is 'de' but must be ar, en or fr."),
    ],
)
def test_each_mistake_is_explained_with_its_line(
    qapp, capsys, env: dict[str, str], text: str, line: int, expected: str
) -> None:
    code, out = check(qapp, capsys, env, text)
    assert code == 1
    assert f"line {line}: " in out
    assert expected in out
    assert "Problems found: 1." in out


def test_plain_http_is_accepted_on_this_computer_or_when_the_site_allows_it(
    qapp, capsys, env: dict[str, str]
) -> None:
    assert check(qapp, capsys, env, 'server_url = "http://127.0.0.1:8311"\n')[0] == 0
    allowed = 'allow_plain_http = true\nserver_url = "http://10.0.0.5:8311"\n'
    assert check(qapp, capsys, env, allowed)[0] == 0


def test_a_password_in_an_address_is_never_printed(qapp, capsys, env: dict[str, str]) -> None:
    for text in (
        'server_url = "http://clerk:s3cret-pw@10.0.0.5:8311"\n',  # plain http: refused
        'proxy = "ftp://it:s3cret-pw@proxy.example.ps:3128"\n',  # not an http(s) proxy
        'proxy = "http://it:s3cret-pw@proxy example.ps"\n',  # a space in the host
        'server_url = "https://it:s3cret-pw@[fe80::1"\n',  # malformed: explained, no crash
    ):
        code, out = check(qapp, capsys, env, text)
        assert code == 1, out
        assert "s3cret" not in out


def test_the_ca_bundle_must_be_a_pem_certificate(
    qapp, capsys, env: dict[str, str], tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("this is not a certificate\n", encoding="utf-8")
    code, out = check(qapp, capsys, env, f'ca_bundle = "{garbage}"\n')
    assert code == 1
    assert "which is not a PEM certificate file" in out
    key_only = tmp_path / "key.pem"
    ca = trustme.CA()
    ca.private_key_pem.write_to_path(str(key_only))
    assert check(qapp, capsys, env, f'ca_bundle = "{key_only}"\n')[0] == 1
    good = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(good))
    assert check(qapp, capsys, env, f'ca_bundle = "{good}"\n')[0] == 0


def test_several_problems_are_all_listed_in_line_order(qapp, capsys, env: dict[str, str]) -> None:
    code, out = check(qapp, capsys, env, 'kiosk = 1\nidle_warning = 5\nlanguag = "ar"\n')
    assert code == 1
    assert out.index("line 1:") < out.index("line 2:") < out.index("line 3:")
    assert "Problems found: 3." in out


def test_site_only_keys_in_a_users_file_are_misuse(
    qapp, capsys, env: dict[str, str], tmp_path: Path
) -> None:
    user = Path(env["CITIZEN_APP_USER_CONFIG"])
    user.write_text('language = "fr"\napi_key = "K"\nallow_plain_http = true\n', encoding="utf-8")
    code = main(["check", "--user", "--language", "en"], env)
    out = capsys.readouterr().out
    assert code == 1
    assert str(user) in out
    assert "line 2: 'api_key' is read from the site configuration only" in out
    assert "line 3: 'allow_plain_http' is read from the site configuration only" in out


def test_a_file_that_cannot_be_read_exits_with_2(
    qapp, capsys, env: dict[str, str], tmp_path: Path
) -> None:
    assert main(["check", "--language", "en"], env) == 2  # the default site file is missing
    assert f"Cannot read {env['CITIZEN_APP_SITE_CONFIG']}: there is no such file." in (
        capsys.readouterr().out
    )
    assert main(["check", str(tmp_path), "--language", "en"], env) == 2
    assert "it is not a file" in capsys.readouterr().out
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00kiosk")
    assert main(["check", str(binary), "--language", "en"], env) == 2


def test_arabic_messages_and_their_visual_order(qapp, capsys, env: dict[str, str]) -> None:
    text = "kiosk = true\nidle_timout = 60\n"
    code, out = check(qapp, capsys, env, text, language="ar")
    assert code == 1
    line = next(line for line in out.splitlines() if "idle_timout" in line)
    assert "إعداد غير معروف" in line
    assert "idle_timeout" in line
    assert "Unknown" not in out
    code, visual = check(qapp, capsys, env, text, "--visual", language="ar")
    assert code == 1
    shown = next(line for line in visual.splitlines() if "idle_timout" in line)
    # Joined letter forms (Arabic presentation forms) in right-to-left drawing order.
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shown)
    assert "إعداد غير معروف" not in shown
    assert shown != line


def test_french_messages(qapp, capsys, env: dict[str, str]) -> None:
    code, out = check(qapp, capsys, env, "idle_warning = 10\n", language="fr")
    assert code == 1
    assert "au moins 20" in out


def test_the_command_line_entry_point_and_its_exit_codes(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    run_env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CITIZEN_APP_SITE_CONFIG": str(site),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_LANGUAGE": "ar",
    }

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "config", "check", "--visual"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=run_env,
            timeout=60,
            check=False,
        )

    assert run().returncode == 2
    site.write_text('server_url = "https://eservices.example.ps"\n', encoding="utf-8")
    done = run()
    assert done.returncode == 0, done.stdout + done.stderr
    assert any("\ufe70" <= ch <= "\ufeff" for ch in done.stdout)  # Arabic, the default here
    site.write_text("kiosk = maybe\n", encoding="utf-8")
    assert run().returncode == 1


def test_every_key_is_documented_and_in_the_example() -> None:
    docs = (ROOT / "docs" / "site-config.md").read_text(encoding="utf-8")
    example = ROOT / "packaging" / "site.example.toml"
    shipped = (ROOT / "packaging" / "site.toml").read_text(encoding="utf-8")
    for field in fields(Settings):
        assert f"| `{field.name}` |" in docs, field.name
        assert f"\n{field.name} = " in example.read_text(encoding="utf-8"), field.name
        assert f"\n#{field.name} = " in shipped, field.name  # the installers' commented copy
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "config",
            "check",
            str(example),
            "--language",
            "en",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout
