"""Configuration problems in plain words, in the reader's language (Qt's translation, context
"SiteConfig"; lupdate finds only literal calls): the app logs them in English before any
translator is installed, and `citizen-app config check` prints them in Arabic, English or
French."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from citizen_app.core.site_schema import Problem


def _kind(expected: str) -> str:
    return {
        "text": QCoreApplication.translate("SiteConfig", "text in quotes"),
        "number": QCoreApplication.translate("SiteConfig", "a whole number"),
        "bool": QCoreApplication.translate("SiteConfig", "true or false"),
        "languages": QCoreApplication.translate(
            "SiteConfig", 'a list of language codes, like ["ar", "en"]'
        ),
    }.get(expected, expected)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def explain(problem: Problem) -> str:
    """One sentence saying what is wrong and how to put it right."""
    p, key = problem.params, problem.key
    texts = {
        "syntax": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "This is not valid TOML (%1). Check quotes, brackets and the = sign."
            ),
            p.get("detail", ""),
        ),
        "unreadable": lambda: _fill(
            QCoreApplication.translate("SiteConfig", "The file cannot be read: %1."),
            p.get("detail", ""),
        ),
        "unknown_key": lambda: (
            _fill(
                QCoreApplication.translate(
                    "SiteConfig", "Unknown setting '%1'. Did you mean '%2'?"
                ),
                key,
                p["suggestion"],
            )
            if p.get("suggestion")
            else _fill(QCoreApplication.translate("SiteConfig", "Unknown setting '%1'."), key)
        ),
        "site_only": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                "'%1' is read from the site configuration only, not from a user's file.",
            ),
            key,
        ),
        "wrong_type": lambda: _fill(
            QCoreApplication.translate("SiteConfig", "'%1' should be %2."),
            key,
            _kind(p.get("expected", "")),
        ),
        "too_small": lambda: _fill(
            QCoreApplication.translate("SiteConfig", "'%1' is %2 but must be at least %3."),
            key,
            p["value"],
            p["minimum"],
        ),
        "bad_languages": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'languages' must list one or more of ar, en, fr (not: %1)."
            ),
            p.get("value", ""),
        ),
        "not_a_language": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'language' is '%1' but must be ar, en or fr."
            ),
            p["value"],
        ),
        "too_large": lambda: _fill(
            QCoreApplication.translate("SiteConfig", "'%1' is %2 but must be at most %3."),
            key,
            p["value"],
            p["maximum"],
        ),
        "bad_theme": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                '\'theme\' is \'%1\' but must be "system", "light", "dark" or "high-contrast".',
            ),
            p["value"],
        ),
        "bad_digits": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'digits' is '%1' but must be \"western\" or \"arabic-indic\"."
            ),
            p["value"],
        ),
        "not_offered": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'language' is '%1', which is not among the languages offered (%2)."
            ),
            p["value"],
            p["languages"],
        ),
        "bad_url_scheme": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'%1' is '%2': the address must start with one of: %3."
            ),
            key,
            p["value"],
            p["schemes"],
        ),
        "bad_url_host": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'%1' is '%2': this is not a web address with a host name."
            ),
            key,
            p["value"],
        ),
        "plain_http": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                "'%1' uses plain http:// to another computer, so passwords would travel "
                "unencrypted. Use https://, or set allow_plain_http = true in the site file.",
            ),
            key,
        ),
        "bad_time_zone": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                "'time_zone' is '%1' but must be an IANA time zone such as Asia/Hebron.",
            ),
            p["value"],
        ),
        "bad_printer": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                "'%1' should name a system printer, or a thermal printer as "
                "escpos:/dev/usb/lp0 or escpos+tcp://host:9100 (%2).",
            ),
            key,
            p.get("detail", ""),
        ),
        "tile_template": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig",
                "'%1' must contain {z}, {x} and {y}, like https://tile.example/{z}/{x}/{y}.png",
            ),
            key,
        ),
        "ca_missing": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'ca_bundle' names '%1', but there is no such file."
            ),
            p["value"],
        ),
        "ca_not_pem": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'ca_bundle' names '%1', which is not a PEM certificate file."
            ),
            p["value"],
        ),
        "bad_pin_hash": lambda: QCoreApplication.translate(
            "SiteConfig",
            "'admin_pin_hash' is not a PIN hash made by the app. Make one with: "
            "citizen-app config pin-hash",
        ),
        "warning_too_long": lambda: _fill(
            QCoreApplication.translate(
                "SiteConfig", "'idle_warning' (%1 s) must be shorter than 'idle_timeout' (%2 s)."
            ),
            p["value"],
            p["timeout"],
        ),
    }
    text = texts[problem.code]()
    if p.get("env"):
        text = _fill(
            QCoreApplication.translate("SiteConfig", "Environment variable %1: %2"), p["env"], text
        )
    return text


def located(problem: Problem) -> str:
    """The explanation after the file and line it concerns."""
    text = explain(problem)
    if problem.line is not None:
        text = _fill(QCoreApplication.translate("SiteConfig", "line %1: %2"), problem.line, text)
    if problem.path is not None:
        text = f"{problem.path}: {text}"
    return text
