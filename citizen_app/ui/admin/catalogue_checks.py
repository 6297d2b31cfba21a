"""The catalogue's rules checked in the app before anything is sent, in the administrator's
language, with the same paths the server uses (docs/admin-catalogue.md), so that a mistake found
here and one the server finds are shown the same way, next to the same field."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from citizen_app.api.admin_catalogue import LIST_DATATYPES, Mistake

CODE = re.compile(r"^[A-Za-z0-9_.-]{1,50}$")


def _code(path: str, code: str, taken: set[str], out: list[Mistake]) -> None:
    if not code:
        out.append(Mistake(path, QCoreApplication.translate("CatalogueChecks", "Give a code.")))
    elif not CODE.match(code):
        out.append(
            Mistake(
                path,
                QCoreApplication.translate(
                    "CatalogueChecks", "A code has 1 to 50 Latin letters, digits, '-', '_' or '.'."
                ),
            )
        )
    elif code in taken:
        out.append(
            Mistake(
                path, QCoreApplication.translate("CatalogueChecks", "This code is already used.")
            )
        )


def check_group(code: str, names: dict[str, str], taken: set[str]) -> list[Mistake]:
    """A department: a free code (when new) and an Arabic name."""
    out: list[Mistake] = []
    _code("code", code, taken, out)
    if not names.get("ar"):
        out.append(
            Mistake(
                "names.ar",
                QCoreApplication.translate(
                    "CatalogueChecks", "Give the department's name in Arabic."
                ),
            )
        )
    return out


def check_service(service: dict[str, Any], taken: set[str], groups: set[str]) -> list[Mistake]:
    """A service with its questions; `taken`: the codes of the other services."""
    out: list[Mistake] = []
    _code("code", service["code"], taken, out)
    if not service["names"].get("ar"):
        out.append(
            Mistake(
                "names.ar",
                QCoreApplication.translate("CatalogueChecks", "Give the service's name in Arabic."),
            )
        )
    if service["group"] not in groups:
        out.append(
            Mistake(
                "group", QCoreApplication.translate("CatalogueChecks", "Choose the department.")
            )
        )
    codes: set[str] = set()
    for n, question in enumerate(service["attributes"]):
        at = f"attributes[{n}]"
        _code(f"{at}.code", question["code"], codes, out)
        codes.add(question["code"])
        if not question["descriptions"].get("ar"):
            out.append(
                Mistake(
                    f"{at}.descriptions.ar",
                    QCoreApplication.translate("CatalogueChecks", "Write the question in Arabic."),
                )
            )
        if question["datatype"] not in LIST_DATATYPES:
            continue
        if not question["values"]:
            out.append(
                Mistake(
                    f"{at}.values",
                    QCoreApplication.translate(
                        "CatalogueChecks", "A list question needs at least one value."
                    ),
                )
            )
        keys: set[str] = set()
        for m, value in enumerate(question["values"]):
            _code(f"{at}.values[{m}].key", value["key"], keys, out)
            keys.add(value["key"])
            if not value["names"].get("ar"):
                out.append(
                    Mistake(
                        f"{at}.values[{m}].names.ar",
                        QCoreApplication.translate(
                            "CatalogueChecks", "Give the value's name in Arabic."
                        ),
                    )
                )
    return out
