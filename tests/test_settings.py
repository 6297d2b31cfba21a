"""Layered settings: defaults < site file < user file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from citizen_app.core.settings import Settings, load, save_user


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user" / "settings.toml"),
    }


def test_defaults_without_any_file(env: dict[str, str]) -> None:
    settings, problems = load(env=env)
    assert settings == Settings()
    assert problems == []


def test_each_layer_overrides_the_one_before(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        'server_url = "https://site.example"\nlanguage = "fr"\napi_key = "K"\nkiosk = true\n'
        'idle_timeout = 90\njurisdiction = "hebron.ps"\n',
        encoding="utf-8",
    )
    save_user({"language": "en", "server_url": "https://user.example"}, env)
    settings, problems = load(env=env)
    assert problems == []
    assert (settings.server_url, settings.language, settings.api_key) == (
        "https://user.example",
        "en",
        "K",
    )
    assert settings.kiosk is True
    assert settings.idle_timeout == 90
    settings, _ = load(env={**env, "CITIZEN_APP_LANGUAGE": "ar", "CITIZEN_APP_KIOSK": "no"})
    assert settings.language == "ar"
    assert settings.kiosk is False
    settings, _ = load(
        {"language": "fr", "server_url": None}, {**env, "CITIZEN_APP_LANGUAGE": "ar"}
    )
    assert settings.language == "fr"
    assert settings.server_url == "https://user.example"


def test_problems_are_reported_with_the_line_and_ignored(
    env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "site.toml").write_text(
        'server_url = "https://site.example"\nlanguage = "de"\nidle_timout = 30\nkiosk = "maybe"\n',
        encoding="utf-8",
    )
    settings, found = load(env=env)
    problems = [str(p) for p in found]
    assert settings.server_url == "https://site.example"
    assert settings.language == "ar"
    assert any("line 2" in p and "language" in p for p in problems)
    assert any(
        "line 3" in p and "Unknown setting 'idle_timout'. Did you mean 'idle_timeout'?" in p
        for p in problems
    )
    assert any("line 4" in p and "true or false" in p for p in problems)


def test_a_map_tile_url_must_be_an_xyz_template(env: dict[str, str], tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('map_tile_url = "https://tiles.example.ps/{z}/{x}.png"\n', encoding="utf-8")
    settings, problems = load(env=env)
    assert settings.map_tile_url == ""
    assert [(p.code, p.key, p.line) for p in problems] == [("tile_template", "map_tile_url", 1)]
    site.write_text('map_tile_url = "https://tiles.example.ps/{z}/{x}/{y}.png"\n', "utf-8")
    settings, problems = load(env=env)
    assert (settings.map_tile_url, problems) == ("https://tiles.example.ps/{z}/{x}/{y}.png", [])


def test_a_broken_file_is_named_with_its_line(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text('server_url = "https://x"\nlanguage = \n', encoding="utf-8")
    settings, problems = load(env=env)
    assert settings == Settings()
    assert "line 2" in str(problems[0])


def test_the_user_file_is_written_atomically_and_never_holds_the_api_key(
    env: dict[str, str], tmp_path: Path
) -> None:
    save_user({"language": "fr", "municipality_name": 'بلدية "الخليل"'}, env)
    save_user({"kiosk": True}, env)
    settings, problems = load(env=env)
    assert problems == []
    assert settings.municipality_name == 'بلدية "الخليل"'
    assert settings.language == "fr"
    assert settings.kiosk is True
    assert [p.name for p in (tmp_path / "user").iterdir()] == ["settings.toml"]
    with pytest.raises(ValueError, match="site configuration"):
        save_user({"api_key": "secret"}, env)


def test_the_new_keys_are_read_and_checked_together(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        'languages = ["ar", "en"]\nlanguage = "en"\nidle_warning = 25\nidle_timeout = 60\n'
        'allow_plain_http = true\nserver_url = "http://10.0.0.5:8311"\n'
        'receipt_printer = "Kiosk-Thermal"\n'
        'map_tile_url = "https://tiles.example/{z}/{x}/{y}.png"\n',
        encoding="utf-8",
    )
    settings, problems = load(env=env)
    assert problems == []
    assert settings.languages == ("ar", "en")
    assert (settings.language, settings.idle_warning, settings.idle_timeout) == ("en", 25, 60)
    assert settings.allow_plain_http is True
    assert settings.receipt_printer == "Kiosk-Thermal"
    # A language the site does not offer falls back to the first one offered.
    settings, problems = load({"language": "fr"}, env)
    assert settings.language == "ar"
    assert [p.code for p in problems] == ["not_offered"]


def test_site_only_keys_in_the_user_file_are_refused(env: dict[str, str], tmp_path: Path) -> None:
    user = tmp_path / "user" / "settings.toml"
    user.parent.mkdir()
    user.write_text(
        'allow_plain_http = true\nserver_url = "http://10.0.0.5"\napi_key = "K"\n',
        encoding="utf-8",
    )
    settings, problems = load(env=env)
    assert settings.allow_plain_http is False
    assert settings.api_key == ""
    assert {p.code for p in problems} == {"site_only", "plain_http"}
    # The plain-http address is kept, so that the window refuses it where it is seen.
    assert settings.server_url == "http://10.0.0.5"
    with pytest.raises(ValueError, match="site configuration"):
        save_user({"allow_plain_http": True}, env)


def test_only_the_sites_languages_are_offered(qapp) -> None:
    from citizen_app.ui.kiosk.start_page import KioskStartPage
    from citizen_app.ui.settings_page import SettingsPage

    page = SettingsPage(("ar", "fr"))
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["ar", "fr"]
    start = KioskStartPage("", ("en", "ar"))
    assert [button.text() for button in start.buttons] == ["العربية", "English"]
    assert "Bienvenue" not in start.title.text()
    assert "Welcome" in start.title.text()


def test_the_site_file_is_found_in_any_xdg_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citizen_app.core.settings import site_file

    first, system = tmp_path / "xdg-ubuntu", tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{system}")
    assert site_file({}) == system / "municipal-eservices" / "site.toml"  # none yet: the last
    (system / "municipal-eservices").mkdir(parents=True)
    (system / "municipal-eservices" / "site.toml").write_text("kiosk = true\n", encoding="utf-8")
    assert site_file({}) == system / "municipal-eservices" / "site.toml"
    assert site_file({"CITIZEN_APP_SITE_CONFIG": "/x/site.toml"}) == Path("/x/site.toml")
