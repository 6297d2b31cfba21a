"""Doctor: is the site configuration (and the user's file) valid?"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from citizen_app.core import settings as app_settings
from citizen_app.core.settings import Settings
from citizen_app.core.site_messages import located
from citizen_app.doctor import FAIL, PASS, Check


def check_config(env: Mapping[str, str]) -> tuple[Settings, list[Check]]:
    """The settings the app would use, and one line on the files they come from."""
    title = QCoreApplication.translate("Doctor", "Site configuration")
    settings, problems = app_settings.load(env=env)
    site = app_settings.site_file(env)
    if problems:
        details = "; ".join(located(p) for p in problems)
        message = (
            QCoreApplication.translate(
                "Doctor", "Problems found: %1 (citizen-app config check explains them): %2"
            )
            .replace("%1", str(len(problems)))
            .replace("%2", details)
        )
        return settings, [Check("config", FAIL, title, message, "invalid")]
    if site.is_file():
        message = QCoreApplication.translate("Doctor", "%1 is valid.").replace("%1", str(site))
        return settings, [Check("config", PASS, title, message, "valid")]
    message = QCoreApplication.translate(
        "Doctor", "No site file at %1: the built-in defaults are used."
    ).replace("%1", str(site))
    return settings, [Check("config", PASS, title, message, "defaults")]
