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
    settings, problems = load(env=env)
    assert settings.server_url == "https://site.example"
    assert settings.language == "ar"
    assert any("line 2" in p and "language" in p for p in problems)
    assert any("line 3" in p and "unknown setting 'idle_timout'" in p for p in problems)
    assert any("line 4" in p and "true or false" in p for p in problems)


def test_a_map_tile_url_must_be_an_xyz_template(env: dict[str, str], tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('map_tile_url = "https://tiles.example.ps/{z}/{x}.png"\n', encoding="utf-8")
    settings, problems = load(env=env)
    assert settings.map_tile_url == ""
    assert any("line 1" in p and "should contain {y}" in p for p in problems)
    site.write_text('map_tile_url = "https://tiles.example.ps/{z}/{x}/{y}.png"\n', "utf-8")
    settings, problems = load(env=env)
    assert (settings.map_tile_url, problems) == ("https://tiles.example.ps/{z}/{x}/{y}.png", [])


def test_a_broken_file_is_named_with_its_line(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text('server_url = "https://x"\nlanguage = \n', encoding="utf-8")
    settings, problems = load(env=env)
    assert settings == Settings()
    assert "line 2" in problems[0]


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
