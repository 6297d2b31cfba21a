"""Choosing the answer language: `locale=` first, then Accept-Language, else Arabic."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("ar", "en", "fr")
DEFAULT_LANGUAGE = "ar"


def pick_language(locale: str | None, accept_language: str | None) -> str:
    if locale:
        tag = locale.replace("_", "-").split("-")[0].lower()
        if tag in LANGUAGES:
            return tag
    if accept_language:
        weighted: list[tuple[float, int, str]] = []
        for position, part in enumerate(accept_language.split(",")):
            pieces = part.strip().split(";")
            tag = pieces[0].strip().split("-")[0].lower()
            quality = 1.0
            for param in pieces[1:]:
                name, _, value = param.strip().partition("=")
                if name == "q":
                    try:
                        quality = float(value)
                    except ValueError:
                        quality = 0.0
            if tag in LANGUAGES and quality > 0:
                weighted.append((-quality, position, tag))
        if weighted:
            return min(weighted)[2]
    return DEFAULT_LANGUAGE


def localized(texts: Mapping[str, str] | None, language: str) -> str:
    """The text in `language`, falling back to Arabic, then to any text there is."""
    if not texts:
        return ""
    return texts.get(language) or texts.get(DEFAULT_LANGUAGE) or next(iter(texts.values()), "")
